// `npm run new -- <slug>` scaffolds an entry that the validator rejects until it is filled in, and
// refuses invalid or existing slugs with a clear message.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { problemSeverity } from '@/lib/catalog/problems';

const ROOT = path.join(__dirname, '..', '..');
const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function scaffold(lists: string, slug: string) {
  return spawnSync(tsx, [path.join(ROOT, 'scripts', 'new-entry.ts'), slug], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, EXPORTERHUB_LISTS: lists } });
}

describe('npm run new', () => {
  const lists = mkdtempSync(path.join(tmpdir(), 'exporterhub-new-'));
  cpSync(path.join(ROOT, 'lists', '_template'), path.join(lists, '_template'), { recursive: true });

  it('scaffolds an entry that fails validation until the template text is replaced', () => {
    const run = scaffold(lists, 'acme-exporter');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Created lists/acme-exporter/README.md');
    const before = loadCatalog(lists).problems.filter((p) => problemSeverity(p) === 'error');
    expect(before.map((p) => p.code)).toContain('E030');

    const file = path.join(lists, 'acme-exporter', 'README.md');
    const filled = readFileSync(file, 'utf8')
      .replace('name: Acme exporter', 'name: Acme exporter')
      .replace('One sentence, in your own words, saying what it monitors (at most 160 characters).', 'Exposes the queue depth and error counts of an Acme message broker.')
      .replace('https://github.com/OWNER/REPOSITORY', 'https://github.com/acme/acme_exporter')
      .replace('./EXPORTER --help', './acme_exporter --web.listen-address=:9999')
      .replace('docker run -d -p PORT:PORT IMAGE', 'docker run -d -p 9999:9999 ghcr.io/acme/acme-exporter')
      .replace('A human title for the first rule', 'Acme broker is unreachable')
      .replace('SystemSomethingWrong', 'AcmeBrokerDown')
      .replace('- [Dashboard title](https://grafana.com/grafana/dashboards/ID)', '- [Acme overview](https://grafana.com/grafana/dashboards/99999)');
    writeFileSync(file, filled);
    // With rules, the entry needs a metric inventory before it validates.
    const withoutInventory = loadCatalog(lists, { displayRoot: 'lists' }).problems.filter((p) => problemSeverity(p) === 'error');
    expect(withoutInventory.map((p) => p.code)).toEqual(['E033']);
    const inventory = {
      method: 'source',
      exporter: 'acme_exporter',
      version: 'v1.0.0',
      repository: 'https://github.com/acme/acme_exporter',
      ref: 'v1.0.0',
      commit: '0123456789abcdef0123456789abcdef01234567',
      files: ['collector.go'],
      checked: '2026-12-02',
      families: [{ name: 'system_up', type: 'gauge', help: 'Whether the last scrape reached the system.' }],
    };
    writeFileSync(path.join(lists, 'acme-exporter', 'metrics.json'), JSON.stringify(inventory));
    const after = loadCatalog(lists, { displayRoot: 'lists' }).problems.filter((p) => problemSeverity(p) === 'error');
    expect(after).toEqual([]);
    const validate = spawnSync(tsx, [path.join(ROOT, 'scripts', 'validate.ts'), 'lists/acme-exporter'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, EXPORTERHUB_LISTS: lists } });
    expect(validate.status, validate.stdout).toBe(0);
    expect(validate.stdout).toMatch(/0 error\(s\)/);
  });

  it('refuses an existing slug', () => {
    const run = scaffold(lists, 'acme-exporter');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('lists/acme-exporter/ already exists');
  });

  it('refuses a slug that exists as a link, an over-long slug, and a template that is a link', () => {
    symlinkSync('/etc', path.join(lists, 'linked-exporter'));
    const linked = scaffold(lists, 'linked-exporter');
    expect(linked.status).toBe(1);
    expect(linked.stderr).toContain('lists/linked-exporter/ already exists');
    const long = scaffold(lists, `a${'b'.repeat(150)}`);
    expect(long.status).toBe(1);
    expect(long.stderr).toContain('the slug is 151 characters; use at most 100');
    const other = mkdtempSync(path.join(tmpdir(), 'exporterhub-new-link-'));
    mkdirSync(path.join(other, '_template'));
    symlinkSync('/etc/hostname', path.join(other, '_template', 'README.md'));
    const run = scaffold(other, 'fine-exporter');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is a symbolic link.*\(E034\)/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses an invalid slug and suggests a valid one', () => {
    const run = scaffold(lists, 'Acme_Exporter');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('"Acme_Exporter" is not a valid slug');
    expect(run.stderr).toContain('"acme-exporter"');
  });

  it('validates only the named entry and prints GitHub annotations under GitHub Actions', () => {
    const broken = path.join(ROOT, 'tests', 'fixtures', 'broken', 'lists');
    const run = spawnSync(tsx, [path.join(ROOT, 'scripts', 'validate.ts'), 'lists/acme-exporter'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, EXPORTERHUB_LISTS: broken, GITHUB_ACTIONS: 'true' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('lists/acme-exporter/README.md:4: E004 category "database" is not known');
    expect(run.stdout).toContain('::error file=lists/acme-exporter/README.md,line=4,title=E004::E004 category');
    expect(run.stdout).toContain('::warning file=lists/acme-exporter/README.md,line=3,title=W001::');
    expect(run.stdout).toMatch(/1 entry checked: 14 error\(s\), 1 warning\(s\)/);
  });

  it('the real template is skipped by the loader', () => {
    expect(loadCatalog(lists).entries.map((e) => e.slug)).toEqual(['acme-exporter']);
  });
});
