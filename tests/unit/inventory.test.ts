// Metric inventories: the live and source formats, conditional metrics carried onto rules, every rule
// entry needing one, and the diff printed when a live inventory is refreshed.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { inventoryConditions, inventoryOrigin, inventorySchema } from '@/lib/verify/inventory';
import { diffInventories, formatDiff } from '@/lib/verify/inventory-diff';

const VALID = path.join(__dirname, '..', 'fixtures', 'valid', 'lists');
const LISTS = path.join(__dirname, '..', '..', 'lists');

function copyOfValid(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'exporterhub-inventory-'));
  cpSync(VALID, dir, { recursive: true });
  return dir;
}

describe('metric inventories', () => {
  it('accepts a source inventory and says where it was read', () => {
    const data: unknown = JSON.parse(readFileSync(path.join(VALID, 'example-exporter', 'metrics.json'), 'utf8'));
    const parsed = inventorySchema.parse(data);
    expect(parsed.method).toBe('source');
    expect(inventoryOrigin(parsed)).toBe('read from the source of example/example_exporter at v1.0.0 on 2026-12-02');
  });

  it('rejects a source inventory without the commit it was read at', () => {
    const data = JSON.parse(readFileSync(path.join(VALID, 'example-exporter', 'metrics.json'), 'utf8')) as Record<string, unknown>;
    delete data.commit;
    expect(inventorySchema.safeParse(data).success).toBe(false);
  });

  it('carries a conditional metric onto the rule that uses it, with its condition', () => {
    const { entries, problems } = loadCatalog(VALID);
    expect(problems).toEqual([]);
    const queue = entries[0].rules.find((r) => r.name === 'ExampleQueueLong');
    expect(queue?.verified).toBe('source');
    expect(queue?.conditions).toEqual([{ metric: 'example_queue_length', condition: 'only when at least one queue is configured' }]);
    expect(entries[0].rules.find((r) => r.name === 'ExampleDown')?.conditions).toEqual([]);
    expect(entries[0].verification).toMatchObject({ method: 'source', ref: 'v1.0.0', commit: '0123456789abcdef0123456789abcdef01234567' });
  });

  it('expands conditions to the series of a conditional histogram', () => {
    const conditions = inventoryConditions({
      method: 'source', exporter: 'x', version: 'v1', repository: 'https://github.com/a/b', ref: 'v1', commit: 'abcdef0', files: ['a.go'], checked: '2026-12-02',
      families: [{ name: 'x_latency_seconds', type: 'histogram', help: '', condition: 'needs --enable-latency' }],
    });
    expect([...conditions.keys()].sort()).toEqual(['x_latency_seconds', 'x_latency_seconds_bucket', 'x_latency_seconds_count', 'x_latency_seconds_sum']);
  });

  it('fails an entry with rules and no inventory (E033) and a rule metric missing from the inventory (E032)', () => {
    const dir = copyOfValid();
    try {
      rmSync(path.join(dir, 'other-exporter', 'metrics.json'));
      const inv = JSON.parse(readFileSync(path.join(dir, 'example-exporter', 'metrics.json'), 'utf8')) as { families: { name: string }[] };
      inv.families = inv.families.filter((f) => f.name !== 'example_errors_total');
      writeFileSync(path.join(dir, 'example-exporter', 'metrics.json'), JSON.stringify(inv));
      const codes = loadCatalog(dir, { displayRoot: 'lists' }).problems.map((p) => `${p.file} ${p.code}`);
      expect(codes).toEqual(['lists/example-exporter/README.md E032', 'lists/other-exporter/README.md E033']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every entry with alert rules in lists/ has an inventory that covers its rules', () => {
    const { entries, problems } = loadCatalog(LISTS, { displayRoot: 'lists' });
    const withRules = entries.filter((e) => e.rules.length > 0);
    expect(withRules.length).toBeGreaterThan(50);
    expect(withRules.filter((e) => e.verification === null).map((e) => e.slug)).toEqual([]);
    expect(problems.filter((p) => p.code === 'E032' || p.code === 'E033' || p.code === 'E031')).toEqual([]);
  });
});

describe('inventory diff', () => {
  const rule = { name: 'FooDown', line: 12, metrics: ['foo_up', 'up'] };
  it('lists families added and removed and the rules that use a removed metric', () => {
    const diff = diffInventories([{ name: 'foo_up', type: 'gauge' }, { name: 'foo_old', type: 'gauge' }], [{ name: 'foo_new', type: 'counter' }], ['foo_new'], [rule as never]);
    expect(diff).toEqual({ added: ['foo_new'], removed: ['foo_old', 'foo_up'], brokenRules: [{ rule: 'FooDown', line: 12, metrics: ['foo_up'] }] });
    expect(formatDiff('foo', diff)).toEqual([
      'foo: 1 metric family added: foo_new',
      'foo: 2 metric families removed: foo_old, foo_up',
      'foo: rule FooDown (line 12) uses foo_up, no longer exposed',
    ]);
  });

  it('prints nothing when the inventory is unchanged, and spares a conditional metric', () => {
    const families = [{ name: 'foo_other', type: 'gauge' }];
    const diff = diffInventories(families, families, ['foo_other'], [rule as never], { foo_up: 'only on a replica' });
    expect(formatDiff('foo', diff)).toEqual([]);
  });
});
