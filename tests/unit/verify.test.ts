// Live-verification helpers: exposition parsing and the metric-name check that fails a rule naming a
// metric the exporter does not expose (with the closest real names).
import { describe, expect, it } from 'vitest';
import { parseEntry } from '@/lib/catalog/entry';
import { parseExposition, selectableNames } from '@/lib/verify/exposition';
import { formatMissing, missingMetrics } from '@/lib/verify/metric-check';

const SCRAPE = `# HELP redis_up Information about the Redis instance
# TYPE redis_up gauge
redis_up 1
# HELP redis_commands_duration_seconds_total Total amount of time in seconds spent per command
# TYPE redis_commands_duration_seconds_total counter
redis_commands_duration_seconds_total{cmd="get"} 0.01
# HELP http_request_duration_seconds Latency
# TYPE http_request_duration_seconds histogram
http_request_duration_seconds_bucket{le="0.1"} 3
http_request_duration_seconds_bucket{le="+Inf"} 4
http_request_duration_seconds_sum 0.2
http_request_duration_seconds_count 4
redis_memory_used_bytes 1024
`;

function entryWith(expr: string) {
  const text = `---
name: Redis exporter
description: Exposes Redis metrics.
category: databases
repository: https://github.com/oliver006/redis_exporter
official: false
kind: exporter
---

## Install

### Docker

\`\`\`bash
docker run oliver006/redis_exporter
\`\`\`

## Alert rules

### Redis is down

The exporter cannot reach Redis.

\`\`\`yaml
alert: RedisDown
expr: ${expr}
for: 5m
labels:
  severity: critical
annotations:
  summary: Redis down
  description: Redis is down.
\`\`\`
`;
  const { entry } = parseEntry(text, 'redis-exporter', 'lists/redis-exporter/README.md');
  return entry!;
}

describe('exposition parsing', () => {
  it('reads families with type and help, and untyped samples', () => {
    const { families, sampleNames } = parseExposition(SCRAPE);
    expect(families.find((f) => f.name === 'redis_up')).toEqual({ name: 'redis_up', type: 'gauge', help: 'Information about the Redis instance' });
    expect(families.find((f) => f.name === 'http_request_duration_seconds')?.type).toBe('histogram');
    expect(families.find((f) => f.name === 'redis_memory_used_bytes')?.type).toBe('untyped');
    expect(families.some((f) => f.name === 'http_request_duration_seconds_bucket')).toBe(false);
    expect(sampleNames).toContain('http_request_duration_seconds_bucket');
  });
});

describe('metric check', () => {
  const exp = parseExposition(SCRAPE);
  const available = selectableNames(exp.families, exp.sampleNames);

  it('accepts rules that use real names, histogram series and up', () => {
    const entry = entryWith('redis_up == 0 or histogram_quantile(0.9, rate(http_request_duration_seconds_bucket[5m])) > 1 or up == 0');
    expect(missingMetrics(entry.rules, available)).toEqual([]);
  });

  it('fails a deliberately wrong metric name with the rule, the name and the closest real names', () => {
    const entry = entryWith('redis_upp == 0');
    const missing = missingMetrics(entry.rules, available);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ rule: 'RedisDown', metric: 'redis_upp' });
    expect(missing[0].closest[0]).toBe('redis_up');
    expect(formatMissing(entry.file, missing[0])).toMatch(/^lists\/redis-exporter\/README\.md:\d+: rule RedisDown uses redis_upp, which the running exporter does not expose; closest real names: redis_up/);
  });

  it('lets an allowlisted name through only with a reason', () => {
    const entry = entryWith('redis_master_link_up == 0');
    expect(missingMetrics(entry.rules, available)).toHaveLength(1);
    expect(missingMetrics(entry.rules, available, { redis_master_link_up: 'only on replicas' })).toEqual([]);
  });
});
