// `npm run validate [-- lists/<slug> …]`: checks lists/ with the same loader the build uses and prints
// every problem as `file:line: CODE message` (plus ::error annotations under GitHub Actions).
import path from 'node:path';
import { loadCatalogSaved } from '../lib/catalog/cache';
import { loadCatalog } from '../lib/catalog/load';
import { formatProblem, problemSeverity, type Problem } from '../lib/catalog/problems';

const root = path.resolve(process.cwd(), process.env.EXPORTERHUB_LISTS ?? 'lists');
const args = process.argv.slice(2);
const only = args.length > 0 ? args.map((a) => path.basename(path.resolve(a.replace(/\/README\.md$/, '')))) : undefined;

function annotate(p: Problem): string {
  const level = problemSeverity(p) === 'error' ? 'error' : 'warning';
  const msg = `${p.code} ${p.message}`.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::${level} file=${p.file},line=${p.line},title=${p.code}::${msg}`;
}

// A full check saves its result for the build that follows (`npm run build` validates first).
const { entries, problems } = only ? loadCatalog(root, { only, displayRoot: 'lists' }) : loadCatalogSaved(root, 'lists');
if (only) {
  const known = new Set(entries.map((e) => e.slug));
  const unknown = only.filter((s) => !known.has(s) && !problems.some((p) => p.file.startsWith(`lists/${s}/`)));
  for (const s of unknown) problems.push({ file: `lists/${s}/README.md`, line: 1, code: 'E001', message: `no entry "${s}" in lists/; check the folder name` });
}
const errors = problems.filter((p) => problemSeverity(p) === 'error');
const warnings = problems.filter((p) => problemSeverity(p) === 'warning');
for (const p of [...errors, ...warnings]) {
  const line = `${formatProblem(p)} (docs/error-codes.md#${p.code.toLowerCase()})`;
  console.log(problemSeverity(p) === 'warning' ? `${line} (warning)` : line);
  if (process.env.GITHUB_ACTIONS === 'true') console.log(annotate(p));
}
const checked = only ? only.length : entries.length;
console.log(`\n${checked} entr${checked === 1 ? 'y' : 'ies'} checked: ${errors.length} error(s), ${warnings.length} warning(s).${errors.length ? ' Codes are explained in docs/error-codes.md.' : ''}`);
process.exit(errors.length > 0 ? 1 : 0);
