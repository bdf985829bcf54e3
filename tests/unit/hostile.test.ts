// Hostile contributions: no file a pull request can hold crashes the loader, makes it read outside
// lists/, or runs away with time or memory. The cases of the report first, then seeded
// property-based tests (fast-check) over arbitrary bytes, arbitrary YAML and mutated valid entries.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { CODES, formatProblem, type Problem } from '@/lib/catalog/problems';
import { FILE_LIMITS } from '@/lib/catalog/read';

const VALID = readFileSync(path.join(__dirname, '..', 'fixtures', 'valid', 'lists', 'example-exporter', 'README.md'), 'utf8');
const VALID_INVENTORY = readFileSync(path.join(__dirname, '..', 'fixtures', 'valid', 'lists', 'example-exporter', 'metrics.json'), 'utf8');
const BODY = VALID.slice(VALID.indexOf('\n---\n') + 5);
const SEED = 20261202;
const work = mkdtempSync(path.join(tmpdir(), 'exporterhub-hostile-'));
// A file outside lists/ that looks like an entry: it must never be loaded.
const SECRET = path.join(work, 'secret.md');
writeFileSync(SECRET, '---\nname: SECRET FROM THE BUILD MACHINE\ndescription: Must never be read.\ncategory: miscellaneous\nrepository: https://github.com/x/y\nofficial: false\nkind: exporter\n---\n');
let counter = 0;

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh lists/ with one entry folder holding the given files (bytes or a link target). */
function catalogWith(files: Record<string, Uint8Array | string | { link: string }>): string {
  // One folder, emptied and refilled for each case, so thousands of cases leave nothing behind.
  const root = path.join(work, 'catalog', 'lists');
  rmSync(root, { recursive: true, force: true });
  const dir = path.join(root, 'hostile-exporter');
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, file);
    else writeFileSync(file, content);
  }
  return root;
}

function lineCount(text: string): number {
  return text.split('\n').length;
}

/** The properties every load must have, whatever the input. */
function expectWellFormed(problems: Problem[], maxLine: number): void {
  for (const p of problems) {
    expect(Object.keys(CODES), formatProblem(p)).toContain(p.code);
    expect(p.line, formatProblem(p)).toBeGreaterThanOrEqual(1);
    expect(p.line, formatProblem(p)).toBeLessThanOrEqual(maxLine + 1);
    expect(p.message, formatProblem(p)).not.toMatch(/undefined|\[object Object\]|ReferenceError|TypeError|RangeError|at .*\.ts:\d+/);
    expect(p.message.length, formatProblem(p)).toBeLessThan(1200);
  }
}

function load(root: string) {
  const result = loadCatalog(root, { displayRoot: 'lists' });
  expect(result.entries.some((e) => e.name.includes('SECRET'))).toBe(false);
  return result;
}

