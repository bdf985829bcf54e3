// What a page runs when it opens: entry pages no framework at all (the site's 2 KB script does the
// copy buttons, tabs and theme), and the home page nothing of Next.js or React until someone uses
// the catalogue. Nothing typed, ticked or chosen while the search app loads is lost.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deferFrameworkScripts, frameworkScriptsRunOnLoad } from '@/lib/deferred-scripts';
import { openSite, type Site } from './site';

const OUT = path.join(__dirname, '..', '..', 'out');

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Records the framework scripts a page requests. */
function frameworkRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' && r.url().includes('/_next/')) seen.push(r.url());
  });
  return seen;
}

const statusText = (page: Page) => page.getByRole('region', { name: 'Catalogue' }).getByRole('status').textContent();

describe('page start-up', () => {
  it('no exported page runs a framework script on load; the home page holds them as placeholders', () => {
    const pages = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(300);
    const running = pages.filter((f) => frameworkScriptsRunOnLoad(readFileSync(path.join(OUT, f), 'utf8')).length > 0);
    expect(running).toEqual([]);
    const home = readFileSync(path.join(OUT, 'index.html'), 'utf8');
    expect(home.match(/data-deferred-src="[^"]*\/_next\//g)?.length ?? 0).toBeGreaterThan(3);
    // Applying the step again changes nothing: postbuild may run twice over one export.
    expect(deferFrameworkScripts(home).deferred).toBe(0);
  });

  it('an entry page loads no framework script and its controls still work', async () => {
    const page = await site.browser.newPage();
    const framework = frameworkRequests(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}/exporters/node-exporter/`);
    await page.waitForFunction(() => document.querySelector('button[data-theme-toggle]')?.getAttribute('aria-pressed') === 'false');
    const tabs = page.getByRole('tablist', { name: 'Install methods' }).getByRole('tab');
    await tabs.nth(1).click();
    await expect.poll(() => tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(framework).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the home page loads the search app only when the catalogue is used, and keeps what was typed meanwhile', async () => {
    const page = await site.browser.newPage();
    const framework = frameworkRequests(page);
    await page.goto(`${site.url}/`);
    await page.waitForLoadState('networkidle');
    expect(framework).toEqual([]);
    // The preview is plain HTML: its links work before any script.
    expect(await page.getByRole('list', { name: 'Search results' }).getByRole('listitem').count()).toBe(12);
    // Type at once, before the app can have arrived: the text is kept and searched.
    await page.getByRole('searchbox').click();
    await page.keyboard.type('redis');
    await page.waitForFunction(() => document.querySelector('ul[aria-label="Search results"] h3 a')?.textContent === 'Redis exporter');
    await page.waitForURL(/\?q=redis$/);
    expect(framework.length).toBeGreaterThan(0);
    await page.close();
  });

  it('following a preview link from the home page starts no framework on the way', async () => {
    const page = await site.browser.newPage();
    const framework = frameworkRequests(page);
    await page.goto(`${site.url}/`);
    await page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first().getByRole('link').first().click();
    await page.waitForURL(/\/exporters\/[^/]+\/$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(framework).toEqual([]);
    await page.close();
  });

  it('a filter ticked or chosen while the search app loads is applied once it runs', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await page.getByRole('checkbox', { name: 'Has dashboards' }).click();
    await page.waitForURL(/\?dashboards=1$/);
    await expect.poll(() => page.getByRole('checkbox', { name: 'Has dashboards' }).isChecked()).toBe(true);
    await expect.poll(() => statusText(page)).toMatch(/^\d+ of \d+ entries$/);
    await page.close();

    const other = await site.browser.newPage();
    await other.goto(`${site.url}/`);
    await other.locator('#facet-category').selectOption('databases');
    await other.waitForURL(/\?category=databases$/);
    await expect.poll(() => statusText(other)).toMatch(/\(Databases\)$/);
    await other.close();
  });

  it('a shared search URL starts the search app at once', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/?q=kafka`);
    await page.waitForFunction(() => document.querySelector('ul[aria-label="Search results"] h3 a')?.textContent?.startsWith('Kafka'));
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('kafka');
    await page.close();
  });
});
