// Parses and checks one entry: lists/<slug>/README.md text → Entry plus every Problem found in it.
// Front-matter problems point at the offending key; body problems at the offending heading or code block.
import matter from 'gray-matter';
import { LineCounter, parseDocument, isAlias, isMap, isScalar, isPair, type Document } from 'yaml';
import type { Code as CodeNode, Heading, List, Link, Root as MdastRoot, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { z } from 'zod';
import { CATEGORY_IDS } from '../categories';
import { alertRuleSchema, DESCRIPTION_MAX, URL_MAX, FIELD_NAMES, frontMatterSchema, SEVERITIES, SLUG_PATTERN, type FrontMatter } from './schema';
import type { AlertRule, Dashboard, Entry, InstallMethod, Section } from './types';
import type { Code, Problem } from './problems';
import { renderMarkdown } from './markdown';
import { findPromqlError, metricNames } from './promql';

/** Text from lists/_template/README.md that must not survive in a real entry. */
export const TEMPLATE_MARKERS = ['OWNER/REPOSITORY', 'One sentence, in your own words', './EXPORTER --help', 'PORT:PORT IMAGE', 'dashboards/ID)', 'SystemSomethingWrong', 'A human title for the first rule', 'quay.io/OWNER/IMAGE'];

export interface ParsedEntry {
  entry: Entry | null;
  problems: Problem[];
  /** Line of each top-level front-matter key, for problems found later across entries. */
  keyLines: Record<string, number>;
}

const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Lines of the file that precede `text.slice(offset)`. */
function linesBefore(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function lineOf(node: { position?: { start: { line: number } } }, offset: number): number {
  return (node.position?.start.line ?? 1) + offset;
}

export function anchorId(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

class ProblemList {
  readonly items: Problem[] = [];
  constructor(private readonly file: string) {}
  add(line: number, code: Code, message: string): void {
    this.items.push({ file: this.file, line, code, message });
  }
  get hasErrors(): boolean {
    return this.items.some((p) => p.code.startsWith('E'));
  }
}

// ---------- YAML from contributors ----------

/** Limits on YAML structure: an entry's front matter and a rule are a few levels deep at most. */
export const YAML_MAX_DEPTH = 16;
export const YAML_MAX_ALIASES = 20;

type Converted = { ok: true; data: unknown } | { ok: false; line: number; message: string };

/** Deepest nesting of collections in a parsed document, walked without recursion. */
function depthOf(doc: Document): { depth: number; offset: number } {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  let deepest = { depth: 0, offset: 0 };
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!node || typeof node !== 'object' || !('items' in node) || !Array.isArray(node.items)) continue;
    if (depth > deepest.depth) {
      const range: unknown = 'range' in node ? node.range : null;
      deepest = { depth, offset: Array.isArray(range) && typeof range[0] === 'number' ? range[0] : 0 };
      if (depth > YAML_MAX_DEPTH) return deepest;
    }
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      } else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return deepest;
}

/**
 * Turns a parsed YAML document into data within the limits: too deep a nesting or too many aliases
 * (an alias bomb) becomes a problem at its line, never an exception.
 */
function yamlToData(doc: Document, lc: LineCounter): Converted {
  const deep = depthOf(doc);
  if (deep.depth > YAML_MAX_DEPTH) return { ok: false, line: lc.linePos(deep.offset).line, message: `YAML nested more than ${YAML_MAX_DEPTH} levels deep; flatten it` };
  let aliases = 0;
  let firstAlias = Number.MAX_SAFE_INTEGER;
  visitAliases(doc, (offset) => {
    firstAlias = Math.min(firstAlias, offset);
    aliases++;
  });
  if (aliases === 0) firstAlias = 0;
  if (aliases > YAML_MAX_ALIASES) return { ok: false, line: lc.linePos(firstAlias).line, message: `YAML uses ${aliases} aliases (*name), more than ${YAML_MAX_ALIASES}; write the values out` };
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: YAML_MAX_ALIASES }) };
  } catch {
    return { ok: false, line: lc.linePos(firstAlias).line, message: 'YAML aliases expand to too much data; write the values out instead of using anchors (&name) and aliases (*name)' };
  }
}

