// The generated reference docs are committed; they must match the schema and the code table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeReference, fieldReference, frontMatterJsonSchema } from '@/lib/catalog/reference';
import { CODES } from '@/lib/catalog/problems';
import { FIELD_NAMES, FIELDS } from '@/lib/catalog/schema';

const docs = path.join(__dirname, '..', '..', 'docs');

describe('reference docs', () => {
  it('docs/fields.md is up to date (run npm run docs)', () => {
    expect(readFileSync(path.join(docs, 'fields.md'), 'utf8')).toBe(fieldReference());
  });
  it('docs/error-codes.md is up to date and lists every code', () => {
    const text = readFileSync(path.join(docs, 'error-codes.md'), 'utf8');
    expect(text).toBe(codeReference());
    for (const code of Object.keys(CODES)) {
      expect(text).toContain(`| [${code}](#${code.toLowerCase()}) |`);
      expect(text).toContain(`## ${code}\n`);
    }
  });
  it('docs/exporter.schema.json is up to date and has every field', () => {
    const committed: unknown = JSON.parse(readFileSync(path.join(docs, 'exporter.schema.json'), 'utf8'));
    expect(committed).toEqual(frontMatterJsonSchema());
    const props = Object.keys((frontMatterJsonSchema().properties ?? {}) as object).sort();
    expect(props).toEqual([...FIELD_NAMES].sort());
    const required = FIELD_NAMES.filter((n) => FIELDS[n].required).sort();
    expect([...(frontMatterJsonSchema().required as string[])].sort()).toEqual(required);
    for (const n of FIELD_NAMES) expect(fieldReference()).toContain(`## \`${n}\`\n\n- ${FIELDS[n].required ? 'Required' : 'Optional'}`);
  });

  it('has one heading per field', () => {
    const text = fieldReference();
    for (const name of FIELD_NAMES) expect(text).toContain(`## \`${name}\``);
  });
});

describe('codes the validator can emit', () => {
  it('every code used in the loader is in the table (and so on the reference page), and every table code is used', () => {
    const dir = path.join(__dirname, '..', '..', 'lib', 'catalog');
    const source = ['entry.ts', 'load.ts', 'read.ts'].map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const emitted = new Set([...source.matchAll(/'([EW]\d{3})'/g)].map((m) => m[1]));
    expect([...emitted].sort()).toEqual(Object.keys(CODES).sort());
  });
});
