/**
 * `npm run db:backup -- --out DIR` and `npm run db:restore -- DIR`: a backup
 * of the database `databaseUrl()` names (the local stack or SUPABASE_DB_URL)
 * that restores with every guarantee the migrations give.
 *
 * The dumps are the Supabase CLI's own (`supabase db dump --dry-run` prints
 * the pg_dump script it would run in Docker; it runs here with Debian's
 * PostgreSQL 15 client), with the CLI's exclusions: roles, schema, data and,
 * as Supabase documents for keeping the history, the supabase_migrations
 * schema and its rows. A plain restore of those files gives a database that
 * looks right and is not, and the restore here mends each gap:
 *
 * - privileges: pg_dump writes grants relative to Postgres's built-in
 *   defaults, not the destination's. A Supabase project's default privileges
 *   grant ALL on every new public table, sequence and function to anon,
 *   authenticated and service_role, so the dump's tables are created with
 *   those grants and its GRANTs only add to them: the revokes of the
 *   migrations are lost. The restore first empties the default privileges of
 *   the role it creates objects as (in the schemas the dump creates, and
 *   globally back to Postgres's built-in ones); the dump then sets them back to
 *   the source's.
 * - pg_cron jobs: the CLI leaves the cron schema out. The backup keeps the
 *   jobs of its role (cron.sql) and the restore schedules them again.
 * - settings of the API roles: the CLI keeps only a few (statement_timeout,
 *   pgrst.*) of Supabase's reserved roles; the others (authenticated's
 *   random_page_cost) are in role-settings.sql.
 * - materialized views: a schema dump creates them WITH NO DATA, and a data
 *   dump does not refresh them. The schema is dumped in pg_dump's two
 *   sections instead (the CLI's script, with --section for --schema-only):
 *   post-data refreshes the views that were populated, and creates indexes,
 *   constraints and triggers after the rows are in.
 * - session_replication_role = replica (set by the CLI's data script) keeps
 *   triggers and foreign keys from firing while rows load, as Supabase's
 *   procedure does.
 *
 * Everything runs in one psql transaction that ends with a check of the
 * restored database against the manifest (row counts, populated views, jobs,
 * history, role settings, every privilege of the API roles); any error or
 * difference rolls it all back.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { StringDecoder } from 'node:string_decoder';
import type pg from 'pg';
import { PROJECT_SCHEMAS } from './current-schema.ts';
import { privilegesSql, readPrivileges, type Privilege } from './privileges.ts';
import { askOnTerminal, bin, fail, info, pgEnv, run, seconds, step } from './shell.ts';
import * as stack from './stack.ts';

export const FORMAT = 'replytics-backup/1';

/** The role that runs the migrations; a restore creates every object as this role. */
const PROJECT_ROLE = 'postgres';

/** Supabase's API roles, whose settings PostgREST applies per request. */
const API_ROLES = ['anon', 'authenticated', 'service_role', 'authenticator'];

/** Settings whose value is a list written without quotes (pg_dumpall writes them so too). */
const LIST_SETTINGS = ['search_path', 'temp_tablespaces', 'session_preload_libraries', 'local_preload_libraries'];

/** The files of a backup, in the order a restore loads them. */
const FILES = {
  roles: 'roles.sql',
  preData: 'schema-pre-data.sql',
  data: 'data.sql',
  postData: 'schema-post-data.sql',
  historySchema: 'history-schema.sql',
  historyData: 'history-data.sql',
  cron: 'cron.sql',
  roleSettings: 'role-settings.sql',
} as const;

const MANIFEST = 'manifest.json';

type FileEntry = { bytes: number; sha256: string };
type CronJob = { jobname: string | null; schedule: string; command: string; active: boolean };
type RoleSetting = { role: string; inDatabase: boolean; setting: string };

export type Manifest = {
  format: string;
  createdAt: string;
  source: string;
  tookSeconds: number;
  versions: { server: string; serverVersionNum: number; pgDump: string; supabaseCli: string; pgCron: string | null };
  /** supabase_migrations.schema_migrations at the backup. */
  migrations: string[];
  files: Record<string, FileEntry>;
  /** The schemas the dump creates, and public. */
  schemas: string[];
  /** Rows of every table data.sql fills, by its quoted name. */
  rows: Record<string, number>;
  /** The materialized views the source had populated (quoted names); the post-data dump refreshes them. */
  materializedViews: string[];
  cronJobs: CronJob[];
  roleSettings: RoleSetting[];
  /** What readPrivileges read at the source, and in which schemas. */
  privilegeSchemas: string[];
  privileges: Privilege[];
};

