// `tsx scripts/nginx-conf.ts [--site out] [--root DIR] [--port N] [--base-path /x]`: prints
// docker/nginx.conf rendered for one server (lib/hosting/nginx.ts), with the Content-Security-Policy
// of the export in --site. The Dockerfile runs it after the build, with BASE_PATH.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy, siteScriptHashes } from '../lib/hosting/headers';
import { renderNginxConf } from '../lib/hosting/nginx';

const args = process.argv.slice(2);
function option(name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

try {
  const template = readFileSync(path.join(__dirname, '..', 'docker', 'nginx.conf'), 'utf8');
  process.stdout.write(renderNginxConf(template, { root: option('--root', '/usr/share/nginx/html'), port: option('--port', '8080'), basePath: option('--base-path', process.env.BASE_PATH ?? ''), policy: contentSecurityPolicy(siteScriptHashes(option('--site', 'out'))) }));
} catch (e) {
  console.error(`nginx-conf: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
