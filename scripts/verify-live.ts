// `npm run verify:live [-- --only a,b]`: installs real exporters and the software they watch from
// Debian's packages, runs them on 127.0.0.1, captures each exporter's metric inventory into
// lists/<slug>/metrics.json, checks every metric name used by the entry's alert rules, then runs a
// real Prometheus with those exporters as targets and the catalogue's rules loaded, and fails on any
// target down or any rule whose health is not ok. Every process it starts is stopped by PID.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadCatalog } from '../lib/catalog/load';
import type { Entry } from '../lib/catalog/types';
import { ruleFile } from '../lib/rulefile';
import { parseExposition, selectableNames } from '../lib/verify/exposition';
import { formatMissing, missingMetrics } from '../lib/verify/metric-check';
import { inventorySchema, type LiveInventory } from '../lib/verify/inventory';
import { diffInventories, formatDiff } from '../lib/verify/inventory-diff';
import { fetchText, freePort, start, stopAll, stopAllSync, waitForTcp } from './live/processes';
import { scrape, TARGETS, type Started, type Target } from './live/targets';

const t0 = Date.now();
const ROOT = process.cwd();
const args = process.argv.slice(2);
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? (args[onlyArg + 1] ?? '').split(',') : null;
const targets = only ? TARGETS.filter((t) => only.includes(t.slug)) : TARGETS;

process.on('exit', stopAllSync);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    stopAllSync();
    process.exit(130);
  });
}

function log(msg: string) {
  console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
}

function installPackages(list: string[]): void {
  const missing = list.filter((p) => spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }).stdout !== 'install ok installed');
  if (missing.length === 0) return;
  if (!existsSync('/usr/sbin/policy-rc.d')) {
    writeFileSync('/usr/sbin/policy-rc.d', '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  }
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = spawnSync('apt-get', ['install', '-y', '-q', '-o', 'DPkg::Lock::Timeout=300', '--no-install-recommends', ...missing], { env, encoding: 'utf8' });
  if (r.status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], { env });
    r = spawnSync('apt-get', ['install', '-y', '-q', '-o', 'DPkg::Lock::Timeout=300', '--no-install-recommends', ...missing], { env, encoding: 'utf8' });
  }
  if (r.status !== 0) throw new Error(`apt-get install failed:\n${r.stderr}`);
}

function packageVersion(pkg: string): string {
  return spawnSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).stdout.trim();
}

/** The version of a package unpacked into .cache by scripts/install-promtool.sh, from its .deb name. */
function unpackedVersion(pkg: string): string {
  const deb = readdirSync(path.join(ROOT, '.cache', pkg, 'deb')).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
  if (!deb) throw new Error(`no ${pkg} .deb in .cache/${pkg}/deb; run scripts/install-promtool.sh`);
  return deb.slice(pkg.length + 1).split('_')[0];
}

interface Result {
  target: Target;
  entry: Entry;
  started: Started;
  version: string;
  families: number;
  rulesChecked: number;
  ruleTests: boolean;
}

