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
  /**
   * Against the captured inventory (metrics.json): 'verified' when every metric was seen on a running
   * exporter, 'allowed' when some exist only in setups the live run cannot have, null without inventory.
   */
  verified: 'verified' | 'allowed' | null;
}

export interface Verification {
  exporter: string;
  version: string;
  source: string;
  checked: string;
  familyCount: number;
  /** Metrics used by rules that the live run could not show, with the reason. */
  allowed: Record<string, string>;
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
