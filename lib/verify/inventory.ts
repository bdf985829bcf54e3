// The metric inventory of an exporter (lists/<slug>/metrics.json): either captured from a running
// exporter by `npm run verify:live`, or extracted from the exporter's source at a named tag or commit.
// The catalogue loader checks every alert rule of the entry against it.
import { z } from 'zod';

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const METRIC_TYPES = ['counter', 'gauge', 'histogram', 'summary', 'untyped', 'unknown', 'info', 'stateset', 'gaugehistogram'] as const;

/** A condition under which a metric exists at all: "only on a replica", "needs --collector.systemd". */
const condition = z.string().min(8).max(300);

const family = z.strictObject({
  /** The name as exposed in the text format (a counter with its _total, a histogram without _bucket). */
  name: z.string().regex(METRIC_NAME),
  type: z.enum(METRIC_TYPES),
  help: z.string().max(2000),
  /** Label names the source fixes for this family (source inventories). */
  labels: z.array(z.string().regex(LABEL_NAME)).max(50).optional(),
  /** Set when the family appears only in some setups. */
  condition: condition.optional(),
});

export const liveInventorySchema = z.strictObject({
  method: z.literal('live'),
  exporter: z.string().min(1).max(200),
  version: z.string().min(1).max(100),
  source: z.string().min(1).max(300),
  checked: z.string().regex(DATE),
  families: z.array(family),
  samples: z.array(z.string().regex(METRIC_NAME)),
  /** Metrics used by the rules that this live setup cannot show, each with the condition that brings them. */
  conditional: z.record(z.string().regex(METRIC_NAME), condition),
});

export const sourceInventorySchema = z.strictObject({
  method: z.literal('source'),
  exporter: z.string().min(1).max(200),
  /** The release read (a tag such as v1.8.2), or the short commit when the source has no tag there. */
  version: z.string().min(1).max(100),
  repository: z.string().regex(/^https:\/\/[^\s]+$/),
  /** The tag or branch name the files were read at. */
  ref: z.string().min(1).max(100),
  commit: z.string().regex(/^[0-9a-f]{7,40}$/),
  /** Paths inside the repository that define the metrics. */
  files: z.array(z.string().min(1).max(300)).min(1),
  checked: z.string().regex(DATE),
  families: z.array(family).min(1),
});

export const inventorySchema = z.discriminatedUnion('method', [liveInventorySchema, sourceInventorySchema]);

export type MetricInventory = z.infer<typeof inventorySchema>;
export type LiveInventory = z.infer<typeof liveInventorySchema>;
export type SourceInventory = z.infer<typeof sourceInventorySchema>;
export type InventoryFamily = z.infer<typeof family>;

/** The sample names of a live inventory; a source inventory has none beyond its families. */
export function inventorySamples(inventory: MetricInventory): string[] {
  return inventory.method === 'live' ? inventory.samples : [];
}

/** Every conditional metric of an inventory with its condition: conditional families and, for a live one, the names it could not show. */
export function inventoryConditions(inventory: MetricInventory): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of inventory.families) {
    if (!f.condition) continue;
    out.set(f.name, f.condition);
    if (f.type === 'histogram') for (const s of ['_bucket', '_sum', '_count']) out.set(f.name + s, f.condition);
    if (f.type === 'summary') for (const s of ['_sum', '_count']) out.set(f.name + s, f.condition);
  }
  if (inventory.method === 'live') for (const [name, c] of Object.entries(inventory.conditional)) out.set(name, c);
  return out;
}

/** A one-line account of how the inventory was made, for pages and the API. */
export function inventoryOrigin(inventory: MetricInventory): string {
  return inventory.method === 'live'
    ? `captured live from ${inventory.exporter} ${inventory.version} on ${inventory.checked}`
    : `read from the source of ${inventory.repository.replace(/^https:\/\/github\.com\//, '')} at ${inventory.ref} on ${inventory.checked}`;
}
