// `npm run bench [-- --sizes real,1000,10000] [--json] [--report-only]`: builds the real catalogue and synthetic ones
// (generated in a temporary folder; lists/ and out/ are not touched), types realistic queries into
// the built home page in headless Chromium, and prints one table of build time, memory, page weight,
// search latency per keystroke and relevance. Exits 1 when a target of issue #7 is missed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openSite } from '../tests/browser/site';
import { REAL_QUERIES, syntheticQueries, type RelevanceQuery } from './bench/queries';
import { writeSyntheticCatalog } from './bench/synthetic';
import { dirSize, firstLoadJs, searchIndexWeight } from './site-weight';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const WORK = path.join(ROOT, '.bench');

/** The targets: p95 per keystroke, JS over the framework floor, build time and per-entry growth. */
const TARGET = { keystrokeMs: 16, jsOverFloorKb: 15, realBuildS: 60, perEntryGrowth: 1.5 };
const BENCH_RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const REPORT_ONLY = process.argv.includes('--report-only');

interface Row {
  size: string;
  entries: number;
  buildS: number;
  sPerEntry: number;
  peakRssMb: number;
  outMb: number;
  homeJsKb: number;
  summariesKb: number;
  termIndexKb: number;
  largestShardKb: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  keystrokes: number;
  relevanceHits: number;
  relevanceTotal: number;
  misses: string[];
}

function parseArgs(argv: string[]): { sizes: string[]; json: boolean } {
  let sizes = ['real', '1000'];
  const i = argv.indexOf('--sizes');
  if (i >= 0 && argv[i + 1]) sizes = argv[i + 1].split(',').map((s) => s.trim());
  for (const s of sizes) {
    if (s !== 'real' && !/^\d+$/.test(s)) {
      console.error(`bench: unknown size "${s}"; use real or a number of entries, e.g. --sizes real,1000,10000`);
      process.exit(2);
    }
  }
  return { sizes, json: argv.includes('--json') };
}

/** Sum of the resident memory of a process and all its descendants, from /proc. */
function treeRss(rootPid: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === rootPid) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

