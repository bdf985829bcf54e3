// The exporters checked live: for each, the Debian packages, how to start the software it watches
// on 127.0.0.1 (as its own process, no systemd), and how to start the exporter on a free port.
// Swapped from the list, with reasons: pgbouncer (Debian's prometheus-pgbouncer-exporter is
// a different project from the catalogued prometheus-community/pgbouncer_exporter) and memcached
// (Debian has no memcached exporter) are replaced by nginx's and the Pushgateway. snmp_exporter is
// left out: Debian cannot ship its generated snmp.yml (MIB licences), so it has no module to probe.
import { chmodSync, chownSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { fetchText, freePort, run, start, waitForTcp } from './processes';

export interface Context {
  /** A fresh directory for this target's files. */
  dir: string;
  logDir: string;
  /** Prometheus unpacked from Debian's package by scripts/install-promtool.sh. */
  prometheusBin: string;
}

export interface Started {
  /** The exporter's metrics endpoint. */
  port: number;
  /** Extra paths scraped for the inventory and by Prometheus (multi-target exporters). */
  probes?: { path: string; params: Record<string, string> }[];
  /** Where the metrics are, when not at /metrics. */
  metricsPath?: { path: string; params: Record<string, string> };
}

export interface Target {
  slug: string;
  /** Debian packages to install (exporter first; its version is recorded). */
  packages: string[];
  /** A Debian package that scripts/install-promtool.sh unpacks instead (its version is recorded). */
  unpacked?: string;
  start: (ctx: Context) => Promise<Started>;
  /**
   * Metrics used by the entry's rules that cannot appear in this setup, each with the condition that
   * brings them. Keep this short and honest: every line is a metric not proven here.
   */
  conditional?: Record<string, string>;
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

/** The numeric user (or, with 'g', group) id of a system account. */
function uidOf(name: string, kind: 'u' | 'g' = 'u'): number {
  return Number(run('id', [`-${kind}`, name]).trim());
}

function writeAlertmanagerConfig(dir: string): string {
  const conf = path.join(dir, 'alertmanager.yml');
  writeFileSync(conf, 'route:\n  receiver: discard\nreceivers:\n  - name: discard\n');
  return conf;
}

async function waitForFile(file: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${file} did not appear within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Sends IMAP commands one line at a time on 127.0.0.1, each after the server's previous answer. */
function imapSession(port: number, commands: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const queue = [...commands];
    let buffer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('IMAP session timed out'));
    }, 20_000);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      // The greeting, or the tagged answer to the last command, ends a step.
      const tag = commands.length - queue.length === 0 ? '* OK' : commands[commands.length - queue.length - 1].split(' ')[0];
      if (!buffer.split('\r\n').some((l) => l.startsWith(tag))) return;
      buffer = '';
      const next = queue.shift();
      if (next === undefined) {
        clearTimeout(timer);
        socket.end();
        resolve();
      } else socket.write(`${next}\r\n`);
    });
    socket.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

