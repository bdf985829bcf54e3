// The typed content model that pages receive: a full Entry for its own page and a small
// ExporterSummary for lists and search. Values are JSON-serialisable (null, never undefined).
import type { CategoryId } from '../categories';
import type { AlertRuleDefinition, FrontMatter } from './schema';

export type Kind = FrontMatter['kind'];
export type Status = NonNullable<FrontMatter['status']>;
export type RuleSeverity = AlertRuleDefinition['labels']['severity'];

export interface InstallMethod {
  id: string;
  title: string;
  html: string;
}

export interface Section {
  id: string;
  title: string;
  html: string;
}

export interface AlertRule {
  title: string;
  name: string;
  severity: 'critical' | 'warning' | 'info';
  for: string | null;
  explanationHtml: string;
  /** The rule exactly as written in the README's yaml block. */
  yaml: string;
  definition: AlertRuleDefinition;
  /** Metric names used in expr, from the PromQL syntax tree. */
  metrics: string[];
  line: number;
  /** How the rule's metric names were checked: against a live or a source inventory (metrics.json). */
  verified: 'live' | 'source' | null;
  /** Metrics of the rule that exist only in some setups, each with its condition (from the inventory). */
  conditions: { metric: string; condition: string }[];
}

export interface Verification {
  method: 'live' | 'source';
  exporter: string;
  version: string;
  /** One line on how the inventory was made ("captured live from … on …"). */
  origin: string;
  checked: string;
  familyCount: number;
  /** For a source inventory: the repository, tag or branch and commit read. */
  repository: string | null;
  ref: string | null;
  commit: string | null;
}

export interface Dashboard {
  title: string;
  url: string;
  grafanaId: number | null;
  note: string;
}

export interface Entry {
  slug: string;
  file: string;
  name: string;
  description: string;
  category: CategoryId;
  repository: string;
  homepage: string | null;
  official: boolean;
  community: boolean;
  kind: Kind;
  port: number | null;
  language: string | null;
  license: string | null;
  dockerImage: string | null;
  helmChart: string | null;
  tags: string[];
  aliases: string[];
  status: Status | null;
  replacedBy: string | null;
  introHtml: string;
  installIntroHtml: string;
  install: InstallMethod[];
  rules: AlertRule[];
  dashboards: Dashboard[];
  sections: Section[];
  verification: Verification | null;
}

export interface ExporterSummary {
  slug: string;
  name: string;
  description: string;
  category: CategoryId;
  official: boolean;
  community: boolean;
  kind: Kind;
  port: number | null;
  status: Status | null;
  ruleCount: number;
  dashboardCount: number;
  aliases: string[];
  tags: string[];
  verified: boolean;
}

export interface Catalog {
  entries: Entry[];
}
