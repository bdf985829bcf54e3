// Starts and stops the processes of a live verification run: every child is tracked by PID and
// stopped on exit, on failure and on signals, so nothing is left listening.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer, connect } from 'node:net';
import path from 'node:path';

const children: { name: string; child: ChildProcess }[] = [];

export interface StartOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** Run as this system user (setpriv, no intermediate process, so the PID is the server's). */
  user?: string;
  logDir: string;
}

export function start(name: string, command: string, args: string[], opts: StartOptions): ChildProcess {
  const [cmd, argv] = opts.user ? ['setpriv', [`--reuid=${opts.user}`, `--regid=${opts.user}`, '--init-groups', command, ...args]] : [command, args];
  const log = createWriteStream(path.join(opts.logDir, `${name}.log`));
  const child = spawn(cmd, argv, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  children.push({ name, child });
  return child;
}

export function run(command: string, args: string[], opts: { user?: string; env?: Record<string, string>; input?: string } = {}): string {
  const [cmd, argv] = opts.user ? ['setpriv', [`--reuid=${opts.user}`, `--regid=${opts.user}`, '--init-groups', command, ...args]] : [command, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', env: { ...process.env, ...opts.env }, input: opts.input });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

export async function stopAll(): Promise<void> {
  const alive = children.filter((c) => c.child.exitCode === null && c.child.signalCode === null);
  for (const { child } of alive) child.kill('SIGTERM');
  const deadline = Date.now() + 8000;
  while (Date.now() < deadline && alive.some((c) => c.child.exitCode === null && c.child.signalCode === null)) {
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const { child } of alive) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.length = 0;
}

export function stopAllSync(): void {
  for (const { child } of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function waitForTcp(port: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs / 1000}s`);
}

export async function fetchText(url: string, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      const body = await res.text();
      if (res.ok) return body;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = String(e);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`GET ${url} failed: ${last}`);
}
