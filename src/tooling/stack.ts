/**
 * The Docker-free local stack: a Postgres 15 cluster in a project-local data
 * directory that looks like a Supabase database to the CLI, to PostgREST-style
 * clients and to our migrations. With SUPABASE_DB_URL set, every command uses
 * that database instead and none of this runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chownSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ROOT, fail, info } from './util.ts';

export const PORT = 54322;
export const LOCAL_URL = `postgresql://postgres:postgres@127.0.0.1:${PORT}/postgres`;
const ADMIN_USER = 'supabase_admin';
const PASSWORD = 'postgres';
const PG_BIN = '/usr/lib/postgresql/15/bin';
const STACK_DIR = path.join(ROOT, 'supabase', '.local-db');
const PGDATA = path.join(STACK_DIR, 'pgdata');
const SOCKET_DIR = path.join(STACK_DIR, 'run');
const LOG_FILE = path.join(STACK_DIR, 'postgres.log');
const BASELINE_MARK = 'replytics local stack: supabase baseline v1';

/** Debian packages the stack needs, keyed by a file each one installs. */
const REQUIRED_PACKAGES: Array<[file: string, pkg: string]> = [
  [`${PG_BIN}/postgres`, 'postgresql-15'],
  ['/usr/share/postgresql/15/extension/pgtap.control', 'postgresql-15-pgtap'],
  ['/usr/share/postgresql/15/extension/pg_cron.control', 'postgresql-15-cron'],
  ['/usr/share/postgresql/15/extension/plpgsql_check.control', 'postgresql-15-plpgsql-check'],
  ['/usr/bin/pg_prove', 'libtap-parser-sourcehandler-pgtap-perl'],
];

/** The database every command works on. */
export function databaseUrl(): string {
  return process.env.SUPABASE_DB_URL || LOCAL_URL;
}

export function isExternal(): boolean {
  return Boolean(process.env.SUPABASE_DB_URL);
}

function adminUrl(database = 'postgres'): string {
  return `postgresql://${ADMIN_USER}:${PASSWORD}@127.0.0.1:${PORT}/${database}`;
}

const isRoot = process.getuid?.() === 0;

/** Runs a Postgres server binary as the `postgres` OS user when we are root (Postgres refuses root). */
function pgCommand(bin: string, args: string[], opts: { allowFail?: boolean } = {}) {
  const cmd = isRoot ? 'runuser' : path.join(PG_BIN, bin);
  const argv = isRoot ? ['-u', 'postgres', '--', path.join(PG_BIN, bin), ...args] : args;
  const res = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (res.error) fail(`could not run ${bin}: ${res.error.message}`);
  if (res.status !== 0 && !opts.allowFail) {
    fail(`${bin} ${args.join(' ')} failed (exit ${res.status}):\n${res.stdout}${res.stderr}`);
  }
  return res;
}

export function missingPackages(): string[] {
  return REQUIRED_PACKAGES.filter(([file]) => !existsSync(file)).map(([, pkg]) => pkg);
}

