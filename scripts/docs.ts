// `npm run docs`: regenerates docs/fields.md and docs/error-codes.md from the schema and code table.
import { writeFileSync } from 'node:fs';
import { codeReference, fieldReference } from '../lib/catalog/reference';

writeFileSync('docs/fields.md', fieldReference());
writeFileSync('docs/error-codes.md', codeReference());
console.log('wrote docs/fields.md and docs/error-codes.md');
