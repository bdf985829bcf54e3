// A saved copy of one full load of a content folder, so a build parses every README once: `npm run
// validate` saves it, and Next's workers and postbuild reuse it while the content and the loader's
// code are unchanged (any change to either means a fresh load).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MetricInventory } from '../verify/inventory';
import { loadCatalog, type LoadResult } from './load';
import type { Entry } from './types';
import type { Problem } from './problems';

interface Saved {
  key: string;
  entries: Entry[];
  problems: Problem[];
  inventories: [string, MetricInventory][];
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? sourceFiles(path.join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [path.join(dir, d.name)] : []))
    .sort();
}

/** Changes when any file of the content folder or any module under lib/ changes. */
function fingerprint(root: string, displayRoot: string): string {
  const hash = createHash('sha1').update(`${root}\0${displayRoot}\0`);
  for (const file of sourceFiles(path.join(process.cwd(), 'lib'))) hash.update(file).update(readFileSync(file));
  for (const folder of readdirSync(root).sort()) {
    const dir = path.join(root, folder);
    const stat = statSync(dir);
    hash.update(`${folder}:${stat.mtimeMs}\0`);
    if (!stat.isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      const s = statSync(path.join(dir, name));
      hash.update(`${name}:${s.size}:${s.mtimeMs}\0`);
    }
  }
  return hash.digest('hex');
}

function cacheFile(root: string): string {
  return path.join(process.cwd(), '.cache', 'catalog', `${createHash('sha1').update(root).digest('hex').slice(0, 16)}.json`);
}

/** loadCatalog for a whole folder, reusing the saved result of an identical earlier load. */
export function loadCatalogSaved(root: string, displayRoot: string): LoadResult {
  if (!existsSync(root)) return loadCatalog(root, { displayRoot });
  const key = fingerprint(root, displayRoot);
  const file = cacheFile(root);
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Saved;
    if (saved.key === key) return { entries: saved.entries, problems: saved.problems, inventories: new Map(saved.inventories) };
  } catch {
    // No saved load, or an unreadable one: load afresh.
  }
  const result = loadCatalog(root, { displayRoot });
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const saved: Saved = { key, entries: result.entries, problems: result.problems, inventories: [...result.inventories] };
    writeFileSync(`${file}.${process.pid}`, JSON.stringify(saved));
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // A read-only checkout still builds; it only loads the content more than once.
  }
  return result;
}
