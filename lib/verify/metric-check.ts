// Checks the metric names an entry's alert rules use against a captured inventory, and explains a
// miss with the closest real names.
import type { AlertRule } from '../catalog/types';

export interface MissingMetric {
  rule: string;
  line: number;
  metric: string;
  closest: string[];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

export function closestNames(name: string, candidates: Iterable<string>, count = 3): string[] {
  return [...candidates]
    .map((c) => ({ c, d: distance(name, c) }))
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, count)
    .map((x) => x.c);
}

/**
 * Metrics used by the rules but absent from the inventory. `conditional` lists names that exist in the
 * exporter but cannot appear here (hardware-only collectors, replication), each with its condition.
 */
export function missingMetrics(rules: AlertRule[], available: Set<string>, conditional: Record<string, string> = {}): MissingMetric[] {
  const out: MissingMetric[] = [];
  for (const rule of rules) {
    for (const metric of rule.metrics) {
      if (available.has(metric) || metric in conditional || metric === 'up' || metric.startsWith('scrape_')) continue;
      out.push({ rule: rule.name, line: rule.line, metric, closest: closestNames(metric, available) });
    }
  }
  return out;
}

export function formatMissing(file: string, m: MissingMetric): string {
  return `${file}:${m.line}: rule ${m.rule} uses ${m.metric}, which the running exporter does not expose; closest real names: ${m.closest.join(', ') || 'none'}`;
}
