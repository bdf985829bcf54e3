// Build-time access to the validated catalogue for pages. Loads lists/ once per process and refuses
// to build on any error, with the same messages as `npm run validate`.
import path from 'node:path';
import { loadCatalog, toSummary } from './load';
import type { MetricInventory } from '../verify/inventory';
import { formatProblem, problemSeverity } from './problems';
import type { Entry, ExporterSummary } from './types';

let cache: Entry[] | null = null;
let inventories = new Map<string, MetricInventory>();

export class CatalogError extends Error {}

export function getEntries(): Entry[] {
  if (cache) return cache;
  const { entries, problems, inventories: loaded } = loadCatalog(path.join(process.cwd(), 'lists'), { displayRoot: 'lists' });
  const errors = problems.filter((p) => problemSeverity(p) === 'error');
  if (errors.length > 0) {
    throw new CatalogError(`lists/ has ${errors.length} error(s):\n${errors.map(formatProblem).join('\n')}`);
  }
  inventories = loaded;
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
  getEntries();
  return inventories.get(slug) ?? null;
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
