// Synthetic catalogues for the benchmark: N entries in the lists/ format, deterministic for a seed,
// sized like complete entries (install guides, ten alert rules, a 50-metric inventory), which the
// real loader accepts without errors.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORY_IDS } from '../../lib/categories';

export interface SyntheticEntry {
  slug: string;
  name: string;
  /** A product name as a user would type it. */
  product: string;
  port: number;
  metrics: string[];
  alerts: string[];
}

/** Small fast PRNG (mulberry32): the same seed gives the same catalogue. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ven', 'tor', 'qua', 'zel', 'dri', 'pho', 'nex', 'sul', 'bri', 'tan', 'gor', 'vi', 'mun', 'dex', 'sor', 'pel', 'cri', 'ost', 'lum', 'fa', 'ber', 'ny', 'jot', 'wex'];
const THINGS = ['database', 'message broker', 'cache', 'object store', 'load balancer', 'queue', 'search engine', 'router', 'storage array', 'web server', 'scheduler', 'DNS server', 'mail server', 'sensor hub', 'build server'];
const SOURCES = ['HTTP status API', 'admin socket', 'SQL statistics views', 'management API', 'log file', 'SNMP agent', 'command-line tool', 'JSON stats endpoint'];
const SUBSYSTEMS = ['server', 'client', 'queue', 'cache', 'disk', 'network', 'request', 'session', 'worker', 'pool'];
const GAUGES = ['connections', 'memory_bytes', 'items', 'threads', 'open_files', 'queue_length', 'temperature_celsius', 'capacity_bytes'];
const COUNTERS = ['errors_total', 'requests_total', 'evictions_total', 'timeouts_total', 'bytes_read_total', 'bytes_written_total', 'restarts_total'];
const TAGS = ['sql', 'nosql', 'cache', 'queue', 'proxy', 'storage', 'network', 'hardware', 'cloud', 'iot', 'logs', 'ci', 'dns', 'mail', 'http', 'search'];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

function title(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function camel(parts: string[]): string {
  return parts.map((p) => p.split('_').map(title).join('')).join('');
}

/** Unique product names: two or three syllables, numbered when a combination repeats. */
function productNames(count: number, rand: () => number): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(rand, SYLLABLES));
    let base = parts.join('');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    if (n > 0) base = `${base}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ''}`;
    out.push(base);
  }
  return out;
}

function ruleBlock(heading: string, explanation: string, rule: { alert: string; expr: string; for: string; severity: string; summary: string }): string {
  return `### ${heading}

${explanation}

\`\`\`yaml
alert: ${rule.alert}
expr: ${rule.expr}
for: ${rule.for}
labels:
  severity: ${rule.severity}
annotations:
  summary: "${rule.summary} on {{ $labels.instance }}"
  description: "The value is {{ $value | humanize }} on {{ $labels.instance }}; see the entry's explanation for what to check first."
\`\`\`
`;
}

