// Finds promtool (Debian's Prometheus 2.42 build) for the rule checks: $PROMTOOL, the copy unpacked
// by scripts/install-promtool.sh, or one on PATH.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export function findPromtool(): string | null {
  const candidates = [process.env.PROMTOOL, path.join(process.cwd(), '.cache/prometheus/usr/bin/promtool')];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    return execFileSync('sh', ['-c', 'command -v promtool'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}
