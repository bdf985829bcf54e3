// The interaction details a person notices: marked matches, copy buttons that copy exactly what is
// shown (and rule files promtool accepts), a theme that persists without a flash, and layouts with
// no horizontal scrolling at phone, tablet and desktop widths (with screenshots for review).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPromtool } from '@/lib/promtool';
import { openSite, type Site } from './site';

const SCREENSHOTS = path.join(__dirname, '..', '..', 'test-results', 'screenshots');
const promtool = findPromtool();
let site: Site;
let tmp: string;

beforeAll(async () => {
  site = await openSite();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'exporterhub-ux-'));
});
afterAll(async () => {
  await site?.close();
});

/** Waits until the site's browser script runs on the page (it marks the theme switch's state first). */
async function enhanced(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('button[data-theme-toggle]')?.hasAttribute('aria-pressed'));
}

function promtoolCheck(file: string): string {
  if (!promtool) throw new Error('promtool not found; run scripts/install-promtool.sh');
  return execFileSync(promtool, ['check', 'rules', file], { encoding: 'utf8' });
}

describe('search results', () => {
  it('mark the part of the name and description that matches, also for a misspelling', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await page.getByRole('searchbox').pressSequentially('postgress', { delay: 20 });
    await page.waitForFunction(() => document.querySelector('ul[aria-label="Search results"] h3 a')?.textContent === 'PostgreSQL exporter');
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
    const marks = await first.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.toLowerCase() === 'postgres')).toBe(true);
    await page.getByRole('searchbox').fill('');
    await page.waitForFunction(() => document.querySelectorAll('ul[aria-label="Search results"] mark').length === 0);
    await page.close();
  });
});

describe('copy buttons', () => {
  it('copy exactly the code shown and say so; "copy all" and the download are rule files promtool accepts', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}/exporters/redis-exporter/`);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    // One rule: the YAML of its card, character for character.
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3 }) }).first();
    const shown = await card.locator('pre code').textContent();
    // The button's name changes to "Copied", so it is followed by position, not by name.
    const button = card.locator('button').first();
    await enhanced(page);
    expect(await button.textContent()).toMatch(/^Copy [A-Z]/);
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    const copied = await clipboard();
    expect(copied).toBe(shown);
    expect(copied.startsWith('alert: ')).toBe(true);
    expect(copied).not.toMatch(/^\s|\n\n|\s$/);

    // A code block of the install guide: the command text, with no prompt and no trailing newline.
    const install = page.locator('.markdown button[data-copy]').first();
    const block = await install.evaluate((b) => b.parentElement?.querySelector('pre code')?.textContent ?? '');
    await install.click();
    await expect.poll(() => install.textContent()).toBe('Copied');
    const command = await clipboard();
    expect(command).toBe(block.replace(/\n$/, ''));
    expect(command).not.toMatch(/^\$ |\n$/);

    // Copy all rules, then the download: both must pass promtool check rules.
    const all = page.locator('section[aria-labelledby="alert-rules"] > div button').first();
    expect(await all.textContent()).toBe('Copy all rules');
    await all.click();
    await expect.poll(() => all.textContent()).toBe('Copied');
    const copiedFile = path.join(tmp, 'copied.yml');
    writeFileSync(copiedFile, await clipboard());
    expect(promtoolCheck(copiedFile)).toMatch(/SUCCESS: \d+ rules found/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download redis-exporter.yml' }).click()]);
    expect(download.suggestedFilename()).toBe('redis-exporter.yml');
    const downloaded = path.join(tmp, 'downloaded.yml');
    await download.saveAs(downloaded);
    expect(promtoolCheck(downloaded)).toMatch(/SUCCESS: \d+ rules found/);
    expect(readFileSync(downloaded, 'utf8')).toBe(readFileSync(copiedFile, 'utf8').replace(/\n?$/, '\n'));
    await context.close();
  });
});

describe('install guides', () => {
  it('show one method at a time as tabs, with arrow keys, and every method without JavaScript', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/exporters/node-exporter/`);
    const tabs = page.getByRole('tablist', { name: 'Install methods' }).getByRole('tab');
    const count = await tabs.count();
    expect(count).toBeGreaterThanOrEqual(2);
    const visiblePanels = () => page.locator('[role="tabpanel"]').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.id));
    expect(await visiblePanels()).toHaveLength(1);
    await enhanced(page);
    await tabs.nth(1).click();
    await expect.poll(() => tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    const second = await tabs.nth(1).getAttribute('aria-controls');
    expect(await visiblePanels()).toEqual([second]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => tabs.first().getAttribute('aria-selected')).toBe('true');
    await page.close();

    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}/exporters/node-exporter/`);
    expect(await noJs.getByRole('tab').count()).toBe(0);
    const headings = await noJs.locator('.install-heading').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(headings).toBe(count);
    await context.close();
  });
});

describe('theme', () => {
  it('persists the chosen theme across pages and reloads', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(false);
    await page.getByRole('button', { name: /Dark theme/ }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await page.goto(`${site.url}/exporters/node-exporter/`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('applies a saved dark theme before any page script runs (no flash of the light theme)', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
    const page = await context.newPage();
    // Without the site's JavaScript bundles, only the inline script in the HTML can set the theme.
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto(`${site.url}/exporters/node-exporter/`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await context.close();
  });
});

describe('layout', () => {
  const pages = [
    ['home', '/'],
    ['entry', '/exporters/node-exporter/'],
    ['category', '/categories/databases/'],
  ] as const;

  it.each([360, 768, 1280])('has no horizontal scrolling at %i px', async (width) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    for (const [name, url] of pages) {
      await page.goto(`${site.url}${url}`);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
      expect(overflow.scroll, `${url} at ${width}px`).toBeLessThanOrEqual(overflow.view);
      if (width !== 768 && name !== 'category') await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    }
    await page.close();
  });
});