export const TARGETS: Target[] = [
  {
    slug: 'node-exporter',
    packages: ['prometheus-node-exporter'],
    start: async (ctx) => ({
      port: await exporter(ctx, 'node_exporter', '/usr/bin/prometheus-node-exporter', (p) => [`--web.listen-address=127.0.0.1:${p}`, '--no-collector.systemd']),
    }),
    conditional: {
      node_md_disks: 'only on hosts with Linux software RAID (md) arrays listed in /proc/mdstat; this run has none',
      node_md_disks_required: 'only on hosts with Linux software RAID (md) arrays listed in /proc/mdstat; this run has none',
      node_md_state: 'only on hosts with Linux software RAID (md) arrays listed in /proc/mdstat; this run has none',
      node_edac_uncorrectable_errors_total: 'only on hosts with ECC memory and a loaded EDAC driver (/sys/devices/system/edac/mc); this run has none',
      node_hwmon_temp_celsius: 'only on hosts whose kernel exposes temperature sensors in /sys/class/hwmon (mostly bare metal); this run has none',
      node_hwmon_temp_max_celsius: 'only on hosts whose kernel exposes temperature sensors in /sys/class/hwmon (mostly bare metal); this run has none',
      node_hwmon_temp_crit_celsius: 'only on hosts whose kernel exposes temperature sensors in /sys/class/hwmon (mostly bare metal); this run has none',
      node_systemd_unit_state: 'needs --collector.systemd (off by default) and access to the system D-Bus; this run passes --no-collector.systemd',
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
    conditional: {
      redis_master_link_up: 'only exposed by a replica; this run has a single primary',
      redis_connected_slave_lag_seconds: 'only exposed by a master with connected replicas; this run has a single primary without replicas',
    },
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
    conditional: {
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
    conditional: {
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
    conditional: { probe_ssl_earliest_cert_expiry: 'only exposed for HTTPS targets; this run probes plain HTTP on loopback' },
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
    conditional: {
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
  {
    slug: 'alertmanager',
    packages: ['prometheus-alertmanager'],
    start: async (ctx) => {
      const conf = writeAlertmanagerConfig(ctx.dir);
      // --cluster.listen-address= (empty) turns the gossip mesh off: nothing binds outside loopback.
      return { port: await exporter(ctx, 'alertmanager', '/usr/bin/prometheus-alertmanager', (p) => [`--config.file=${conf}`, `--storage.path=${ctx.dir}/data`, `--web.listen-address=127.0.0.1:${p}`, '--cluster.listen-address=']) };
    },
    conditional: {
      alertmanager_cluster_members: 'only with clustering on (--cluster.listen-address set, the default); this run turns the cluster listener off',
      alertmanager_cluster_failed_peers: 'only with clustering on (--cluster.listen-address set, the default); this run turns the cluster listener off',
      alertmanager_cluster_messages_pruned_total: 'only with clustering on (--cluster.listen-address set, the default); this run turns the cluster listener off',
    },
  },
  {
    slug: 'prometheus',
    // Debian's prometheus package, unpacked (not installed) by scripts/install-promtool.sh.
    packages: [],
    unpacked: 'prometheus',
    start: async (ctx) => {
      // A Prometheus of its own (not the lab's evaluator): it scrapes itself, loads the entry's own
      // rules and sends alerts to an Alertmanager, so rule-group and notifier metrics exist.
      const am = await exporter(ctx, 'alertmanager-for-prometheus', '/usr/bin/prometheus-alertmanager', (p) => [`--config.file=${writeAlertmanagerConfig(ctx.dir)}`, `--storage.path=${ctx.dir}/am`, `--web.listen-address=127.0.0.1:${p}`, '--cluster.listen-address=']);
      const port = await freePort();
      const conf = path.join(ctx.dir, 'prometheus.yml');
      writeFileSync(
        conf,
        `global:\n  scrape_interval: 5s\n  evaluation_interval: 5s\nalerting:\n  alertmanagers:\n    - static_configs:\n        - targets: ['127.0.0.1:${am}']\nrule_files: ['${ctx.dir}/self.yml']\nscrape_configs:\n  - job_name: prometheus\n    static_configs:\n      - targets: ['127.0.0.1:${port}']\n`,
      );
      writeFileSync(path.join(ctx.dir, 'self.yml'), 'groups:\n  - name: self\n    rules:\n      - alert: LiveCheckAlwaysFiring\n        expr: vector(1)\n');
      start('prometheus-under-test', ctx.prometheusBin, [`--config.file=${conf}`, `--storage.tsdb.path=${ctx.dir}/tsdb`, `--web.listen-address=127.0.0.1:${port}`], { logDir: ctx.logDir });
      await waitForTcp(port);
      // Let it scrape itself, evaluate the group and send one notification.
      await new Promise((r) => setTimeout(r, 12_000));
      return { port };
    },
    conditional: {
      prometheus_remote_storage_samples_failed_total: 'needs remote_write configured',
      prometheus_remote_storage_samples_retried_total: 'needs remote_write configured',
      prometheus_remote_storage_queue_highest_sent_timestamp_seconds: 'needs remote_write configured and one successful send',
    },
  },
  {
    slug: 'etcd',
    packages: ['etcd-server'],
    start: async (ctx) => {
      const client = await freePort();
      const peer = await freePort();
      start('etcd', '/usr/bin/etcd', ['--name', 'live', '--data-dir', `${ctx.dir}/data`, '--listen-client-urls', `http://127.0.0.1:${client}`, '--advertise-client-urls', `http://127.0.0.1:${client}`, '--listen-peer-urls', `http://127.0.0.1:${peer}`, '--initial-advertise-peer-urls', `http://127.0.0.1:${peer}`, '--initial-cluster', `live=http://127.0.0.1:${peer}`], { logDir: ctx.logDir });
      await waitForTcp(client);
      // One write, so the proposal and backend-commit series have samples.
      await fetch(`http://127.0.0.1:${client}/v3/kv/put`, { method: 'POST', body: JSON.stringify({ key: 'bGl2ZQ==', value: 'MQ==' }) });
      return { port: client };
    },
    conditional: {
      etcd_network_peer_round_trip_time_seconds_bucket: 'only in a cluster of two or more members (peers to measure); this run is a single member',
    },
  },
  {
    slug: 'caddy',
    packages: ['caddy'],
    start: async (ctx) => {
      const admin = await freePort();
      const site = await freePort();
      const upstream = await freePort();
      const conf = path.join(ctx.dir, 'Caddyfile');
      const broken = await freePort();
      const nowhere = await freePort();
      // HTTP metrics switched on as the entry's guide does (servers { metrics }); one site proxies to
      // a second with active health checks, one proxies to a closed port (a handler error); the admin
      // endpoint serves /metrics.
      writeFileSync(
        conf,
        `{\n  admin 127.0.0.1:${admin}\n  auto_https off\n  storage file_system ${ctx.dir}/data\n  servers {\n    metrics\n  }\n}\nhttp://127.0.0.1:${upstream} {\n  respond "ok"\n}\nhttp://127.0.0.1:${site} {\n  reverse_proxy 127.0.0.1:${upstream} {\n    health_uri /\n    health_interval 2s\n  }\n}\nhttp://127.0.0.1:${broken} {\n  reverse_proxy 127.0.0.1:${nowhere}\n}\n`,
      );
      start('caddy', '/usr/bin/caddy', ['run', '--config', conf, '--adapter', 'caddyfile'], { logDir: ctx.logDir, env: { HOME: ctx.dir, XDG_DATA_HOME: ctx.dir, XDG_CONFIG_HOME: ctx.dir } });
      await waitForTcp(site);
      for (let i = 0; i < 3; i++) await fetchText(`http://127.0.0.1:${site}/`);
      await fetch(`http://127.0.0.1:${broken}/`);
      await new Promise((r) => setTimeout(r, 3000));
      return { port: admin };
    },
  },
  {
    slug: 'haproxy',
    packages: ['haproxy'],
    start: async (ctx) => {
      const prom = await freePort();
      const fe = await freePort();
      const be = await freePort();
      const conf = path.join(ctx.dir, 'haproxy-native.cfg');
      writeFileSync(
        conf,
        `global\n  maxconn 100\ndefaults\n  mode http\n  timeout connect 1s\n  timeout client 5s\n  timeout server 5s\nfrontend prometheus\n  bind 127.0.0.1:${prom}\n  http-request use-service prometheus-exporter if { path /metrics }\nfrontend web\n  bind 127.0.0.1:${fe}\n  maxconn 50\n  default_backend app\nbackend app\n  server app1 127.0.0.1:${be} check\n`,
      );
      start('haproxy-native', '/usr/sbin/haproxy', ['-f', conf, '-db'], { logDir: ctx.logDir });
      await waitForTcp(prom);
      // One request through the frontend, so the per-code response counters have samples.
      await fetch(`http://127.0.0.1:${fe}/`).catch(() => undefined);
      return { port: prom };
    },
  },
  {
    slug: 'xandikos',
    packages: ['xandikos', 'python3-aiohttp-openmetrics'],
    start: async (ctx) => {
      const port = await freePort();
      start('xandikos', '/usr/bin/xandikos', ['-d', `${ctx.dir}/dav`, '--defaults', '-l', '127.0.0.1', '-p', String(port)], { logDir: ctx.logDir });
      await waitForTcp(port);
      // A CalDAV request and one that fails, so the request counters and the latency histogram have samples.
      await fetch(`http://127.0.0.1:${port}/user/calendars/calendar/`, { method: 'PROPFIND', headers: { Depth: '0' } });
      await fetch(`http://127.0.0.1:${port}/nothing-here`);
      return { port };
    },
  },
  {
    slug: 'dovecot',
    packages: ['dovecot-core', 'dovecot-imapd'],
    start: async (ctx) => {
      const stats = await freePort();
      const imap = await freePort();
      const conf = path.join(ctx.dir, 'dovecot.conf');
      const mail = ownedDir(path.join(ctx.dir, 'mail'), 'dovenull');
      // The metric blocks are the ones the entry's Configuration section documents.
      writeFileSync(
        conf,
        [
          `base_dir = ${ctx.dir}/run`,
          `state_dir = ${ctx.dir}/state`,
          'protocols = imap',
          `listen = 127.0.0.1`,
          'ssl = no',
          // dovenull is a system user (UID below 500); it owns the lab's mailboxes.
          'first_valid_uid = 100',
          'disable_plaintext_auth = no',
          'auth_mechanisms = plain',
          `log_path = ${ctx.dir}/dovecot.log`,
          'passdb {\n  driver = static\n  args = password=live-check\n}',
          `userdb {\n  driver = static\n  args = uid=dovenull gid=dovenull home=${mail}/%u\n}`,
          `mail_location = maildir:${mail}/%u/Maildir`,
          `service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${imap}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
          `service stats {\n  inet_listener http {\n    address = 127.0.0.1\n    port = ${stats}\n  }\n}`,
          'metric auth_success {\n  filter = event=auth_request_finished AND success=yes\n}',
          'metric auth_failure {\n  filter = event=auth_request_finished AND NOT success=yes\n}',
          'metric imap_command {\n  filter = event=imap_command_finished\n  group_by = cmd_name tagged_reply_state\n}',
          'metric imap_command_latency {\n  filter = event=imap_command_finished AND NOT cmd_name=IDLE\n  group_by = duration:exponential:2:7:10\n}',
          '',
        ].join('\n'),
      );
      start('dovecot', '/usr/sbin/dovecot', ['-F', '-c', conf], { logDir: ctx.logDir });
      await waitForTcp(stats);
      await waitForTcp(imap);
      // One good and one bad IMAP login with a few commands, so every metric the rules use has samples.
      await imapSession(imap, ['a1 LOGIN live wrong-password', 'a2 LOGIN live live-check', 'a3 SELECT INBOX', 'a4 NOOP', 'a5 LOGOUT']);
      return { port: stats };
    },
  },
  {
    slug: 'collectd',
    // write_prometheus needs two libraries that collectd-core only suggests.
    packages: ['collectd-core', 'libprotobuf-c1', 'libmicrohttpd12'],
    start: async (ctx) => {
      const port = await freePort();
      const conf = path.join(ctx.dir, 'collectd.conf');
      writeFileSync(
        conf,
        `Interval 2\nBaseDir "${ctx.dir}"\nPIDFile "${ctx.dir}/collectd.pid"\nPluginDir "/usr/lib/collectd"\nTypesDB "/usr/share/collectd/types.db"\nLoadPlugin cpu\nLoadPlugin memory\nLoadPlugin df\nLoadPlugin interface\nLoadPlugin write_prometheus\n<Plugin write_prometheus>\n  Host "127.0.0.1"\n  Port "${port}"\n</Plugin>\n`,
      );
      start('collectd', '/usr/sbin/collectd', ['-f', '-C', conf], { logDir: ctx.logDir });
      await waitForTcp(port);
      await new Promise((r) => setTimeout(r, 5000));
      return { port };
    },
  },
  {
    slug: 'netdata',
    packages: ['netdata-core'],
    start: async (ctx) => {
      const port = await freePort();
      const conf = path.join(ctx.dir, 'netdata.conf');
      const dir = path.join(ctx.dir, 'netdata');
      for (const sub of ['cache', 'lib']) mkdirSync(path.join(dir, sub), { recursive: true });
      ownedDir(dir, 'netdata');
      writeFileSync(
        conf,
        `[global]\n  run as user = netdata\n  update every = 1\n[directories]\n  cache = ${dir}/cache\n  lib = ${dir}/lib\n  log = ${dir}\n  home = ${dir}\n[web]\n  bind to = 127.0.0.1:${port}\n[plugins]\n  python.d = no\n  charts.d = no\n  go.d = no\n  apps = no\n  ebpf = no\n  perf = no\n  slabinfo = no\n  idlejitter = no\n[ml]\n  enabled = no\n[registry]\n  enabled = no\n[health]\n  enabled = no\n[cloud]\n  conversation log = no\n`,
      );
      start('netdata', '/usr/sbin/netdata', ['-D', '-c', conf, '-P', `${dir}/netdata.pid`], { logDir: ctx.logDir });
      await waitForTcp(port);
      await new Promise((r) => setTimeout(r, 6000));
      // The Prometheus endpoint is a path with parameters; Prometheus scrapes it the same way.
      return { port, metricsPath: { path: '/api/v1/allmetrics', params: { format: 'prometheus' } } };
    },
  },
  {
    slug: 'rabbitmq',
    packages: ['rabbitmq-server'],
    start: async (ctx) => {
      const amqp = await freePort();
      const dist = await freePort();
      const prom = await freePort();
      const epmd = await freePort();
      const dir = ownedDir(path.join(ctx.dir, 'rabbitmq'), 'rabbitmq');
      writeFileSync(path.join(dir, 'enabled_plugins'), '[rabbitmq_prometheus].\n');
      writeFileSync(path.join(dir, 'rabbitmq.conf'), `listeners.tcp.default = 127.0.0.1:${amqp}\nprometheus.tcp.ip = 127.0.0.1\nprometheus.tcp.port = ${prom}\nprometheus.return_per_object_metrics = true\n`);
      run('chown', ['-R', 'rabbitmq:rabbitmq', dir]);
      const env = {
        HOME: dir,
        RABBITMQ_NODENAME: 'live@localhost',
        RABBITMQ_CONFIG_FILE: path.join(dir, 'rabbitmq.conf'),
        RABBITMQ_ENABLED_PLUGINS_FILE: path.join(dir, 'enabled_plugins'),
        RABBITMQ_MNESIA_BASE: path.join(dir, 'mnesia'),
        RABBITMQ_LOG_BASE: path.join(dir, 'log'),
        RABBITMQ_DIST_PORT: String(dist),
        ERL_EPMD_ADDRESS: '127.0.0.1',
        ERL_EPMD_PORT: String(epmd),
        RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: '-kernel inet_dist_use_interface {127,0,0,1}',
      };
      start('rabbitmq', '/usr/lib/rabbitmq/bin/rabbitmq-server', [], { logDir: ctx.logDir, user: 'rabbitmq', env });
      await waitForTcp(prom, 120_000);
      return { port: prom };
    },
  },
  {
    slug: 'smokeping-prober',
    packages: ['prometheus-smokeping-prober'],
    start: async (ctx) => ({
      // Root in the lab, so privileged ICMP works; the only host pinged is 127.0.0.1.
      port: await exporter(ctx, 'smokeping_prober', '/usr/bin/prometheus-smokeping-prober', (p) => [`--web.listen-address=127.0.0.1:${p}`, '--privileged', '127.0.0.1']),
    }),
  },
  {
    slug: 'mtail',
    packages: ['mtail'],
    start: async (ctx) => {
      const progs = path.join(ctx.dir, 'progs');
      mkdirSync(progs);
      writeFileSync(path.join(progs, 'lines.mtail'), 'counter lines_total\n/$/ {\n  lines_total++\n}\n');
      const logFile = path.join(ctx.dir, 'app.log');
      writeFileSync(logFile, 'first line\n');
      return { port: await exporter(ctx, 'mtail', '/usr/bin/mtail', (p) => ['--progs', progs, '--logs', logFile, '--address', '127.0.0.1', '--port', String(p)]) };
    },
  },
  {
    slug: 'bird-exporter',
    packages: ['prometheus-bird-exporter', 'bird2'],
    start: async (ctx) => {
      const sock = path.join(ctx.dir, 'bird.ctl');
      const conf = path.join(ctx.dir, 'bird.conf');
      // A device protocol, a static protocol with one route and a BGP session to a loopback
      // address where nobody answers: real protocol states without a network.
      writeFileSync(
        conf,
        'router id 192.0.2.1;\nprotocol device {}\nprotocol static static4 {\n  ipv4;\n  route 198.51.100.0/24 blackhole;\n}\nprotocol bgp peer1 {\n  local 127.0.0.1 as 64512;\n  neighbor 127.0.0.2 as 64513;\n  ipv4 { import all; export none; };\n}\n',
      );
      start('bird', '/usr/sbin/bird', ['-f', '-c', conf, '-s', sock], { logDir: ctx.logDir });
      await waitForFile(sock);
      return { port: await exporter(ctx, 'bird_exporter', '/usr/bin/prometheus-bird-exporter', (p) => ['-bird.v2', `-bird.socket=${sock}`, `-web.listen-address=127.0.0.1:${p}`]) };
    },
  },
  {
    slug: 'frr-exporter',
    packages: ['prometheus-frr-exporter', 'frr'],
    start: async (ctx) => {
      // zebra and bgpd with their vty sockets in the lab's folder, no TCP vty, BGP listening on
      // loopback only, one BGP neighbour on a loopback address where nobody answers.
      const run = ownedDir(path.join(ctx.dir, 'run'), 'frr');
      const zebraConf = path.join(run, 'zebra.conf');
      const bgpdConf = path.join(run, 'bgpd.conf');
      writeFileSync(zebraConf, 'hostname lab\n');
      writeFileSync(bgpdConf, 'hostname lab\nrouter bgp 64512\n bgp router-id 192.0.2.1\n no bgp ebgp-requires-policy\n neighbor 127.0.0.2 remote-as 64513\n');
      chownSync(zebraConf, uidOf('frr'), uidOf('frr', 'g'));
      chownSync(bgpdConf, uidOf('frr'), uidOf('frr', 'g'));
      const common = ['-z', `${run}/zserv.api`, '--vty_socket', run, '-u', 'frr', '-g', 'frr', '-A', '127.0.0.1', '-P', '0'];
      start('zebra', '/usr/lib/frr/zebra', ['-f', zebraConf, '-i', `${run}/zebra.pid`, ...common], { logDir: ctx.logDir });
      await waitForFile(`${run}/zserv.api`);
      start('bgpd', '/usr/lib/frr/bgpd', ['-f', bgpdConf, '-i', `${run}/bgpd.pid`, ...common, '-p', '0', '-l', '127.0.0.1'], { logDir: ctx.logDir });
      await waitForFile(`${run}/bgpd.vty`);
      return { port: await exporter(ctx, 'frr_exporter', '/usr/bin/prometheus-frr-exporter', (p) => [`--web.listen-address=127.0.0.1:${p}`, `--frr.socket.dir-path=${run}`, '--no-collector.ospf', '--no-collector.bfd']) };
    },
  },
];

export async function scrape(port: number, probe?: { path: string; params: Record<string, string> }): Promise<string> {
  const url = probe ? `http://127.0.0.1:${port}${probe.path}?${new URLSearchParams(probe.params)}` : `http://127.0.0.1:${port}/metrics`;
  return fetchText(url);
}
