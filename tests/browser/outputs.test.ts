// The exported machine-readable outputs in out/: the API document, the rule files a person downloads
// (checked with promtool), the PrometheusRule objects and the JSON Schema.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findPromtool } from '@/lib/promtool';

const out = path.join(__dirname, '..', '..', 'out');
const promtool = findPromtool();

function promtoolCheck(file: string): string {
  return execFileSync(promtool!, ['check', 'rules', file], { encoding: 'utf8' });
}

describe('exported outputs', () => {
  const api = JSON.parse(readFileSync(path.join(out, 'api', 'exporters.json'), 'utf8')) as { version: number; count: number; exporters: { slug: string; rules_url: string | null; alert_rule_count: number }[] };

  it('/api/exporters.json lists every entry page with counts and URLs', () => {
    const pages = readdirSync(path.join(out, 'exporters'));
    expect(api.version).toBe(1);
    expect(api.count).toBe(pages.length);
    expect(api.exporters.map((e) => e.slug).sort()).toEqual(pages.sort());
    const node = api.exporters.find((e) => e.slug === 'node-exporter');
    expect(node).toMatchObject({ rules_url: '/rules/node-exporter.yml' });
    expect(node!.alert_rule_count).toBeGreaterThanOrEqual(4);
  });

  it('every downloadable rule file and /rules/all.yml pass promtool check rules', () => {
    const files = readdirSync(path.join(out, 'rules')).filter((f) => f.endsWith('.yml'));
    expect(files).toContain('all.yml');
    for (const f of files) expect(promtoolCheck(path.join(out, 'rules', f))).toMatch(/SUCCESS/);
    const all = parse(readFileSync(path.join(out, 'rules', 'all.yml'), 'utf8')) as { groups: { rules: unknown[] }[] };
    expect(all.groups.reduce((n, g) => n + g.rules.length, 0)).toBe(api.exporters.reduce((n, e) => n + e.alert_rule_count, 0));
  });

  it('PrometheusRule objects are monitoring.coreos.com/v1 with promtool-valid groups', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exporterhub-promrule-'));
    const files = readdirSync(path.join(out, 'rules')).filter((f) => f.endsWith('.prometheusrule.yaml'));
    expect(files.length).toBe(api.exporters.filter((e) => e.rules_url).length);
    for (const f of files) {
      const obj = parse(readFileSync(path.join(out, 'rules', f), 'utf8')) as { apiVersion: string; kind: string; spec: { groups: unknown[] } };
      expect(obj.apiVersion).toBe('monitoring.coreos.com/v1');
      expect(obj.kind).toBe('PrometheusRule');
      const file = path.join(dir, f.replace('.prometheusrule.yaml', '.yml'));
      writeFileSync(file, stringify({ groups: obj.spec.groups }));
      expect(promtoolCheck(file)).toMatch(/SUCCESS/);
    }
  });

  it('publishes an Atom feed of entries with dates, and robots.txt', () => {
    const feed = readFileSync(path.join(out, 'feed.xml'), 'utf8');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect((feed.match(/<entry>/g) ?? []).length).toBe(50);
    expect(feed).toMatch(/<updated>\d{4}-\d{2}-\d{2}T/);
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain('User-agent: *');
  });

  it('publishes the front-matter JSON Schema', () => {
    const schema = JSON.parse(readFileSync(path.join(out, 'schema', 'exporter.json'), 'utf8')) as { required: string[] };
    expect(schema.required).toContain('repository');
  });
});
