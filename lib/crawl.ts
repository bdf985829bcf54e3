// Checks an exported site on disk: every internal link and asset (href, src) of every HTML page
// resolves to a file in out/, honouring a base path. Used by the tests for plain and sub-path builds.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFERRED_SRC } from './client/hydration';

export interface BrokenLink {
  page: string;
  url: string;
}

export function htmlFiles(dir: string): string[] {
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

/** Every page of an exported site with the URL path it is served at (a folder's index.html at its folder). */
export function sitePages(root: string, basePath = ''): { file: string; url: string }[] {
  return htmlFiles(root).map((file) => {
    const rel = path.relative(root, file).split(path.sep).join('/');
    return { file, url: `${basePath}/${rel.replace(/(^|\/)index\.html$/, '$1')}` };
  });
}

/** The internal links and assets (href, src) of every page, as written in the HTML. */
export function internalLinks(root: string): { page: string; url: string }[] {
  const out: { page: string; url: string }[] = [];
  for (const page of htmlFiles(root)) {
    const html = readFileSync(page, 'utf8');
    for (const m of html.matchAll(new RegExp(`\\s(?:href|src|${DEFERRED_SRC})="([^"]+)"`, 'g'))) {
      const url = m[1].replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:|#)/.test(url)) continue;
      out.push({ page: path.relative(root, page), url });
    }
  }
  return out;
}

export function crawl(root: string, basePath = ''): { pages: number; links: number; broken: BrokenLink[] } {
  const broken: BrokenLink[] = [];
  const links = internalLinks(root);
  for (const { page, url } of links) {
    if (!url.startsWith('/')) {
      broken.push({ page, url: `${url} (relative link)` });
      continue;
    }
    if (basePath && !url.startsWith(`${basePath}/`)) {
      broken.push({ page, url: `${url} (outside base path ${basePath})` });
      continue;
    }
    if (!resolves(root, url.slice(basePath.length))) broken.push({ page, url });
  }
  return { pages: htmlFiles(root).length, links: links.length, broken };
}
