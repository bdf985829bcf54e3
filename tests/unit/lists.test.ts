// The real catalogue: one generated test per entry folder (github/explore style) plus the whole-catalogue check.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { formatProblem, problemSeverity } from '@/lib/catalog/problems';

const LISTS = path.join(__dirname, '..', '..', 'lists');
const { entries, problems } = loadCatalog(LISTS, { displayRoot: 'lists' });
const errors = problems.filter((p) => problemSeverity(p) === 'error');
const slugs = readdirSync(LISTS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name);

describe('lists/', () => {
  it('loads with zero errors', () => {
    expect(errors.map(formatProblem)).toEqual([]);
    expect(entries.length).toBe(slugs.length);
  });

  describe.each(slugs)('%s', (slug) => {
    it('has a valid README.md', () => {
      expect(errors.filter((p) => p.file.startsWith(`lists/${slug}/`)).map(formatProblem)).toEqual([]);
      expect(entries.some((e) => e.slug === slug)).toBe(true);
    });
  });
});