function visitAliases(doc: Document, found: (offset: number) => void): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (isAlias(node)) {
      found(node.range?.[0] ?? 0);
      continue;
    }
    if (isPair(node)) stack.push(node.key, node.value);
    else if ('items' in node && Array.isArray(node.items)) for (const item of node.items as unknown[]) stack.push(item);
  }
}

// ---------- front matter ----------

/** Line (1-based, in the matter string) of a top-level key, or of the value at `path`. */
function lineOfPath(doc: Document, lc: LineCounter, path: PropertyKey[], preferKey: boolean): number | null {
  if (path.length === 0) return null;
  const contents = doc.contents;
  if (!isMap(contents)) return null;
  if (path.length === 1 || preferKey) {
    const pair = contents.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === path[0]);
    const range = pair && isScalar(pair.key) ? pair.key.range : null;
    if (range) return lc.linePos(range[0]).line;
    return null;
  }
  const node = doc.getIn(path.map((p) => (typeof p === 'symbol' ? String(p) : p)), true);
  if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
    const start: unknown = node.range[0];
    if (typeof start === 'number') return lc.linePos(start).line;
  }
  return lineOfPath(doc, lc, path.slice(0, 1), true);
}

/** A value as a message may show it: quoted, on one line, at most 60 characters. */
export function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  const text = typeof value === 'string' ? value : String(value);
  const flat = text.replace(/\s+/g, ' ');
  const shown = flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
  return typeof value === 'string' ? `"${shown.replace(/"/g, '\\"')}"${text.length > 60 ? ` (${text.length} characters)` : ''}` : shown;
}

function describeValue(value: unknown): string {
  if (value === undefined || value === null || typeof value === 'object') return preview(value);
  return `${typeof value} ${preview(value)}`;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function checkFrontMatter(data: unknown, doc: Document, lc: LineCounter, problems: ProblemList): FrontMatter | null {
  const result = frontMatterSchema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    reportFrontMatterIssue(issue, data, doc, lc, problems);
  }
  return null;
}

function reportFrontMatterIssue(issue: z.core.$ZodIssue, data: unknown, doc: Document, lc: LineCounter, problems: ProblemList): void {
  const field = String(issue.path[0] ?? '');
  const got = valueAt(data, issue.path);
  const at = (key: boolean) => lineOfPath(doc, lc, issue.path, key) ?? 1;
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      const line = lineOfPath(doc, lc, [key], true) ?? 1;
      problems.add(line, 'E003', `unknown key "${key}"; remove it or use one of: ${FIELD_NAMES.join(', ')}`);
    }
    return;
  }
  if (issue.path.length === 0) {
    problems.add(1, 'E006', `front matter must be a mapping of fields (got ${describeValue(data)}); write "key: value" lines`);
    return;
  }
  if (got === undefined && issue.path.length === 1) {
    problems.add(1, 'E005', `required field "${field}" is missing; add "${field}:" to the front matter`);
    return;
  }
  if (field === 'category') {
    problems.add(at(false), 'E004', `category ${preview(got)} is not known; use one of: ${CATEGORY_IDS.join(', ')}`);
    return;
  }
  if (field === 'description' && (issue.code === 'too_big' || issue.code === 'too_small')) {
    const len = typeof got === 'string' ? got.trim().length : 0;
    problems.add(at(false), 'E007', `description is ${len} characters; write one sentence of 1 to ${DESCRIPTION_MAX} characters`);
    return;
  }
  if ((field === 'repository' || field === 'homepage') && issue.code !== 'invalid_type') {
    if (issue.code === 'too_big') {
      problems.add(at(false), 'E006', `${field} is ${typeof got === 'string' ? got.length : 0} characters; at most ${URL_MAX} are allowed`);
      return;
    }
    problems.add(at(false), 'E009', `${field} ${preview(got)} is not an https URL; write it as https://…`);
    return;
  }
  if (issue.code === 'too_big' && typeof got === 'string') {
    problems.add(at(false), 'E006', `${issue.path.join('.')} is ${got.length} characters; at most ${String(issue.maximum)} are allowed`);
    return;
  }
  if (issue.code === 'too_big' && Array.isArray(got)) {
    problems.add(at(false), 'E006', `${issue.path.join('.')} has ${got.length} items; at most ${String(issue.maximum)} are allowed`);
    return;
  }
  const expected = issue.code === 'invalid_value' ? `one of: ${issue.values.map(String).join(', ')}` : issue.code === 'invalid_type' ? `a value of type ${issue.expected}` : issue.message.toLowerCase();
  problems.add(at(false), 'E006', `${issue.path.join('.')} is ${describeValue(got)}; expected ${expected}`);
}

