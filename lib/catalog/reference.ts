// Renders the contributor reference documents from the schema and the code table, so the docs in
// docs/fields.md and docs/error-codes.md cannot drift from what the validator checks.
import { CATEGORY_IDS } from '../categories';
import { CODES, type Code } from './problems';
import { FIELDS, FIELD_NAMES } from './schema';

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
    lines.push(`| ${code} | ${c.severity} | ${c.title} | ${c.fix.replace(/\|/g, '\\|')} |`);
  }
  lines.push('');
  return lines.join('\n');
}
