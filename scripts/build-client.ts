// Builds the site's browser script, lib/client/enhance.ts, into public/enhance.js (minified, one
// file, no framework) before `next build` and `next dev` copy or serve public/.
import { build } from 'esbuild';
import path from 'node:path';

const root = path.join(__dirname, '..');

build({
  entryPoints: [path.join(root, 'lib', 'client', 'enhance.ts')],
  outfile: path.join(root, 'public', 'enhance.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'warning',
}).catch((e: unknown) => {
  console.error(`build-client: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
