// Finds exporters by metric name (node_filesystem_av → node-exporter) in the index of captured
// inventories, which the browser fetches only when the search box is first used.
import { withBase } from './site';

/** Sorted [metric name, slugs exposing it] pairs, as written to /search/metrics.json at build time. */
export type MetricIndex = [string, string[]][];

export const METRIC_INDEX_PATH = '/search/metrics.json';

export async function loadMetricIndex(): Promise<MetricIndex> {
  const res = await fetch(withBase(METRIC_INDEX_PATH));
  if (!res.ok) return [];
  const data: unknown = await res.json();
  return Array.isArray(data) ? data.filter((row): row is [string, string[]] => Array.isArray(row) && typeof row[0] === 'string' && Array.isArray(row[1])) : [];
}

/** Slugs of entries exposing a metric whose name starts with the query, most matches first. */
export function metricOwners(index: MetricIndex, query: string): string[] {
  const q = query.trim().toLowerCase();
  if (q.length < 3 || !/^[a-z_:][a-z0-9_:]*$/.test(q)) return [];
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid][0] < q) lo = mid + 1;
    else hi = mid;
  }
  const counts = new Map<string, number>();
  for (let i = lo; i < index.length && index[i][0].startsWith(q); i++) {
    for (const slug of index[i][1]) counts.set(slug, (counts.get(slug) ?? 0) + (index[i][0] === q ? 1000 : 1));
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([slug]) => slug);
}
