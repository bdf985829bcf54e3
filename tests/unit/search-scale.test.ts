// The pieces that keep search and build fast at 10,000 entries: the synthetic catalogue the benchmark
// builds, the saved load of lists/, the sharded term index, the candidate-limited text search and
// the highlighting of matches.
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogSaved } from '@/lib/catalog/cache';
import { loadCatalog, toSummary } from '@/lib/catalog/load';
import { problemSeverity } from '@/lib/catalog/problems';
import type { ExporterSummary } from '@/lib/catalog/types';
import { highlightRanges } from '@/lib/highlight';
import { createSearch, NAME_CANDIDATES, DESCRIPTION_CANDIDATES } from '@/lib/search';
import { buildTermShards, shardKey, termOwners, termQuery } from '@/lib/term-index';
import { writeSyntheticCatalog, type SyntheticEntry } from '../../scripts/bench/synthetic';

let dir: string;
let synthetic: SyntheticEntry[];
let summaries: ExporterSummary[];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'exporterhub-synthetic-'));
  synthetic = writeSyntheticCatalog(dir, 120, 7);
  summaries = loadCatalog(dir, { displayRoot: 'lists' }).entries.map(toSummary);
}, 120_000);

describe('synthetic catalogue', () => {
  it('is deterministic for a seed and passes the real loader without problems', () => {
    const again = writeSyntheticCatalog(mkdtempSync(path.join(os.tmpdir(), 'exporterhub-synthetic-')), 120, 7);
    expect(again.map((e) => e.slug)).toEqual(synthetic.map((e) => e.slug));
    const { entries, problems } = loadCatalog(dir, { displayRoot: 'lists' });
    expect(problems.filter((p) => problemSeverity(p) === 'error')).toEqual([]);
    expect(entries).toHaveLength(120);
    expect(entries.every((e) => e.rules.length === 10 && e.verification?.familyCount === 50)).toBe(true);
  });
});

describe('saved catalogue load', () => {
  it('reuses an identical load and loads afresh after a README changes', () => {
    const first = loadCatalogSaved(dir, 'lists');
    const second = loadCatalogSaved(dir, 'lists');
    expect(second.entries.map((e) => e.slug)).toEqual(first.entries.map((e) => e.slug));
    expect(second.entries[0]).toEqual(first.entries[0]);
    const readme = path.join(dir, synthetic[0].slug, 'README.md');
    writeFileSync(readme, readFileSync(readme, 'utf8').replace(/^name: ".*"$/m, 'name: "Renamed exporter"'));
    utimesSync(readme, new Date(), new Date(Date.now() + 5000));
    const third = loadCatalogSaved(dir, 'lists');
    expect(third.entries.find((e) => e.slug === synthetic[0].slug)?.name).toBe('Renamed exporter');
  });
});

describe('term index', () => {
  const shards = buildTermShards([
    ['node_filesystem_avail_bytes', 'node-exporter'],
    ['node_filesystem_size_bytes', 'node-exporter'],
    ['node_network_up', 'other-exporter'],
    ['NodeFilesystemSpaceLow', 'node-exporter'],
    ['nodes_total', 'cluster-exporter'],
  ]);

  it('shards by the first two characters and keeps each shard sorted', () => {
    expect(shardKey('node_up')).toBe('no');
    expect(shardKey('_x')).toBe('_x');
    const rows = shards.get('no') ?? [];
    expect(rows.map((r) => r[0])).toEqual([...rows.map((r) => r[0])].sort());
    expect(rows.map((r) => r[0])).toContain('nodefilesystemspacelow');
  });

  it('finds owners by prefix, exact names first, and ignores queries that cannot be names', () => {
    const rows = shards.get('no') ?? [];
    expect(termOwners(rows, 'node_filesystem_av')).toEqual(['node-exporter']);
    expect(termOwners(rows, 'NodeFilesystem')).toEqual(['node-exporter']);
    expect(termOwners(rows, 'nodes_total')[0]).toBe('cluster-exporter');
    expect(termOwners(rows, 'node')).toEqual(['node-exporter', 'cluster-exporter', 'other-exporter']);
    expect(termQuery('no')).toBeNull();
    expect(termQuery('node exporter')).toBeNull();
    expect(termOwners(rows, 'no')).toEqual([]);
  });
});

describe('text search at scale', () => {
  it('finds each synthetic entry by name, misspelling, exporter name and port', () => {
    const search = createSearch(summaries);
    for (const e of synthetic.slice(0, 40)) {
      expect(search.search(e.product)[0]?.slug, e.product).toBe(e.slug);
      expect(search.search(`${e.product}_exporter`)[0]?.slug).toBe(e.slug);
      expect(search.search(String(e.port))[0]?.slug).toBe(e.slug);
    }
  });

  it('hands fuse.js a bounded number of candidates, however many entries match', () => {
    // 3,000 entries all sharing the word "exporter": a two-letter query still returns a bounded list.
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...summaries[i % summaries.length], slug: `s${i}-exporter`, name: `S${i} exporter`, aliases: [] }));
    const search = createSearch(many);
    expect(search.search('ex').length).toBeLessThanOrEqual(NAME_CANDIDATES + DESCRIPTION_CANDIDATES);
    expect(search.search('s2999')[0]?.slug).toBe('s2999-exporter');
  });

  it('returns every entry with a name word starting with a single letter, names starting with it first', () => {
    const search = createSearch(summaries);
    const first = synthetic[0].product[0];
    const hits = search.search(first);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0].name.toLowerCase().startsWith(first)).toBe(true);
  });
});

describe('highlighting', () => {
  it('marks every occurrence of each query word, case-insensitively', () => {
    expect(highlightRanges('Redis exporter for redis', 'redis')).toEqual([
      [0, 5],
      [19, 24],
    ]);
  });

  it('marks the longest matching prefix of a misspelt word, and nothing for unrelated text', () => {
    expect(highlightRanges('PostgreSQL exporter', 'postgress')).toEqual([[0, 8]]);
    expect(highlightRanges('PostgreSQL exporter', 'kafka')).toEqual([]);
  });

  it('merges overlapping ranges of several words', () => {
    expect(highlightRanges('postgres_exporter', 'postgre stgres')).toEqual([[0, 8]]);
    expect(highlightRanges('node_exporter', 'node exp')).toEqual([
      [0, 4],
      [5, 8],
    ]);
  });
});
