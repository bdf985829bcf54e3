// `npm start` / `npm run serve`: serves the exported site in out/ on http://127.0.0.1:3000 (PORT, HOST).
import { existsSync } from 'node:fs';
import { basePathFromEnv } from '../lib/site';
import { startStaticServer } from './static-server';

const root = 'out';
if (!existsSync(`${root}/index.html`)) {
  console.error('out/ has no exported site; run "npm run build" first.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const basePath = basePathFromEnv();
startStaticServer({ root, port, host, basePath }).then(() => {
  console.log(`ExporterHub is served at http://${host}:${port}${basePath}/ (Ctrl+C to stop)`);
});