/** Runs a command, returning its wall time and the peak memory of its process tree. */
function run(cmd: string, args: string[], env: Record<string, string>, cwd = ROOT): Promise<{ seconds: number; peakRss: number }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peakRss = 0;
    const timer = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    }, 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${path.basename(cmd)} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`));
      else resolve({ seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRss });
    });
  });
}

/** `npm run build` (validate, next build, postbuild) for a content folder into outDir (relative to the project). */
async function build(lists: string, outDir: string): Promise<{ seconds: number; peakRss: number }> {
  rmSync(path.join(ROOT, outDir), { recursive: true, force: true });
  return run('npm', ['run', 'build'], { EXPORTERHUB_LISTS: lists, EXPORTERHUB_OUT: outDir, NEXT_TELEMETRY_DISABLED: '1' });
}

/** First-load JS of a bare Next.js pages-router export (one page, no dependencies): the floor. */
async function frameworkFloor(): Promise<number> {
  const app = path.join(WORK, 'floor-app');
  rmSync(app, { recursive: true, force: true });
  mkdirSync(path.join(app, 'pages'), { recursive: true });
  writeFileSync(path.join(app, 'next.config.js'), "module.exports = { output: 'export' };\n");
  writeFileSync(path.join(app, 'pages', 'index.js'), 'export default function Home() {\n  return <h1>Hello</h1>;\n}\n');
  await run(path.join(BIN, 'next'), ['build', app], { NEXT_TELEMETRY_DISABLED: '1' });
  return firstLoadJs(path.join(app, 'out'), 'index.html').gzip;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;
}

/**
 * Types each query one character at a time into the home page's search box and measures, per
 * keystroke, the main-thread time from the input event until the results for that text are in the
 * DOM and laid out. Then reads the first result once pending index shards have arrived.
 */
async function typeQueries(page: Page, queries: RelevanceQuery[]): Promise<{ times: number[]; firsts: (string | null)[] }> {
  const times: number[] = [];
  const firsts: (string | null)[] = [];
  for (const { query } of queries) {
    const result = await page.evaluate(async (text: string) => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]');
      const section = document.querySelector<HTMLElement>('[data-query]');
      if (!input || !section) throw new Error('search box not found');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      if (!setValue) throw new Error('no value setter');
      const settle = async (value: string) => {
        for (let i = 0; section.dataset.query !== value; i++) {
          if (i < 100) await Promise.resolve();
          else await new Promise((r) => setTimeout(r, 0));
        }
        section.getBoundingClientRect();
      };
      const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
      setValue.call(input, '');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle('');
      await pause(50);
      const out: number[] = [];
      for (let i = 1; i <= text.length; i++) {
        const value = text.slice(0, i);
        const t0 = performance.now();
        setValue.call(input, value);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value.slice(-1) }));
        await settle(value);
        out.push(performance.now() - t0);
        await pause(60);
      }
      return out;
    }, query);
    times.push(...result);
    // Metric and alert names come from an index shard fetched on demand: let it arrive.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(100);
    firsts.push(await page.evaluate(() => document.querySelector('ul[aria-label="Search results"] h3 a')?.getAttribute('href')?.match(/\/exporters\/([^/]+)\//)?.[1] ?? null));
  }
  return { times, firsts };
}

async function measureSearch(outDir: string, queries: RelevanceQuery[]): Promise<{ times: number[]; firsts: (string | null)[] }> {
  const site = await openSite(path.join(ROOT, outDir));
  try {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // tsx compiles the in-page functions with esbuild's keepNames, which calls a __name helper.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(`${site.url}/`);
    await page.focus('input[type="search"]');
    await page.waitForSelector('[data-search="ready"]', { timeout: 60_000 });
    // Untimed warm-up queries: the JIT is cold on the first keystrokes of a session.
    await typeQueries(page, [
      { query: 'warm up', expect: null },
      { query: 'exporter', expect: null },
    ]);
    return await typeQueries(page, queries);
  } finally {
    await site.close();
  }
}

async function benchSize(size: string, tmp: string): Promise<Row> {
  let lists = path.join(ROOT, 'lists');
  let queries = REAL_QUERIES;
  if (size !== 'real') {
    lists = path.join(tmp, `lists-${size}`);
    mkdirSync(lists, { recursive: true });
    queries = syntheticQueries(writeSyntheticCatalog(lists, Number(size)));
  }
  const outDir = `.bench/out-${size}`;
  const out = path.join(ROOT, outDir);
  const built = await build(lists, outDir);
  const entries = (JSON.parse(readFileSync(path.join(out, 'api', 'exporters.json'), 'utf8')) as { count: number }).count;
  const search = searchIndexWeight(out);
  // Typing is measured in BENCH_RUNS fresh pages (3 by default) and the run with the median p95 is
  // reported, as Lighthouse reports the median of its runs: one noisy pass on a shared 2-core
  // machine should not decide the figure. Every run is printed.
  const runs: { times: number[]; firsts: (string | null)[] }[] = [];
  for (let i = 0; i < BENCH_RUNS; i++) runs.push(await measureSearch(outDir, queries));
  runs.sort((a, b) => percentile(a.times, 95) - percentile(b.times, 95));
  console.error(`bench: ${size}: p95 per keystroke of each run: ${runs.map((r) => percentile(r.times, 95).toFixed(2)).join(', ')} ms`);
  const { times, firsts } = runs[Math.floor(runs.length / 2)];
  const scored = queries.map((q, i) => ({ ...q, first: firsts[i] })).filter((q) => q.expect !== null);
  const misses = scored.filter((q) => q.first !== q.expect).map((q) => `"${q.query}" → ${q.first ?? 'nothing'} (want ${q.expect})`);
  return {
    size,
    entries,
    buildS: built.seconds,
    sPerEntry: built.seconds / entries,
    peakRssMb: built.peakRss / 1024 / 1024,
    outMb: dirSize(out) / 1024 / 1024,
    homeJsKb: firstLoadJs(out, 'index.html').gzip / 1024,
    summariesKb: search.summariesGzip / 1024,
    termIndexKb: search.termsGzip / 1024,
    largestShardKb: search.largestShardGzip / 1024,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: Math.max(0, ...times),
    keystrokes: times.length,
    relevanceHits: scored.length - misses.length,
    relevanceTotal: scored.length,
    misses,
  };
}

function table(rows: Row[], floorKb: number): string {
  const head = ['entries', 'build s', 's/entry', 'peak RSS MB', 'out/ MB', 'home JS KB gz', 'summaries KB gz', 'terms KB gz (largest shard)', 'search p50 ms', 'p95 ms', 'max ms', 'keystrokes', 'relevance'];
  const body = rows.map((r) => [
    `${r.entries}${r.size === 'real' ? ' (real)' : ''}`,
    r.buildS.toFixed(1),
    r.sPerEntry.toFixed(3),
    r.peakRssMb.toFixed(0),
    r.outMb.toFixed(1),
    r.homeJsKb.toFixed(1),
    r.summariesKb.toFixed(1),
    `${r.termIndexKb.toFixed(1)} (${r.largestShardKb.toFixed(1)})`,
    r.p50Ms.toFixed(2),
    r.p95Ms.toFixed(2),
    r.maxMs.toFixed(2),
    String(r.keystrokes),
    `${r.relevanceHits}/${r.relevanceTotal}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line), '', `framework floor (bare Next.js pages-router export): ${floorKb.toFixed(1)} KB gzip`].join('\n');
}

