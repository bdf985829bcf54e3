// The relevance set: queries a person types (names, misspellings, aliases, metric names and
// prefixes, alert names, ports) with the entry that must rank first. The unit tests check every one
// against the real catalogue; `npm run bench` types them in Chromium and counts the hits.
import { editDistance } from '../../lib/search';
import type { SyntheticEntry } from './synthetic';

export interface RelevanceQuery {
  query: string;
  /** The slug that must be the first result; null for queries typed only for timing. */
  expect: string | null;
}

export const REAL_QUERIES: RelevanceQuery[] = [
  { query: 'postgres', expect: 'postgres-exporter' },
  { query: 'postgress', expect: 'postgres-exporter' },
  { query: 'postgresql', expect: 'postgres-exporter' },
  { query: 'postgres_exporter', expect: 'postgres-exporter' },
  { query: 'elasticsearh', expect: 'elasticsearch-exporter' },
  { query: 'elasticsearch', expect: 'elasticsearch-exporter' },
  { query: 'rabbitmq', expect: 'rabbitmq' },
  { query: 'rabitmq', expect: 'rabbitmq' },
  { query: 'rabbitmq_exporter', expect: 'rabbitmq-exporter' },
  { query: 'mongodb', expect: 'mongodb-exporter' },
  { query: 'mongdb', expect: 'mongodb-exporter' },
  { query: 'node_exporter', expect: 'node-exporter' },
  { query: 'mysqld', expect: 'mysqld-exporter' },
  { query: 'redis', expect: 'redis-exporter' },
  { query: 'blackbox', expect: 'blackbox-exporter' },
  { query: 'haproxy', expect: 'haproxy' },
  { query: 'haproxy_exporter', expect: 'haproxy-exporter' },
  { query: 'node_filesystem_av', expect: 'node-exporter' },
  { query: 'node_memory_MemAvailable_bytes', expect: 'node-exporter' },
  { query: 'redis_connected_clients', expect: 'redis-exporter' },
  { query: 'pg_stat_database_deadlocks', expect: 'postgres-exporter' },
  { query: 'mysql_global_status_threads', expect: 'mysqld-exporter' },
  { query: 'probe_success', expect: 'blackbox-exporter' },
  { query: 'NodeFilesystemSpaceLow', expect: 'node-exporter' },
  { query: 'RedisDown', expect: 'redis-exporter' },
  { query: 'BlackboxProbeFailed', expect: 'blackbox-exporter' },
  { query: '9100', expect: 'node-exporter' },
  { query: '9121', expect: 'redis-exporter' },
  { query: '9187', expect: 'postgres-exporter' },
  { query: 'databases', expect: null },
  { query: 'message queue', expect: null },
];

/** Drops one letter near the end of a word, as a hurried typist does (quazelven → quazelvn). */
function misspell(word: string): string {
  const at = Math.max(1, word.length - 2);
  return word.slice(0, at) + word.slice(at + 1);
}

/** Queries for a synthetic catalogue: for a spread of entries, each kind of query a person types. */
export function syntheticQueries(entries: SyntheticEntry[], count = 6): RelevanceQuery[] {
  const out: RelevanceQuery[] = [];
  for (let k = 0; k < count; k++) {
    const e = entries[Math.floor(((k + 0.5) * entries.length) / count)];
    out.push({ query: e.product, expect: e.slug });
    // A misspelling has an obvious answer only when no other product is as close to it.
    const typo = misspell(e.product);
    const rival = entries.some((o) => o !== e && Math.abs(o.product.length - typo.length) <= 1 && editDistance(o.product, typo, 2) <= 1);
    out.push({ query: typo, expect: e.product.length >= 6 && !rival ? e.slug : null });
    out.push({ query: `${e.product}_exporter`, expect: e.slug });
    out.push({ query: e.metrics[7].slice(0, -3), expect: e.slug });
    out.push({ query: e.alerts[3], expect: e.slug });
    out.push({ query: String(e.port), expect: e.slug });
  }
  out.push({ query: 'databases', expect: null }, { query: 'message queue', expect: null });
  return out;
}
