// The captured metric inventory of an exporter (lists/<slug>/metrics.json), written by
// `npm run verify:live` and read by the catalogue loader.
import { z } from 'zod';

export const inventorySchema = z.strictObject({
  exporter: z.string(),
  version: z.string(),
  source: z.string(),
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  families: z.array(z.strictObject({ name: z.string(), type: z.string(), help: z.string() })),
  samples: z.array(z.string()),
  /** Metrics used by rules that cannot appear in the live setup, with the reason. */
  allowed: z.record(z.string(), z.string()),
});

export type MetricInventory = z.infer<typeof inventorySchema>;
