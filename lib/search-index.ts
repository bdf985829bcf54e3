// The search data the home page loads on first use (focus, typing, a filter, "show all"), so the
// page itself ships only a preview: every entry's summary and the metric-name index.
import type { ExporterSummary } from './catalog/types';
import { loadMetricIndex, type MetricIndex } from './metric-search';
import { withBase } from './site';

export const SUMMARIES_PATH = '/search/summaries.json';

export interface SearchData {
  summaries: ExporterSummary[];
  metrics: MetricIndex;
}

let pending: Promise<SearchData> | null = null;

function isSummary(value: unknown): value is ExporterSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.slug === 'string' && typeof v.name === 'string' && typeof v.description === 'string' && Array.isArray(v.aliases) && typeof v.ruleCount === 'number';
}

/** Loads the search data; `known` is used instead of fetching summaries when the page already has them all. */
export function loadSearchData(known: ExporterSummary[] | null = null): Promise<SearchData> {
  pending ??= Promise.all([
    known
      ? Promise.resolve(known)
      : fetch(withBase(SUMMARIES_PATH)).then(async (res) => {
          if (!res.ok) throw new Error(`search index: HTTP ${res.status}`);
          const data: unknown = await res.json();
          if (!Array.isArray(data) || !data.every(isSummary)) throw new Error('search index has an unexpected shape');
          return data;
        }),
    loadMetricIndex().catch((): MetricIndex => []),
  ]).then(([summaries, metrics]) => ({ summaries, metrics }));
  pending.catch(() => {
    pending = null;
  });
  return pending;
}
