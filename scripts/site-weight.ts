// What an exported page costs to load: every script its HTML references (gzip level 9), its inline
// page data, and the size of a folder. Used by `npm run measure` and `npm run bench`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipSize(buf: Buffer | string): number {
  return gzipSync(buf, { level: 9 }).length;
}

export function dirSize(dir: string): number {
  return readdirSync(dir).reduce((n, f) => {
    const p = path.join(dir, f);
    const s = statSync(p);
    return n + (s.isDirectory() ? dirSize(p) : s.size);
  }, 0);
}

export interface PageWeight {
  files: string[];
  raw: number;
  gzip: number;
  pageDataGzip: number;
}

/** `page` is the HTML file's path inside `out`; `basePath` is stripped from script URLs. */
export function firstLoadJs(out: string, page: string, basePath = ''): PageWeight {
  const html = readFileSync(path.join(out, page), 'utf8');
  const files = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1].slice(basePath && m[1].startsWith(basePath) ? basePath.length : 0));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(path.join(out, f));
    raw += buf.length;
    gzip += gzipSize(buf);
  }
  const data = /<script id="__NEXT_DATA__"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  return { files, raw, gzip, pageDataGzip: gzipSize(data) };
}

export interface SearchIndexWeight {
  summariesGzip: number;
  shards: number;
  termsGzip: number;
  largestShardGzip: number;
}

/** Gzip sizes of the search data an export loads on first use: summaries and term-index shards. */
export function searchIndexWeight(out: string): SearchIndexWeight {
  const terms = path.join(out, 'search', 'terms');
  const sizes = readdirSync(terms)
    .filter((f) => f !== 'shards.json')
    .map((f) => gzipSize(readFileSync(path.join(terms, f))));
  return {
    summariesGzip: gzipSize(readFileSync(path.join(out, 'search', 'summaries.json'))),
    shards: sizes.length,
    termsGzip: sizes.reduce((a, b) => a + b, 0),
    largestShardGzip: Math.max(0, ...sizes),
  };
}
