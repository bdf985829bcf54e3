// Serves an exported site with Debian's nginx and the shipped configuration (docker/nginx.conf,
// rendered by lib/hosting/nginx.ts with only the root, a loopback port and the base path filled in).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentSecurityPolicy, siteScriptHashes } from '@/lib/hosting/headers';
import { renderNginxConf } from '@/lib/hosting/nginx';
import { freePort, waitForTcp } from '../../scripts/live/processes';

export interface NginxServer {
  url: string;
  close: () => Promise<void>;
}

const TEMPLATE = path.join(__dirname, '..', '..', 'docker', 'nginx.conf');

/** root is the web root; the export (exportDir) is expected at root + basePath, as the Dockerfile places it. */
export async function startNginx(root: string, basePath: string, exportDir: string): Promise<NginxServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'exporterhub-nginx-'));
  const port = await freePort();
  writeFileSync(path.join(dir, 'site.conf'), renderNginxConf(readFileSync(TEMPLATE, 'utf8'), { root, port: `127.0.0.1:${port}`, basePath, policy: contentSecurityPolicy(siteScriptHashes(exportDir)) }));
  // The main configuration stands in for the one of the nginx image: mime types, default type, and
  // the site configuration included in the http block. As root, workers run as root too, so they can
  // read a checkout wherever it is.
  const main = [
    process.getuid?.() === 0 ? 'user root;' : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log;`,
    'events { worker_connections 128; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
    `  include ${dir}/site.conf;`,
    '}',
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'nginx.conf'), main);
  const child: ChildProcess = spawn('/usr/sbin/nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    await waitForTcp(port, 15_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`nginx did not start: ${stderr}${readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