/** Writes `count` entries into `dir` (which should be empty) and returns what the benchmark queries. */
export function writeSyntheticCatalog(dir: string, count: number, seed = 42): SyntheticEntry[] {
  const rand = random(seed);
  const products = productNames(count, rand);
  const entries: SyntheticEntry[] = [];
  products.forEach((product, i) => {
    const slug = `${product}-exporter`;
    const name = `${title(product)} exporter`;
    const thing = pick(rand, THINGS);
    const source = pick(rand, SOURCES);
    const port = 20000 + i;
    // 50 metric families: an up gauge, then gauges and counters in subsystems.
    const families: { name: string; type: string; help: string }[] = [{ name: `${product}_up`, type: 'gauge', help: `Whether the last scrape of ${title(product)} succeeded.` }];
    for (let k = 0; families.length < 50; k++) {
      const subsystem = SUBSYSTEMS[k % SUBSYSTEMS.length];
      const counter = k % 2 === 1;
      const metric = counter ? COUNTERS[Math.floor(k / 2) % COUNTERS.length] : GAUGES[Math.floor(k / 2) % GAUGES.length];
      const metricName = `${product}_${subsystem}_${metric}`;
      if (families.some((f) => f.name === metricName)) continue;
      families.push({ name: metricName, type: counter ? 'counter' : 'gauge', help: `${title(subsystem)} ${metric.replace(/_/g, ' ')} reported by ${title(product)}.` });
    }
    const gauges = families.filter((f) => f.type === 'gauge' && f.name !== `${product}_up`);
    const counters = families.filter((f) => f.type === 'counter');
    const severities = ['critical', 'warning', 'warning', 'info'];
    const rules = [
      ruleBlock(`${title(product)} cannot be scraped`, `The exporter answered but could not read ${title(product)}'s ${source}. Check that the service is running and that the exporter's credentials still work.`, {
        alert: `${title(product)}Down`,
        expr: `${product}_up == 0`,
        for: '5m',
        severity: 'critical',
        summary: `${title(product)} is unreachable`,
      }),
    ];
    const alerts = [`${title(product)}Down`];
    for (let r = 0; r < 9; r++) {
      const counter = r % 2 === 0;
      const family = counter ? counters[r % counters.length] : gauges[r % gauges.length];
      const alert = `${title(product)}${camel([family.name.slice(product.length + 1)])}${counter ? 'Rising' : 'High'}`;
      alerts.push(alert);
      rules.push(
        ruleBlock(
          `${family.name} ${counter ? 'is increasing' : 'is high'}`,
          `${family.help} ${counter ? 'A sustained rate above zero means the service is failing some of its work; look at its log for the cause.' : 'A value above the threshold for this long leaves little headroom; check what changed in load or configuration.'}`,
          {
            alert,
            expr: counter ? `rate(${family.name}[5m]) > ${(1 + Math.floor(rand() * 9)) / 10}` : `${family.name} > ${100 + Math.floor(rand() * 900)}`,
            for: pick(rand, ['10m', '15m', '30m']),
            severity: pick(rand, severities),
            summary: `${family.name} ${counter ? 'is increasing' : 'is high'}`,
          },
        ),
      );
    }
    const tags = [...new Set([pick(rand, TAGS), pick(rand, TAGS), pick(rand, TAGS)])];
    const category = CATEGORY_IDS[Math.floor(rand() * (CATEGORY_IDS.length - 2))];
    const readme = `---
name: "${name}"
description: "Exports connection, queue and error metrics from the ${title(product)} ${thing}, read from its ${source}, for Prometheus."
category: ${category}
repository: https://github.com/example-${product}/${product}_exporter
official: false
kind: exporter
port: ${port}
language: Go
license: Apache-2.0
docker_image: example${product}/${product}-exporter
tags: [${tags.join(', ')}]
aliases: [${product}_exporter, ${product}]
---

# ${name}

The ${name} watches a ${title(product)} ${thing}. On each scrape it reads the ${source} of the
service, turns what it finds into Prometheus metrics named \`${product}_*\`, and reports whether the
read worked in \`${product}_up\`. It keeps no state between scrapes, so one exporter per ${thing}
is the usual setup, scraped every 15 to 60 seconds.

## Install

### Binary

\`\`\`bash
./${product}_exporter --web.listen-address=:${port} --${product}.address=localhost:${1000 + (i % 8000)}
\`\`\`

### Docker

\`\`\`bash
docker run -d -p ${port}:${port} -e ${product.toUpperCase()}_PASSWORD example${product}/${product}-exporter
\`\`\`

## Configuration

The exporter reads the password from \`${product.toUpperCase()}_PASSWORD\` and the address from
\`--${product}.address\`. Give it an account that can read the ${source} and nothing more.

## Alert rules

${rules.join('\n')}
## Dashboards

- [Overview dashboard as JSON in the repository](https://github.com/example-${product}/${product}_exporter/blob/main/dashboards/overview.json)

## Metrics

${families
  .slice(0, 12)
  .map((f) => `- \`${f.name}\` (${f.type}): ${f.help}`)
  .join('\n')}
`;
    const folder = path.join(dir, slug);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'README.md'), readme);
    writeFileSync(
      path.join(folder, 'metrics.json'),
      `${JSON.stringify(
        {
          method: 'live',
          exporter: `${product}_exporter`,
          version: '1.0.0',
          source: 'synthetic benchmark catalogue',
          checked: '2026-01-01',
          families,
          samples: families.map((f) => f.name),
          conditional: {},
        },
        null,
        2,
      )}\n`,
    );
    entries.push({ slug, name, product, port, metrics: families.map((f) => f.name), alerts });
  });
  return entries;
}
