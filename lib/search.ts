// Text search over ExporterSummary records, built to cost about the same per keystroke at 300 entries
// or 10,000: a trigram index over names, slugs, aliases and tags and a word index over descriptions
// pick a bounded set of candidates, and fuse.js ranks only those (typo-tolerant), weighted by how
// many trigrams they share with the query and how few edits separate a name from it, with exact and
// prefix name matches moved to the top.
// Entries matched only through a description word follow. Ports match by number.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { ExporterSummary } from './catalog/types';

/**
 * fuse.js ranks candidates on their short fields only: a description is matched by whole words
 * through the word index, because fuzzy matching of long text is what makes fuse.js slow.
 */
export const SEARCH_OPTIONS: IFuseOptions<ExporterSummary> = {
  keys: [
    { name: 'name', weight: 3 },
    { name: 'aliases', weight: 2.5 },
    { name: 'slug', weight: 2 },
    { name: 'tags', weight: 1.2 },
    { name: 'category', weight: 0.8 },
  ],
  threshold: 0.35,
  ignoreLocation: true,
  includeScore: true,
  minMatchCharLength: 2,
};

/** At most this many entries reach fuse.js from the name index, and this many from descriptions. */
export const NAME_CANDIDATES = 120;
export const DESCRIPTION_CANDIDATES = 60;

export interface CatalogSearch {
  /** Matching entries, best first; every entry (in the given order) for an empty query. */
  search: (query: string) => ExporterSummary[];
  /** True when the query equals the entry's name, slug or an alias (after normalising). */
  isExactName: (summary: ExporterSummary, query: string) => boolean;
  /** The entry with this slug. */
  get: (slug: string) => ExporterSummary | undefined;
}

/** Lowercase, with `_`, `-` and runs of spaces folded to one space, so node_exporter = node-exporter. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}

/** Trigrams of a word padded with a space in front, and behind when the word is complete. */
function trigrams(word: string, complete: boolean): string[] {
  const padded = ` ${word}${complete ? ' ' : ''}`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

function words(text: string): string[] {
  return normalize(text)
    .split(/[^a-z0-9.]+/)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);
}

/** Edit distance between two short strings, capped at `max` (enough to rank near misses). */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) >= max) return max;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
      best = Math.min(best, row[j]);
    }
    if (best >= max) return max;
    prev = row;
  }
  return Math.min(max, prev[b.length]);
}

/** How far the query is from the closest name or name word (0 for an exact word). */
function nearness(names: string[], q: string): number {
  let best = 3;
  for (const n of names) {
    best = Math.min(best, editDistance(q, n));
    for (const w of n.split(' ')) best = Math.min(best, editDistance(q, w));
    if (best === 0) break;
  }
  return best;
}

function nameBonus(names: string[], q: string): number {
  if (names.some((n) => n === q)) return 0.05;
  if (names.some((n) => n.startsWith(q))) return 0.3;
  if (names.some((n) => n.split(' ').includes(q))) return 0.6;
  return 1;
}

function addPosting(index: Map<string, number[]>, key: string, entry: number) {
  const list = index.get(key);
  if (!list) index.set(key, [entry]);
  else if (list[list.length - 1] !== entry) list.push(entry);
}

