// No broken links: every internal link and asset in out/ resolves, in the normal build and in a
// build for a sub-path (BASE_PATH, as on GitHub Pages), which is also served and loaded in Chromium.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crawl } from '@/lib/crawl';
import { openSite, type Site } from './site';

const ROOT = path.join(__dirname, '..', '..');

describe('links', () => {
  it('the normal build has no broken internal link or asset', () => {
    const result = crawl(path.join(ROOT, 'out'));
    expect(result.pages).toBeGreaterThan(300);
    expect(result.broken).toEqual([]);
  });

  describe('with BASE_PATH=/exporterhub', () => {
    let site: Site | undefined;
    let copy = '';
    afterAll(async () => {
      await site?.close();
      if (copy) rmSync(copy, { recursive: true, force: true });
    });

    it('builds, crawls clean and works in the browser under the sub-path', async () => {
      // Export to a second folder so out/ stays the normal build.
      copy = path.join(ROOT, 'out-basepath');
      const env = { ...process.env, BASE_PATH: '/exporterhub', EXPORTERHUB_OUT: 'out-basepath', SITE_URL: 'https://example.org' };
      execFileSync('npx', ['next', 'build'], { cwd: ROOT, env, stdio: 'pipe' });
      execFileSync('npx', ['tsx', 'scripts/postbuild.ts'], { cwd: ROOT, env, stdio: 'pipe' });
      const result = crawl(copy, '/exporterhub');
      expect(result.broken).toEqual([]);
      const sitemapXml = readFileSync(path.join(copy, 'sitemap.xml'), 'utf8');
      expect(sitemapXml).toContain('<loc>https://example.org/exporterhub/exporters/redis-exporter/</loc>');
      expect(readFileSync(path.join(copy, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/exporterhub/sitemap.xml');
      const entryHtml = readFileSync(path.join(copy, 'exporters', 'redis-exporter', 'index.html'), 'utf8');
      expect(entryHtml).toContain('<link rel="canonical" href="https://example.org/exporterhub/exporters/redis-exporter/"');
      expect(entryHtml).toMatch(/<meta property="og:title" content="Redis exporter · ExporterHub"/);

      site = await openSite(copy, '/exporterhub');
      const page = await site.browser.newPage();
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(`${site.url}/`);
      await page.getByRole('searchbox').pressSequentially('redis', { delay: 20 });
      await page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 'Redis exporter' }).click();
      await page.waitForURL(/\/exporterhub\/exporters\/redis-exporter\/$/);
      const download = page.getByRole('link', { name: /Download redis-exporter\.yml/ });
      expect(await download.getAttribute('href')).toBe('/exporterhub/rules/redis-exporter.yml');
      const res = await page.request.get(`${site.url}/rules/redis-exporter.yml`);
      expect(res.status()).toBe(200);
      expect(failed).toEqual([]);
    }, 300_000);
  });
});
