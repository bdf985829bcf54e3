// What an exported page costs to load: every script its HTML references (gzip level 9), its inline
// page data, and the size of a folder. Used by `npm run measure` and `npm run bench`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageScripts } from '../lib/deferred-scripts';

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
  /** Every script the page can load: the ones it runs on load and the ones it starts on first use. */
  files: string[];
  raw: number;
  gzip: number;
  /** Gzip bytes of the scripts run on load (without the deferred search app). */
  onLoadGzip: number;
  pageDataGzip: number;
}

/** `page` is the HTML file's path inside `out`; `basePath` is stripped from script URLs. */
export function firstLoadJs(out: string, page: string, basePath = ''): PageWeight {
  const html = readFileSync(path.join(out, page), 'utf8');
  const local = (src: string) => src.slice(basePath && src.startsWith(basePath) ? basePath.length : 0);
  const scripts = pageScripts(html).map((s) => ({ file: local(s.src), onLoad: s.onLoad }));
  let raw = 0;
  let gzip = 0;
  let onLoadGzip = 0;
  for (const s of scripts) {
    const buf = readFileSync(path.join(out, s.file));
    raw += buf.length;
    gzip += gzipSize(buf);
    if (s.onLoad) onLoadGzip += gzipSize(buf);
  }
  const data = /<script id="__NEXT_DATA__"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  return { files: scripts.map((s) => s.file), raw, gzip, onLoadGzip, pageDataGzip: gzipSize(data) };
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
