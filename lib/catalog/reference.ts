// Renders the contributor reference documents from the schema and the code table, so the docs in
// docs/fields.md and docs/error-codes.md cannot drift from what the validator checks.
import { CATEGORY_IDS } from '../categories';
import { CODES, type Code } from './problems';
import { z } from 'zod';
import { FIELDS, FIELD_NAMES, frontMatterSchema } from './schema';

export function fieldReference(): string {
  const lines = [
    '# Front-matter field reference',
    '',
    '<!-- Generated from lib/catalog/schema.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'Every entry starts with these fields between two `---` lines. Unknown keys are an error (E003).',
    '',
  ];
  for (const name of FIELD_NAMES) {
    const f = FIELDS[name];
    lines.push(`## \`${name}\``, '', `- ${f.required ? 'Required' : 'Optional'}`, `- Example: \`${name}: ${f.example}\``, '', f.doc, '');
    if (name === 'category') lines.push(`Allowed values: ${CATEGORY_IDS.map((c) => `\`${c}\``).join(', ')}.`, '');
  }
  return lines.join('\n');
}

export function codeReference(): string {
  const lines = [
    '# Validator codes',
    '',
    '<!-- Generated from lib/catalog/problems.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'The validator prints `lists/<slug>/README.md:LINE: CODE message`. Codes starting with E are errors and',
    'fail the build; codes starting with W are advice. Each code has a failing fixture in `tests/fixtures/codes/<CODE>/`.',
    '',
    '| code | severity | problem | how to fix |',
    '| --- | --- | --- | --- |',
  ];
  for (const code of Object.keys(CODES) as Code[]) {
    const c = CODES[code];
    lines.push(`| [${code}](#${code.toLowerCase()}) | ${c.severity} | ${c.title} | ${c.fix.replace(/\|/g, '\\|')} |`);
  }
  lines.push('');
  for (const code of Object.keys(CODES) as Code[]) {
    const c = CODES[code];
    lines.push(`## ${code}`, '', `**${c.title}** (${c.severity}). ${c.fix}`, '', 'Wrong:', '', '```', c.wrong, '```', '', 'Right:', '', '```', c.right, '```', '');
  }
  return lines.join('\n');
}

/** JSON Schema of the front matter for editors (YAML language server), with each field's description. */
export function frontMatterJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(frontMatterSchema);
  const properties = schema.properties ?? {};
  for (const name of FIELD_NAMES) {
    const prop = properties[name];
    if (prop && typeof prop === 'object') {
      Object.assign(prop, { description: FIELDS[name].doc });
      if (name === 'repository' || name === 'homepage') Object.assign(prop, { pattern: '^https://' });
    }
  }
  return { ...schema, title: 'ExporterHub entry front matter', description: 'Front matter of lists/<slug>/README.md. See docs/fields.md.' };
}

export interface FieldDoc {
  name: string;
  required: boolean;
  example: string;
  doc: string;
}

export function fieldDocs(): FieldDoc[] {
  return FIELD_NAMES.map((name) => ({ name, required: FIELDS[name].required, example: FIELDS[name].example, doc: FIELDS[name].doc }));
}