// ---------- body ----------

interface Chunk {
  heading: Heading | null;
  title: string;
  nodes: RootContent[];
}

/** Splits nodes at headings of the given depth; content before the first such heading has heading null. */
function splitAt(nodes: RootContent[], depth: number): Chunk[] {
  const chunks: Chunk[] = [{ heading: null, title: '', nodes: [] }];
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === depth) {
      chunks.push({ heading: node, title: toString(node).trim(), nodes: [] });
    } else {
      chunks[chunks.length - 1].nodes.push(node);
    }
  }
  return chunks;
}

function parseInstall(chunk: Chunk, offset: number, problems: ProblemList): { intro: string; methods: InstallMethod[] } {
  const [intro, ...methods] = splitAt(chunk.nodes, 3);
  const line = lineOf(chunk.heading ?? {}, offset);
  if (methods.length === 0) {
    problems.add(line, 'E016', 'the Install section has no "###" method; add e.g. "### Binary" or "### Docker" with a code block');
  }
  const result: InstallMethod[] = [];
  for (const m of methods) {
    if (!m.nodes.some((n) => n.type === 'code')) {
      problems.add(lineOf(m.heading ?? {}, offset), 'E017', `install method ${preview(m.title)} has no code block; add a fenced block with the commands`);
    }
    result.push({ id: anchorId(`install-${m.title}`), title: m.title, html: renderMarkdown(m.nodes) });
  }
  return { intro: renderMarkdown(intro.nodes), methods: result };
}

