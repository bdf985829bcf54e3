// `npm run measure`: prints the first-load JavaScript of the exported home page (every script the
// HTML loads, gzip level 9), its inline page data, and the size of out/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePathFromEnv } from '../lib/site';

const out = path.join(process.cwd(), 'out');
const basePath = basePathFromEnv();

function gz(buf: Buffer | string): number {
  return gzipSync(buf, { level: 9 }).length;
}

function dirSize(dir: string): number {
  return readdirSync(dir).reduce((n, f) => {
    const p = path.join(dir, f);
    const s = statSync(p);
    return n + (s.isDirectory() ? dirSize(p) : s.size);
  }, 0);
}

export function firstLoadJs(page: string): { files: string[]; raw: number; gzip: number; pageDataGzip: number } {
  const html = readFileSync(path.join(out, page), 'utf8');
  const files = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1].replace(basePath, ''));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(path.join(out, f));
    raw += buf.length;
    gzip += gz(buf);
  }
  const data = /<script id="__NEXT_DATA__"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  return { files, raw, gzip, pageDataGzip: gz(data) };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const home = firstLoadJs('index.html');
console.log(`home page first-load JS: ${kb(home.gzip)} gzip (${kb(home.raw)} raw) in ${home.files.length} files`);
console.log(`home page inline data (__NEXT_DATA__): ${kb(home.pageDataGzip)} gzip`);
const entry = firstLoadJs('exporters/node-exporter/index.html');
console.log(`entry page (node-exporter) first-load JS: ${kb(entry.gzip)} gzip, inline data ${kb(entry.pageDataGzip)} gzip`);
try {
  console.log(`metric search index (/search/metrics.json, loaded on first use): ${kb(gz(readFileSync(path.join(out, 'search', 'metrics.json'))))} gzip`);
} catch {
  // no index in this build
}
console.log(`out/: ${(dirSize(out) / 1024 / 1024).toFixed(1)} MB`);
