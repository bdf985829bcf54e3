// Every entry's generated rule file must pass `promtool check rules` (Prometheus 2.42 from Debian).
// A failure names the README and the line of the rule's yaml block.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
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

const LISTS = path.join(__dirname, '..', '..', 'lists');
const withTests = withRules.filter((e) => existsSync(path.join(LISTS, e.slug, 'rules.test.yml')));

function run(args: string[], cwd?: string): string | null {
  try {
    execFileSync(promtool!, args, { encoding: 'utf8', stdio: 'pipe', cwd });
    return null;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return `${err.stdout ?? ''}${err.stderr ?? ''}`;
  }
}

function check(file: string): string | null {
  return run(['check', 'rules', file]);
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

describe('promtool test rules (lists/<slug>/rules.test.yml)', () => {
  it('runs the unit tests of at least one entry', () => {
    expect(withTests.length).toBeGreaterThan(0);
  });

  it.each(withTests.map((e) => [e.slug, e] as const))('%s', (slug, entry) => {
    // The test file names the entry's rule file as rules.yml; write it beside a copy of the test.
    const work = path.join(dir, 'tests', slug);
    mkdirSync(work, { recursive: true });
    writeFileSync(path.join(work, 'rules.yml'), ruleFile(slug, entry.rules));
    copyFileSync(path.join(LISTS, slug, 'rules.test.yml'), path.join(work, 'rules.test.yml'));
    const output = run(['test', 'rules', 'rules.test.yml'], work);
    expect(output, `promtool test rules failed for lists/${slug}/rules.test.yml:\n${output}`).toBeNull();
  });
});

describe('rule unit tests cover every rule', () => {
  interface UnitTests {
    tests?: { alert_rule_test?: { alertname: string; exp_alerts?: unknown[] }[] }[];
  }
  it.each(withTests.map((e) => [e.slug, e] as const))('%s: each rule has a firing and a quiet case', (slug, entry) => {
    const doc = parse(readFileSync(path.join(LISTS, slug, 'rules.test.yml'), 'utf8')) as UnitTests;
    const cases = (doc.tests ?? []).flatMap((t) => t.alert_rule_test ?? []);
    for (const rule of entry.rules) {
      const own = cases.filter((c) => c.alertname === rule.name);
      expect(own.some((c) => (c.exp_alerts ?? []).length > 0), `${slug}: no case where ${rule.name} fires`).toBe(true);
      expect(own.some((c) => (c.exp_alerts ?? []).length === 0), `${slug}: no case where ${rule.name} stays quiet`).toBe(true);
    }
  });
});