async function main(): Promise<number> {
  const { entries } = loadCatalog(path.join(ROOT, 'lists'), { displayRoot: 'lists' });
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  for (const t of targets) if (!bySlug.has(t.slug)) throw new Error(`target ${t.slug} has no entry in lists/`);

  installPackages([...new Set(targets.flatMap((t) => t.packages))]);
  const promtoolPath = spawnSync('bash', ['scripts/install-promtool.sh'], { encoding: 'utf8' }).stdout.trim();
  const prometheusBin = path.join(path.dirname(promtoolPath), 'prometheus');

  const work = mkdtempSync(path.join(tmpdir(), 'exporterhub-live-'));
  // Servers run as their own system users (postgres, mysql, bind, proxy): they must reach their dirs.
  chmodSync(work, 0o755);
  const logDir = path.join(work, 'logs');
  mkdirSync(logDir);
  const today = new Date().toISOString().slice(0, 10);
  const failures: string[] = [];
  const results: Result[] = [];

  for (const target of targets) {
    const entry = bySlug.get(target.slug)!;
    const dir = path.join(work, target.slug);
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    let started: Started;
    try {
      started = await target.start({ dir, logDir, prometheusBin });
    } catch (e) {
      failures.push(`${entry.file}: could not start ${target.slug}: ${e instanceof Error ? e.message : String(e)} (logs in ${logDir})`);
      continue;
    }
    // Scrape twice so counters that appear after the first scrape are seen too.
    let texts: string[];
    try {
      await scrape(started.port, started.metricsPath);
      texts = [await scrape(started.port, started.metricsPath), ...(await Promise.all((started.probes ?? []).map((p) => scrape(started.port, p))))];
    } catch (e) {
      failures.push(`${entry.file}: could not scrape ${target.slug}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const parsed = parseExposition(texts.join('\n'));
    const pkg = target.unpacked ?? target.packages[0];
    const fullVersion = target.unpacked ? unpackedVersion(target.unpacked) : packageVersion(pkg);
    const version = fullVersion.replace(/^\d+:/, '').replace(/[-+].*$/, '');
    const inventoryFile = path.join(ROOT, 'lists', target.slug, 'metrics.json');
    const committed = existsSync(inventoryFile) ? inventorySchema.safeParse(JSON.parse(readFileSync(inventoryFile, 'utf8'))) : null;
    // Conditions come from the target and from the committed inventory (reviewed in git, each
    // checked in upstream source); a committed one stays while this run does not show the metric.
    const seen = selectableNames(parsed.families, parsed.sampleNames);
    const kept = committed?.success && committed.data.method === 'live' ? Object.entries(committed.data.conditional).filter(([name]) => !seen.has(name)) : [];
    const conditional: Record<string, string> = { ...Object.fromEntries(kept), ...(target.conditional ?? {}) };
    const inventory: LiveInventory = {
      method: 'live',
      exporter: pkg,
      version,
      source: `Debian 12 package ${pkg} ${fullVersion}`,
      checked: today,
      families: parsed.families,
      samples: parsed.sampleNames,
      conditional,
    };
    const diff = diffInventories(committed?.success ? committed.data.families : [], parsed.families, parsed.sampleNames, entry.rules, conditional);
    if (committed?.success) for (const line of formatDiff(target.slug, diff)) log(line);
    else log(`${target.slug}: new inventory, ${parsed.families.length} metric families`);
    writeFileSync(inventoryFile, `${JSON.stringify(inventory, null, 2)}\n`);
    const missing = missingMetrics(entry.rules, seen, conditional);
    for (const m of missing) failures.push(formatMissing(entry.file, m));
    for (const name of Object.keys(target.conditional ?? {})) {
      // A note, not a failure: hardware metrics (hwmon, md) come and go with the machine the lab runs on.
      if (seen.has(name)) log(`note: ${target.slug} lists ${name} as conditional, but this run exposes it; if every setup has it, remove it from the target's conditional list in scripts/live/targets.ts`);
    }
    results.push({ target, entry, started, version, families: parsed.families.length, rulesChecked: entry.rules.length, ruleTests: existsSync(path.join(ROOT, 'lists', target.slug, 'rules.test.yml')) });
    log(`${target.slug}: ${pkg} ${version}, ${parsed.families.length} metric families, ${entry.rules.length} rules, ${missing.length} unknown metric(s)`);
  }

  // A real Prometheus with every started exporter as a target and the catalogue's rules loaded.
  const rulesDir = path.join(work, 'rules');
  mkdirSync(rulesDir);
  const ruleFiles: string[] = [];
  for (const r of results) {
    if (r.entry.rules.length === 0) continue;
    const file = path.join(rulesDir, `${r.entry.slug}.yml`);
    writeFileSync(file, ruleFile(r.entry.slug, r.entry.rules));
    ruleFiles.push(file);
  }
  const scrapeConfigs = results.flatMap((r) => {
    const where = r.started.metricsPath ? { metrics_path: r.started.metricsPath.path, params: Object.fromEntries(Object.entries(r.started.metricsPath.params).map(([k, v]) => [k, [v]])) } : {};
    const base = { job_name: r.entry.slug, ...where, static_configs: [{ targets: [`127.0.0.1:${r.started.port}`] }] };
    const probes = (r.started.probes ?? []).map((p, i) => ({ job_name: `${r.entry.slug}-probe-${i}`, metrics_path: p.path, params: Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, [v]])), static_configs: [{ targets: [`127.0.0.1:${r.started.port}`] }] }));
    return [base, ...probes];
  });
  const promPort = await freePort();
  const promConfig = path.join(work, 'prometheus.yml');
  writeFileSync(promConfig, stringify({ global: { scrape_interval: '5s', evaluation_interval: '5s' }, rule_files: ruleFiles, scrape_configs: scrapeConfigs }));
  const promStart = Date.now() / 1000;
  start('prometheus', prometheusBin, [`--config.file=${promConfig}`, `--storage.tsdb.path=${path.join(work, 'tsdb')}`, `--web.listen-address=127.0.0.1:${promPort}`], { logDir });
  await waitForTcp(promPort);
  const api = async <T,>(p: string): Promise<T> => JSON.parse(await fetchText(`http://127.0.0.1:${promPort}${p}`)).data as T;

  type TargetsData = { activeTargets: { labels: { job: string }; health: string; lastError: string; lastScrape: string }[] };
  type RulesData = { groups: { name: string; lastEvaluation: string; rules: { name: string; health: string; lastError?: string }[] }[] };
  const deadline = Date.now() + 120_000;
  let scrapedAt = 0;
  while (Date.now() < deadline) {
    const t = await api<TargetsData>('/api/v1/targets');
    const allScraped = t.activeTargets.length === scrapeConfigs.length && t.activeTargets.every((a) => Date.parse(a.lastScrape) / 1000 > promStart);
    if (allScraped) {
      for (const a of t.activeTargets) if (a.health !== 'up') failures.push(`Prometheus target ${a.labels.job} is ${a.health}: ${a.lastError}`);
      scrapedAt = Date.now() / 1000;
      break;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  if (!scrapedAt) failures.push('Prometheus did not scrape every target within 120 s');
  let evaluated = false;
  while (scrapedAt && Date.now() < deadline) {
    const g = await api<RulesData>('/api/v1/rules');
    if (g.groups.length === ruleFiles.length && g.groups.every((grp) => Date.parse(grp.lastEvaluation) / 1000 > scrapedAt)) {
      for (const grp of g.groups) {
        for (const rule of grp.rules) {
          if (rule.health !== 'ok') {
            const entry = bySlug.get(grp.name);
            const line = entry?.rules.find((x) => x.name === rule.name)?.line ?? 1;
            failures.push(`${entry?.file ?? grp.name}:${line}: rule ${rule.name} has health ${rule.health} in Prometheus: ${rule.lastError ?? ''}`);
          }
        }
      }
      evaluated = true;
      break;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  if (scrapedAt && !evaluated) failures.push('Prometheus did not evaluate every rule group after the first scrapes within 120 s');

  console.log('\nexporter | package version | metric families | rules checked | rule unit tests');
  for (const r of results) console.log(`${r.entry.slug} | ${r.version} | ${r.families} | ${r.rulesChecked} | ${r.ruleTests ? 'yes' : 'no'}`);
  console.log(`\nlive lab: ${results.length} of ${targets.length} programs running and scraped, ${results.reduce((n, r) => n + r.rulesChecked, 0)} rules evaluated by Prometheus, wall time ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (failures.length > 0) {
    console.error(`\n${failures.length} problem(s):\n${failures.join('\n')}`);
    return 1;
  }
  console.log('all targets up, all rules healthy, every rule metric exists');
  return 0;
}

main()
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  })
  .catch(async (e: unknown) => {
    console.error(`verify:live failed: ${e instanceof Error ? e.message : String(e)}`);
    await stopAll();
    process.exit(1);
  });
