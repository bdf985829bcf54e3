// Smoke test as a person would use the site: the home page loads, a misspelt search finds the
// PostgreSQL exporter, and its page shows its alert rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './site';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('smoke', () => {
  it('finds postgres_exporter by a misspelling and shows its alert rules', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}/`);
    await expect(page.title()).resolves.toMatch(/ExporterHub/);
    const results = page.getByRole('list', { name: 'Search results' });
    await results.waitFor();
    await page.getByRole('searchbox').pressSequentially('postgress', { delay: 20 });
    await page.waitForURL(/\?q=postgress/);
    await page.waitForFunction(() => document.querySelector('ul[aria-label="Search results"] h3 a')?.textContent === 'PostgreSQL exporter');
    const first = results.getByRole('listitem').first();
    await first.getByRole('link').click();
    await page.waitForURL(/\/exporters\/postgres-exporter\/$/);
    await page.getByRole('heading', { level: 1, name: 'PostgreSQL exporter' }).waitFor();
    const rules = page.getByRole('region', { name: /Alert rules/ });
    await rules.waitFor();
    expect(await rules.getByRole('article').count()).toBeGreaterThanOrEqual(4);
    await expect(rules.getByRole('link', { name: /Download postgres-exporter\.yml/ }).getAttribute('href')).resolves.toBe('/rules/postgres-exporter.yml');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds an exporter by one of its metric names and shows the verified inventory', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    const results = page.getByRole('list', { name: 'Search results' });
    await results.waitFor();
    await page.getByRole('searchbox').pressSequentially('node_filesystem_av', { delay: 20 });
    await page.waitForFunction(() => document.querySelector('ul[aria-label="Search results"] li a')?.textContent === 'Node exporter');
    await results.getByRole('listitem').first().getByRole('link').click();
    await page.getByText(/Rule metrics checked against an inventory captured live from prometheus-node-exporter/).waitFor();
    await page.getByRole('link', { name: 'See the metric inventory' }).click();
    await page.getByRole('heading', { level: 1, name: /Node exporter: metric inventory/ }).waitFor();
    await page.getByRole('searchbox', { name: 'Filter metrics' }).fill('node_filesystem_avail');
    expect(await page.getByRole('list', { name: 'Metric families' }).getByRole('listitem').count()).toBe(1);
    await page.close();
  });

  it('works from the keyboard: / focuses search from any page, arrows and Enter open a result, Esc clears', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/exporters/node-exporter/`);
    await page.getByRole('heading', { level: 1, name: 'Node exporter' }).waitFor();
    await page.waitForLoadState('load');
    await page.keyboard.press('/');
    await page.waitForURL(`${site.url}/`);
    await page.waitForFunction(() => document.activeElement?.id === 'catalogue-search');
    await page.keyboard.type('redis');
    await page.waitForURL(/\?q=redis/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('');
    await page.keyboard.type('haproxy_exporter');
    await page.waitForFunction(() => document.querySelector('ul[aria-label="Search results"] h3 a')?.textContent === 'HAProxy exporter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/exporters\/haproxy-exporter\/$/);
    await page.getByRole('heading', { level: 1, name: 'HAProxy exporter' }).waitFor();
    // The retired exporter points to its replacement.
    await page.getByRole('note').getByRole('link', { name: 'HAProxy (built-in Prometheus exporter)' }).waitFor();
    await page.keyboard.press('Control+K');
    await page.waitForFunction(() => document.activeElement?.id === 'catalogue-search');
    await page.close();
  });

  it('shows the full entry without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/exporters/node-exporter/`);
    await page.getByRole('heading', { level: 1, name: 'Node exporter' }).waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'Docker' }).count()).toBe(1);
    expect(await page.locator('article[aria-labelledby^="rule-"]').count()).toBeGreaterThanOrEqual(4);
    await context.close();
  });
});