function parseRule(chunk: Chunk, offset: number, problems: ProblemList): AlertRule | null {
  const headingLine = lineOf(chunk.heading ?? {}, offset);
  const codes = chunk.nodes.filter((n): n is CodeNode => n.type === 'code');
  const prose = chunk.nodes.filter((n) => n.type !== 'code');
  if (codes.length !== 1 || (codes[0].lang !== 'yaml' && codes[0].lang !== 'yml')) {
    const where = codes.length > 0 ? lineOf(codes[codes.length > 1 ? 1 : 0], offset) : headingLine;
    problems.add(where, 'E025', `rule ${preview(chunk.title)} has ${codes.length} code block(s)${codes.length === 1 ? ` of language "${codes[0].lang ?? 'none'}"` : ''}; put exactly one \`\`\`yaml block with one rule under the heading`);
    return null;
  }
  if (!prose.some((n) => n.type === 'paragraph' || n.type === 'list') ) {
    problems.add(headingLine, 'E026', `rule ${preview(chunk.title)} has no explanation; write a paragraph on what it means and what to check first`);
  }
  const code = codes[0];
  // The code block's content starts on the line after its opening fence.
  const blockLine = lineOf(code, offset) + 1;
  const lc = new LineCounter();
  const doc = parseDocument(code.value, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = blockLine + lc.linePos(err.pos[0]).line - 1;
      problems.add(line, 'E020', `rule ${preview(chunk.title)}: ${err.message.split('\n')[0]}; fix the YAML (two-space indentation, quote values that contain ": ")`);
    }
    return null;
  }
  const converted = yamlToData(doc, lc);
  if (!converted.ok) {
    problems.add(blockLine + converted.line - 1, 'E020', `rule ${preview(chunk.title)}: ${converted.message}`);
    return null;
  }
  const data: unknown = converted.data;
  const parsed = alertRuleSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const rel = lineOfPath(doc, lc, issue.path, issue.code === 'unrecognized_keys') ?? 1;
      const line = blockLine + rel - 1;
      const path = issue.path.join('.');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const keyPath = [...issue.path, key];
          const keyLine = blockLine + (lineOfPath(doc, lc, keyPath, true) ?? 1) - 1;
          problems.add(keyLine, 'E021', `rule ${preview(chunk.title)} has unknown key "${keyPath.join('.')}"; a rule has alert, expr, for, labels and annotations`);
        }
      } else if (path === 'labels.severity' && issue.code === 'invalid_value') {
        problems.add(line, 'E022', `severity ${preview(valueAt(data, issue.path))} is not known; use one of: ${SEVERITIES.join(', ')}`);
      } else if (path === 'for') {
        problems.add(line, 'E027', `for: ${preview(valueAt(data, issue.path))} is not a Prometheus duration; use e.g. 5m, 30m, 1h`);
      } else if (path === 'alert' && issue.code !== 'invalid_type') {
        problems.add(line, 'E029', `alert name ${preview(valueAt(data, issue.path))} is not valid; use letters, digits and underscores, e.g. NodeFilesystemAlmostFull`);
      } else if (path.length === 0) {
        problems.add(blockLine, 'E021', `rule ${preview(chunk.title)} must be one YAML mapping with alert, expr, labels and annotations (not a list or a groups: file)`);
      } else {
        const got = valueAt(data, issue.path);
        if (issue.code === 'too_big') {
          problems.add(line, 'E021', `rule ${preview(chunk.title)}: "${path}" is ${typeof got === 'string' ? `${got.length} characters` : 'too large'}; at most ${String(issue.maximum)} are allowed`);
          continue;
        }
        if (issue.code === 'custom') {
          problems.add(line, 'E021', `rule ${preview(chunk.title)}: ${issue.message}`);
          continue;
        }
        problems.add(line, 'E021', got === undefined ? `rule ${preview(chunk.title)} is missing "${path}"; add it` : `rule ${preview(chunk.title)}: "${path}" must be a string (got ${describeValue(got)})`);
      }
    }
    // Report a PromQL mistake in the same run, even though other keys of the rule are wrong.
    const expr = valueAt(data, ['expr']);
    const exprError = typeof expr === 'string' ? findPromqlError(expr) : null;
    if (exprError) {
      const exprLine = blockLine + (lineOfPath(doc, lc, ['expr'], false) ?? 1) - 1;
      problems.add(exprLine, 'E023', `expr of rule ${preview(chunk.title)} is not valid PromQL: ${exprError.message}`);
    }
    return null;
  }
  const def = parsed.data;
  const promqlError = findPromqlError(def.expr);
  if (promqlError) {
    const exprLine = blockLine + (lineOfPath(doc, lc, ['expr'], false) ?? 1) - 1;
    problems.add(exprLine, 'E023', `expr of ${def.alert} is not valid PromQL: ${promqlError.message}`);
    return null;
  }
  return {
    title: chunk.title,
    name: def.alert,
    severity: def.labels.severity === 'critical' || def.labels.severity === 'warning' ? def.labels.severity : 'info',
    for: def.for ?? null,
    explanationHtml: renderMarkdown(prose),
    yaml: code.value,
    definition: def,
    metrics: metricNames(def.expr),
    line: blockLine,
    verified: null,
    conditions: [],
  };
}

function parseRules(chunk: Chunk, offset: number, problems: ProblemList): { intro: string; rules: AlertRule[] } {
  const [intro, ...ruleChunks] = splitAt(chunk.nodes, 3);
  const rules: AlertRule[] = [];
  const seen = new Map<string, number>();
  for (const rc of ruleChunks) {
    const rule = parseRule(rc, offset, problems);
    if (!rule) continue;
    const first = seen.get(rule.name);
    if (first !== undefined) {
      problems.add(rule.line, 'E024', `alert ${rule.name} is defined twice (first at line ${first}); give each alert its own name`);
      continue;
    }
    seen.set(rule.name, rule.line);
    rules.push(rule);
  }
  if (ruleChunks.length === 0) {
    problems.add(lineOf(chunk.heading ?? {}, offset), 'E025', 'the Alert rules section has no "###" rule; add a rule heading, an explanation and one ```yaml block');
  }
  return { intro: renderMarkdown(intro.nodes), rules };
}