/** First position in sorted `list` whose value is >= `key`. */
function lowerBound(list: string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createSearch(summaries: ExporterSummary[]): CatalogSearch {
  const names = summaries.map((s) => [s.name, s.slug, ...s.aliases].map(normalize));
  // Name grams count twice as much as tag and category grams when choosing candidates.
  const nameGrams = new Map<string, number[]>();
  const tagGrams = new Map<string, number[]>();
  const descriptionIndex = new Map<string, number[]>();
  summaries.forEach((s, i) => {
    for (const w of new Set(names[i].flatMap((n) => words(n)))) for (const g of trigrams(w, true)) addPosting(nameGrams, g, i);
    for (const w of new Set([...s.tags, s.category].flatMap(words))) for (const g of trigrams(w, true)) addPosting(tagGrams, g, i);
    for (const w of new Set(words(s.description))) if (w.length >= 3) addPosting(descriptionIndex, w, i);
  });
  const descriptionWords = [...descriptionIndex.keys()].sort();
  const bySlug = new Map(summaries.map((s) => [s.slug, s]));
  const position = new Map(summaries.map((s, i) => [s, i]));
  const byPortNumber = new Map<string, ExporterSummary[]>();
  for (const s of summaries) {
    if (s.port === null) continue;
    const list = byPortNumber.get(String(s.port)) ?? [];
    list.push(s);
    byPortNumber.set(String(s.port), list);
  }
  const score = new Float64Array(summaries.length);
  const hits = new Uint16Array(summaries.length);

  // Entries whose name words start with a letter, for one-letter queries (which have no trigram).
  const byInitial = new Map<string, number[]>();
  names.forEach((list, i) => {
    for (const w of new Set(list.flatMap((n) => words(n)))) addPosting(byInitial, w[0], i);
  });

  /** Candidates from names, tags and categories, with the share of the query's trigrams each has. */
  function nameCandidates(queryWords: string[]): Map<number, number> {
    const grams = [...new Set(queryWords.flatMap((w, k) => trigrams(w, k < queryWords.length - 1)))];
    if (grams.length === 0) return new Map((byInitial.get(queryWords[0]?.[0] ?? '') ?? []).slice(0, NAME_CANDIDATES).map((i) => [i, 1]));
    const touched: number[] = [];
    for (const [index, weight] of [
      [nameGrams, 2],
      [tagGrams, 1],
    ] as const) {
      for (const g of grams) {
        for (const i of index.get(g) ?? []) {
          if (score[i] === 0) touched.push(i);
          score[i] += weight;
          hits[i]++;
        }
      }
    }
    // An entry must share at least half of the query's trigrams (typos change only a few).
    const need = Math.max(1, Math.ceil(grams.length / 2));
    const chosen = touched.filter((i) => hits[i] >= need).sort((a, b) => score[b] - score[a] || a - b);
    const out = new Map(chosen.slice(0, NAME_CANDIDATES).map((i) => [i, Math.min(1, hits[i] / grams.length)]));
    for (const i of touched) {
      score[i] = 0;
      hits[i] = 0;
    }
    return out;
  }

  function descriptionCandidates(queryWords: string[]): number[] {
    const out = new Set<number>();
    for (const w of queryWords) {
      if (w.length < 3) continue;
      for (let k = lowerBound(descriptionWords, w); k < descriptionWords.length && descriptionWords[k].startsWith(w); k++) {
        for (const i of descriptionIndex.get(descriptionWords[k]) ?? []) {
          out.add(i);
          if (out.size >= DESCRIPTION_CANDIDATES) return [...out];
        }
      }
    }
    return [...out];
  }

  return {
    search(query: string) {
      const q = normalize(query);
      if (!q) return summaries;
      const queryWords = words(q);
      // One letter: entries with a name word starting with it, those whose name starts with it first.
      if (q.length === 1) {
        const hits = (byInitial.get(q) ?? []).map((i) => ({ i, first: names[i][0].startsWith(q) ? 0 : 1 }));
        return hits.sort((a, b) => a.first - b.first || a.i - b.i).map((h) => summaries[h.i]);
      }
      const byPort = byPortNumber.get(q) ?? [];
      const overlap = nameCandidates(queryWords);
      const candidates = [...overlap.keys()];
      // A candidate sharing every trigram with the query ranks up to twice as high as one sharing half.
      const ranked = new Fuse(
        candidates.map((i) => summaries[i]),
        SEARCH_OPTIONS,
      )
        .search(q)
        .map((r, k) => {
          const i = candidates[r.refIndex];
          // Among near misses, the name fewest edits away from the query wins (nexosti → nexostvi).
          return { item: r.item, rank: (r.score ?? 1) * nameBonus(names[i], q) * (1.5 - (overlap.get(i) ?? 0.5)) * (1 + 0.1 * nearness(names[i], q)), k };
        })
        .sort((a, b) => a.rank - b.rank || a.k - b.k)
        .map((r) => r.item);
      const seen = new Set([...byPort, ...ranked]);
      const byDescription = descriptionCandidates(queryWords)
        .map((i) => summaries[i])
        .filter((s) => !seen.has(s));
      return [...byPort, ...ranked.filter((s) => !byPort.includes(s)), ...byDescription];
    },
    isExactName(summary: ExporterSummary, query: string) {
      const q = normalize(query);
      const i = position.get(summary);
      return q !== '' && (i !== undefined ? names[i] : [summary.name, summary.slug, ...summary.aliases].map(normalize)).includes(q);
    },
    get: (slug: string) => bySlug.get(slug),
  };
}
