// Build-time access to the validated catalogue for pages. Loads lists/ once per process and refuses
// to build on any error, with the same messages as `npm run validate`.
import path from 'node:path';
import { loadCatalog, toSummary } from './load';
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
