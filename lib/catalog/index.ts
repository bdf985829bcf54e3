// Build-time access to the validated catalogue for pages. Loads lists/ once per process and refuses
// to build on any error, with the same messages as `npm run validate`.
import path from 'node:path';
import { loadCatalog, readInventory, toSummary } from './load';
import type { MetricInventory } from '../verify/inventory';
import { formatProblem, problemSeverity } from './problems';
import type { Entry, ExporterSummary } from './types';

let cache: Entry[] | null = null;

export class CatalogError extends Error {}

export function getEntries(): Entry[] {
  if (cache) return cache;
  const { entries, problems } = loadCatalog(path.join(process.cwd(), 'lists'), { displayRoot: 'lists' });
  const errors = problems.filter((p) => problemSeverity(p) === 'error');
  if (errors.length > 0) {
    throw new CatalogError(`lists/ has ${errors.length} error(s):\n${errors.map(formatProblem).join('\n')}`);
  }
  cache = [...entries].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  return cache;
}

export function getEntry(slug: string): Entry | undefined {
  return getEntries().find((e) => e.slug === slug);
}

export function getSummaries(): ExporterSummary[] {
  return getEntries().map(toSummary);
}

export function getInventory(slug: string): MetricInventory | null {
  return readInventory(path.join(process.cwd(), 'lists', slug, 'metrics.json'), `lists/${slug}/metrics.json`, []);
}

/** Every metric name of every captured inventory, sorted, with the entries that expose it. */
export function getMetricIndex(): [string, string[]][] {
  const owners = new Map<string, string[]>();
  for (const e of getEntries()) {
    if (!e.verification) continue;
    for (const f of getInventory(e.slug)?.families ?? []) owners.set(f.name, [...(owners.get(f.name) ?? []), e.slug]);
  }
  return [...owners.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
