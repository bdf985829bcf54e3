// After `next build`: writes the machine-readable outputs into out/ (rule files per entry and the
// front-matter JSON Schema), from the same loader and schema the pages used.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getEntries, getMetricIndex } from '../lib/catalog';
import { ruleFile } from '../lib/rulefile';
import { frontMatterJsonSchema } from '../lib/catalog/reference';
import { allRules, apiExporters, prometheusRule } from '../lib/outputs';

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

const base = process.env.NEXT_PUBLIC_BASE_PATH ?? (process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}` : '');
mkdirSync(path.join(out, 'api'), { recursive: true });
writeFileSync(path.join(out, 'api', 'exporters.json'), `${JSON.stringify(apiExporters(entries, base), null, 1)}\n`);
console.log(`postbuild: wrote ${path.relative(process.cwd(), out)}/api/exporters.json`);

mkdirSync(path.join(out, 'schema'), { recursive: true });
writeFileSync(path.join(out, 'schema', 'exporter.json'), `${JSON.stringify(frontMatterJsonSchema(), null, 2)}\n`);
console.log(`postbuild: wrote ${path.relative(process.cwd(), out)}/schema/exporter.json`);

mkdirSync(path.join(out, 'search'), { recursive: true });
const metricIndex = getMetricIndex();
writeFileSync(path.join(out, 'search', 'metrics.json'), JSON.stringify(metricIndex));
console.log(`postbuild: wrote ${path.relative(process.cwd(), out)}/search/metrics.json (${metricIndex.length} metric names)`);
