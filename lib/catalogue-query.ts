// The catalogue's search state as it lives in the URL (?q=…&category=…), and the pure function that
// turns a state into the list of results. Shared by the home page and the tests.
import { isCategoryId, type CategoryId } from './categories';
import type { ExporterSummary, Kind } from './catalog/types';
import type { CatalogSearch } from './search';

export const ORIGINS = ['official', 'community', 'third-party'] as const;
export type Origin = (typeof ORIGINS)[number];
export const SORTS = ['relevance', 'name', 'rules'] as const;
export type Sort = (typeof SORTS)[number];
export const KIND_VALUES: readonly Kind[] = ['exporter', 'native', 'client-library'];

export interface CatalogueQuery {
  q: string;
  category: CategoryId | null;
  origin: Origin | null;
  kind: Kind | null;
  rules: boolean;
  dashboards: boolean;
  sort: Sort;
}

export const EMPTY_QUERY: CatalogueQuery = { q: '', category: null, origin: null, kind: null, rules: false, dashboards: false, sort: 'relevance' };

type UrlQuery = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function oneOf<T extends string>(values: readonly T[], value: string): T | null {
  return values.find((v) => v === value) ?? null;
}

export function parseQuery(query: UrlQuery): CatalogueQuery {
  const category = first(query.category);
  return {
    q: first(query.q),
    category: isCategoryId(category) ? category : null,
    origin: oneOf(ORIGINS, first(query.origin)),
    kind: oneOf(KIND_VALUES, first(query.kind)),
    rules: first(query.rules) === '1',
    dashboards: first(query.dashboards) === '1',
    sort: oneOf(SORTS, first(query.sort)) ?? 'relevance',
  };
}

export function toUrlQuery(state: CatalogueQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (state.q) out.q = state.q;
  if (state.category) out.category = state.category;
  if (state.origin) out.origin = state.origin;
  if (state.kind) out.kind = state.kind;
  if (state.rules) out.rules = '1';
  if (state.dashboards) out.dashboards = '1';
  if (state.sort !== 'relevance') out.sort = state.sort;
  return out;
}

export function originOf(s: ExporterSummary): Origin {
  return s.official ? 'official' : s.community ? 'community' : 'third-party';
}

/** Facet filters except the one named, so each facet can count what choosing a value would give. */
export function matchesFacets(s: ExporterSummary, state: CatalogueQuery, except?: 'category' | 'origin' | 'kind'): boolean {
  if (except !== 'category' && state.category && s.category !== state.category) return false;
  if (except !== 'origin' && state.origin && originOf(s) !== state.origin) return false;
  if (except !== 'kind' && state.kind && s.kind !== state.kind) return false;
  if (state.rules && s.ruleCount === 0) return false;
  if (state.dashboards && s.dashboardCount === 0) return false;
  return true;
}

/**
 * Entries matching the text query, best first (all entries in name order when there is no text):
 * exact name or alias matches, then owners of a metric or alert name starting with the query, then
 * the text search's ranking.
 */
export function searchMatches(all: ExporterSummary[], q: string, search: CatalogSearch | null, termHits: string[] = []): ExporterSummary[] {
  const text = q.trim();
  if (!text || !search) return all;
  const ranked = search.search(text);
  const exact = ranked.filter((s) => search.isExactName(s, text));
  const byTerm = termHits.map((slug) => search.get(slug)).filter((s): s is ExporterSummary => s !== undefined);
  const seen = new Set<ExporterSummary>();
  const out: ExporterSummary[] = [];
  for (const s of [...exact, ...byTerm, ...ranked]) {
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}

export function results(matched: ExporterSummary[], state: CatalogueQuery): ExporterSummary[] {
  const filtered = matched.filter((s) => matchesFacets(s, state));
  if (state.sort === 'name' || (state.sort === 'relevance' && !state.q.trim())) {
    return [...filtered].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  }
  if (state.sort === 'rules') {
    return [...filtered].sort((a, b) => b.ruleCount - a.ruleCount || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  }
  return filtered;
}
