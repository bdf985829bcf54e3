// PromQL checks: syntax errors from the lezer grammar and metric names read from the syntax tree.
import { describe, expect, it } from 'vitest';
import { findPromqlError, metricNames } from '@/lib/catalog/promql';

describe('PromQL', () => {
  it('accepts valid expressions', () => {
    for (const q of ['up == 0', 'sum by (instance) (rate(node_cpu_seconds_total{mode!="idle"}[5m])) > 0.9', 'absent(mysql_up)', 'a / on(instance) group_left b']) {
      expect(findPromqlError(q), q).toBeNull();
    }
  });

  it('rejects invalid expressions with a position', () => {
    expect(findPromqlError('rate(x[5m]')?.message).toMatch(/syntax error at character \d+/);
    expect(findPromqlError('up ==')).not.toBeNull();
    expect(findPromqlError('sum by instance (x)')).not.toBeNull();
  });

  it('extracts metric names, not functions, labels or label values', () => {
    expect(metricNames('rate(node_network_receive_errs_total{device!~"lo|veth.*"}[5m]) / rate(node_network_receive_packets_total[5m]) > 0.01 and on() absent(up) == 0')).toEqual([
      'node_network_receive_errs_total',
      'node_network_receive_packets_total',
      'up',
    ]);
    expect(metricNames('{__name__="pg_up", job="x"} == 0')).toEqual(['pg_up']);
    expect(metricNames('time() - 5')).toEqual([]);
  });
});
