// Builds Prometheus rule files from an entry's alert rules: one group named after the slug.
import { stringify } from 'yaml';
import type { AlertRule } from './catalog/types';

export function ruleFile(slug: string, rules: AlertRule[]): string {
  const doc = { groups: [{ name: slug, rules: rules.map((r) => r.definition) }] };
  return stringify(doc, { lineWidth: 0 });
}