async function clientVersion(tool: 'pg_dump' | 'psql'): Promise<string> {
  const res = await run(path.join(stack.PG_BIN, tool), ['--version']);
  if (res.code !== 0) fail(`${tool} from PostgreSQL 15 is missing (${stack.PG_BIN}); install postgresql-client-15`);
  return res.stdout.trim();
}

function bytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let i = 0;
  while (n >= 1000 && i < units.length - 1) { n /= 1000; i++; }
  return `${n.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

// ---------------------------------------------------------------------------------------------
// Backup

/**
 * The script `supabase db dump` would run, for these flags. With `section`,
 * the schema script dumps one of pg_dump's sections instead of the whole
 * schema: pre-data (schemas, types, tables, functions, views, grants) and
 * post-data (indexes, constraints, triggers, policies, publications, default
 * privileges, and the refresh of each populated materialized view), so that a
 * restore loads the rows between the two, as pg_restore orders a full restore,
 * instead of into tables that already have every index and constraint.
 */
async function dumpScript(url: string, flags: string[], section?: 'pre-data' | 'post-data'): Promise<string> {
  const res = await run(bin('supabase'), ['db', 'dump', '--dry-run', ...flags, `--remote=${url}`]);
  const script = res.stdout.slice(res.stdout.indexOf('#!'));
  if (res.code !== 0 || !script.startsWith('#!')) {
    fail(`supabase db dump --dry-run ${flags.join(' ')} failed (exit ${res.code}):\n${res.stdout}${res.stderr}`);
  }
  if (!section) return script;
  const schemaOnly = /^(\s+)--schema-only \\$/m;
  if (!schemaOnly.test(script)) fail('the Supabase CLI\'s schema dump script no longer passes --schema-only to pg_dump on a line of its own; src/tooling/backup.ts needs a look');
  return script.replace(schemaOnly, `$1--section=${section} \\`);
}

/**
 * Runs a dump script with PostgreSQL 15's client first on the PATH and writes
 * its output to `file` as it comes, hashing it and handing every line to
 * `onLine`. The script (with the password in it) is never written to disk.
 */
async function runDump(script: string, file: string, onLine?: (line: string) => void): Promise<FileEntry> {
  const child = spawn('bash', ['-s'], {
    env: { ...process.env, PATH: `${stack.PG_BIN}:${process.env.PATH ?? ''}` },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const closed = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d; });
  child.stdin.end(script);
  const out = createWriteStream(file, { mode: 0o600 });
  const hash = createHash('sha256');
  const decoder = new StringDecoder('utf8');
  let size = 0;
  let rest = '';
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (onLine) {
      const lines = (rest + decoder.write(chunk)).split('\n');
      rest = lines.pop()!;
      for (const line of lines) onLine(line);
    }
    if (!out.write(chunk)) await once(out, 'drain');
  }
  if (onLine && (rest += decoder.end())) onLine(rest);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  const code = await closed;
  if (code !== 0) fail(`the dump for ${path.basename(file)} failed (exit ${code}):\n${stderr.trim()}`);
  return { bytes: size, sha256: hash.digest('hex') };
}

/** Counts the rows of each COPY block of a data dump, line by line. */
function copyCounter(rows: Record<string, number>): (line: string) => void {
  let table: string | null = null;
  return (line) => {
    if (table === null) {
      const m = /^COPY ((?:"(?:[^"]|"")*"\.)?"(?:[^"]|"")*") .* FROM stdin;$/.exec(line);
      if (m) rows[(table = m[1]!)] = 0;
    } else if (line === '\\.') {
      table = null;
    } else {
      rows[table]! += 1;
    }
  };
}

type SourceState = Pick<Manifest, 'migrations' | 'cronJobs' | 'roleSettings' | 'privileges' | 'privilegeSchemas'> & {
  server: string; serverVersionNum: number; pgCron: string | null; populated: Set<string>;
};

async function readSource(c: pg.Client): Promise<SourceState> {
  await c.query('begin isolation level repeatable read read only');
  try {
    const { rows: [v] } = await c.query<{ server: string; num: number; cron: string | null; who: string }>(
      `select version() as server, current_setting('server_version_num')::int as num, current_user as who,
              (select extversion from pg_extension where extname = 'pg_cron') as cron`);
    if (v!.who !== PROJECT_ROLE) fail(`connect as ${PROJECT_ROLE}, the role that runs the migrations (connected as ${v!.who})`);
    const migrations = await migrationVersions(c);
    const cronJobs = v!.cron === null ? [] : (await c.query<CronJob>(
      `select jobname, schedule, command, active from cron.job
        where username = current_user and database = current_database() order by jobname, jobid`)).rows;
    const roleSettings = (await c.query<RoleSetting>(
      `select r.rolname as role, s.setdatabase <> 0 as "inDatabase", x.setting
         from pg_db_role_setting s join pg_roles r on r.oid = s.setrole cross join unnest(s.setconfig) x(setting)
        where r.rolname = any ($1) and s.setdatabase in (0, (select oid from pg_database where datname = current_database()))
        order by 1, 2, 3`, [API_ROLES])).rows;
    const populated = new Set((await c.query<{ name: string }>(
      `select format('"%s"."%s"', replace(n.nspname, '"', '""'), replace(c.relname, '"', '""')) as name
         from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'm' and c.relispopulated`)).rows.map((r) => r.name));
    const privileges = await readPrivileges(c);
    return {
      server: v!.server, serverVersionNum: v!.num, pgCron: v!.cron, migrations, cronJobs, roleSettings,
      populated, privileges, privilegeSchemas: [...PROJECT_SCHEMAS],
    };
  } finally {
    await c.query('rollback');
  }
}

async function migrationVersions(c: Pick<pg.ClientBase, 'query'>): Promise<string[]> {
  const { rows: [t] } = await c.query<{ present: boolean }>(
    `select to_regclass('supabase_migrations.schema_migrations') is not null as present`);
  if (!t!.present) return [];
  return (await c.query<{ version: string }>('select version from supabase_migrations.schema_migrations order by 1')).rows.map((r) => r.version);
}

function cronSql(jobs: CronJob[]): string {
  const lines = jobs.map((j) =>
    j.jobname === null
      ? `select cron.alter_job(cron.schedule(${literal(j.schedule)}, ${literal(j.command)}), active => ${j.active});`
      : `select cron.schedule_in_database(${literal(j.jobname)}, ${literal(j.schedule)}, ${literal(j.command)}, current_database(), null, ${j.active});`);
  return [
    '-- The pg_cron jobs the backed-up role had in its database; scheduled again in the database restored into.',
    ...lines, '',
  ].join('\n');
}

/** `alter role` for the API roles' settings that the CLI's roles.sql leaves out. */
function roleSettingsSql(settings: RoleSetting[], rolesSql: string): string {
  const kept = new Set([...rolesSql.matchAll(/^ALTER ROLE "((?:[^"]|"")+)"(?: IN DATABASE \S+)? SET "?([\w.]+)"? /gm)]
    .map((m) => `${m[1]!.replace(/""/g, '"')}\0${m[2]}`));
  const lines = settings
    .filter((s) => !kept.has(`${s.role}\0${s.setting.slice(0, s.setting.indexOf('='))}`))
    .map((s) => {
      const name = s.setting.slice(0, s.setting.indexOf('='));
      const value = s.setting.slice(name.length + 1);
      const to = LIST_SETTINGS.includes(name) ? value : literal(value);
      const set = `set ${quoteIdent(name)} to ${to}`;
      return s.inDatabase
        ? `do $$ begin execute format('alter role %I in database %I ${set.replace(/'/g, "''")}', ${literal(s.role)}, current_database()); end $$;`
        : `alter role ${quoteIdent(s.role)} ${set};`;
    });
  return ['-- Settings of the API roles that roles.sql does not restore (the Supabase CLI keeps only a few).', ...lines, ''].join('\n');
}