/** The targets that a set of rows misses, in words. */
function failures(rows: Row[], floorKb: number): string[] {
  const out: string[] = [];
  const real = rows.find((r) => r.size === 'real');
  for (const r of rows) {
    if (r.p95Ms > TARGET.keystrokeMs) out.push(`${r.entries} entries: search p95 ${r.p95Ms.toFixed(2)} ms > ${TARGET.keystrokeMs} ms`);
    if (r.homeJsKb - floorKb > TARGET.jsOverFloorKb) out.push(`${r.entries} entries: home JS ${r.homeJsKb.toFixed(1)} KB is ${(r.homeJsKb - floorKb).toFixed(1)} KB over the floor (max ${TARGET.jsOverFloorKb})`);
    if (r.size === 'real' && r.misses.length) out.push(`relevance misses: ${r.misses.join('; ')}`);
    if (real && r !== real && r.sPerEntry > TARGET.perEntryGrowth * real.sPerEntry) {
      out.push(`${r.entries} entries: ${r.sPerEntry.toFixed(3)} s per entry is more than ${TARGET.perEntryGrowth}× the real catalogue's ${real.sPerEntry.toFixed(3)}`);
    }
  }
  if (real && real.buildS > TARGET.realBuildS) out.push(`real catalogue build ${real.buildS.toFixed(1)} s > ${TARGET.realBuildS} s`);
  return out;
}

async function main() {
  const { sizes, json } = parseArgs(process.argv.slice(2));
  mkdirSync(WORK, { recursive: true });
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'exporterhub-bench-'));
  try {
    const log = (msg: string) => !json && console.log(msg);
    log('bench: building a bare Next.js export for the framework floor…');
    const floorKb = (await frameworkFloor()) / 1024;
    const rows: Row[] = [];
    for (const size of sizes) {
      log(`bench: ${size === 'real' ? 'real catalogue' : `${size} synthetic entries`}: build and search…`);
      rows.push(await benchSize(size, tmp));
      rmSync(path.join(ROOT, `.bench/out-${size}`), { recursive: true, force: true });
    }
    const failed = failures(rows, floorKb);
    if (json) console.log(JSON.stringify({ floorKb, targets: TARGET, rows, failures: failed }, null, 2));
    else {
      console.log(`\n${table(rows, floorKb)}`);
      for (const r of rows) for (const m of r.misses) console.log(`relevance miss (${r.entries} entries): ${m}`);
      console.log(failed.length ? `\nMISSED TARGETS:\n- ${failed.join('\n- ')}` : '\nAll targets met.');
    }
    // --report-only prints the figures and any missed target but never fails (see .ci/run).
    process.exitCode = failed.length && !REPORT_ONLY ? 1 : 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(path.join(WORK, 'floor-app'))) rmSync(path.join(WORK, 'floor-app'), { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
