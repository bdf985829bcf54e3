// Checks an exported site on disk: every internal link and asset (href, src) of every HTML page
// resolves to a file in out/, honouring a base path. Used by the tests for plain and sub-path builds.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
  page: string;
  url: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith('.html') ? [p] : [];
  });
}

function resolves(root: string, urlPath: string): boolean {
  const clean = decodeURIComponent(urlPath.split('#')[0].split('?')[0]);
  const file = path.join(root, clean);
  if (!file.startsWith(root)) return false;
  if (existsSync(file) && statSync(file).isFile()) return true;
  return existsSync(path.join(file, 'index.html'));
}

export function crawl(root: string, basePath = ''): { pages: number; links: number; broken: BrokenLink[] } {
  const broken: BrokenLink[] = [];
  let links = 0;
  const pages = htmlFiles(root);
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const url = m[1].replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:|#)/.test(url)) continue;
      links++;
      if (!url.startsWith('/')) {
        broken.push({ page: path.relative(root, page), url: `${url} (relative link)` });
        continue;
      }
      if (basePath && !url.startsWith(`${basePath}/`)) {
        broken.push({ page: path.relative(root, page), url: `${url} (outside base path ${basePath})` });
        continue;
      }
      if (!resolves(root, url.slice(basePath.length))) broken.push({ page: path.relative(root, page), url });
    }
  }
  return { pages: pages.length, links, broken };
}
