// Reads lists/ and validates it: the only code that touches the content folder. The build, the
// validator CLI and the tests all call loadCatalog, so they can never disagree.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseEntry } from './entry';
import { DEFAULT_FILE_LIMIT, FILE_LIMITS, isLink, isRealDirectory, readListFile } from './read';
import type { Entry, ExporterSummary } from './types';
import type { Problem } from './problems';
import { inventoryConditions, inventoryOrigin, inventorySamples, inventorySchema, type MetricInventory } from '../verify/inventory';
import { selectableNames } from '../verify/exposition';
import { closestNames } from '../verify/metric-check';

export const ENTRY_FILES = ['README.md', 'rules.test.yml', 'metrics.json'] as const;
/** Folders in lists/ that are not entries (the contributor template). */
const SKIPPED = new Set(['_template']);

export interface LoadResult {
  entries: Entry[];
  problems: Problem[];
  /** Captured metric inventories (metrics.json) by slug, read once with the entries. */
  inventories: Map<string, MetricInventory>;
}

export interface LoadOptions {
  /** Check only these slugs (fast feedback); catalogue-wide checks still see every entry. */
  only?: string[];
  /** Path prefix used in problem messages; defaults to the path of root relative to cwd. */
  displayRoot?: string;
}

function normalizeRepo(url: string): string {
  return url.toLowerCase().replace(/\.git$/, '').replace(/\/+$/, '');
}

export function loadCatalog(root: string, options: LoadOptions = {}): LoadResult {
  const display = (options.displayRoot ?? path.relative(process.cwd(), root)) || '.';
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const inventories = new Map<string, MetricInventory>();
  if (!existsSync(root)) {
    return { entries, inventories, problems: [{ file: display, line: 1, code: 'E001', message: `content folder ${display} does not exist` }] };
  }
  const folders: string[] = [];
  for (const name of readdirSync(root).sort()) {
    if (SKIPPED.has(name) || name.startsWith('.')) continue;
    const full = path.join(root, name);
    if (isRealDirectory(full)) folders.push(name);
    else if (isLink(full) && (options.only === undefined || options.only.includes(name))) {
      problems.push({ file: `${display}/${name}`, line: 1, code: 'E034', message: `${display}/${name} is a symbolic link; an entry is a real folder with a README.md, so it is not read` });
    }
  }
  const bySlugLower = new Map<string, string>();
  const keyLines = new Map<string, Record<string, number>>();
  for (const slug of folders) {
    const file = `${display}/${slug}/README.md`;
    const report = options.only === undefined || options.only.includes(slug);
    const lower = slug.toLowerCase();
    const clash = bySlugLower.get(lower);
    if (clash !== undefined && report) {
      problems.push({ file, line: 1, code: 'E012', message: `slug "${slug}" differs from "${clash}" only in letter case; keep one folder` });
    }
    bySlugLower.set(lower, slug);
    const dir = path.join(root, slug);
    for (const name of readdirSync(dir)) {
      if (!(ENTRY_FILES as readonly string[]).includes(name) && report) {
        problems.push({ file: `${display}/${slug}/${name}`, line: 1, code: 'E015', message: `unexpected file "${name}" in ${display}/${slug}/; an entry holds only ${ENTRY_FILES.join(', ')}` });
      }
    }
    const readme = path.join(dir, 'README.md');
    if (!existsSync(readme) && !isLink(readme)) {
      if (report) problems.push({ file, line: 1, code: 'E001', message: `${file} is missing; every entry folder needs a README.md (copy lists/_template/README.md)` });
      continue;
    }
    const read = readListFile(readme, file, FILE_LIMITS['README.md']);
    if (!read.ok) {
      if (report) problems.push(read.problem);
      continue;
    }
    // rules.test.yml is run by promtool, not parsed here; it must still pass the same guard.
    const tests = path.join(dir, 'rules.test.yml');
    if (report && (existsSync(tests) || isLink(tests))) {
      const checked = readListFile(tests, `${display}/${slug}/rules.test.yml`, FILE_LIMITS['rules.test.yml'] ?? DEFAULT_FILE_LIMIT);
      if (!checked.ok) problems.push(checked.problem);
    }
    const parsed = parseEntry(read.text, slug, file);
    if (report) problems.push(...parsed.problems);
    if (parsed.entry) {
      const inventory = readInventory(path.join(dir, 'metrics.json'), `${display}/${slug}/metrics.json`, report ? problems : []);
      if (inventory) {
        applyInventory(parsed.entry, inventory, report ? problems : []);
        inventories.set(slug, inventory);
      } else if (parsed.entry.rules.length > 0 && report && !existsSync(path.join(dir, 'metrics.json')) && !isLink(path.join(dir, 'metrics.json'))) {
        const first = parsed.entry.rules[0];
        problems.push({ file, line: first.line, code: 'E033', message: `${parsed.entry.rules.length} alert rule(s) but no ${display}/${slug}/metrics.json; add the exporter's metric inventory (npm run verify:live for an exporter in the live lab, otherwise one read from its source, see docs/metric-inventory.md)` });
      }
      entries.push(parsed.entry);
    }
    keyLines.set(slug, parsed.keyLines);
  }

  // Catalogue-wide checks.
  const names = new Map<string, Entry>();
  const repos = new Map<string, Entry>();
  const slugs = new Set(entries.map((e) => e.slug));
  for (const entry of entries) {
    const report = options.only === undefined || options.only.includes(entry.slug);
    const nameKey = entry.name.toLowerCase();
    const sameName = names.get(nameKey);
    if (sameName && report) {
      problems.push({ file: entry.file, line: keyLines.get(entry.slug)?.name ?? 1, code: 'E010', message: `name "${entry.name}" is already used by ${sameName.file}; give each entry a unique name` });
    }
    if (!sameName) names.set(nameKey, entry);
    const repoKey = normalizeRepo(entry.repository);
    const sameRepo = repos.get(repoKey);
    if (sameRepo && report) {
      problems.push({ file: entry.file, line: keyLines.get(entry.slug)?.repository ?? 1, code: 'E011', message: `repository ${entry.repository} is already listed by ${sameRepo.file}; merge the two entries` });
    }
    if (!sameRepo) repos.set(repoKey, entry);
    if (entry.replacedBy !== null && !slugs.has(entry.replacedBy) && report) {
      problems.push({ file: entry.file, line: keyLines.get(entry.slug)?.replaced_by ?? 1, code: 'E013', message: `replaced_by "${entry.replacedBy}" is not the slug of any entry; use an existing folder name from lists/` });
    }
  }
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { entries, problems, inventories };
}

