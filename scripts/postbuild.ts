// After `next build`: writes the machine-readable outputs into out/ (rule files per entry and the
// front-matter JSON Schema), from the same loader and schema the pages used.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getEntries, getSearchTerms, getSummaries, listsDir } from '../lib/catalog';
import { buildTermShards, shardPath, TERM_SHARDS_PATH } from '../lib/term-index';
import { ruleFile } from '../lib/rulefile';
import { frontMatterJsonSchema } from '../lib/catalog/reference';
import { allRules, apiExporters, atomFeed, prometheusRule, sitemap } from '../lib/outputs';
import { entryDates } from '../lib/history';
import { basePathFromEnv, SITE_URL } from '../lib/site';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { deferFrameworkScripts } from '../lib/deferred-scripts';
import { siteScriptHashes } from '../lib/hosting/headers';

const out = path.join(process.cwd(), process.env.EXPORTERHUB_OUT ?? 'out');
const rulesDir = path.join(out, 'rules');
mkdirSync(rulesDir, { recursive: true });

const entries = getEntries();
let files = 0;
for (const entry of entries) {
  if (entry.rules.length === 0) continue;
  writeFileSync(path.join(rulesDir, `${entry.slug}.yml`), ruleFile(entry.slug, entry.rules));
  writeFileSync(path.join(rulesDir, `${entry.slug}.prometheusrule.yaml`), prometheusRule(entry));
  files++;
}
writeFileSync(path.join(rulesDir, 'all.yml'), allRules(entries));
console.log(`postbuild: wrote ${files} rule files (plus PrometheusRule objects and all.yml) to ${path.relative(process.cwd(), out)}/rules/`);

const base = basePathFromEnv();
mkdirSync(path.join(out, 'api'), { recursive: true });
writeFileSync(path.join(out, 'api', 'exporters.json'), `${JSON.stringify(apiExporters(entries, base), null, 1)}\n`);
console.log(`postbuild: wrote ${path.relative(process.cwd(), out)}/api/exporters.json`);

mkdirSync(path.join(out, 'schema'), { recursive: true });
writeFileSync(path.join(out, 'schema', 'exporter.json'), `${JSON.stringify(frontMatterJsonSchema(), null, 2)}\n`);
console.log(`postbuild: wrote ${path.relative(process.cwd(), out)}/schema/exporter.json`);

mkdirSync(path.join(out, 'search'), { recursive: true });
writeFileSync(path.join(out, 'search', 'summaries.json'), JSON.stringify(getSummaries()));
const shards = buildTermShards(getSearchTerms());
mkdirSync(path.join(out, 'search', 'terms'), { recursive: true });
for (const [key, shard] of shards) writeFileSync(path.join(out, shardPath(key)), JSON.stringify(shard));
writeFileSync(path.join(out, TERM_SHARDS_PATH), JSON.stringify([...shards.keys()]));
const termCount = [...shards.values()].reduce((n, s) => n + s.length, 0);
console.log(`postbuild: wrote search/summaries.json and the term index (${termCount} metric and alert names in ${shards.size} shards under search/terms/)`);

// Feed, robots.txt and sitemap.xml. The sitemap needs absolute URLs, so it is written when SITE_URL
// (e.g. https://exporters.example.org) says where the site lives.
const dates = entryDates(process.cwd(), listsDir(), entries.map((e) => e.slug));
writeFileSync(path.join(out, 'feed.xml'), atomFeed(entries, dates, SITE_URL, base));
const pages: string[] = [];
const htmlFiles: string[] = [];
const walk = (dir: string, rel: string) => {
  for (const f of readdirSync(dir)) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) walk(p, `${rel}${f}/`);
    else if (f.endsWith('.html')) {
      htmlFiles.push(p);
      if (f === 'index.html' && !rel.startsWith('404')) pages.push(`${base}/${rel}`);
    }
  }
};
walk(out, '');
const robots = [`User-agent: *`, `Allow: /`];
if (SITE_URL) {
  writeFileSync(path.join(out, 'sitemap.xml'), sitemap(SITE_URL, pages.sort()));
  robots.push(`Sitemap: ${SITE_URL}${base}/sitemap.xml`);
}
writeFileSync(path.join(out, 'robots.txt'), `${robots.join('\n')}\n`);
console.log(`postbuild: wrote feed.xml, robots.txt${SITE_URL ? ` and sitemap.xml (${pages.length} pages)` : ' (set SITE_URL for sitemap.xml)'}`);

// The home page's search app starts on first use (lib/client/hydration.ts), not with the page.
let deferredPages = 0;
for (const file of htmlFiles) {
  const page = deferFrameworkScripts(readFileSync(file, 'utf8'));
  if (page.deferred === 0) continue;
  writeFileSync(file, page.html);
  deferredPages++;
}
console.log(`postbuild: the search app starts on first use in ${deferredPages} page${deferredPages === 1 ? '' : 's'}`);

// Every inline script must be one the Content-Security-Policy knows (lib/hosting/headers.ts); an
// unknown one fails the build instead of being allowed by hash.
try {
  console.log(`postbuild: ${siteScriptHashes(out).length} inline script hashes for the Content-Security-Policy`);
} catch (e) {
  console.error(`postbuild: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
