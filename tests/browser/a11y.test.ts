// Accessibility: axe-core finds no violation on the home page (also with search results and their
// marked matches), a category page and three entry pages, in the light and the dark theme.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './site';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['/', '/?q=postgress', '/categories/databases/', '/exporters/node-exporter/', '/exporters/postgres-exporter/', '/exporters/caddy/'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('accessibility (axe-core)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it.each(PAGES)(`%s in the ${theme} theme has no violations`, async (url) => {
      // axe is injected as an inline script, which the site's CSP (tested in csp.test.ts) would block.
      const context = await site.browser.newContext({ colorScheme: theme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${site.url}${url}`);
      await page.waitForLoadState('load');
      if (url.includes('?q=')) await page.waitForSelector('ul[aria-label="Search results"] mark');
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } };
        const result = await w.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
      await context.close();
      expect(violations).toEqual([]);
    });
  }
});
