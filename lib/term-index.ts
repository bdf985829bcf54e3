// Finds exporters by metric or alert name (node_filesystem_av → node-exporter, RedisDown →
// redis-exporter). The build writes the index in shards by the first two characters of each term,
// so the browser fetches only the shard a query needs, whatever the size of the catalogue.
import type { Entry } from './catalog/types';
import type { MetricInventory } from './verify/inventory';

/** Sorted [lowercase term, slugs] pairs: one shard of the index. */
export type TermShard = [string, string[]][];

export const TERMS_DIR = '/search/terms';
export const TERM_SHARDS_PATH = `${TERMS_DIR}/shards.json`;

/** A query is looked up when it could be the start of a metric or alert name. */
export function termQuery(query: string): string | null {
  const q = query.trim().toLowerCase();
  return q.length >= 3 && /^[a-z_:][a-z0-9_:]*$/.test(q) ? q : null;
}

/** The shard a term (or a query of at least two characters) lives in. */
export function shardKey(term: string): string {
  return term.slice(0, 2).replace(/[^a-z0-9]/g, '_');
}

export function shardPath(key: string): string {
  return `${TERMS_DIR}/${key}.json`;
}

/** [term, slug] pairs of a catalogue: metric names of captured inventories and of rules, and alert names. */
export function searchTerms(entries: Entry[], inventories: Map<string, MetricInventory>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const e of entries) {
    for (const f of inventories.get(e.slug)?.families ?? []) pairs.push([f.name, e.slug]);
    for (const r of e.rules) {
      pairs.push([r.name, e.slug]);
      for (const m of r.metrics) pairs.push([m, e.slug]);
    }
  }
  return pairs;
}

/** Shards of the term index for the given [term, slug] pairs (terms are lowercased). */
export function buildTermShards(pairs: Iterable<[string, string]>): Map<string, TermShard> {
  const owners = new Map<string, Set<string>>();
  for (const [term, slug] of pairs) {
    const t = term.toLowerCase();
    const set = owners.get(t) ?? new Set<string>();
    set.add(slug);
    owners.set(t, set);
  }
  const shards = new Map<string, TermShard>();
  for (const term of [...owners.keys()].sort()) {
    const key = shardKey(term);
    const shard = shards.get(key) ?? [];
    shard.push([term, [...(owners.get(term) ?? [])].sort()]);
    shards.set(key, shard);
  }
  return shards;
}

/** The longest run of terms scanned for one prefix, so a short prefix stays cheap in a large shard. */
const MAX_SCAN = 5000;

/** Slugs owning a term that starts with the query: exact matches first, then by number of terms. */
export function termOwners(shard: TermShard, query: string): string[] {
  const q = termQuery(query);
  if (!q) return [];
  let lo = 0;
  let hi = shard.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shard[mid][0] < q) lo = mid + 1;
    else hi = mid;
  }
  const counts = new Map<string, number>();
  for (let i = lo; i < shard.length && i < lo + MAX_SCAN && shard[i][0].startsWith(q); i++) {
    for (const slug of shard[i][1]) counts.set(slug, (counts.get(slug) ?? 0) + (shard[i][0] === q ? 1000 : 1));
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([slug]) => slug);
}

function isShard(value: unknown): value is TermShard {
  return Array.isArray(value) && value.every((row) => Array.isArray(row) && typeof row[0] === 'string' && Array.isArray(row[1]));
}

/** Parses a fetched shard, or returns an empty one for anything else. */
export function parseShard(value: unknown): TermShard {
  return isShard(value) ? value : [];
}
