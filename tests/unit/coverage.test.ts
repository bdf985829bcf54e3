// Coverage: every exporter, native integration and client library in the Prometheus docs lists
// (data/reference/*.tsv) has an entry in lists/, matched by its URL as repository or homepage.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';

const ROOT = path.join(__dirname, '..', '..');
const { entries } = loadCatalog(path.join(ROOT, 'lists'));

/** Scheme and trailing slash do not matter: the docs still link some projects over http. */
function key(url: string): string {
  return url.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');
}

function rows(file: string): { name: string; url: string; section: string }[] {
  const [header, ...lines] = readFileSync(path.join(ROOT, 'data', 'reference', file), 'utf8').trim().split('\n');
  const cols = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const get = (c: string) => cells[cols.indexOf(c)] ?? '';
    return { name: get('name'), url: get('url'), section: get('section') || get('language') };
  });
}

/**
 * Repositories that moved since the docs list linked them (GitHub redirects the old URL); the entry
 * carries the current one. Each line says where the move is recorded.
 */
const MOVED: Record<string, string> = {
  // containous was renamed traefik; the project's own README and go.mod use github.com/traefik/traefik.
  'github.com/containous/traefik': 'github.com/traefik/traefik',
};

const known = new Map<string, string>();
for (const e of entries) {
  known.set(key(e.repository), e.slug);
  if (e.homepage) known.set(key(e.homepage), e.slug);
}
for (const [old, now] of Object.entries(MOVED)) {
  const slug = known.get(now);
  if (slug) known.set(old, slug);
}

const exporters = rows('prometheus-docs-exporters.tsv');
const clientLibraries = rows('prometheus-docs-client-libraries.tsv');

describe('coverage of the Prometheus docs lists', () => {
  it('has the expected number of reference rows', () => {
    expect(exporters.length).toBe(283);
    expect(clientLibraries.length).toBe(25);
  });

  it.each(exporters.map((r) => [r.name, r.url] as const))('exporter list: %s (%s)', (_name, url) => {
    expect(known.get(key(url)), `no entry has repository or homepage ${url}`).toBeDefined();
  });

  it.each(clientLibraries.map((r) => [`${r.section}: ${r.name}`, r.url] as const))('client libraries: %s (%s)', (_name, url) => {
    expect(known.get(key(url)), `no entry has repository or homepage ${url}`).toBeDefined();
  });

  it('marks official exactly the entries whose repository is in the prometheus organisation', () => {
    for (const e of entries) {
      expect(e.official, e.slug).toBe(/^https:\/\/github\.com\/prometheus\//i.test(e.repository));
    }
  });

  it('lists native software as kind native and client libraries as kind client-library', () => {
    const native = exporters.filter((r) => r.section.startsWith('Software exposing'));
    for (const r of native) expect(entries.find((e) => e.slug === known.get(key(r.url)))?.kind, r.name).toBe('native');
    for (const r of clientLibraries) expect(entries.find((e) => e.slug === known.get(key(r.url)))?.kind, r.name).toBe('client-library');
  });
});
