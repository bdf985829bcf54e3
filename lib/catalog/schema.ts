// The schema of an entry's front matter and of one alert rule: the single source for types,
// validation, the field reference (docs/fields.md) and the published JSON Schema.
import { z } from 'zod';
import { CATEGORY_IDS } from '../categories';

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const DESCRIPTION_MAX = 160;
export const URL_MAX = 300;

const httpsUrl = z.url({ protocol: /^https$/ }).max(URL_MAX);

export const KINDS = ['exporter', 'native', 'client-library'] as const;
export const STATUSES = ['active', 'unmaintained', 'deprecated', 'archived'] as const;
export const SEVERITIES = ['critical', 'warning', 'info'] as const;

/** One documented front-matter field: its schema plus the words the field reference shows. */
export const FIELDS = {
  name: { required: true, schema: z.string().trim().min(1).max(100), example: 'Node exporter', doc: 'The project name as people know it, at most 100 characters. Unique across the catalogue.' },
  description: { required: true, schema: z.string().trim().min(1).max(DESCRIPTION_MAX), example: 'Exposes hardware and kernel metrics of Linux and Unix hosts.', doc: `One sentence in your own words, at most ${DESCRIPTION_MAX} characters, saying what it monitors.` },
  category: { required: true, schema: z.enum(CATEGORY_IDS), example: 'hardware', doc: 'One id from the controlled vocabulary in lib/categories.ts.' },
  repository: { required: true, schema: httpsUrl, example: 'https://github.com/prometheus/node_exporter', doc: `https URL of the source repository, at most ${URL_MAX} characters. Unique across the catalogue.` },
  official: { required: true, schema: z.boolean(), example: 'true', doc: 'true only for repositories in the github.com/prometheus organisation, as the Prometheus docs mark them. prometheus-community repositories get their own badge from the URL.' },
  kind: { required: true, schema: z.enum(KINDS), example: 'exporter', doc: 'exporter (a separate program that translates metrics), native (software exposing Prometheus metrics itself) or client-library.' },
  homepage: { required: false, schema: httpsUrl, example: 'https://caddyserver.com/docs/metrics', doc: `https URL of the documentation page, when it is not the repository; at most ${URL_MAX} characters.` },
  port: { required: false, schema: z.int().min(1).max(65535), example: '9100', doc: 'Default listen port of the metrics endpoint, as upstream states it.' },
  language: { required: false, schema: z.string().trim().min(1).max(40), example: 'Go', doc: 'Main implementation language, at most 40 characters.' },
  license: { required: false, schema: z.string().max(100).regex(/^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$/), example: 'Apache-2.0', doc: 'SPDX licence identifier, as the repository states it (at most 100 characters).' },
  docker_image: { required: false, schema: z.string().max(200).regex(/^[a-z0-9]([a-z0-9._/-]*[a-z0-9])?(:[0-9]+)?([a-z0-9._/-]*)$/), example: 'quay.io/prometheus/node-exporter', doc: 'Container image name without a tag, as upstream publishes it (at most 200 characters).' },
  helm_chart: { required: false, schema: z.string().max(120).regex(/^[a-z0-9-]+\/[a-z0-9-]+$/), example: 'prometheus-community/prometheus-node-exporter', doc: 'Helm chart as <repository>/<chart>, at most 120 characters.' },
  tags: { required: false, schema: z.array(z.string().max(40).regex(/^[a-z0-9][a-z0-9.+-]*$/)).max(30), example: '[linux, host]', doc: 'Lowercase keywords that help search: at most 30, each at most 40 characters.' },
  aliases: { required: false, schema: z.array(z.string().trim().min(1).max(100)).max(30), example: '[node_exporter]', doc: 'Other names people search for: at most 30, each at most 100 characters.' },
  status: { required: false, schema: z.enum(STATUSES), example: 'deprecated', doc: 'active, unmaintained (with evidence in a YAML comment), deprecated (upstream says so) or archived (repository archived). Leave it out when unknown.' },
  replaced_by: { required: false, schema: z.string().max(100).regex(SLUG_PATTERN), example: 'node-exporter', doc: 'Slug of the entry that replaces this one; only with status deprecated, archived or unmaintained.' },
} as const;

export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

export const frontMatterSchema = z.strictObject({
  name: FIELDS.name.schema,
  description: FIELDS.description.schema,
  category: FIELDS.category.schema,
  repository: FIELDS.repository.schema,
  official: FIELDS.official.schema,
  kind: FIELDS.kind.schema,
  homepage: FIELDS.homepage.schema.optional(),
  port: FIELDS.port.schema.optional(),
  language: FIELDS.language.schema.optional(),
  license: FIELDS.license.schema.optional(),
  docker_image: FIELDS.docker_image.schema.optional(),
  helm_chart: FIELDS.helm_chart.schema.optional(),
  tags: FIELDS.tags.schema.optional(),
  aliases: FIELDS.aliases.schema.optional(),
  status: FIELDS.status.schema.optional(),
  replaced_by: FIELDS.replaced_by.schema.optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export const DURATION_PATTERN = /^(\d+(ms|s|m|h|d|w|y))+$/;

/** Limits on one alert rule, stated in docs/content-format.md: generous for real rules, bounded for hostile ones. */
export const RULE_LIMITS = { alert: 120, expr: 4000, labelValue: 200, summary: 300, description: 1000, annotation: 2000, keys: 20 } as const;

export const alertRuleSchema = z.strictObject({
  alert: z.string().max(RULE_LIMITS.alert).regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  expr: z.string().trim().min(1).max(RULE_LIMITS.expr),
  for: z.string().max(20).regex(DURATION_PATTERN).optional(),
  labels: z
    .object({ severity: z.enum(SEVERITIES) })
    .catchall(z.string().max(RULE_LIMITS.labelValue))
    .check(z.refine((o) => Object.keys(o).length <= RULE_LIMITS.keys, { message: `labels has more than ${RULE_LIMITS.keys} keys` })),
  annotations: z
    .object({ summary: z.string().trim().min(1).max(RULE_LIMITS.summary), description: z.string().trim().min(1).max(RULE_LIMITS.description) })
    .catchall(z.string().max(RULE_LIMITS.annotation))
    .check(z.refine((o) => Object.keys(o).length <= RULE_LIMITS.keys, { message: `annotations has more than ${RULE_LIMITS.keys} keys` })),
});

export type AlertRuleDefinition = z.infer<typeof alertRuleSchema>;
