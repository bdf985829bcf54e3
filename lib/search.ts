// Search over ExporterSummary records: the fuse.js keys and weights, defined once for the client,
// plus a re-ranking that puts exact and prefix matches of a name, alias or slug first.
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
  minMatchCharLength: 2,
};

export interface CatalogSearch {
  search: (query: string) => ExporterSummary[];
}

/** Lowercase, with `_`, `-` and runs of spaces folded to one space, so node_exporter = node-exporter. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}

function nameBonus(names: string[], q: string): number {
  if (names.some((n) => n === q)) return 0.05;
  if (names.some((n) => n.startsWith(q))) return 0.3;
  if (names.some((n) => n.split(' ').includes(q))) return 0.6;
  return 1;
}

export function createSearch(summaries: ExporterSummary[]): CatalogSearch {
  const fuse = new Fuse(summaries, SEARCH_OPTIONS);
  const names = new Map(summaries.map((s) => [s, [s.name, s.slug, ...s.aliases].map(normalize)]));
  return {
    search(query: string) {
      const q = normalize(query);
      if (!q) return summaries;
      return fuse
        .search(q)
        .map((r, i) => ({ item: r.item, rank: (r.score ?? 1) * nameBonus(names.get(r.item) ?? [], q), i }))
        .sort((a, b) => a.rank - b.rank || a.i - b.i)
        .map((r) => r.item);
    },
  };
}