/** Reads lists/<slug>/metrics.json when present; a malformed file is reported (E031), never thrown. */
function readInventory(file: string, display: string, problems: Problem[]): MetricInventory | null {
  if (!existsSync(file) && !isLink(file)) return null;
  const read = readListFile(file, display, FILE_LIMITS['metrics.json']);
  if (!read.ok) {
    problems.push(read.problem);
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (e) {
    problems.push({ file: display, line: 1, code: 'E031', message: `metrics.json is not valid JSON (${e instanceof Error ? e.message : 'parse error'}); regenerate it with npm run verify:live or from the source (docs/metric-inventory.md)` });
    return null;
  }
  const result = inventorySchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    problems.push({ file: display, line: 1, code: 'E031', message: `metrics.json does not match the inventory format (${issue.path.join('.') || 'top level'}: ${issue.message}); see docs/metric-inventory.md` });
    return null;
  }
  return result.data;
}

/**
 * Series that Prometheus itself writes for every target or alert (docs: "Jobs and instances", alerting
 * rules), so no exporter inventory lists them.
 */
const PROMETHEUS_SERIES = new Set(['up', 'scrape_duration_seconds', 'scrape_samples_scraped', 'scrape_samples_post_metric_relabeling', 'scrape_series_added', 'ALERTS', 'ALERTS_FOR_STATE']);

/**
 * Checks each rule against the entry's inventory: a metric the exporter lacks is E032; a metric that
 * exists only in some setups is recorded on the rule with its condition, shown beside it on the page.
 */
function applyInventory(entry: Entry, inventory: MetricInventory, problems: Problem[]): void {
  const available = selectableNames(inventory.families, inventorySamples(inventory));
  const conditions = inventoryConditions(inventory);
  for (const rule of entry.rules) {
    for (const metric of rule.metrics) {
      const condition = conditions.get(metric);
      if (condition !== undefined) {
        if (!rule.conditions.some((c) => c.metric === metric)) rule.conditions.push({ metric, condition });
        continue;
      }
      if (available.has(metric) || PROMETHEUS_SERIES.has(metric)) continue;
      const close = closestNames(metric, available).join(', ');
      problems.push({ file: entry.file, line: rule.line, code: 'E032', message: `rule ${rule.name} uses ${metric}, which ${inventory.exporter} ${inventory.version} does not expose (metrics.json, ${inventory.method} inventory); closest real names: ${close || 'none'}` });
    }
    rule.verified = inventory.method;
  }
  entry.verification = {
    method: inventory.method,
    exporter: inventory.exporter,
    version: inventory.version,
    origin: inventoryOrigin(inventory),
    checked: inventory.checked,
    familyCount: inventory.families.length,
    repository: inventory.method === 'source' ? inventory.repository : null,
    ref: inventory.method === 'source' ? inventory.ref : null,
    commit: inventory.method === 'source' ? inventory.commit : null,
  };
}

export function toSummary(entry: Entry): ExporterSummary {
  return {
    slug: entry.slug,
    name: entry.name,
    description: entry.description,
    category: entry.category,
    official: entry.official,
    community: entry.community,
    kind: entry.kind,
    port: entry.port,
    status: entry.status,
    ruleCount: entry.rules.length,
    dashboardCount: entry.dashboards.length,
    aliases: entry.aliases,
    tags: entry.tags,
    verified: entry.verification !== null,
  };
}
