// Machine-readable outputs of the catalogue for scripts and operators: the exporters API document,
// PrometheusRule objects for the Prometheus Operator, the sitemap and the Atom feed of changes.
import { stringify } from 'yaml';
import { categoryLabel } from './categories';
import type { Entry } from './catalog/types';

/** One entry in /api/exporters.json. Field names are stable: add fields, never rename them. */
export interface ApiExporter {
  slug: string;
  name: string;
  description: string;
  category: string;
  category_label: string;
  kind: Entry['kind'];
  official: boolean;
  prometheus_community: boolean;
  repository: string;
  homepage: string | null;
  port: number | null;
  language: string | null;
  license: string | null;
  docker_image: string | null;
  helm_chart: string | null;
  status: Entry['status'];
  replaced_by: string | null;
  aliases: string[];
  tags: string[];
  alert_rule_count: number;
  dashboard_count: number;
  grafana_dashboard_ids: number[];
  verified: { method: 'live' | 'source'; exporter: string; version: string; checked: string; origin: string; repository: string | null; ref: string | null; commit: string | null; metrics_url: string } | null;
  page_url: string;
  rules_url: string | null;
  prometheus_rule_url: string | null;
}

export function apiExporters(entries: Entry[], base: string): { version: 1; count: number; exporters: ApiExporter[] } {
  const exporters = entries.map((e) => ({
    slug: e.slug,
    name: e.name,
    description: e.description,
    category: e.category,
    category_label: categoryLabel(e.category),
    kind: e.kind,
    official: e.official,
    prometheus_community: e.community,
    repository: e.repository,
    homepage: e.homepage,
    port: e.port,
    language: e.language,
    license: e.license,
    docker_image: e.dockerImage,
    helm_chart: e.helmChart,
    status: e.status,
    replaced_by: e.replacedBy,
    aliases: e.aliases,
    tags: e.tags,
    alert_rule_count: e.rules.length,
    dashboard_count: e.dashboards.length,
    grafana_dashboard_ids: e.dashboards.flatMap((d) => (d.grafanaId === null ? [] : [d.grafanaId])),
    verified: e.verification
      ? {
          method: e.verification.method,
          exporter: e.verification.exporter,
          version: e.verification.version,
          checked: e.verification.checked,
          origin: e.verification.origin,
          repository: e.verification.repository,
          ref: e.verification.ref,
          commit: e.verification.commit,
          metrics_url: `${base}/exporters/${e.slug}/metrics/`,
        }
      : null,
    page_url: `${base}/exporters/${e.slug}/`,
    rules_url: e.rules.length ? `${base}/rules/${e.slug}.yml` : null,
    prometheus_rule_url: e.rules.length ? `${base}/rules/${e.slug}.prometheusrule.yaml` : null,
  }));
  return { version: 1, count: exporters.length, exporters };
}

/** A monitoring.coreos.com/v1 PrometheusRule holding the entry's rules in one group. */
export function prometheusRule(entry: Entry): string {
  return stringify(
    {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: `exporterhub-${entry.slug}`, labels: { 'app.kubernetes.io/part-of': 'exporterhub' } },
      spec: { groups: [{ name: entry.slug, rules: entry.rules.map((r) => r.definition) }] },
    },
    { lineWidth: 0 },
  );
}

/** Every entry's rules in one file, one group per entry. */
export function allRules(entries: Entry[]): string {
  return stringify({ groups: entries.filter((e) => e.rules.length).map((e) => ({ name: e.slug, rules: e.rules.map((r) => r.definition) })) }, { lineWidth: 0 });
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** sitemap.xml for the given page paths (absolute URLs need the site's address). */
export function sitemap(siteUrl: string, paths: string[]): string {
  const urls = paths.map((p) => `  <url><loc>${xml(siteUrl + p)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

/** Atom feed of the entries most recently added or changed. */
export function atomFeed(entries: Entry[], dates: Map<string, { published: string; updated: string }>, siteUrl: string, base: string, limit = 50): string {
  const sorted = [...entries].sort((a, b) => (dates.get(b.slug)?.updated ?? '').localeCompare(dates.get(a.slug)?.updated ?? '')).slice(0, limit);
  const updated = sorted[0] ? dates.get(sorted[0].slug)?.updated ?? new Date().toISOString() : new Date().toISOString();
  const items = sorted
    .map((e) => {
      const d = dates.get(e.slug);
      const href = `${siteUrl}${base}/exporters/${e.slug}/`;
      return `  <entry>\n    <id>tag:exporterhub,2026:${e.slug}</id>\n    <title>${xml(e.name)}</title>\n    <link href="${xml(href)}"/>\n    <published>${d?.published ?? updated}</published>\n    <updated>${d?.updated ?? updated}</updated>\n    <summary>${xml(e.description)}</summary>\n  </entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <id>tag:exporterhub,2026:catalogue</id>\n  <title>ExporterHub: exporters added or changed</title>\n  <link rel="self" href="${xml(`${siteUrl}${base}/feed.xml`)}"/>\n  <link href="${xml(`${siteUrl}${base}/`)}"/>\n  <updated>${updated}</updated>\n${items}\n</feed>\n`;
}
