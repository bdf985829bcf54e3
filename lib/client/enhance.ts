// The site's own browser script, loaded by every page (built to /enhance.js by
// scripts/build-client.ts). Entry pages need nothing else: no framework runs on them.
import { enhanceCopyButtons } from './copy';
import { deferHydration } from './hydration';
import { enhanceListFilters } from './list-filter';
import { enhanceSearchShortcut } from './shortcut';
import { enhanceTabs } from './tabs';
import { enhanceThemeToggle } from './theme';

// _document gives the script tag the home page's address, which includes any BASE_PATH.
const home = document.currentScript?.dataset.home ?? '/';

enhanceThemeToggle(document);
enhanceCopyButtons(document);
enhanceTabs(document);
enhanceListFilters(document);
enhanceSearchShortcut(document, home);
deferHydration(document);