function writeSmallFile(dir: string, name: string, content: string): FileEntry {
  writeFileSync(path.join(dir, name), content, { mode: 0o600 });
  return { bytes: Buffer.byteLength(content), sha256: createHash('sha256').update(content).digest('hex') };
}

export async function backup(out: string, url = stack.databaseUrl()): Promise<Manifest> {
  const t0 = performance.now();
  const dir = path.resolve(out);
  if (existsSync(dir) && readdirSync(dir).length > 0) fail(`${out} is not empty; back up into a new or empty directory`);
  await step('database', async () => {
    if (url === stack.databaseUrl()) await stack.start();
  }, () => stack.redact(url));
  const pgDump = await clientVersion('pg_dump');
  const supabaseCli = (await run(bin('supabase'), ['--version'])).stdout.trim();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const written: string[] = [];
  try {
    const source = await step('catalog (history, jobs, role settings, privileges)',
      () => stack.withClient(url, readSource),
      (s) => `${s.migrations.length} migrations, ${s.cronJobs.length} jobs, ${s.privileges.length} privileges`);
    const files: Record<string, FileEntry> = {};
    const rows: Record<string, number> = {};
    const dumps: Array<[key: keyof typeof FILES, flags: string[], what: string, section?: 'pre-data' | 'post-data']> = [
      ['roles', ['--role-only'], 'roles'],
      ['preData', [], 'schema, pre-data', 'pre-data'],
      ['data', ['--data-only', '--use-copy'], 'data'],
      ['postData', [], 'schema, post-data', 'post-data'],
      ['historySchema', ['--schema', 'supabase_migrations'], 'migration history schema'],
      ['historyData', ['--data-only', '--use-copy', '--schema', 'supabase_migrations'], 'migration history'],
    ];
    for (const [key, flags, what, section] of dumps) {
      const name = FILES[key];
      written.push(name);
      files[name] = await step(`${what} (supabase db dump${flags.map((f) => ` ${f}`).join('')}${section ? `, pg_dump --section=${section}` : ''})`,
        async () => runDump(await dumpScript(url, flags, section), path.join(dir, name), key === 'data' ? copyCounter(rows) : undefined),
        (f) => key === 'data'
          ? `${bytes(f.bytes)}, ${Object.values(rows).reduce((a, b) => a + b, 0).toLocaleString('en-US')} rows in ${Object.keys(rows).length} tables`
          : bytes(f.bytes));
    }
    const after = await stack.withClient(url, migrationVersions);
    if (after.join() !== source.migrations.join()) {
      fail('a migration was applied while the backup ran; the dumps may disagree. Back up again.');
    }
    const preData = readFileSync(path.join(dir, FILES.preData), 'utf8');
    const schemas = [...new Set(['public', ...[...preData.matchAll(/^CREATE SCHEMA IF NOT EXISTS "((?:[^"]|"")+)";$/gm)]
      .map((m) => m[1]!.replace(/""/g, '"'))])].sort();
    const materializedViews = [...preData.matchAll(/^CREATE MATERIALIZED VIEW ("(?:[^"]|"")+"\."(?:[^"]|"")+") AS$/gm)]
      .map((m) => m[1]!).filter((name) => source.populated.has(name));
    written.push(FILES.cron, FILES.roleSettings);
    files[FILES.cron] = writeSmallFile(dir, FILES.cron, cronSql(source.cronJobs));
    files[FILES.roleSettings] = writeSmallFile(dir, FILES.roleSettings,
      roleSettingsSql(source.roleSettings, readFileSync(path.join(dir, FILES.roles), 'utf8')));
    const manifest: Manifest = {
      format: FORMAT,
      createdAt: new Date().toISOString(),
      source: stack.redact(url),
      tookSeconds: Math.round((performance.now() - t0) / 100) / 10,
      versions: { server: source.server, serverVersionNum: source.serverVersionNum, pgDump, supabaseCli, pgCron: source.pgCron },
      migrations: source.migrations,
      files,
      schemas,
      rows,
      materializedViews,
      cronJobs: source.cronJobs,
      roleSettings: source.roleSettings,
      privilegeSchemas: source.privilegeSchemas,
      privileges: source.privileges,
    };
    written.push(MANIFEST);
    writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    const total = Object.values(files).reduce((a, f) => a + f.bytes, 0);
    console.log(`\ndb:backup done in ${seconds(performance.now() - t0)}: ${out} (${bytes(total)}), ` +
      `${source.migrations.length} migrations, ${Object.values(rows).reduce((a, b) => a + b, 0).toLocaleString('en-US')} rows, ` +
      `${source.cronJobs.length} pg_cron jobs`);
    return manifest;
  } catch (e) {
    // A backup without its manifest is refused by restore; leave none half-written.
    for (const f of written) rmSync(path.join(dir, f), { force: true });
    if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Restore

/** Reads the manifest and checks every file against it: nothing is restored from a backup that changed. */
export async function readBackup(dir: string): Promise<Manifest> {
  const manifestPath = path.join(dir, MANIFEST);
  if (!existsSync(manifestPath)) fail(`${dir} has no ${MANIFEST}: not a backup made by db:backup, or one that did not finish`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  } catch (e) {
    fail(`${manifestPath} is not valid JSON: ${(e as Error).message}`);
  }
  if (manifest.format !== FORMAT) fail(`${manifestPath} is of format ${manifest.format ?? '(none)'}; this tool reads ${FORMAT}`);
  const problems: string[] = [];
  for (const name of Object.values(FILES)) {
    const expected = manifest.files[name];
    const file = path.join(dir, name);
    if (!expected) { problems.push(`${name}: not in the manifest`); continue; }
    if (!existsSync(file)) { problems.push(`${name}: missing`); continue; }
    const size = statSync(file).size;
    if (size !== expected.bytes) { problems.push(`${name}: ${size} bytes, the manifest says ${expected.bytes}`); continue; }
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    if (hash.digest('hex') !== expected.sha256) problems.push(`${name}: its sha256 differs from the manifest's`);
  }
  if (problems.length) fail(`the backup in ${dir} does not match its manifest; nothing was restored:\n  ${problems.join('\n  ')}`);
  return manifest;
}

/** What the destination already holds that a restore would collide with; empty when it is empty. */
async function destinationContents(c: pg.Client, m: Manifest): Promise<string[]> {
  const found: string[] = [];
  const { rows: objects } = await c.query<{ name: string }>(
    `select o.name from (
       select c.oid, 'pg_class'::regclass as cls, c.relnamespace as nsp, format('%I.%I', n.nspname, c.relname) as name
         from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
       union all
       select p.oid, 'pg_proc'::regclass, p.pronamespace, format('%I.%I()', n.nspname, p.proname)
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     ) o join pg_namespace n on n.oid = o.nsp
     where n.nspname = any ($1)
       and not exists (select from pg_depend d where d.classid = o.cls and d.objid = o.oid and d.deptype = 'e')
     order by 1`, [m.schemas]);
  if (objects.length) {
    found.push(`${objects.length} tables, views, sequences or functions in ${m.schemas.join(', ')} (${objects.slice(0, 5).map((o) => o.name).join(', ')}${objects.length > 5 ? ', …' : ''})`);
  }
  const tables = Object.keys(m.rows);
  const { rows: filled } = await c.query<{ name: string }>(
    `select t as name from unnest($1::text[]) t where to_regclass(t) is not null`, [tables]);
  const nonEmpty: string[] = [];
  for (const { name } of filled) {
    const { rows: [r] } = await c.query<{ any: boolean }>(`select exists (select from only ${name}) as any`);
    if (r!.any) nonEmpty.push(name);
  }
  if (nonEmpty.length) found.push(`rows in ${nonEmpty.length} tables (${nonEmpty.slice(0, 5).join(', ')}${nonEmpty.length > 5 ? ', …' : ''})`);
  const history = await migrationVersions(c);
  if (history.length) found.push(`${history.length} migrations in supabase_migrations.schema_migrations`);
  const { rows: [cron] } = await c.query<{ n: number | null }>(
    `select case when to_regclass('cron.job') is null then null else 0 end as n`);
  if (cron!.n !== null) {
    const { rows: [j] } = await c.query<{ n: number }>(
      `select count(*)::int as n from cron.job where username = current_user and database = current_database()`);
    if (j!.n > 0) found.push(`${j!.n} pg_cron jobs`);
  }
  return found;
}

/**
 * Runs before the schema: the restoring role's default privileges, in the
 * schemas the dump creates and globally, become Postgres's built-in ones, so
 * the dump's objects start from the ACL its GRANTs and REVOKEs are relative to;
 * the dump's own ALTER DEFAULT PRIVILEGES then restore the source's.
 */
function preludeSql(m: Manifest): string {
  return `
do $reset$
declare
  d record;
  grantee text;
  objects text;
begin
  for d in
    select a.defaclnamespace, n.nspname, a.defaclobjtype, a.defaclacl
      from pg_default_acl a left join pg_namespace n on n.oid = a.defaclnamespace
     where a.defaclrole = current_user::regrole and (a.defaclnamespace = 0 or n.nspname = any (${textArray(m.schemas)}))
  loop
    objects := case d.defaclobjtype when 'r' then 'tables' when 'S' then 'sequences' when 'f' then 'functions'
                                    when 'T' then 'types' when 'n' then 'schemas' end;
    for grantee in
      select distinct case when x.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(x.grantee)) end
        from aclexplode(d.defaclacl) x where x.grantee <> current_user::regrole
    loop
      execute format('alter default privileges for role %I %s revoke all on %s from %s', current_user,
                     case when d.nspname is null then '' else format('in schema %I', d.nspname) end, objects, grantee);
    end loop;
    if d.defaclnamespace = 0 then
      execute format('alter default privileges for role %I grant all on %s to %I', current_user, objects, current_user);
      if d.defaclobjtype in ('f', 'T') then
        execute format('alter default privileges for role %I grant %s on %s to public', current_user,
                       case d.defaclobjtype when 'f' then 'execute' else 'usage' end, objects);
      end if;
    end if;
  end loop;
end
$reset$;
`;
}

function textArray(values: readonly string[]): string {
  return `array[${values.map(literal).join(', ')}]::text[]`;
}

/** A dollar-quote tag that does not occur in `text`. */
function dollarTag(text: string): string {
  for (let i = 0; ; i++) {
    const tag = `$manifest${i || ''}$`;
    if (!text.includes(tag)) return tag;
  }
}

/** Checks the restored database against the manifest; raises (and so rolls back) on any difference. */
function finishSql(m: Manifest): string {
  const expected = JSON.stringify({
    rows: m.rows, views: m.materializedViews, jobs: m.cronJobs, migrations: m.migrations,
    settings: m.roleSettings, privileges: m.privileges,
  });
  const q = dollarTag(expected);
  return `
set statement_timeout = 0;
set search_path = '';
set jit = off;
do $verify$
declare
  v_expected jsonb := ${q}${expected}${q};
  v_problems text[] := '{}';
  v_table record;
  v_count bigint;
begin
  for v_table in select key, value::bigint as rows from jsonb_each_text(v_expected -> 'rows') loop
    execute format('select count(*) from only %s', v_table.key) into v_count;
    if v_count <> v_table.rows then
      v_problems := v_problems || format('%s: %s rows, the backup has %s', v_table.key, v_count, v_table.rows);
    end if;
  end loop;
  v_problems := v_problems || array(
    select format('materialized view %s is not populated', v) from jsonb_array_elements_text(v_expected -> 'views') v
     where not (select relispopulated from pg_class where oid = to_regclass(v)));
  v_problems := v_problems || array(
    select format('pg_cron job %s (%s: %s) is missing', coalesce(j.jobname, '(unnamed)'), j.schedule, j.command)
      from jsonb_to_recordset(v_expected -> 'jobs') j(jobname text, schedule text, command text, active boolean)
     where not exists (select from cron.job c where c.jobname is not distinct from j.jobname and c.schedule = j.schedule
                          and c.command = j.command and c.active = j.active and c.database = current_database()
                          and c.username = current_user));
  v_problems := v_problems || array(
    select format('migration %s: %s', v, case when h.version is null then 'missing from the history' else 'in the history, not in the backup''s' end)
      from jsonb_array_elements_text(v_expected -> 'migrations') e(v)
      full join supabase_migrations.schema_migrations h on h.version = e.v
     where e.v is null or h.version is null);
  v_problems := v_problems || array(
    select format('role %s: setting %s is missing', s.role, s.setting)
      from jsonb_to_recordset(v_expected -> 'settings') s(role text, "inDatabase" boolean, setting text)
     where not exists (select from pg_db_role_setting d
                        where d.setrole = (select oid from pg_roles where rolname = s.role)
                          and d.setdatabase = case when s."inDatabase" then (select oid from pg_database where datname = current_database()) else 0 end
                          and s.setting = any (d.setconfig)));
  v_problems := v_problems || array(
    select format('%s: %s %s on %s %s', change, role, privilege, kind, object) from (
      select 'extra' as change, * from (
        select * from (${privilegesSql(m.privilegeSchemas)}) actual
        except select * from jsonb_to_recordset(v_expected -> 'privileges') p(kind text, object text, role text, privilege text)) x
      union all
      select 'missing', * from (
        select * from jsonb_to_recordset(v_expected -> 'privileges') p(kind text, object text, role text, privilege text)
        except select * from (${privilegesSql(m.privilegeSchemas)}) actual) y
      order by kind, object, role, privilege, change) d);
  if cardinality(v_problems) > 0 then
    raise exception 'the restored database differs from the backup, so nothing was restored (% differences)', cardinality(v_problems)
      using detail = array_to_string(v_problems, E'\\n');
  end if;
end
$verify$;
`;
}

export type RestoreOptions = { yes?: boolean; clean?: boolean; url?: string };

/**
 * Runs psql on `files` in one transaction, printing each step as it starts
 * and ends: `steps` are [name, files] pairs, announced through \echo markers.
 */
async function runPsql(url: string, steps: Array<[string, string[]]>): Promise<void> {
  const args = ['-X', '-q', '--single-transaction', '-v', 'ON_ERROR_STOP=1', '-o', '/dev/null'];
  for (const [name, files] of steps) {
    args.push('-c', `\\echo @@step ${name}`);
    for (const f of files) args.push('-f', f);
  }
  args.push('-c', '\\echo @@step commit');
  const child = spawn(path.join(stack.PG_BIN, 'psql'), args, {
    env: { ...process.env, ...pgEnv(url), PGAPPNAME: 'replytics db:restore' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const closed = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d; });
  let current: { name: string; t0: number } | null = null;
  const end = (ok: boolean) => {
    if (current) process.stdout.write(`${ok ? '✔' : '✖'} ${current.name} (${seconds(performance.now() - current.t0)})\n`);
    current = null;
  };
  const lines = createInterface({ input: child.stdout });
  for await (const line of lines) {
    const m = /^@@step (.*)$/.exec(line);
    if (!m) continue;
    end(true);
    current = { name: m[1]!, t0: performance.now() };
    process.stdout.write(`▶ ${current.name}\n`);
  }
  const code = await closed;
  if (code !== 0) {
    const failed = current ? (current as { name: string }).name : 'connect';
    end(false);
    // psql's messages without NOTICEs and without the CONTEXT (a whole statement, at times).
    let context = false;
    const errors = stderr.split('\n').filter((l) => {
      if (/^(psql:|ERROR:|DETAIL:|HINT:|FATAL:)/.test(l)) context = false;
      if (/^CONTEXT:/.test(l)) context = true;
      return !context && !/^psql:.*: NOTICE: /.test(l);
    });
    fail(`restore failed in step "${failed}" and was rolled back; the destination is as it was before:\n` +
      errors.slice(0, 80).join('\n').trim());
  }
  end(true);
}

export async function restore(dirArg: string, opts: RestoreOptions = {}): Promise<void> {
  const t0 = performance.now();
  const dir = path.resolve(dirArg);
  const url = opts.url ?? stack.databaseUrl();
  const local = !opts.url && !stack.isExternal();
  const m = await step('check the backup against its manifest', () => readBackup(dir), (m) =>
    `${m.source} at ${m.createdAt}, ${m.migrations.length} migrations, ` +
    `${Object.values(m.rows).reduce((a, b) => a + b, 0).toLocaleString('en-US')} rows`);
  const psql = await clientVersion('psql');
  if (opts.clean && !local) fail('--clean recreates the local stack\'s database; a database named by SUPABASE_DB_URL is never dropped. Nothing was changed.');
  await step('destination', async () => {
    if (local) await stack.start();
    await stack.withClient(url, async (c) => {
      const { rows: [d] } = await c.query<{ num: number; who: string; cron: boolean }>(
        `select current_setting('server_version_num')::int as num, current_user as who,
                exists (select from pg_available_extensions where name = 'pg_cron') as cron`);
      if (d!.who !== PROJECT_ROLE) fail(`connect as ${PROJECT_ROLE}, the role that runs the migrations (connected as ${d!.who})`);
      if (Math.floor(d!.num / 10000) < Math.floor(m.versions.serverVersionNum / 10000)) {
        fail(`the destination runs PostgreSQL ${d!.num}, older than the backup's source (${m.versions.serverVersionNum})`);
      }
      if (m.cronJobs.length && !d!.cron) fail('the backup has pg_cron jobs and the destination has no pg_cron; enable the extension first');
      const contents = opts.clean && local ? [] : await destinationContents(c, m);
      if (contents.length) {
        fail(`the destination ${stack.redact(url)} is not empty:\n  ${contents.join('\n  ')}\n` +
          'Restore into an empty database: a new Supabase project or branch database. On the local stack, ' +
          '--clean recreates the database (the Supabase baseline, nothing else) before restoring; a database ' +
          'named by SUPABASE_DB_URL is never dropped. Nothing was changed.');
      }
    });
  }, () => `${stack.redact(url)}, empty${opts.clean && local ? ' once recreated (--clean)' : ''}; ${psql}`);
  if (!opts.yes) {
    if (!process.stdin.isTTY) fail('restore replaces what the destination holds and asks first; stdin is not a terminal, so pass --yes. Nothing was changed.');
    const ok = await askOnTerminal(`Restore ${dirArg} (${m.source}, ${m.createdAt}) into ${stack.redact(url)}${opts.clean && local ? ', recreating it first' : ''}? [y/N] `);
    if (!ok) fail('not confirmed; nothing was changed');
  }
  if (opts.clean && local) await step('recreate database (--clean)', () => stack.recreateDatabase(), () => 'Supabase baseline applied');
  const work = mkdtempSync(path.join(os.tmpdir(), 'replytics-restore-'));
  try {
    const prelude = path.join(work, 'prelude.sql');
    const finish = path.join(work, 'finish.sql');
    writeFileSync(prelude, preludeSql(m), { mode: 0o600 });
    writeFileSync(finish, finishSql(m), { mode: 0o600 });
    const f = (name: string) => path.join(dir, name);
    await runPsql(url, [
      ['default privileges of the restoring role reset', [prelude]],
      ['roles', [f(FILES.roles)]],
      ['schema, pre-data (schemas, types, tables, functions, views, grants)', [f(FILES.preData)]],
      ['data (session_replication_role = replica)', [f(FILES.data)]],
      [`schema, post-data (indexes, constraints, triggers, policies, default privileges; ${m.materializedViews.length} materialized views refreshed)`,
        [f(FILES.postData)]],
      ['migration history', [f(FILES.historySchema), f(FILES.historyData)]],
      ['pg_cron jobs and role settings', [f(FILES.cron), f(FILES.roleSettings)]],
      ['check against the manifest', [finish]],
    ]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  await step('planner statistics (analyze)', () => stack.withClient(url, async (c) => {
    const { rows } = await c.query<{ name: string }>(
      `select t as name from unnest($1::text[]) t
        where (select relowner from pg_class where oid = to_regclass(t)) = current_user::regrole`, [Object.keys(m.rows)]);
    if (rows.length) await c.query(`analyze ${rows.map((r) => r.name).join(', ')}`);
    return rows.length;
  }), (n) => `${n} tables`);
  console.log(`\ndb:restore done in ${seconds(performance.now() - t0)}: ${m.migrations.length} migrations, ` +
    `${Object.values(m.rows).reduce((a, b) => a + b, 0).toLocaleString('en-US')} rows, ${m.cronJobs.length} pg_cron jobs, ` +
    `${m.materializedViews.length} materialized views, privileges as at the source`);
  info(`restored into ${stack.redact(url)}`);
}

/** `db:backup -- --out DIR` */
export async function backupCli(argv: string[]): Promise<number> {
  const i = argv.indexOf('--out');
  const out = i >= 0 ? argv[i + 1] : undefined;
  if (!out || argv.length !== 2) {
    console.error('usage: npm run db:backup -- --out DIR');
    return 2;
  }
  await backup(out);
  return 0;
}

/** `db:restore -- DIR [--yes] [--clean]` */
export async function restoreCli(argv: string[]): Promise<number> {
  const flags = argv.filter((a) => a.startsWith('--'));
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--yes' && f !== '--clean');
  if (dirs.length !== 1 || unknown.length) {
    console.error('usage: npm run db:restore -- DIR [--yes] [--clean]');
    return 2;
  }
  await restore(dirs[0]!, { yes: flags.includes('--yes'), clean: flags.includes('--clean') });
  return 0;
}
