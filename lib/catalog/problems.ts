// The table of validator codes (one place, tldr-lint style) and the Problem record every check emits.
// Each code has a title, the fix, and a wrong/right example used by the docs page and the fixtures.

export type Severity = 'error' | 'warning';

export interface CodeInfo {
  severity: Severity;
  title: string;
  fix: string;
  /** A wrong and a right example, shown on the error-code reference page. */
  wrong: string;
  right: string;
}

export const CODES = {
  E001: { severity: 'error', title: 'README.md or its front matter is missing', fix: 'Start lists/<slug>/README.md with a front matter block between two lines of three dashes (---).', wrong: "# Node exporter\n\nExposes host metrics.", right: "---\nname: Node exporter\n…\n---\n\n# Node exporter" },
  E002: { severity: 'error', title: 'Front matter is not valid YAML', fix: 'Correct the YAML syntax at the line given (indentation, quotes, a missing colon).', wrong: "name: [Node exporter", right: "name: Node exporter" },
  E003: { severity: 'error', title: 'Unknown front-matter key', fix: 'Remove the key or rename it to one of the documented fields (docs/fields.md).', wrong: "maintainer: somebody", right: "(remove the key)" },
  E004: { severity: 'error', title: 'Unknown category', fix: 'Use one of the category ids in lib/categories.ts.', wrong: "category: database", right: "category: databases" },
  E005: { severity: 'error', title: 'Required field missing', fix: 'Add the field to the front matter.', wrong: "description: Exposes host metrics.\n(no name: line)", right: "name: Node exporter\ndescription: Exposes host metrics." },
  E006: { severity: 'error', title: 'Field has the wrong type or value', fix: 'Give the field a value of the documented type (see docs/fields.md).', wrong: "official: \"no\"\nport: \"9100\"", right: "official: false\nport: 9100" },
  E007: { severity: 'error', title: 'Description too long or not one sentence', fix: 'Write one sentence of at most 160 characters.', wrong: "description: Exposes host metrics. It is written in Go.", right: "description: Exposes hardware and kernel metrics of Linux hosts." },
  E008: { severity: 'error', title: 'Invalid slug (folder name)', fix: 'Rename the folder to lowercase a-z, 0-9 and "-", starting with a letter or digit.', wrong: "lists/Node_Exporter/README.md", right: "lists/node-exporter/README.md" },
  E009: { severity: 'error', title: 'URL is not a valid https URL', fix: 'Use a full https:// URL.', wrong: "repository: github.com/prometheus/node_exporter", right: "repository: https://github.com/prometheus/node_exporter" },
  E010: { severity: 'error', title: 'Duplicate name', fix: 'Give each entry a unique name; merge the entries if they are the same project.', wrong: "name: Redis exporter   (in two folders)", right: "name: Redis exporter (oliver006)" },
  E011: { severity: 'error', title: 'Duplicate repository', fix: 'Each repository is listed once; merge the entries or fix the URL.', wrong: "repository: https://github.com/prometheus/node_exporter   (in two folders)", right: "one folder per repository" },
  E012: { severity: 'error', title: 'Duplicate slug', fix: 'Two folders differ only in letter case; keep one.', wrong: "lists/node-exporter/ and lists/Node-exporter/", right: "lists/node-exporter/" },
  E013: { severity: 'error', title: 'replaced_by names no entry', fix: 'Use the slug (folder name) of an existing entry, or remove replaced_by.', wrong: "status: deprecated\nreplaced_by: haproxy-native", right: "status: deprecated\nreplaced_by: haproxy" },
  E014: { severity: 'error', title: 'replaced_by without a matching status', fix: 'Set status to deprecated, archived or unmaintained, or remove replaced_by.', wrong: "replaced_by: node-exporter", right: "status: deprecated\nreplaced_by: node-exporter" },
  E015: { severity: 'error', title: 'Unexpected file in the entry folder', fix: 'An entry folder holds README.md and optionally rules.test.yml and metrics.json; move other files out.', wrong: "lists/node-exporter/notes.txt", right: "lists/node-exporter/README.md (and rules.test.yml, metrics.json)" },
  E016: { severity: 'error', title: 'Missing or empty Install section', fix: 'Add "## Install" with at least one "###" method and a code block.', wrong: "## Setup\n\nRun the binary.", right: "## Install\n\n### Binary\n\n```bash\n./node_exporter\n```" },
  E017: { severity: 'error', title: 'Install method without a code block', fix: 'Give each "###" install method at least one fenced code block.', wrong: "### Docker\n\nUse the official image.", right: "### Docker\n\n```bash\ndocker run -d -p 9100:9100 quay.io/prometheus/node-exporter\n```" },
  E018: { severity: 'error', title: 'Empty section', fix: 'Write content under the heading or remove it.', wrong: "## Notes\n\n## Install", right: "## Install" },
  E019: { severity: 'error', title: 'Raw HTML in Markdown', fix: 'Use Markdown instead of HTML; raw HTML is removed when the page is rendered.', wrong: "<b>Note:</b> needs root.", right: "**Note:** needs root." },
  E020: { severity: 'error', title: 'Alert rule block is not valid YAML', fix: 'Correct the YAML in the ```yaml block at the line given.', wrong: "expr: [up == 0", right: "expr: up == 0" },
  E021: { severity: 'error', title: 'Alert rule has a missing or unknown key', fix: 'A rule has alert, expr, optional for, labels.severity, annotations.summary and annotations.description.', wrong: "alert: RedisDown\nexpr: redis_up == 0\nlabels:\n  severity: critical", right: "alert: RedisDown\nexpr: redis_up == 0\nlabels:\n  severity: critical\nannotations:\n  summary: Redis is down\n  description: The exporter cannot reach Redis." },
  E022: { severity: 'error', title: 'Unknown severity', fix: 'Use labels.severity: critical, warning or info.', wrong: "labels:\n  severity: page", right: "labels:\n  severity: critical" },
  E023: { severity: 'error', title: 'expr is not valid PromQL', fix: 'Correct the PromQL expression; test it in the Prometheus expression browser.', wrong: "expr: rate(http_requests_total[5m] > 1", right: "expr: rate(http_requests_total[5m]) > 1" },
  E024: { severity: 'error', title: 'Duplicate alert name in an entry', fix: 'Give each alert in the entry its own name.', wrong: "alert: RedisDown   (twice)", right: "alert: RedisDown\n…\nalert: RedisReplicaDown" },
  E025: { severity: 'error', title: 'Alert rule needs exactly one yaml block', fix: 'Put exactly one ```yaml block with one rule under each "###" rule heading.', wrong: "### Redis is down\n\n```yaml\nalert: RedisDown\n```\n```yaml\nalert: RedisDown2\n```", right: "### Redis is down\n\nExplanation.\n\n```yaml\nalert: RedisDown\n…\n```" },
  E026: { severity: 'error', title: 'Alert rule without an explanation', fix: 'Write a paragraph that says what the alert means and what to check first.', wrong: "### Redis is down\n\n```yaml\nalert: RedisDown\n…\n```", right: "### Redis is down\n\nThe exporter cannot reach Redis; check that it runs.\n\n```yaml\nalert: RedisDown\n…\n```" },
  E027: { severity: 'error', title: 'Invalid duration', fix: 'Use a Prometheus duration such as 30s, 5m, 1h.', wrong: "for: 10 minutes", right: "for: 10m" },
  E028: { severity: 'error', title: 'Dashboard item is not a link', fix: 'Write each dashboard as a list item with a Markdown link: - [Title](https://grafana.com/grafana/dashboards/1860).', wrong: "- Node Exporter Full, ID 1860", right: "- [Node Exporter Full](https://grafana.com/grafana/dashboards/1860)" },
  E029: { severity: 'error', title: 'Alert name is not a valid identifier', fix: 'Use a CamelCase name of letters, digits and underscores, e.g. NodeFilesystemAlmostFull.', wrong: "alert: Redis down", right: "alert: RedisDown" },
  E030: { severity: 'error', title: 'Template text left in the entry', fix: 'Replace every placeholder from lists/_template/README.md with the real facts, or remove the section.', wrong: "repository: https://github.com/OWNER/REPOSITORY", right: "repository: https://github.com/prometheus/node_exporter" },
  E031: { severity: 'error', title: 'metrics.json is not a valid inventory', fix: 'Regenerate a live inventory with npm run verify:live, or write a source inventory as docs/metric-inventory.md describes.', wrong: '{"exporter": "node_exporter"}', right: '{"method": "source", "exporter": "…", "repository": "https://github.com/…", "ref": "v1.2.0", "commit": "…", "files": […], "checked": "2026-12-02", "families": […]}' },
  E032: { severity: 'error', title: 'Alert rule uses a metric the exporter does not expose', fix: 'Use the metric name from the inventory (lists/<slug>/metrics.json, or the Metrics page of the entry); a metric that exists only in some setups is listed there with its condition.', wrong: 'expr: node_filesystem_free_percent < 10', right: 'expr: node_filesystem_avail_bytes / node_filesystem_size_bytes < 0.10' },
  E033: { severity: 'error', title: 'Alert rules without a metric inventory', fix: 'Add lists/<slug>/metrics.json: npm run verify:live writes it for exporters in the live lab; otherwise read the metrics from the exporter\'s source at a tag (docs/metric-inventory.md).', wrong: 'lists/foo-exporter/README.md with ## Alert rules and no metrics.json', right: 'lists/foo-exporter/README.md and lists/foo-exporter/metrics.json' },
  E034: { severity: 'error', title: 'Not a regular file', fix: 'Commit the file itself: a symbolic link, FIFO or device in lists/ is never read.', wrong: 'lists/foo-exporter/README.md -> /etc/passwd', right: 'lists/foo-exporter/README.md (a regular file)' },
  E035: { severity: 'error', title: 'File too large', fix: 'Keep README.md under 256 KiB, rules.test.yml under 512 KiB and metrics.json under 2 MiB; move long reference material to upstream docs and link to it.', wrong: 'a 3 MB README.md', right: 'a README.md of a few dozen KiB' },
  E036: { severity: 'error', title: 'File is not valid UTF-8', fix: 'Save the file as UTF-8 (without a byte-order mark is best).', wrong: 'README.md saved as Latin-1 with a byte 0xE9 for "é"', right: 'README.md saved as UTF-8' },
  W001: { severity: 'warning', title: 'Description does not end with a period', fix: 'End the one-sentence description with a period.', wrong: "description: Exposes host metrics", right: "description: Exposes host metrics." },
  W002: { severity: 'warning', title: 'Exporter with alert rules but no dashboard', fix: 'Add a verified dashboard link under "## Dashboards" if one exists.', wrong: "## Alert rules … (no ## Dashboards)", right: "## Dashboards\n\n- [Node Exporter Full](https://grafana.com/grafana/dashboards/1860)" },
  W003: { severity: 'warning', title: 'Fewer than three alert rules', fix: 'Consider adding rules for the exporter being down and the most common failures.', wrong: "## Alert rules with two rules", right: "## Alert rules with three or more rules" },
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

/** One row of the code table as plain data, for the reference page. */
export interface CodeEntry extends CodeInfo {
  code: Code;
}

export function codeEntries(): CodeEntry[] {
  return (Object.keys(CODES) as Code[]).map((code) => ({ code, ...CODES[code] }));
}
