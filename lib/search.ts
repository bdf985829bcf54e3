// Search over ExporterSummary records: the fuse.js keys and weights, defined once for the client.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { ExporterSummary } from './catalog/types';

export const SEARCH_OPTIONS: IFuseOptions<ExporterSummary> = {
  keys: [
    { name: 'name', weight: 3 },
    { name: 'aliases', weight: 2.5 },
    { name: 'slug', weight: 2 },
    { name: 'tags', weight: 1.2 },
    { name: 'category', weight: 0.8 },
    { name: 'description', weight: 0.6 },
  ],
  threshold: 0.35,
  ignoreLocation: true,
  includeScore: true,
  includeMatches: true,
  minMatchCharLength: 2,
};

export function createSearch(summaries: ExporterSummary[]): Fuse<ExporterSummary> {
  return new Fuse(summaries, SEARCH_OPTIONS);
}
