// `npm run measure`: prints the first-load JavaScript of the exported home and entry pages (every
// script the HTML loads, gzip level 9), their inline page data, the search index and the size of out/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { basePathFromEnv } from '../lib/site';
import { dirSize, firstLoadJs, gzipSize } from './site-weight';

const out = path.join(process.cwd(), 'out');
const basePath = basePathFromEnv();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const home = firstLoadJs(out, 'index.html', basePath);
console.log(`home page first-load JS: ${kb(home.gzip)} gzip (${kb(home.raw)} raw) in ${home.files.length} files`);
console.log(`home page inline data (__NEXT_DATA__): ${kb(home.pageDataGzip)} gzip`);
const entry = firstLoadJs(out, 'exporters/node-exporter/index.html', basePath);
console.log(`entry page (node-exporter) first-load JS: ${kb(entry.gzip)} gzip, inline data ${kb(entry.pageDataGzip)} gzip`);
const search = path.join(out, 'search');
if (existsSync(search)) {
  console.log(`search summaries (/search/summaries.json, loaded on first use): ${kb(gzipSize(readFileSync(path.join(search, 'summaries.json'))))} gzip`);
  const shards = readdirSync(path.join(search, 'terms')).filter((f) => f !== 'shards.json');
  const sizes = shards.map((f) => gzipSize(readFileSync(path.join(search, 'terms', f))));
  console.log(`term index (/search/terms/, one shard per query prefix): ${shards.length} shards, ${kb(sizes.reduce((a, b) => a + b, 0))} gzip in all, largest ${kb(Math.max(0, ...sizes))}`);
}
console.log(`out/: ${(dirSize(out) / 1024 / 1024).toFixed(1)} MB`);
