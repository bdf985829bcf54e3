// Compares a refreshed metric inventory with the committed one: families added and removed, and the
// alert rules that use a removed metric (they would fail E032 once the new inventory is committed).
import type { AlertRule } from '../catalog/types';
import { selectableNames } from './exposition';

export interface InventoryDiff {
  added: string[];
  removed: string[];
  /** Rules that use a metric the refreshed inventory no longer has, with those metrics. */
  brokenRules: { rule: string; line: number; metrics: string[] }[];
}

type Families = { name: string; type: string }[];

export function diffInventories(before: Families, after: Families, afterSamples: string[], rules: AlertRule[], conditional: Record<string, string> = {}): InventoryDiff {
  const was = new Set(before.map((f) => f.name));
  const now = new Set(after.map((f) => f.name));
  const added = [...now].filter((n) => !was.has(n)).sort();
  const removed = [...was].filter((n) => !now.has(n)).sort();
  const available = selectableNames(after, afterSamples);
  const brokenRules = rules
    .map((r) => ({ rule: r.name, line: r.line, metrics: r.metrics.filter((m) => m !== 'up' && !available.has(m) && !(m in conditional)) }))
    .filter((r) => r.metrics.length > 0);
  return { added, removed, brokenRules };
}

/** Lines for the console: nothing when the inventory is unchanged. */
export function formatDiff(slug: string, diff: InventoryDiff): string[] {
  const lines: string[] = [];
  if (diff.added.length) lines.push(`${slug}: ${diff.added.length} metric famil${diff.added.length === 1 ? 'y' : 'ies'} added: ${diff.added.join(', ')}`);
  if (diff.removed.length) lines.push(`${slug}: ${diff.removed.length} metric famil${diff.removed.length === 1 ? 'y' : 'ies'} removed: ${diff.removed.join(', ')}`);
  for (const r of diff.brokenRules) lines.push(`${slug}: rule ${r.rule} (line ${r.line}) uses ${r.metrics.join(', ')}, no longer exposed`);
  return lines;
}