/** Installs missing Debian packages when we can (root on Debian/Ubuntu); otherwise says exactly what to install. */
export function ensurePackages(): void {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const canApt = isRoot && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    fail(
      `missing Debian packages: ${missing.join(' ')}\n` +
        `install them with:  sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  info(`installing ${missing.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let res = spawnSync('apt-get', ['install', '-y', '-q', ...missing], { stdio: 'inherit', env });
  if (res.status !== 0) {
    spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    res = spawnSync('apt-get', ['install', '-y', '-q', ...missing], { stdio: 'inherit', env });
  }
  const still = missingPackages();
  if (res.status !== 0 || still.length > 0) fail(`apt-get could not install: ${still.join(' ')}`);
}

function serverPid(): number | null {
  const pidFile = path.join(PGDATA, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ host: '127.0.0.1', port });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

/** Refuses to go on when something that is not our server holds the port. */
export async function ensurePortFree(port: number): Promise<void> {
  if (await portInUse(port)) {
    fail(`port ${port} is already in use by another process; stop it or set SUPABASE_DB_URL. Nothing was changed.`);
  }
}

function initCluster(): void {
  mkdirSync(STACK_DIR, { recursive: true });
  rmSync(PGDATA, { recursive: true, force: true });
  mkdirSync(PGDATA, { mode: 0o700 });
  mkdirSync(SOCKET_DIR, { recursive: true });
  const pwfile = path.join(os.tmpdir(), `replytics-pw-${process.pid}`);
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o644 });
  if (isRoot) {
    const { uid, gid } = postgresUser();
    for (const p of [STACK_DIR, PGDATA, SOCKET_DIR]) chownSync(p, uid, gid);
    chownSync(pwfile, uid, gid);
  }
  try {
    pgCommand('initdb', [
      '-D', PGDATA,
      '-U', ADMIN_USER,
      '--pwfile', pwfile,
      '--auth-host=scram-sha-256',
      '--auth-local=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
  } finally {
    rmSync(pwfile, { force: true });
  }
  const conf = [
    '',
    '# replytics local stack',
    `listen_addresses = '127.0.0.1'`,
    `port = ${PORT}`,
    `unix_socket_directories = '${SOCKET_DIR}'`,
    `shared_preload_libraries = 'pg_stat_statements, pg_cron'`,
    `cron.database_name = 'postgres'`,
    `password_encryption = 'scram-sha-256'`,
    `timezone = 'UTC'`,
    `log_timezone = 'UTC'`,
    `shared_buffers = '512MB'`,
    `max_connections = 200`,
    `fsync = on`,
    `log_min_messages = warning`,
  ].join('\n');
  writeFileSync(path.join(PGDATA, 'postgresql.conf'), `${readFileSync(path.join(PGDATA, 'postgresql.conf'), 'utf8')}${conf}\n`);
}

function postgresUser(): { uid: number; gid: number } {
  const res = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gres = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (res.status !== 0) fail('running as root needs the `postgres` OS user (installed by postgresql-15)');
  return { uid: Number(res.stdout.trim()), gid: Number(gres.stdout.trim()) };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function bootstrapRoles(): Promise<void> {
  await withClient(adminUrl(), (c) => c.query(readFileSync(path.join(ROOT, 'src/tooling/bootstrap-roles.sql'), 'utf8')));
}

async function isBaselined(): Promise<boolean> {
  return withClient(adminUrl(), async (c) => {
    const r = await c.query(`select shobj_description(oid, 'pg_database') as d from pg_database where datname = 'postgres'`);
    return r.rows[0]?.d === BASELINE_MARK;
  });
}

async function bootstrapDatabase(): Promise<void> {
  await withClient(adminUrl(), (c) => c.query(readFileSync(path.join(ROOT, 'src/tooling/bootstrap-database.sql'), 'utf8')));
}

/** Drops and recreates the `postgres` database with the Supabase baseline and nothing else. */
export async function recreateDatabase(): Promise<void> {
  await withClient(adminUrl('template1'), async (c) => {
    await c.query('drop database if exists postgres with (force)');
    await c.query('create database postgres owner postgres');
  });
  await bootstrapDatabase();
}

export type StackState = { running: boolean; pid: number | null; url: string; external: boolean };

export async function status(): Promise<StackState> {
  if (isExternal()) return { running: await canConnect(databaseUrl()), pid: null, url: databaseUrl(), external: true };
  const pid = serverPid();
  return { running: pid !== null, pid, url: LOCAL_URL, external: false };
}

async function canConnect(url: string): Promise<boolean> {
  try {
    await withClient(url, (c) => c.query('select 1'));
    return true;
  } catch {
    return false;
  }
}

/** Starts the local cluster (creating and bootstrapping it on first use). Idempotent. */
export async function start(): Promise<void> {
  if (isExternal()) {
    if (!(await canConnect(databaseUrl()))) fail(`SUPABASE_DB_URL is set but the database does not answer: ${redact(databaseUrl())}`);
    info(`using SUPABASE_DB_URL (${redact(databaseUrl())}); local stack not started`);
    return;
  }
  ensurePackages();
  const fresh = !existsSync(path.join(PGDATA, 'PG_VERSION'));
  if (serverPid() === null) {
    await ensurePortFree(PORT);
    if (fresh) {
      info(`creating a Postgres 15 cluster in ${path.relative(ROOT, PGDATA)}`);
      initCluster();
    }
    // A crash can leave a stale pid file that pg_ctl handles itself.
    const res = pgCommand('pg_ctl', ['-D', PGDATA, '-l', LOG_FILE, '-w', '-t', '60', 'start'], { allowFail: true });
    if (res.status !== 0) {
      const log = existsSync(LOG_FILE) ? readFileSync(LOG_FILE, 'utf8').trim().split('\n').slice(-15).join('\n') : '';
      fail(`Postgres did not start (pg_ctl exit ${res.status}).\n${res.stdout}${res.stderr}\nlast lines of ${path.relative(ROOT, LOG_FILE)}:\n${log}`);
    }
  }
  await bootstrapRoles();
  if (!(await isBaselined())) {
    info('applying the Supabase baseline (roles, auth, extensions, default privileges)');
    await bootstrapDatabase();
  }
}

/** Stops the local cluster if it runs. Idempotent. */
export async function stop(): Promise<boolean> {
  if (isExternal()) {
    info('SUPABASE_DB_URL is set: nothing local to stop');
    return false;
  }
  if (serverPid() === null) return false;
  pgCommand('pg_ctl', ['-D', PGDATA, '-m', 'fast', '-w', '-t', '60', 'stop']);
  return true;
}

export function redact(url: string): string {
  return url.replace(/(:\/\/[^:/@]+:)[^@]*@/, '$1****@');
}


/**
 * Forces a checkpoint on the local stack (it needs the admin role), so that a
 * measurement does not share the disk with one. False on an external database.
 */
export async function checkpoint(): Promise<boolean> {
  if (isExternal()) return false;
  await withClient(adminUrl(), (c) => c.query('checkpoint'));
  return true;
}

export { withClient };
