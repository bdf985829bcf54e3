// The catalogue's URL state and result list, and search relevance on the real catalogue.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, toSummary } from '@/lib/catalog/load';
import { EMPTY_QUERY, parseQuery, results, searchMatches, toUrlQuery } from '@/lib/catalogue-query';
import { createSearch } from '@/lib/search';
import { REAL_QUERIES } from '../../scripts/bench/queries';
import { buildTermShards, searchTerms, shardKey, termOwners } from '@/lib/term-index';

const catalog = loadCatalog(path.join(__dirname, '..', '..', 'lists'));
const summaries = catalog.entries.map(toSummary);
const search = createSearch(summaries);
// The same term index the build writes: metric names of inventories and rules, and alert names.
const shards = buildTermShards(searchTerms(catalog.entries, catalog.inventories));

function top(q: string): string | undefined {
  const termHits = termOwners(shards.get(shardKey(q.toLowerCase())) ?? [], q);
  return results(searchMatches(summaries, q, search, termHits), { ...EMPTY_QUERY, q })[0]?.slug;
}

describe('catalogue query', () => {
  it('round-trips through the URL and ignores unknown values', () => {
    const state = parseQuery({ q: 'redis', category: 'databases', origin: 'community', kind: 'exporter', rules: '1', sort: 'name' });
    expect(toUrlQuery(state)).toEqual({ q: 'redis', category: 'databases', origin: 'community', kind: 'exporter', rules: '1', sort: 'name' });
    expect(parseQuery({ category: 'database', kind: 'plugin', sort: 'random' })).toEqual(EMPTY_QUERY);
  });

  it('filters by facets and sorts by rule count', () => {
    const withRules = results(summaries, { ...EMPTY_QUERY, rules: true, sort: 'rules' });
    expect(withRules.length).toBeGreaterThan(0);
    expect(withRules.every((s) => s.ruleCount > 0)).toBe(true);
    for (let i = 1; i < withRules.length; i++) expect(withRules[i - 1].ruleCount).toBeGreaterThanOrEqual(withRules[i].ruleCount);
    const official = results(summaries, { ...EMPTY_QUERY, origin: 'official' });
    expect(official.every((s) => s.official)).toBe(true);
  });

  // The relevance set shared with `npm run bench`.
  it.each(REAL_QUERIES.filter((r) => r.expect !== null).map((r) => [r.query, r.expect]))('"%s" ranks %s first', (q, slug) => {
    expect(top(q)).toBe(slug);
  });
});
