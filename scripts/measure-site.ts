// `npm run measure`: prints the JavaScript of the exported home and entry pages (every script the
// HTML loads or starts on first use, gzip level 9), their inline page data, the search index and the size of out/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { basePathFromEnv } from '../lib/site';
import { dirSize, firstLoadJs, searchIndexWeight } from './site-weight';

const out = path.join(process.cwd(), 'out');
const basePath = basePathFromEnv();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const home = firstLoadJs(out, 'index.html', basePath);
console.log(`home page JS: ${kb(home.onLoadGzip)} gzip run on load; ${kb(home.gzip)} gzip (${kb(home.raw)} raw) in ${home.files.length} files once the search app starts`);
console.log(`home page inline data (__NEXT_DATA__): ${kb(home.pageDataGzip)} gzip`);
const entry = firstLoadJs(out, 'exporters/node-exporter/index.html', basePath);
console.log(`entry page (node-exporter) JS: ${kb(entry.gzip)} gzip in ${entry.files.length} file${entry.files.length === 1 ? '' : 's'}, inline data ${kb(entry.pageDataGzip)} gzip`);
if (existsSync(path.join(out, 'search'))) {
  const search = searchIndexWeight(out);
  console.log(`search summaries (/search/summaries.json, loaded on first use): ${kb(search.summariesGzip)} gzip`);
  console.log(`term index (/search/terms/, one shard per query prefix): ${search.shards} shards, ${kb(search.termsGzip)} gzip in all, largest ${kb(search.largestShardGzip)}`);
}
console.log(`out/: ${(dirSize(out) / 1024 / 1024).toFixed(1)} MB`);
