// A small static file server for the exported site (out/): directory index.html, 404.html, and an
// optional base path, and the site's security headers (lib/hosting/headers.ts). Used by `npm start` and by the browser tests; binds to 127.0.0.1 by default.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { contentSecurityPolicy, securityHeaders, siteScriptHashes } from '../lib/hosting/headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|atom\+xml|manifest\+json)|image\/svg)/;

export interface StaticServerOptions {
  root: string;
  port: number;
  host?: string;
  basePath?: string;
}

function resolveFile(root: string, urlPath: string): string | null {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(root, clean);
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

export function startStaticServer({ root, port, host = '127.0.0.1', basePath = '' }: StaticServerOptions): Promise<Server> {
  const absRoot = path.resolve(root);
  const headersForAll = securityHeaders(contentSecurityPolicy(siteScriptHashes(absRoot)));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = url.pathname;
    if (basePath) {
      if (pathname === basePath) pathname = `${basePath}/`;
      if (!pathname.startsWith(`${basePath}/`)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      pathname = pathname.slice(basePath.length);
    }
    const file = resolveFile(absRoot, pathname);
    if (file && !pathname.endsWith('/') && file.endsWith('index.html') && !pathname.endsWith('.html')) {
      res.writeHead(308, { ...headersForAll, location: `${basePath}${pathname}/${url.search}` }).end();
      return;
    }
    const target = file ?? path.join(absRoot, '404.html');
    const status = file ? 200 : 404;
    if (!existsSync(target)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { ...headersForAll, 'content-type': type, vary: 'accept-encoding' };
    if (pathname.startsWith('/_next/static/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
    // Text is sent gzip-compressed, as any production static host does.
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip' });
      createReadStream(target).pipe(createGzip()).pipe(res);
    } else {
      res.writeHead(status, headers);
      createReadStream(target).pipe(res);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
