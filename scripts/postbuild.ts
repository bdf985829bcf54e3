// After `next build`: writes the machine-readable outputs into out/ (rule files per entry and for
// the whole catalogue), from the same loader the pages used.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getEntries } from '../lib/catalog';
import { ruleFile } from '../lib/rulefile';

const out = path.join(process.cwd(), 'out');
const rulesDir = path.join(out, 'rules');
mkdirSync(rulesDir, { recursive: true });

const entries = getEntries();
let files = 0;
for (const entry of entries) {
  if (entry.rules.length === 0) continue;
  writeFileSync(path.join(rulesDir, `${entry.slug}.yml`), ruleFile(entry.slug, entry.rules));
  files++;
}
console.log(`postbuild: wrote ${files} rule files to out/rules/`);
