// Parses the Prometheus text exposition format into metric families (name, type, help) and the set
// of sample names seen, which is what alert rules can select.

export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped' | 'unknown' | 'info' | 'stateset' | 'gaugehistogram';

export interface MetricFamily {
  name: string;
  type: MetricType;
  help: string;
}

export interface Exposition {
  families: MetricFamily[];
  /** Every series name that appeared in a sample line (e.g. foo_bucket, foo_sum, foo_count). */
  sampleNames: string[];
}

const TYPES: readonly MetricType[] = ['counter', 'gauge', 'histogram', 'summary', 'untyped', 'unknown', 'info', 'stateset', 'gaugehistogram'];
const SUFFIXES = ['_bucket', '_sum', '_count', '_created', '_total', '_info', '_gcount', '_gsum'];

function unescapeHelp(text: string): string {
  return text.replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
}

export function parseExposition(text: string): Exposition {
  const families = new Map<string, MetricFamily>();
  const samples = new Set<string>();
  const family = (name: string) => {
    let f = families.get(name);
    if (!f) {
      f = { name, type: 'untyped', help: '' };
      families.set(name, f);
    }
    return f;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      const m = /^#\s+(HELP|TYPE)\s+([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(.*)$/.exec(line);
      if (!m) continue;
      const f = family(m[2]);
      if (m[1] === 'HELP') f.help = unescapeHelp(m[3]);
      else f.type = TYPES.find((t) => t === m[3].trim()) ?? 'untyped';
      continue;
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)/.exec(line);
    if (!m) continue;
    samples.add(m[1]);
  }
  // Samples without TYPE/HELP whose family is not declared become untyped families of their own.
  for (const s of samples) {
    const declared = families.has(s) || SUFFIXES.some((suf) => s.endsWith(suf) && families.has(s.slice(0, -suf.length)));
    if (!declared) family(s);
  }
  return { families: [...families.values()].sort((a, b) => a.name.localeCompare(b.name)), sampleNames: [...samples].sort() };
}

/** Names an alert rule may select given an inventory: sample names, family names and histogram/summary series. */
export function selectableNames(families: { name: string; type: string }[], sampleNames: string[]): Set<string> {
  const names = new Set<string>(sampleNames);
  for (const f of families) {
    names.add(f.name);
    if (f.type === 'histogram') for (const s of ['_bucket', '_sum', '_count']) names.add(f.name + s);
    if (f.type === 'summary') for (const s of ['_sum', '_count']) names.add(f.name + s);
    if (f.type === 'counter' && !f.name.endsWith('_total')) names.add(`${f.name}_total`);
  }
  return names;
}
