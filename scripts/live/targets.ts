// The exporters checked live: for each, the Debian packages, how to start the software it watches
// on 127.0.0.1 (as its own process, no systemd), and how to start the exporter on a free port.
// Swapped from the list, with reasons: pgbouncer (Debian's prometheus-pgbouncer-exporter is
// a different project from the catalogued prometheus-community/pgbouncer_exporter) and memcached
// (Debian has no memcached exporter) are replaced by nginx's and the Pushgateway. snmp_exporter is
// left out: Debian cannot ship its generated snmp.yml (MIB licences), so it has no module to probe.
import { chmodSync, chownSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fetchText, freePort, run, start, waitForTcp } from './processes';

export interface Context {
  /** A fresh directory for this target's files. */
  dir: string;
  logDir: string;
}

export interface Started {
  /** The exporter's metrics endpoint. */
  port: number;
  /** Extra paths scraped for the inventory and by Prometheus (multi-target exporters). */
  probes?: { path: string; params: Record<string, string> }[];
}

export interface Target {
  slug: string;
  /** Debian packages to install (exporter first; its version is recorded). */
  packages: string[];
  start: (ctx: Context) => Promise<Started>;
  /**
   * Metrics used by the entry's rules that cannot appear in this setup, each with the reason.
   * Keep this short and honest: every line is a rule not proven here.
   */
  allow?: Record<string, string>;
}

function ownedDir(dir: string, user: string): string {
  mkdirSync(dir, { recursive: true });
  run('chown', ['-R', `${user}:${user}`, dir]);
  return dir;
}

async function exporter(ctx: Context, name: string, binary: string, args: (port: number) => string[], env?: Record<string, string>): Promise<number> {
  const port = await freePort();
  start(name, binary, args(port), { logDir: ctx.logDir, env });
  await waitForTcp(port);
  return port;
}

