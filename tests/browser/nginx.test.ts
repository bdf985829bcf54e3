// The production server, tested for real: the export served by Debian's nginx with the shipped
// configuration, at the root and under a base path as the Dockerfile places it. Every page and
// asset answers 200, the site's 404 page comes with status 404, rule files are text, text is
// gzip-compressed, only hashed assets are cached for long, every answer carries the security
// headers, and Chromium reports no CSP violation on any kind of page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalLinks, sitePages } from '@/lib/crawl';
import { contentSecurityPolicy, siteScriptHashes } from '@/lib/hosting/headers';
import { launchChromium } from './chromium';
import { cspViolations } from './csp';
import { startNginx, type NginxServer } from './nginx';

const ROOT = path.join(__dirname, '..', '..');
const started = Date.now();

async function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { headers, redirect: 'manual' });
}

/** Requests every page and every internal link of the export; returns what did not answer 200. */
async function everyPageAndAsset(server: NginxServer, exportDir: string, basePath: string): Promise<{ checked: number; failed: string[] }> {
  const urls = new Set(sitePages(exportDir, basePath).map((p) => p.url));
  for (const l of internalLinks(exportDir)) if (l.url.startsWith('/')) urls.add(l.url.split('#')[0]);
  const failed: string[] = [];
  const list = [...urls];
  for (let i = 0; i < list.length; i += 16) {
    await Promise.all(
      list.slice(i, i + 16).map(async (u) => {
        const res = await get(`${server.url}${u}`);
        await res.arrayBuffer();
        if (res.status !== 200) failed.push(`${res.status} ${u}`);
      }),
    );
  }
  return { checked: list.length, failed };
}

function expectSecurityHeaders(res: Response, exportDir: string): void {
  expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy(siteScriptHashes(exportDir)));
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
}

function firstAsset(exportDir: string, ext: string): string {
  const hit = internalLinks(exportDir).find((l) => l.url.includes('/_next/static/') && l.url.endsWith(ext));
  if (!hit) throw new Error(`no ${ext} asset under /_next/static/ in ${exportDir}`);
  return hit.url;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  console.log(`nginx test: both servers checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

describe('nginx at the root', () => {
  const out = path.join(ROOT, 'out');
  let server: NginxServer;
  beforeAll(async () => {
    server = await startNginx(out, '', out);
  });
  afterAll(async () => server?.close());

  it('answers 200 for every page and asset', async () => {
    const { checked, failed } = await everyPageAndAsset(server, out, '');
    expect(checked).toBeGreaterThan(400);
    expect(failed).toEqual([]);
  });

  it('sends the site 404 page with status 404 and the security headers', async () => {
    const res = await get(`${server.url}/no-such-page/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
    expectSecurityHeaders(res, out);
  });

  it('serves rule files as text, text gzip-compressed, and caches only hashed assets for long', async () => {
    const rules = await get(`${server.url}/rules/node-exporter.yml`);
    expect(rules.status).toBe(200);
    expect(rules.headers.get('content-type')).toMatch(/^text\/yaml/);
    expect(await rules.text()).toMatch(/^groups:/m);
    for (const u of ['/', '/api/exporters.json', firstAsset(out, '.js'), firstAsset(out, '.css'), '/rules/all.yml']) {
      const res = await get(`${server.url}${u}`, { 'accept-encoding': 'gzip' });
      expect(res.status, u).toBe(200);
      expect(res.headers.get('content-encoding'), u).toBe('gzip');
    }
    const asset = await get(`${server.url}${firstAsset(out, '.js')}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(asset, out);
    const page = await get(`${server.url}/exporters/node-exporter/`);
    expect(page.headers.get('cache-control')).toBeNull();
    expectSecurityHeaders(page, out);
    const dir = await get(`${server.url}/exporters/node-exporter`);
    expect(dir.status).toBe(301);
    expect(dir.headers.get('location')).toBe('/exporters/node-exporter/');
  });

  it('loads every kind of page with no CSP violation', async () => {
    expect(await cspViolations(browser, server.url)).toEqual([]);
  }, 120_000);
});

describe('nginx under a base path (BASE_PATH=/exporterhub, as the Dockerfile places it)', () => {
  const basePath = '/exporterhub';
  const copy = path.join(ROOT, 'out-nginx');
  let webRoot = '';
  let server: NginxServer;
  beforeAll(async () => {
    // A second export for the sub-path, then a web root that holds it under /exporterhub.
    const env = { ...process.env, BASE_PATH: basePath, EXPORTERHUB_OUT: 'out-nginx' };
    execFileSync('npx', ['next', 'build'], { cwd: ROOT, env, stdio: 'pipe' });
    execFileSync('npx', ['tsx', 'scripts/postbuild.ts'], { cwd: ROOT, env, stdio: 'pipe' });
    webRoot = mkdtempSync(path.join(tmpdir(), 'exporterhub-webroot-'));
    mkdirSync(webRoot, { recursive: true });
    symlinkSync(copy, path.join(webRoot, 'exporterhub'));
    server = await startNginx(webRoot, basePath, copy);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
    if (existsSync(copy)) rmSync(copy, { recursive: true, force: true });
  });

  it('redirects / to the base path', async () => {
    const res = await get(`${server.url}/`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/exporterhub/');
  });

  it('answers 200 for every page, asset, rule file and the API under the base path', async () => {
    const { checked, failed } = await everyPageAndAsset(server, copy, basePath);
    expect(checked).toBeGreaterThan(400);
    expect(failed).toEqual([]);
    const api = await get(`${server.url}/exporterhub/api/exporters.json`);
    expect(api.status).toBe(200);
    const body = (await api.json()) as { exporters: { page_url: string }[] };
    expect(body.exporters[0].page_url.startsWith('/exporterhub/exporters/')).toBe(true);
    const rules = await get(`${server.url}/exporterhub/rules/redis-exporter.yml`);
    expect(rules.status).toBe(200);
    expect(rules.headers.get('content-type')).toMatch(/^text\/yaml/);
  });

  it('sends the site 404 page with status 404 inside and outside the base path', async () => {
    for (const u of ['/exporterhub/no-such-page/', '/elsewhere/']) {
      const res = await get(`${server.url}${u}`);
      expect(res.status, u).toBe(404);
      expect(await res.text(), u).toContain('Page not found');
    }
    const asset = await get(`${server.url}${firstAsset(copy, '.js')}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('loads every kind of page with no CSP violation', async () => {
    expect(await cspViolations(browser, `${server.url}${basePath}`)).toEqual([]);
  }, 120_000);
});
