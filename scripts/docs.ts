// `npm run docs`: regenerates docs/fields.md, docs/error-codes.md and docs/exporter.schema.json from
// the schema and the code table.
import { writeFileSync } from 'node:fs';
import { codeReference, fieldReference, frontMatterJsonSchema } from '../lib/catalog/reference';

writeFileSync('docs/fields.md', fieldReference());
writeFileSync('docs/error-codes.md', codeReference());
writeFileSync('docs/exporter.schema.json', `${JSON.stringify(frontMatterJsonSchema(), null, 2)}\n`);
console.log('wrote docs/fields.md, docs/error-codes.md and docs/exporter.schema.json');