export const TARGETS: Target[] = [
  {
    slug: 'node-exporter',
    packages: ['prometheus-node-exporter'],
    start: async (ctx) => ({
      port: await exporter(ctx, 'node_exporter', '/usr/bin/prometheus-node-exporter', (p) => [`--web.listen-address=127.0.0.1:${p}`, '--no-collector.systemd']),
    }),
    allow: {
      node_vmstat_oom_kill: 'present on Linux 4.13+; listed here only if the sandbox kernel hides /proc/vmstat fields',
    },
  },
  {
    slug: 'redis-exporter',
    packages: ['prometheus-redis-exporter', 'redis-server'],
    start: async (ctx) => {
      const rp = await freePort();
      start('redis-server', '/usr/bin/redis-server', ['--port', String(rp), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', ctx.dir], { logDir: ctx.logDir });
      await waitForTcp(rp);
      return { port: await exporter(ctx, 'redis_exporter', '/usr/bin/prometheus-redis-exporter', (p) => [`-redis.addr=redis://127.0.0.1:${rp}`, `-web.listen-address=127.0.0.1:${p}`]) };
    },
    allow: { redis_master_link_up: 'only exposed by a replica; this run has a single primary' },
  },
  {
    slug: 'postgres-exporter',
    packages: ['prometheus-postgres-exporter', 'postgresql'],
    start: async (ctx) => {
      const data = ownedDir(path.join(ctx.dir, 'pg'), 'postgres');
      const bin = run('sh', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1']).trim();
      run(`${bin}/initdb`, ['-D', path.join(data, 'data'), '--auth=trust', '-U', 'postgres'], { user: 'postgres' });
      const pp = await freePort();
      start('postgres', `${bin}/postgres`, ['-D', path.join(data, 'data'), '-p', String(pp), '-k', data, '-c', 'listen_addresses=127.0.0.1'], { user: 'postgres', logDir: ctx.logDir });
      await waitForTcp(pp);
      const dsn = `postgresql://postgres@127.0.0.1:${pp}/postgres?sslmode=disable`;
      return { port: await exporter(ctx, 'postgres_exporter', '/usr/bin/prometheus-postgres-exporter', (p) => [`--web.listen-address=127.0.0.1:${p}`], { DATA_SOURCE_NAME: dsn }) };
    },
  },
  {
    slug: 'mysqld-exporter',
    packages: ['prometheus-mysqld-exporter', 'mariadb-server', 'mariadb-client'],
    start: async (ctx) => {
      const data = ownedDir(path.join(ctx.dir, 'mysql'), 'mysql');
      run('/usr/bin/mariadb-install-db', ['--no-defaults', '--user=mysql', `--datadir=${data}/data`, '--auth-root-authentication-method=normal', '--skip-test-db']);
      const mp = await freePort();
      const sock = path.join(data, 'mysqld.sock');
      start('mariadbd', '/usr/sbin/mariadbd', ['--no-defaults', '--user=mysql', `--datadir=${data}/data`, `--port=${mp}`, '--bind-address=127.0.0.1', `--socket=${sock}`, `--pid-file=${data}/mysqld.pid`, '--skip-log-bin'], { logDir: ctx.logDir });
      await waitForTcp(mp);
      run('/usr/bin/mariadb', ['--no-defaults', `--socket=${sock}`, '-u', 'root'], {
        input: "CREATE USER 'exporter'@'127.0.0.1' IDENTIFIED BY 'live-check' WITH MAX_USER_CONNECTIONS 3; GRANT PROCESS, REPLICATION CLIENT, SLAVE MONITOR, SELECT ON *.* TO 'exporter'@'127.0.0.1';",
      });
      const dsn = `exporter:live-check@(127.0.0.1:${mp})/`;
      return { port: await exporter(ctx, 'mysqld_exporter', '/usr/bin/prometheus-mysqld-exporter', (p) => [`--web.listen-address=127.0.0.1:${p}`], { DATA_SOURCE_NAME: dsn }) };
    },
    allow: {
      mysql_slave_status_slave_io_running: 'only exposed by a replica; this run has a single primary',
      mysql_slave_status_slave_sql_running: 'only exposed by a replica; this run has a single primary',
      mysql_slave_status_seconds_behind_master: 'only exposed by a replica; this run has a single primary',
    },
  },
  {
    slug: 'nginx-prometheus-exporter',
    packages: ['prometheus-nginx-exporter', 'nginx'],
    start: async (ctx) => {
      const np = await freePort();
      const conf = path.join(ctx.dir, 'nginx.conf');
      writeFileSync(
        conf,
        `daemon off;\nworker_processes 1;\npid ${ctx.dir}/nginx.pid;\nerror_log ${ctx.dir}/error.log;\nevents { worker_connections 64; }\nhttp {\n  access_log off;\n  client_body_temp_path ${ctx.dir}/body;\n  proxy_temp_path ${ctx.dir}/proxy;\n  fastcgi_temp_path ${ctx.dir}/fastcgi;\n  uwsgi_temp_path ${ctx.dir}/uwsgi;\n  scgi_temp_path ${ctx.dir}/scgi;\n  server {\n    listen 127.0.0.1:${np};\n    location = /stub_status { stub_status; }\n    location / { return 200 "ok\\n"; }\n  }\n}\n`,
      );
      start('nginx', '/usr/sbin/nginx', ['-c', conf, '-p', ctx.dir], { logDir: ctx.logDir });
      await waitForTcp(np);
      return { port: await exporter(ctx, 'nginx_exporter', '/usr/bin/prometheus-nginx-exporter', (p) => [`-nginx.scrape-uri=http://127.0.0.1:${np}/stub_status`, `-web.listen-address=127.0.0.1:${p}`]) };
    },
    allow: {
      nginxplus_up: 'NGINX Plus only (commercial); this run scrapes open-source nginx stub_status',
      nginxplus_upstream_server_state: 'NGINX Plus only (commercial); this run scrapes open-source nginx stub_status',
      nginxplus_server_zone_responses: 'NGINX Plus only (commercial); this run scrapes open-source nginx stub_status',
    },
  },
  {
    slug: 'apache-exporter',
    packages: ['prometheus-apache-exporter', 'apache2'],
    start: async (ctx) => {
      const ap = await freePort();
      const conf = path.join(ctx.dir, 'httpd.conf');
      const mods = '/usr/lib/apache2/modules';
      writeFileSync(
        conf,
        [
          `ServerRoot ${ctx.dir}`,
          `LoadModule mpm_event_module ${mods}/mod_mpm_event.so`,
          `LoadModule authz_core_module ${mods}/mod_authz_core.so`,
          `LoadModule authz_host_module ${mods}/mod_authz_host.so`,
          `LoadModule status_module ${mods}/mod_status.so`,
          `Listen 127.0.0.1:${ap}`,
          'ServerName localhost',
          `PidFile ${ctx.dir}/httpd.pid`,
          `ErrorLog ${ctx.dir}/error.log`,
          `DefaultRuntimeDir ${ctx.dir}`,
          'User www-data',
          'Group www-data',
          'ExtendedStatus On',
          `DocumentRoot ${ctx.dir}`,
          '<Location /server-status>',
          '  SetHandler server-status',
          '  Require ip 127.0.0.1',
          '</Location>',
          '',
        ].join('\n'),
      );
      chmodSync(ctx.dir, 0o755);
      start('apache2', '/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], { logDir: ctx.logDir });
      await waitForTcp(ap);
      return { port: await exporter(ctx, 'apache_exporter', '/usr/bin/prometheus-apache-exporter', (p) => [`--scrape_uri=http://127.0.0.1:${ap}/server-status?auto`, `--telemetry.address=127.0.0.1:${p}`]) };
    },
  },
  {
    slug: 'haproxy-exporter',
    packages: ['prometheus-haproxy-exporter', 'haproxy'],
    start: async (ctx) => {
      const hp = await freePort();
      const fe = await freePort();
      const be = await freePort();
      const conf = path.join(ctx.dir, 'haproxy.cfg');
      writeFileSync(
        conf,
        `global\n  maxconn 100\ndefaults\n  mode http\n  timeout connect 1s\n  timeout client 5s\n  timeout server 5s\nlisten stats\n  bind 127.0.0.1:${hp}\n  stats enable\n  stats uri /stats\nfrontend web\n  bind 127.0.0.1:${fe}\n  default_backend app\nbackend app\n  server app1 127.0.0.1:${be} check\n`,
      );
      start('haproxy', '/usr/sbin/haproxy', ['-f', conf, '-db'], { logDir: ctx.logDir });
      await waitForTcp(hp);
      return { port: await exporter(ctx, 'haproxy_exporter', '/usr/bin/prometheus-haproxy-exporter', (p) => [`--haproxy.scrape-uri=http://127.0.0.1:${hp}/stats;csv`, `--web.listen-address=127.0.0.1:${p}`]) };
    },
  },
  {
    slug: 'blackbox-exporter',
    packages: ['prometheus-blackbox-exporter'],
    start: async (ctx) => {
      const conf = path.join(ctx.dir, 'blackbox.yml');
      writeFileSync(conf, 'modules:\n  http_2xx:\n    prober: http\n    timeout: 5s\n');
      const port = await exporter(ctx, 'blackbox_exporter', '/usr/bin/prometheus-blackbox-exporter', (p) => [`--config.file=${conf}`, `--web.listen-address=127.0.0.1:${p}`]);
      // The exporter probes its own metrics page: a real HTTP target on loopback.
      return { port, probes: [{ path: '/probe', params: { module: 'http_2xx', target: `http://127.0.0.1:${port}/metrics` } }] };
    },
    allow: { probe_ssl_earliest_cert_expiry: 'only exposed for HTTPS targets; this run probes plain HTTP on loopback' },
  },
  {
    slug: 'process-exporter',
    packages: ['prometheus-process-exporter'],
    start: async (ctx) => {
      const conf = path.join(ctx.dir, 'process.yml');
      writeFileSync(conf, 'process_names:\n  - name: "{{.Comm}}"\n    cmdline:\n    - \'.+\'\n');
      return { port: await exporter(ctx, 'process_exporter', '/usr/bin/prometheus-process-exporter', (p) => [`-config.path=${conf}`, `-web.listen-address=127.0.0.1:${p}`]) };
    },
  },
  {
    slug: 'bind-exporter',
    packages: ['prometheus-bind-exporter', 'bind9'],
    start: async (ctx) => {
      const dns = await freePort();
      const stats = await freePort();
      const dir = ownedDir(path.join(ctx.dir, 'named'), 'bind');
      const conf = path.join(dir, 'named.conf');
      writeFileSync(
        conf,
        `options {\n  directory "${dir}";\n  pid-file "${dir}/named.pid";\n  listen-on port ${dns} { 127.0.0.1; };\n  listen-on-v6 { none; };\n  recursion no;\n};\nstatistics-channels {\n  inet 127.0.0.1 port ${stats} allow { 127.0.0.1; };\n};\n`,
      );
      chownSync(conf, 0, 0);
      start('named', '/usr/sbin/named', ['-g', '-u', 'bind', '-c', conf], { logDir: ctx.logDir });
      await waitForTcp(stats);
      return { port: await exporter(ctx, 'bind_exporter', '/usr/bin/prometheus-bind-exporter', (p) => [`--bind.stats-url=http://127.0.0.1:${stats}/`, `--web.listen-address=127.0.0.1:${p}`]) };
    },
  },
  {
    slug: 'prometheus-varnish-exporter',
    packages: ['prometheus-varnish-exporter', 'varnish'],
    start: async (ctx) => {
      const vp = await freePort();
      const backend = await freePort();
      const name = path.join(ctx.dir, 'varnish');
      start('varnishd', '/usr/sbin/varnishd', ['-F', '-a', `127.0.0.1:${vp}`, '-b', `127.0.0.1:${backend}`, '-n', name, '-s', 'malloc,32m'], { logDir: ctx.logDir });
      await waitForTcp(vp);
      return { port: await exporter(ctx, 'varnish_exporter', '/usr/bin/prometheus-varnish-exporter', (p) => ['-n', name, '-web.listen-address', `127.0.0.1:${p}`]) };
    },
  },
  {
    slug: 'squid-exporter',
    packages: ['prometheus-squid-exporter', 'squid'],
    start: async (ctx) => {
      const sp = await freePort();
      const dir = ownedDir(path.join(ctx.dir, 'squid'), 'proxy');
      const conf = path.join(dir, 'squid.conf');
      writeFileSync(
        conf,
        `http_port 127.0.0.1:${sp}\npid_filename ${dir}/squid.pid\ncache_log ${dir}/cache.log\naccess_log none\ncache deny all\ncoredump_dir ${dir}\nhttp_access allow localhost manager\nhttp_access deny manager\nhttp_access allow localhost\nhttp_access deny all\n`,
      );
      start('squid', '/usr/sbin/squid', ['-N', '-f', conf], { logDir: ctx.logDir });
      await waitForTcp(sp);
      return { port: await exporter(ctx, 'squid_exporter', '/usr/bin/prometheus-squid-exporter', (p) => ['-squid-hostname', '127.0.0.1', '-squid-port', String(sp), '-listen', `127.0.0.1:${p}`]) };
    },
  },
  {
    slug: 'pushgateway',
    packages: ['prometheus-pushgateway'],
    start: async (ctx) => {
      const port = await exporter(ctx, 'pushgateway', '/usr/bin/prometheus-pushgateway', (p) => [`--web.listen-address=127.0.0.1:${p}`]);
      // A batch job's push, so the per-group series (push_time_seconds…) exist.
      await fetch(`http://127.0.0.1:${port}/metrics/job/live_check`, { method: 'POST', body: 'live_check_last_success_timestamp_seconds 1700000000\n' });
      return { port };
    },
  },
  {
    slug: 'postfix-exporter',
    packages: ['prometheus-postfix-exporter'],
    start: async (ctx) => {
      // The exporter follows Postfix's log and asks showq for the queue; an empty log is enough to
      // expose its metric families, and the missing showq socket shows up as a failed scrape of it.
      const logFile = path.join(ctx.dir, 'mail.log');
      writeFileSync(logFile, '');
      const port = await exporter(ctx, 'postfix_exporter', '/usr/bin/prometheus-postfix-exporter', (p) => [`--web.listen-address=127.0.0.1:${p}`, `--postfix.logfile_path=${logFile}`, `--postfix.showq_path=${ctx.dir}/showq`]);
      return { port };
    },
    allow: {
      postfix_showq_message_age_seconds_bucket: 'read from the showq socket of a running Postfix; this run has no Postfix master',
      postfix_showq_message_age_seconds_count: 'read from the showq socket of a running Postfix; this run has no Postfix master',
    },
  },
  {
    slug: 'libvirt-exporter',
    packages: ['prometheus-libvirt-exporter'],
    start: async (ctx) => ({
      // libvirt's built-in test driver (test:///default) runs inside the client: a real libvirt
      // connection with one running domain, no libvirtd or hypervisor needed.
      port: await exporter(ctx, 'libvirt_exporter', '/usr/bin/prometheus-libvirt-exporter', (p) => [`--web.listen-address=127.0.0.1:${p}`, '--libvirt.uri=test:///default']),
    }),
  },
];

export async function scrape(port: number, probe?: { path: string; params: Record<string, string> }): Promise<string> {
  const url = probe ? `http://127.0.0.1:${port}${probe.path}?${new URLSearchParams(probe.params)}` : `http://127.0.0.1:${port}/metrics`;
  return fetchText(url);
}
