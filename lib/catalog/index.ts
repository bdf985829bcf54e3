// Build-time access to the validated catalogue for pages. Loads lists/ once per process and refuses
// to build on any error, with the same messages as `npm run validate`.
import path from 'node:path';
import { loadCatalogSaved } from './cache';
import { toSummary } from './load';
import type { MetricInventory } from '../verify/inventory';
import { searchTerms } from '../term-index';
import { formatProblem, problemSeverity } from './problems';
import type { Entry, ExporterSummary } from './types';

let cache: Entry[] | null = null;
let inventories = new Map<string, MetricInventory>();

export class CatalogError extends Error {}

/** The content folder: lists/ of the project, or EXPORTERHUB_LISTS (the benchmark's synthetic catalogues). */
export function listsDir(): string {
  return path.resolve(process.cwd(), process.env.EXPORTERHUB_LISTS ?? 'lists');
}

export function getEntries(): Entry[] {
  if (cache) return cache;
  const { entries, problems, inventories: loaded } = loadCatalogSaved(listsDir(), 'lists');
  const errors = problems.filter((p) => problemSeverity(p) === 'error');
  if (errors.length > 0) {
    throw new CatalogError(`lists/ has ${errors.length} error(s):\n${errors.map(formatProblem).join('\n')}`);
  }
  inventories = loaded;
  cache = [...entries].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  return cache;
}

let bySlug: Map<string, Entry> | null = null;

export function getEntry(slug: string): Entry | undefined {
  bySlug ??= new Map(getEntries().map((e) => [e.slug, e]));
  return bySlug.get(slug);
}

export function getSummaries(): ExporterSummary[] {
  return getEntries().map(toSummary);
}

export function getInventory(slug: string): MetricInventory | null {
  getEntries();
  return inventories.get(slug) ?? null;
}

/** [term, slug] pairs for the search's term index (see searchTerms). */
export function getSearchTerms(): [string, string][] {
  return searchTerms(getEntries(), inventories);
}
