// The search data the home page loads on first use (focus, typing, a filter, "show all"), so the
// page itself ships only a preview: every entry's summary, the search code (fuse.js) and the list of
// term-index shards; each shard of metric and alert names is fetched when a query first needs it.
import type { ExporterSummary } from './catalog/types';
import type { CatalogSearch } from './search';
import { parseShard, shardPath, TERM_SHARDS_PATH, type TermShard } from './term-index';
import { withBase } from './site';

export const SUMMARIES_PATH = '/search/summaries.json';

export interface SearchData {
  summaries: ExporterSummary[];
  search: CatalogSearch;
  /** Keys of the term-index shards that exist. */
  shardKeys: Set<string>;
}

let pending: Promise<SearchData> | null = null;
const shards = new Map<string, Promise<TermShard>>();

function isSummary(value: unknown): value is ExporterSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.slug === 'string' && typeof v.name === 'string' && typeof v.description === 'string' && Array.isArray(v.aliases) && typeof v.ruleCount === 'number';
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(withBase(url));
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

async function loadSummaries(): Promise<ExporterSummary[]> {
  const data = await fetchJson(SUMMARIES_PATH);
  if (!Array.isArray(data) || !data.every(isSummary)) throw new Error('search index has an unexpected shape');
  return data;
}

async function loadShardKeys(): Promise<Set<string>> {
  try {
    const data = await fetchJson(TERM_SHARDS_PATH);
    return new Set(Array.isArray(data) ? data.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    // Without the term index, search still works on names and descriptions.
    return new Set();
  }
}

/** Loads the search data; `known` is used instead of fetching summaries when the page already has them all. */
export function loadSearchData(known: ExporterSummary[] | null = null): Promise<SearchData> {
  pending ??= Promise.all([known ?? loadSummaries(), import('./search'), loadShardKeys()]).then(([summaries, { createSearch }, shardKeys]) => ({
    summaries,
    search: createSearch(summaries),
    shardKeys,
  }));
  pending.catch(() => {
    pending = null;
  });
  return pending;
}

/** One shard of the term index, fetched once; an empty shard when it cannot be loaded. */
export function loadTermShard(key: string): Promise<TermShard> {
  let shard = shards.get(key);
  if (!shard) {
    shard = fetchJson(shardPath(key))
      .then(parseShard)
      .catch((): TermShard => []);
    shards.set(key, shard);
  }
  return shard;
}
