// The build half of the home page's deferred start (lib/client/hydration.ts): in pages that hold the
// catalogue, Next.js's script tags become inert placeholders that the site's browser script loads
// on first use. Other pages ship no framework scripts at all (`unstable_runtimeJS: false`). It also
// reads a page's script tags for the tests and `npm run measure`.
import { DEFERRED_SRC } from './client/hydration';

const FRAMEWORK_SCRIPT = /<script src="([^"]*\/_next\/static\/[^"]+\.js)" defer=""><\/script>/g;

export interface DeferredPage {
  html: string;
  /** How many framework scripts became placeholders. */
  deferred: number;
}

export function deferFrameworkScripts(html: string): DeferredPage {
  if (!html.includes('data-catalogue=""')) return { html, deferred: 0 };
  let deferred = 0;
  const out = html.replace(FRAMEWORK_SCRIPT, (_tag, src: string) => {
    deferred++;
    return `<script type="text/plain" ${DEFERRED_SRC}="${src}"></script>`;
  });
  return { html: out, deferred };
}

export interface PageScript {
  src: string;
  /** False for a placeholder the page loads on first use. */
  onLoad: boolean;
}

/** Every script a page references: the ones it runs on load and its deferred placeholders. */
export function pageScripts(html: string): PageScript[] {
  return [...html.matchAll(new RegExp(`<script\\b[^>]*\\s(src|${DEFERRED_SRC})="([^"]+)"`, 'g'))].map((m) => ({ src: m[2], onLoad: m[1] === 'src' }));
}

/** Framework scripts a page would still run on load (the test suite expects none). */
export function frameworkScriptsRunOnLoad(html: string): string[] {
  return pageScripts(html)
    .filter((s) => s.onLoad && s.src.includes('/_next/'))
    .map((s) => s.src);
}
