// The table of validator codes (one place, tldr-lint style) and the Problem record every check emits.
// Each code has a title, the fix, and a wrong/right example used by the docs page and the fixtures.

export type Severity = 'error' | 'warning';

export interface CodeInfo {
  severity: Severity;
  title: string;
  fix: string;
}

export const CODES = {
  E001: { severity: 'error', title: 'README.md or its front matter is missing', fix: 'Start lists/<slug>/README.md with a front matter block between two lines of three dashes (---).' },
  E002: { severity: 'error', title: 'Front matter is not valid YAML', fix: 'Correct the YAML syntax at the line given (indentation, quotes, a missing colon).' },
  E003: { severity: 'error', title: 'Unknown front-matter key', fix: 'Remove the key or rename it to one of the documented fields (docs/fields.md).' },
  E004: { severity: 'error', title: 'Unknown category', fix: 'Use one of the category ids in lib/categories.ts.' },
  E005: { severity: 'error', title: 'Required field missing', fix: 'Add the field to the front matter.' },
  E006: { severity: 'error', title: 'Field has the wrong type or value', fix: 'Give the field a value of the documented type (see docs/fields.md).' },
  E007: { severity: 'error', title: 'Description too long or not one sentence', fix: 'Write one sentence of at most 160 characters.' },
  E008: { severity: 'error', title: 'Invalid slug (folder name)', fix: 'Rename the folder to lowercase a-z, 0-9 and "-", starting with a letter or digit.' },
  E009: { severity: 'error', title: 'URL is not a valid https URL', fix: 'Use a full https:// URL.' },
  E010: { severity: 'error', title: 'Duplicate name', fix: 'Give each entry a unique name; merge the entries if they are the same project.' },
  E011: { severity: 'error', title: 'Duplicate repository', fix: 'Each repository is listed once; merge the entries or fix the URL.' },
  E012: { severity: 'error', title: 'Duplicate slug', fix: 'Two folders differ only in letter case; keep one.' },
  E013: { severity: 'error', title: 'replaced_by names no entry', fix: 'Use the slug (folder name) of an existing entry, or remove replaced_by.' },
  E014: { severity: 'error', title: 'replaced_by without a matching status', fix: 'Set status to deprecated, archived or unmaintained, or remove replaced_by.' },
  E015: { severity: 'error', title: 'Unexpected file in the entry folder', fix: 'An entry folder holds README.md and optionally rules.test.yml and metrics.json; move other files out.' },
  E016: { severity: 'error', title: 'Missing or empty Install section', fix: 'Add "## Install" with at least one "###" method and a code block.' },
  E017: { severity: 'error', title: 'Install method without a code block', fix: 'Give each "###" install method at least one fenced code block.' },
  E018: { severity: 'error', title: 'Empty section', fix: 'Write content under the heading or remove it.' },
  E019: { severity: 'error', title: 'Raw HTML in Markdown', fix: 'Use Markdown instead of HTML; raw HTML is removed when the page is rendered.' },
  E020: { severity: 'error', title: 'Alert rule block is not valid YAML', fix: 'Correct the YAML in the ```yaml block at the line given.' },
  E021: { severity: 'error', title: 'Alert rule has a missing or unknown key', fix: 'A rule has alert, expr, optional for, labels.severity, annotations.summary and annotations.description.' },
  E022: { severity: 'error', title: 'Unknown severity', fix: 'Use labels.severity: critical, warning or info.' },
  E023: { severity: 'error', title: 'expr is not valid PromQL', fix: 'Correct the PromQL expression; test it in the Prometheus expression browser.' },
  E024: { severity: 'error', title: 'Duplicate alert name in an entry', fix: 'Give each alert in the entry its own name.' },
  E025: { severity: 'error', title: 'Alert rule needs exactly one yaml block', fix: 'Put exactly one ```yaml block with one rule under each "###" rule heading.' },
  E026: { severity: 'error', title: 'Alert rule without an explanation', fix: 'Write a paragraph that says what the alert means and what to check first.' },
  E027: { severity: 'error', title: 'Invalid duration', fix: 'Use a Prometheus duration such as 30s, 5m, 1h.' },
  E028: { severity: 'error', title: 'Dashboard item is not a link', fix: 'Write each dashboard as a list item with a Markdown link: - [Title](https://grafana.com/grafana/dashboards/1860).' },
  E029: { severity: 'error', title: 'Alert name is not a valid identifier', fix: 'Use a CamelCase name of letters, digits and underscores, e.g. NodeFilesystemAlmostFull.' },
  W001: { severity: 'warning', title: 'Description does not end with a period', fix: 'End the one-sentence description with a period.' },
  W002: { severity: 'warning', title: 'Exporter with alert rules but no dashboard', fix: 'Add a verified dashboard link under "## Dashboards" if one exists.' },
  W003: { severity: 'warning', title: 'Fewer than three alert rules', fix: 'Consider adding rules for the exporter being down and the most common failures.' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

export interface Problem {
  file: string; // path relative to the project root, e.g. lists/node-exporter/README.md
  line: number; // 1-based
  code: Code;
  message: string; // says what is wrong and how to fix it
}

export function problemSeverity(p: Problem): Severity {
  return CODES[p.code].severity;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.code} ${p.message}`;
}
