// Loads every kind of page of a served site in Chromium and collects Content-Security-Policy
// violations (securitypolicyviolation events and "Refused to" console errors).
import type { Browser } from 'playwright-core';

export const PAGE_KINDS = ['/exporters/node-exporter/', '/exporters/node-exporter/metrics/', '/categories/databases/', '/docs/fields/', '/docs/error-codes/', '/no-such-page/'];

export async function cspViolations(browser: Browser, siteUrl: string): Promise<string[]> {
  const page = await browser.newPage();
  const found: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /CSP violation|Refused to|Content Security Policy/.test(m.text())) found.push(`${page.url()}: ${m.text()}`);
  });
  // The home page with the search app started and a query typed.
  await page.goto(`${siteUrl}/`);
  await page.getByRole('searchbox').click();
  await page.getByRole('searchbox').pressSequentially('redis', { delay: 20 });
  await page.waitForFunction(() => document.querySelector('ul[aria-label="Search results"] h3 a')?.textContent === 'Redis exporter');
  for (const p of PAGE_KINDS) {
    await page.goto(`${siteUrl}${p}`);
    await page.waitForLoadState('networkidle');
  }
  await page.close();
  return found;
}
