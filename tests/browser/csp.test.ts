// npm start's static server sends the same security headers as the nginx image, and every kind of
// page runs under its Content-Security-Policy with no violation in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { contentSecurityPolicy, siteScriptHashes } from '@/lib/hosting/headers';
import { cspViolations } from './csp';
import { openSite, type Site } from './site';

describe('security headers of the static server', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('sends the policy, nosniff, the referrer policy and no framing on pages, assets and the 404 page', async () => {
    for (const u of ['/', '/exporters/node-exporter/', '/rules/node-exporter.yml', '/no-such-page/']) {
      const res = await fetch(`${site.url}${u}`);
      expect(res.headers.get('content-security-policy'), u).toBe(contentSecurityPolicy(siteScriptHashes(path.join(__dirname, '..', '..', 'out'))));
      expect(res.headers.get('x-content-type-options'), u).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), u).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-frame-options'), u).toBe('DENY');
    }
  });

  it('the policy holds the hashes of the known inline scripts and no unsafe-inline', () => {
    const policy = contentSecurityPolicy(siteScriptHashes(path.join(__dirname, '..', '..', 'out')));
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('loads every kind of page with no CSP violation', async () => {
    expect(await cspViolations(site.browser, site.url)).toEqual([]);
  }, 120_000);
});
