/**
 * The Docker-free local stack: a Postgres 15 cluster in a project-local data
 * directory that looks like a Supabase database to the CLI, to PostgREST-style
 * clients and to our migrations. With SUPABASE_DB_URL set, every command uses
 * that database instead and none of this runs.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync, chownSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ROOT, fail, info } from './shell.ts';

/** The port `supabase start` uses; REPLYTICS_DB_PORT moves the local stack when another one holds it. */
export const PORT = Number(process.env.REPLYTICS_DB_PORT || 54322);
export const LOCAL_URL = `postgresql://postgres:postgres@127.0.0.1:${PORT}/postgres`;
const ADMIN_USER = 'supabase_admin';
const PASSWORD = 'postgres';
export const PG_BIN = '/usr/lib/postgresql/15/bin';
const BASELINE_MARK = 'replytics local stack: supabase baseline v1';

const isRoot = process.getuid?.() === 0;

/**
 * Where the cluster lives. Postgres refuses to run as root, so as root the
 * server runs as the `postgres` OS user, who must be able to enter every
 * directory above its data directory. A clone in a private home (/root,
 * /home/me with mode 700) does not allow that: there the cluster goes to a
 * directory of the postgres user's own, one per clone, and `db:status` says
 * where. Everyone else runs the server as themselves, inside the clone.
 * REPLYTICS_DB_DIR puts the cluster elsewhere (with REPLYTICS_DB_PORT, a
 * second cluster beside the stack: see scratch.ts); the postgres OS user must
 * be able to enter every directory above it.
 */
type StackPaths = { dir: string; pgdata: string; socketDir: string; logFile: string; blockedBy: string | null };
let stackPaths: StackPaths | undefined;

/** The cluster's directories, decided on first use (after the packages that create the postgres user). */
export function paths(): StackPaths {
  if (stackPaths) return stackPaths;
  const chosen = process.env.REPLYTICS_DB_DIR ? path.resolve(process.env.REPLYTICS_DB_DIR) : null;
  const inClone = path.join(ROOT, 'supabase', '.local-db');
  const blockedBy = isRoot && !chosen ? firstBlockedDir(path.join(ROOT, 'supabase')) : null;
  const dir = chosen ?? (blockedBy
    ? path.join(postgresUser().home, 'replytics', `${path.basename(ROOT)}-${createHash('sha256').update(ROOT).digest('hex').slice(0, 10)}`)
    : inClone);
  stackPaths = { dir, pgdata: path.join(dir, 'pgdata'), socketDir: path.join(dir, 'run'), logFile: path.join(dir, 'postgres.log'), blockedBy };
  return stackPaths;
}

/** A path as a person reads it: relative inside the clone, absolute outside. */
function shown(p: string): string {
  return p.startsWith(ROOT + path.sep) ? path.relative(ROOT, p) : p;
}

/** The first directory on the way to `dir` that the postgres OS user may not enter, if any. */
function firstBlockedDir(dir: string): string | null {
  const parts = dir.split(path.sep).filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const p = path.sep + parts.slice(0, i).join(path.sep);
    if (spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', p]).status !== 0) return p;
  }
  return null;
}

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
  const pidFile = path.join(paths().pgdata, 'postmaster.pid');
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
  const { dir, pgdata, socketDir } = paths();
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    fail(
      `cannot create the local database in ${dir}: ${(e as Error).message}\n` +
        'clone the repository into a directory you can write, or point every command at an existing ' +
        'database with SUPABASE_DB_URL.',
    );
  }
  rmSync(pgdata, { recursive: true, force: true });
  mkdirSync(pgdata, { mode: 0o700 });
  mkdirSync(socketDir, { recursive: true });
  const pwfile = path.join(os.tmpdir(), `replytics-pw-${process.pid}`);
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o644 });
  if (isRoot) {
    const { uid, gid } = postgresUser();
    for (const p of [dir, pgdata, socketDir]) chownSync(p, uid, gid);
    chownSync(pwfile, uid, gid);
  }
  try {
    pgCommand('initdb', [
      '-D', pgdata,
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
    `unix_socket_directories = '${socketDir}'`,
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
  writeFileSync(path.join(pgdata, 'postgresql.conf'), `${readFileSync(path.join(pgdata, 'postgresql.conf'), 'utf8')}${conf}\n`);
}

/** The `postgres` OS user the server runs as when we are root. */
function postgresUser(): { uid: number; gid: number; home: string } {
  const res = spawnSync('getent', ['passwd', 'postgres'], { encoding: 'utf8' });
  const [, , uid, gid, , home] = res.stdout.trim().split(':');
  if (res.status !== 0 || !home) {
    fail('running as root needs the `postgres` OS user; install postgresql-15 (npm run db:start installs it as root on Debian)');
  }
  return { uid: Number(uid), gid: Number(gid), home };
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

export type StackState = { running: boolean; pid: number | null; url: string; external: boolean; dataDir: string | null };

export async function status(): Promise<StackState> {
  if (isExternal()) {
    return { running: await canConnect(databaseUrl()), pid: null, url: databaseUrl(), external: true, dataDir: null };
  }
  const pid = serverPid();
  return { running: pid !== null, pid, url: LOCAL_URL, external: false, dataDir: shown(paths().pgdata) };
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
  const { pgdata, logFile, blockedBy } = paths();
  const fresh = !existsSync(path.join(pgdata, 'PG_VERSION'));
  if (serverPid() === null) {
    await ensurePortFree(PORT);
    if (fresh) {
      info(`creating a Postgres 15 cluster in ${shown(pgdata)}`);
      if (blockedBy) info(`(not in the clone: the postgres OS user the server runs as cannot enter ${blockedBy})`);
      initCluster();
    }
    // A crash can leave a stale pid file that pg_ctl handles itself.
    const res = pgCommand('pg_ctl', ['-D', pgdata, '-l', logFile, '-w', '-t', '60', 'start'], { allowFail: true });
    if (res.status !== 0) {
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').slice(-15).join('\n') : '';
      fail(`Postgres did not start (pg_ctl exit ${res.status}).\n${res.stdout}${res.stderr}\nlast lines of ${shown(logFile)}:\n${log}`);
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
  pgCommand('pg_ctl', ['-D', paths().pgdata, '-m', 'fast', '-w', '-t', '60', 'stop']);
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
