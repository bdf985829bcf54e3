// Rule files generated for download: one group named after the slug, rules as written.
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { ruleFile } from '@/lib/rulefile';

describe('rule files', () => {
  it('holds one group named after the slug with every rule', () => {
    const { entries } = loadCatalog(path.join(__dirname, '..', 'fixtures', 'valid', 'lists'));
    const entry = entries[0];
    const doc: unknown = parse(ruleFile(entry.slug, entry.rules));
    expect(doc).toEqual({ groups: [{ name: 'example-exporter', rules: entry.rules.map((r) => r.definition) }] });
    expect(entry.rules[0].definition).toEqual({
      alert: 'ExampleDown',
      expr: 'example_up == 0',
      for: '5m',
      labels: { severity: 'critical' },
      annotations: { summary: 'Example on {{ $labels.instance }} is down', description: 'The exporter has not reached the example service for 5 minutes.' },
    });
  });
});
