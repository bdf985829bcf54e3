// The nginx template renders for the root and for a base path, with the site's CSP and no placeholder left.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/hosting/headers';
import { renderNginxConf } from '@/lib/hosting/nginx';

const template = readFileSync(path.join(__dirname, '..', '..', 'docker', 'nginx.conf'), 'utf8');

describe('docker/nginx.conf', () => {
  it('renders for the root without the base-path redirect', () => {
    const conf = renderNginxConf(template, { root: '/srv/www', port: 8080, basePath: '', policy: contentSecurityPolicy() });
    expect(conf).toContain('root /srv/www;');
    expect(conf).toContain('listen 8080;');
    expect(conf).not.toContain('return 302');
    expect(conf).toContain('location / {');
    expect(conf).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy()}" always;`);
    expect(conf).not.toMatch(/@[A-Z_]+@/);
  });

  it('renders for a base path with the redirect, the routes and the 404 page under it', () => {
    const conf = renderNginxConf(template, { root: '/usr/share/nginx/html', port: '127.0.0.1:9000', basePath: '/exporterhub', policy: contentSecurityPolicy() });
    expect(conf).toContain('location = / { return 302 /exporterhub/; }');
    expect(conf).toContain('location /exporterhub/ {');
    expect(conf).toContain('error_page 404 /exporterhub/404.html;');
    expect(conf).toContain('~^/exporterhub/_next/static/');
  });

  it('refuses a base path that would break the configuration', () => {
    expect(() => renderNginxConf(template, { root: '/x', port: 80, basePath: 'exporterhub', policy: contentSecurityPolicy() })).toThrow(/must start with \//);
    expect(() => renderNginxConf(template, { root: '/x', port: 80, basePath: '/a;b', policy: contentSecurityPolicy() })).toThrow(/must start with/);
    expect(() => renderNginxConf(template, { root: '/x"y', port: 80, basePath: '', policy: contentSecurityPolicy() })).toThrow(/quotes/);
  });
});
