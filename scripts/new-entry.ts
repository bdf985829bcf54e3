// `npm run new -- <slug>`: scaffolds lists/<slug>/README.md from lists/_template/README.md.
// Refuses an invalid or over-long slug, one that exists (as a folder, a file or a link), and a
// template that is not a regular file; reads the template through the loader's guarded reader.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FILE_LIMITS, isLink, readListFile } from '../lib/catalog/read';
import { SLUG_PATTERN } from '../lib/catalog/schema';

const lists = path.resolve(process.env.EXPORTERHUB_LISTS ?? 'lists');
const slug = process.argv[2] ?? '';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

if (!slug) fail('give the new entry a slug, e.g. "npm run new -- nginx-exporter"');
if (slug.length > 100) fail(`the slug is ${slug.length} characters; use at most 100`);
if (!SLUG_PATTERN.test(slug)) fail(`"${slug}" is not a valid slug: use lowercase a-z, 0-9 and "-", starting with a letter or digit (e.g. "${slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-exporter'}")`);
const dir = path.join(lists, slug);
if (existsSync(dir) || isLink(dir)) fail(`lists/${slug}/ already exists; edit lists/${slug}/README.md instead, or pick another slug`);

const read = readListFile(path.join(lists, '_template', 'README.md'), 'lists/_template/README.md', FILE_LIMITS['README.md']);
if (!read.ok) fail(`${read.problem.message} (${read.problem.code})`);
const template = read.text;
// The slug matches SLUG_PATTERN, so the title holds only letters, digits and spaces.
const title = slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'README.md'), template.replace(/NAME/g, title), { flag: 'wx' });
console.log(`Created lists/${slug}/README.md from the template.
Next: fill in the facts from the upstream project, write the sections, then run
  npm run validate -- lists/${slug}`);
