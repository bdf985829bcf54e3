// Every entry's generated rule file must pass `promtool check rules` (Prometheus 2.42 from Debian).
// A failure names the README and the line of the rule's yaml block.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { findPromtool } from '@/lib/promtool';
import { ruleFile } from '@/lib/rulefile';

const promtool = findPromtool();
const { entries } = loadCatalog(path.join(__dirname, '..', '..', 'lists'), { displayRoot: 'lists' });
const withRules = entries.filter((e) => e.rules.length > 0);
const dir = mkdtempSync(path.join(tmpdir(), 'exporterhub-rules-'));

function check(file: string): string | null {
  try {
    execFileSync(promtool!, ['check', 'rules', file], { encoding: 'utf8', stdio: 'pipe' });
    return null;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return `${err.stdout ?? ''}${err.stderr ?? ''}`;
  }
}

describe('promtool check rules', () => {
  it('promtool is installed (bash scripts/install-promtool.sh)', () => {
    expect(promtool).not.toBeNull();
  });

  it('rejects a broken rule file, so the check can fail', () => {
    const file = path.join(dir, 'broken.yml');
    writeFileSync(file, 'groups:\n  - name: broken\n    rules:\n      - alert: Broken\n        expr: rate(x[5m]\n');
    expect(check(file)).toMatch(/parse error|could not parse/i);
  });

  it.each(withRules.map((e) => [e.slug, e] as const))('%s', (slug, entry) => {
    const file = path.join(dir, `${slug}.yml`);
    writeFileSync(file, ruleFile(slug, entry.rules));
    const output = check(file);
    const where = entry.rules.filter((r) => output?.includes(r.name)).map((r) => `${entry.file}:${r.line}: ${r.name}`);
    expect(output, `promtool rejected the rules of ${entry.file}:\n${where.join('\n')}\n${output}`).toBeNull();
  });
});