describe('the reported cases', () => {
  it('a YAML alias bomb in the front matter is a coded problem of that file, and the other entries are still checked', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n');
    const root = catalogWith({ 'README.md': `---\n${bomb}\n---\n${BODY}` });
    mkdirSync(path.join(root, 'other-exporter'));
    writeFileSync(path.join(root, 'other-exporter', 'README.md'), VALID.replace('name: Example exporter', 'name: Other exporter').replace('example/example_exporter', 'example/other_exporter'));
    const { problems, entries } = load(root);
    const bombProblem = problems.find((p) => p.file === 'lists/hostile-exporter/README.md' && p.code === 'E002');
    expect(bombProblem?.message).toMatch(/aliases/);
    expect(bombProblem?.line).toBe(3);
    expect(entries.map((e) => e.slug)).toEqual(['other-exporter']);
    expect(problems.some((p) => p.file.startsWith('lists/other-exporter/'))).toBe(true);
  });

  it('a README.md that is a symbolic link is refused unread (E034), even when its target looks like an entry', () => {
    const { problems, entries } = load(catalogWith({ 'README.md': { link: SECRET } }));
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.code}`)).toEqual(['lists/hostile-exporter/README.md:1: E034']);
    expect(entries).toEqual([]);
  });

  it('an entry folder that is a symbolic link is refused (E034)', () => {
    const root = path.join(work, `c${counter++}`, 'lists');
    mkdirSync(root, { recursive: true });
    mkdirSync(path.join(work, 'outside-entry'), { recursive: true });
    writeFileSync(path.join(work, 'outside-entry', 'README.md'), readFileSync(SECRET));
    symlinkSync(path.join(work, 'outside-entry'), path.join(root, 'linked-exporter'));
    const { problems, entries } = load(root);
    expect(problems.map((p) => `${p.file}: ${p.code}`)).toEqual(['lists/linked-exporter: E034']);
    expect(entries).toEqual([]);
  });

  it('a metrics.json or rules.test.yml that is a link is refused too', () => {
    const { problems } = load(catalogWith({ 'README.md': VALID, 'metrics.json': { link: '/etc/hostname' }, 'rules.test.yml': { link: SECRET } }));
    expect(problems.filter((p) => p.code === 'E034').map((p) => p.file).sort()).toEqual(['lists/hostile-exporter/metrics.json', 'lists/hostile-exporter/rules.test.yml']);
  });

  it('a 2 MB name is over the file limit (E035); a long name within it is refused by length (E006)', () => {
    const huge = load(catalogWith({ 'README.md': VALID.replace('name: Example exporter', `name: ${'x'.repeat(2 * 1024 * 1024)}`) }));
    expect(huge.problems.map((p) => p.code)).toEqual(['E035']);
    expect(huge.problems[0].message).toMatch(/over the limit of 256 KiB/);
    const long = load(catalogWith({ 'README.md': VALID.replace('name: Example exporter', `name: ${'x'.repeat(5000)}`), 'metrics.json': VALID_INVENTORY }));
    const p = long.problems.find((q) => q.code === 'E006');
    expect(p?.message).toBe('name is 5000 characters; at most 100 are allowed');
    expect(p?.line).toBe(2);
  });

  it('an absent category is reported as missing, never as "undefined"', () => {
    const { problems } = load(catalogWith({ 'README.md': VALID.replace('category: miscellaneous\n', '') }));
    const p = problems.find((q) => q.code === 'E005');
    expect(p?.message).toBe('required field "category" is missing; add "category:" to the front matter');
    expect(problems.some((q) => q.message.includes('undefined'))).toBe(false);
  });

  it('bytes that are not UTF-8 are E036 at their line', () => {
    const bytes = Buffer.concat([Buffer.from(VALID.replace('Reads the example', 'Reads the caf')), Buffer.from([0xe9, 0x0a])]);
    const { problems } = load(catalogWith({ 'README.md': bytes }));
    expect(problems.map((p) => `${p.line} ${p.code}`)).toEqual([`${lineCount(VALID)} E036`]);
  });

  it('deep nesting up to the size limit finishes with a coded problem', () => {
    const depth = Math.floor((FILE_LIMITS['README.md'] - BODY.length - 100) / 2);
    const started = Date.now();
    const { problems } = load(catalogWith({ 'README.md': `---\nname: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\n${BODY}` }));
    expect(problems.map((p) => p.code)).toContain('E002');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a rule block with an alias bomb or deep nesting is E020 at the block', () => {
    const rule = VALID.replace('alert: ExampleDown', 'x: &a [1,1,1,1,1,1,1,1,1,1]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nalert: ExampleDown');
    const { problems } = load(catalogWith({ 'README.md': rule, 'metrics.json': VALID_INVENTORY }));
    expect(problems.find((p) => p.code === 'E020')?.message).toMatch(/aliases/);
  });
});

describe('property-based (fast-check, seeded)', () => {
  // About 2,700 cases in all; the seed makes a failure reproducible (fast-check prints the path).
  const SHORT_BODY = '\n# Hostile\n\n## Install\n\n### Binary\n\n```bash\n./hostile\n```\n';

  it('arbitrary bytes as README.md never throw, and every problem has a known code and a line in the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const { problems } = load(catalogWith({ 'README.md': bytes }));
        expectWellFormed(problems, lineCount(Buffer.from(bytes).toString('latin1')));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('arbitrary YAML front matter never throws', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4, maxKeys: 6 }), (value) => {
        let yamlText: string;
        try {
          yamlText = stringify(value);
        } catch {
          return;
        }
        const text = `---\n${yamlText}---\n${SHORT_BODY}`;
        const { problems } = load(catalogWith({ 'README.md': text }));
        expectWellFormed(problems, lineCount(text));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('mutated valid entries never throw (deletions, insertions, duplicated lines, YAML syntax)', () => {
    const lines = VALID.split('\n');
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(lines.length - 1), count: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(lines.length - 1), text: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('&a x', '*a', '---', '```yaml', '```', '### ', '## Alert rules', 'expr: rate(x[5m]', 'labels: {', '<script>alert(1)</script>', '  - [', "'", ': :', '\t', '\u0000', '\ud83d\ude00', '한국어')) }),
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(lines.length - 1) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), (edits, withInventory) => {
        const out = [...lines];
        for (const e of edits) {
          const at = Math.min(e.at, out.length - 1);
          if (e.kind === 'delete') out.splice(at, e.count);
          else if (e.kind === 'insert') out.splice(at, 0, e.text);
          else out.splice(at, 0, out[at] ?? '');
        }
        const text = out.join('\n');
        const { problems } = load(catalogWith(withInventory ? { 'README.md': text, 'metrics.json': VALID_INVENTORY } : { 'README.md': text }));
        expectWellFormed(problems, lineCount(text));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('a README.md, metrics.json or folder may be a link anywhere: it is never followed', () => {
    fc.assert(
      fc.property(fc.constantFrom('README.md', 'metrics.json', 'rules.test.yml'), fc.constantFrom(SECRET, '/etc/passwd', '/dev/zero', '../..', '/nonexistent'), (name, target) => {
        const files: Record<string, string | { link: string }> = { 'README.md': VALID, 'metrics.json': VALID_INVENTORY };
        files[name] = { link: target };
        const { problems } = load(catalogWith(files));
        expect(problems.some((p) => p.code === 'E034' && p.file === `lists/hostile-exporter/${name}`)).toBe(true);
        expectWellFormed(problems, lineCount(VALID));
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});
