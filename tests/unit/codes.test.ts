// One failing fixture per validator code (tldr-lint style): each fixture must produce its code at
// the expected file and line, in the `file:line: CODE message` form.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { CODES, formatProblem, type Code } from '@/lib/catalog/problems';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'codes');
const codes = Object.keys(CODES) as Code[];

describe('validator codes', () => {
  it('has a fixture for every code and no fixture for an unknown code', () => {
    const dirs = readdirSync(FIXTURES).sort();
    expect(dirs).toEqual([...codes].sort());
  });

  it.each(codes)('%s: its fixture reports it at the expected line', (code) => {
    const dir = path.join(FIXTURES, code);
    expect(existsSync(path.join(dir, 'expect.json'))).toBe(true);
    const expected: unknown = JSON.parse(readFileSync(path.join(dir, 'expect.json'), 'utf8'));
    const { problems } = loadCatalog(path.join(dir, 'lists'), { displayRoot: 'lists' });
    const hit = problems.find((p) => p.code === code);
    expect(hit, `no ${code} in:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
    expect({ file: hit?.file, line: hit?.line }).toEqual(expected);
    expect(formatProblem(hit!)).toMatch(new RegExp(`^lists/[^:]+:\\d+: ${code} \\S.{10,}`));
  });

  it('a valid catalogue yields no problem at all', () => {
    const { entries, problems } = loadCatalog(path.join(__dirname, '..', 'fixtures', 'valid', 'lists'));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0].rules.map((r) => r.name)).toEqual(['ExampleDown', 'ExampleErrors', 'ExampleQueueLong']);
    expect(entries[0].dashboards[0]).toMatchObject({ grafanaId: 1860, title: 'Example overview' });
  });

  it('reports every problem of a badly broken entry in one run, each at its line', () => {
    const { problems } = loadCatalog(path.join(__dirname, '..', 'fixtures', 'broken', 'lists'), { displayRoot: 'lists' });
    expect(problems.map((p) => `${p.line} ${p.code}`)).toEqual(['3 E007', '3 W001', '4 E004', '5 E009', '6 E006', '8 E003', '13 E019', '13 E019', '17 E017', '23 E026', '26 E029', '27 E023', '28 E027', '30 E022', '31 E021']);
  });

  it('reports every problem of every file in one run', () => {
    const { problems } = loadCatalog(path.join(FIXTURES, 'E011', 'lists'));
    const all = codes.flatMap((code) => loadCatalog(path.join(FIXTURES, code, 'lists')).problems.map((p) => p.code));
    expect(new Set(all).size).toBe(codes.length);
    expect(problems.length).toBeGreaterThan(0);
  });
});