const GRAFANA_DASHBOARD = /^https:\/\/grafana\.com\/grafana\/dashboards\/(\d+)(?:[-/][^?#]*)?(?:[?#].*)?$/;

function parseDashboards(chunk: Chunk, offset: number, problems: ProblemList): { dashboards: Dashboard[]; rest: RootContent[] } {
  const dashboards: Dashboard[] = [];
  const rest: RootContent[] = [];
  for (const node of chunk.nodes) {
    if (node.type !== 'list') {
      rest.push(node);
      continue;
    }
    for (const item of (node satisfies List).children) {
      const links: Link[] = [];
      visit(item, 'link', (l: Link) => {
        links.push(l);
      });
      const found = links[0];
      if (found === undefined) {
        problems.add(lineOf(item, offset), 'E028', `dashboard item "${toString(item).slice(0, 60)}" has no link; write - [Title](https://grafana.com/grafana/dashboards/<id>)`);
        continue;
      }
      const id = GRAFANA_DASHBOARD.exec(found.url);
      const title = toString(found).trim();
      const note = toString(item).replace(title, '').replace(/^[\s:–—-]+/, '').trim();
      dashboards.push({ title, url: found.url, grafanaId: id ? Number(id[1]) : null, note });
    }
  }
  return { dashboards, rest };
}

// ---------- the entry ----------

function isCommunity(repository: string): boolean {
  return /^https:\/\/github\.com\/prometheus-community\//i.test(repository);
}

export function parseEntry(text: string, slug: string, file: string): ParsedEntry {
  const problems = new ProblemList(file);
  if (!SLUG_PATTERN.test(slug)) {
    problems.add(1, 'E008', `folder name "${slug}" is not a valid slug; rename it to lowercase a-z, 0-9 and "-" (e.g. "${anchorId(slug) || 'my-exporter'}")`);
  }
  if (!text.startsWith('---')) {
    problems.add(1, 'E001', 'front matter is missing; start the file with "---", the fields (name, description, category, …), and "---"');
    return { entry: null, problems: problems.items, keyLines: {} };
  }
  // gray-matter splits the file; the front matter is parsed here with `yaml` to keep node positions.
  const split = matter(text, { engines: { yaml: { parse: () => ({}), stringify: () => '' } } });
  if (split.content === text) {
    problems.add(1, 'E001', 'front matter is not closed; end it with a line of three dashes (---)');
    return { entry: null, problems: problems.items, keyLines: {} };
  }
  // The matter string starts with the newline after the opening "---", so its line N is the file's line N.
  text.split('\n').forEach((line, i) => {
    // Commented-out optional fields of the template ("# docker_image: …") are fine to keep.
    const marker = /^\s*#\s*[a-z_]+:/.test(line) ? undefined : TEMPLATE_MARKERS.find((m) => line.includes(m));
    if (marker) problems.add(i + 1, 'E030', `template text "${marker}" is still here; replace it with the real facts or remove it`);
  });
  const lc = new LineCounter();
  const fmDoc = parseDocument(split.matter, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const bodyOffset = linesBefore(text, text.length - split.content.length);
  const docErrors = fmDoc.errors;
  if (docErrors.length > 0) {
    for (const err of docErrors) {
      problems.add(lc.linePos(err.pos[0]).line, 'E002', `front matter is not valid YAML: ${err.message.split('\n')[0]}`);
    }
  }
  const converted = docErrors.length > 0 ? null : yamlToData(fmDoc, lc);
  if (converted && !converted.ok) problems.add(converted.line, 'E002', `front matter is not valid here: ${converted.message}`);
  const data: unknown = converted?.ok ? (converted.data ?? {}) : null;
  const fm = converted?.ok ? checkFrontMatter(data ?? {}, fmDoc, lc, problems) : null;

  // Description checks run on the raw value, so they are reported even when other fields are wrong.
  const rawDescription = valueAt(data, ['description']);
  if (typeof rawDescription === 'string' && rawDescription.trim()) {
    const descLine = lineOfPath(fmDoc, lc, ['description'], true) ?? 1;
    // A sentence ends after a lowercase word or a digit, so initials such as "I.T." do not split.
    const sentences = rawDescription.trim().split(/(?<=[a-z0-9)\]]{2}[.!?])\s+(?=[A-Z])/);
    if (sentences.length > 1) {
      problems.add(descLine, 'E007', `description has ${sentences.length} sentences; write one sentence (move detail to the body)`);
    }
    if (!/[.!?]$/.test(rawDescription.trim())) {
      problems.add(descLine, 'W001', 'description does not end with a period; end the sentence with "."');
    }
  }
  if (fm) {
    if (fm.replaced_by !== undefined && (fm.status === undefined || fm.status === 'active')) {
      problems.add(lineOfPath(fmDoc, lc, ['replaced_by'], true) ?? 1, 'E014', 'replaced_by is set but status is not deprecated, archived or unmaintained; set the status or remove replaced_by');
    }
  }

  // Body
  const tree: MdastRoot = markdownParser.parse(split.content);
  visit(tree, 'html', (node) => {
    problems.add(lineOf(node, bodyOffset), 'E019', `raw HTML "${node.value.slice(0, 40).replace(/\s+/g, ' ')}" is not allowed; write Markdown instead`);
  });
  const [introChunk, ...sections] = splitAt(tree.children, 2);
  const introNodes = introChunk.nodes.filter((n) => !(n.type === 'heading' && n.depth === 1));
  let install: { intro: string; methods: InstallMethod[] } = { intro: '', methods: [] };
  let rules: AlertRule[] = [];
  let rulesIntro = '';
  let rulesLine = bodyOffset + 1;
  let dashboards: Dashboard[] = [];
  const other: Section[] = [];
  let sawInstall = false;
  for (const section of sections) {
    const key = section.title.toLowerCase();
    const hasContent = section.nodes.some((n) => n.type !== 'heading' || n.depth > 2);
    if (!hasContent) {
      problems.add(lineOf(section.heading ?? {}, bodyOffset), 'E018', `section ${preview(section.title)} is empty; write its content or remove the heading`);
      if (key === 'install') sawInstall = true;
      continue;
    }
    if (key === 'install') {
      sawInstall = true;
      install = parseInstall(section, bodyOffset, problems);
    } else if (key === 'alert rules') {
      rulesLine = lineOf(section.heading ?? {}, bodyOffset);
      const parsed = parseRules(section, bodyOffset, problems);
      rules = parsed.rules;
      rulesIntro = parsed.intro;
    } else if (key === 'dashboards') {
      const parsed = parseDashboards(section, bodyOffset, problems);
      dashboards = parsed.dashboards;
      if (parsed.rest.length > 0 && dashboards.length === 0) {
        other.push({ id: 'dashboards', title: section.title, html: renderMarkdown(parsed.rest) });
      }
    } else {
      other.push({ id: anchorId(section.title), title: section.title, html: renderMarkdown(section.nodes) });
    }
  }
  if (!sawInstall) {
    problems.add(bodyOffset + 1, 'E016', 'the body has no "## Install" section; add one with a "###" subsection per method (Binary, Docker, …)');
  }
  if (fm && fm.kind === 'exporter' && rules.length > 0) {
    if (dashboards.length === 0) problems.add(rulesLine, 'W002', 'this exporter has alert rules but no dashboard; add a verified "## Dashboards" link if one exists');
    if (rules.length < 3) problems.add(rulesLine, 'W003', `only ${rules.length} alert rule(s); consider rules for the exporter being down and the most common failures`);
  }

  const keyLines: Record<string, number> = {};
  if (isMap(fmDoc.contents)) {
    for (const pair of fmDoc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines[String(pair.key.value)] = lc.linePos(pair.key.range[0]).line;
    }
  }
  if (!fm) return { entry: null, problems: problems.items, keyLines };
  const entry: Entry = {
    slug,
    file,
    name: fm.name,
    description: fm.description,
    category: fm.category,
    repository: fm.repository,
    homepage: fm.homepage ?? null,
    official: fm.official,
    community: isCommunity(fm.repository),
    kind: fm.kind,
    port: fm.port ?? null,
    language: fm.language ?? null,
    license: fm.license ?? null,
    dockerImage: fm.docker_image ?? null,
    helmChart: fm.helm_chart ?? null,
    tags: fm.tags ?? [],
    aliases: fm.aliases ?? [],
    status: fm.status ?? null,
    replacedBy: fm.replaced_by ?? null,
    introHtml: renderMarkdown(introNodes),
    installIntroHtml: install.intro,
    install: install.methods,
    rules,
    dashboards,
    sections: rulesIntro ? [{ id: 'alert-rules-notes', title: 'About these rules', html: rulesIntro }, ...other] : other,
    verification: null,
  };
  return { entry, problems: problems.items, keyLines };
}
