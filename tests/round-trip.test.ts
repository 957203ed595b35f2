/**
 * The round trip: the seeded database backed up with `db:backup`, restored with
 * `db:restore` into a scratch cluster (what a new Supabase project has before
 * any migration), and every guarantee checked there: the whole schema as the
 * source's (snapshot.ts: pg_dump --schema-only, jobs, role settings), each
 * table's rows, the API roles' privileges equal to what the migrations give a
 * new project, the pg_cron jobs, the migration history (`supabase db push`
 * applies nothing), populated materialized views, the API roles' settings,
 * then the pgTAP suites (pg_prove, the same files) and the isolation matrix
 * against the restored database. Before the real restore, the refusals: no
 * confirmation, a changed file, and a restore whose check fails, which must
 * leave the destination empty.
 *
 * It runs as a check of its own after the other suites (npm test's round-trip
 * step, tests/vitest.round-trip.config.ts), so that nothing else writes to the
 * database while it is backed up and compared.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../src/tooling/backup.ts';
import { formatDifferences, formatFindings, migrationsPrivileges, privilegeDifferences, privilegeFindings, type Privilege } from '../src/tooling/privileges.ts';
import { push } from '../src/tooling/reset.ts';
import { schemaSnapshot, snapshotDiff } from '../src/tooling/snapshot.ts';
import { startScratchCluster, type ScratchCluster } from '../src/tooling/scratch.ts';
import { ROOT, bin } from '../src/tooling/shell.ts';
import { url as sourceUrl } from './support/db.ts';

const exec = promisify(execFile);

/** Runs a command in the repository and returns its exit code and output. */
async function sh(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const r = await exec(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

/** The project CLI (what `npm run db:*` runs) against `url`. */
const cli = (url: string, ...args: string[]) => sh(bin('tsx'), ['src/tooling/cli.ts', ...args], { SUPABASE_DB_URL: url });

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** What the guarantees are read from, in the source and in the restored database. */
const JOBS = `select jobname, schedule, command, active from cron.job
               where username = current_user and database = current_database() order by jobname`;
const VIEWS = `select format('%I.%I', n.nspname, c.relname) as name, c.relispopulated as populated
                 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind = 'm' and n.nspname in ('public', 'private') order by 1`;
const SETTINGS = `select r.rolname as role, s.setconfig from pg_db_role_setting s join pg_roles r on r.oid = s.setrole
                   where r.rolname in ('anon', 'authenticated', 'service_role', 'authenticator') and s.setdatabase = 0 order by 1`;
const EMPTY = `select (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname in ('public', 'private') and c.relkind in ('r', 'p', 'v', 'm', 'S')) as relations,
                      to_regclass('supabase_migrations.schema_migrations') is not null as history,
                      (select count(*)::int from cron.job) as jobs,
                      (select count(*)::int from auth.users) as users`;

describe.runIf(!process.env.SUPABASE_DB_URL)('a backup restored into a new project', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'replytics-round-trip-'));
  const dir = path.join(work, 'backup');
  let manifest: Manifest;
  let scratch: ScratchCluster;
  let reference: Privilege[];

  beforeAll(async () => {
    const backup = await cli(sourceUrl, 'backup', '--out', dir);
    expect(backup.code, backup.out).toBe(0);
    process.stdout.write(backup.out);
    manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    scratch = await startScratchCluster();
    reference = await migrationsPrivileges();
  }, 600_000);

  afterAll(async () => {
    await scratch?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('refuses to restore without --yes when stdin is not a terminal', async () => {
    const r = await cli(scratch.url, 'restore', dir);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('stdin is not a terminal, so pass --yes. Nothing was changed.');
  });

  it('refuses a backup whose files differ from its manifest', async () => {
    const changed = path.join(work, 'changed');
    cpSync(dir, changed, { recursive: true });
    appendFileSync(path.join(changed, 'data.sql'), '\n');
    const r = await cli(scratch.url, 'restore', changed, '--yes');
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('does not match its manifest; nothing was restored');
    expect(r.out).toMatch(/data\.sql: \d+ bytes, the manifest says \d+/);
  });

  it('rolls everything back when the restored database differs from the manifest', async () => {
    const wrong = path.join(work, 'wrong-count');
    cpSync(dir, wrong, { recursive: true });
    const m = JSON.parse(readFileSync(path.join(wrong, 'manifest.json'), 'utf8')) as Manifest;
    const calls = m.rows['"public"."calls"']!;
    m.rows['"public"."calls"'] = calls + 1;
    writeFileSync(path.join(wrong, 'manifest.json'), JSON.stringify(m));
    const r = await cli(scratch.url, 'restore', wrong, '--yes');
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('was rolled back; the destination is as it was before');
    expect(r.out).toContain(`"public"."calls": ${calls} rows, the backup has ${calls + 1}`);
    expect(await query(scratch.url, EMPTY)).toEqual([{ relations: 0, history: false, jobs: 0, users: 0 }]);
  });

  it('restores, printing each step', async () => {
    const r = await cli(scratch.url, 'restore', dir, '--yes');
    process.stdout.write(r.out);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/✔ data \(session_replication_role = replica\) \(\d+\.\d+s\)/);
    expect(r.out).toContain('db:restore done');
  });

  it('refuses to restore again into the now non-empty database', async () => {
    const r = await cli(scratch.url, 'restore', dir, '--yes');
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('is not empty');
    expect(r.out).toContain('migrations in supabase_migrations.schema_migrations');
  });

  it('has the source’s schema: pg_dump --schema-only of the whole database, the pg_cron jobs, the roles’ settings', async () => {
    // pgTAP, which the suites install as postgres, is the one extension whose
    // objects the project's role owns: they take the default privileges in
    // force when it is created, and the CLI's dump leaves grants in
    // `extensions` out. Its grants are the tests' affair, not the project's.
    const withoutPgtapGrants = (text: string) =>
      text.split(/\n(?=--\n-- Name: )/).filter((block) => !/^--\n-- Name: .*; Type: ACL; Schema: extensions; Owner: postgres$/m.test(block)).join('\n');
    const [source, restored] = [withoutPgtapGrants(await schemaSnapshot(sourceUrl)), withoutPgtapGrants(await schemaSnapshot(scratch.url))];
    // An expression stored as a tree of ORs (or ANDs) is dumped with its
    // parentheses and parsed back as one flat OR: the same expression, grouped
    // differently. Lines that differ only so are taken as equal.
    const ungrouped = (text: string) => text.split('\n').map((l) => l.replace(/[()]/g, ''));
    const [a, b] = [ungrouped(source), ungrouped(restored)];
    const same = a.length === b.length && a.every((line, i) => line === b[i]);
    expect(same, await snapshotDiff(source, restored, ['source', 'restored'])).toBe(true);
  });

  it('has every table’s rows, as many as the source', async () => {
    const tables = Object.keys(manifest.rows);
    expect(tables).toContain('"public"."calls"');
    const count = async (url: string) => {
      const counts: Record<string, number> = {};
      for (const t of tables) counts[t] = (await query<{ n: number }>(url, `select count(*)::int as n from only ${t}`))[0]!.n;
      return counts;
    };
    const restored = await count(scratch.url);
    expect(restored).toEqual(await count(sourceUrl));
    expect(restored).toEqual(manifest.rows);
    expect(restored['"public"."calls"']).toBeGreaterThan(0);
  });

  it('gives the API roles exactly the privileges the migrations give a new project', async () => {
    const c = new pg.Client({ connectionString: scratch.url });
    await c.connect();
    try {
      const differences = await privilegeDifferences(c, reference);
      expect(differences, formatDifferences(differences)).toEqual([]);
      const findings = await privilegeFindings(c);
      expect(findings, formatFindings(findings)).toEqual([]);
    } finally {
      await c.end();
    }
  });

  it('has the pg_cron jobs', async () => {
    const jobs = await query(scratch.url, JOBS);
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs).toEqual(await query(sourceUrl, JOBS));
  });

  it('has the migration history: supabase db push applies nothing', async () => {
    expect(await push({ seed: false, url: scratch.url })).toEqual([]);
    const history = await query<{ version: string }>(scratch.url, 'select version from supabase_migrations.schema_migrations order by 1');
    expect(history.map((h) => h.version)).toEqual(manifest.migrations);
  });

  it('has its materialized views populated', async () => {
    const views = await query<{ name: string; populated: boolean }>(scratch.url, VIEWS);
    expect(views.length).toBeGreaterThan(0);
    expect(views).toEqual((await query<{ name: string; populated: boolean }>(sourceUrl, VIEWS)).map((v) => ({ ...v, populated: true })));
  });

  it('gives the API roles their settings', async () => {
    expect(await query(scratch.url, SETTINGS)).toEqual(await query(sourceUrl, SETTINGS));
  });

  it('passes the pgTAP suites', async () => {
    const u = new URL(scratch.url);
    const r = await sh('pg_prove', ['--ext', '.sql', '-r', 'supabase/tests'], {
      PGHOST: u.hostname, PGPORT: u.port, PGUSER: u.username, PGPASSWORD: u.password, PGDATABASE: 'postgres',
    });
    const summary = r.out.match(/Files=\d+, Tests=\d+/)?.[0];
    process.stdout.write(`pgTAP on the restored database: ${summary} ${r.out.match(/Result: \w+/)?.[0]}\n`);
    expect(r.code, r.out.split('\n').filter((l) => !/ \.+ ok$|NOTICE/.test(l)).join('\n')).toBe(0);
  }, 900_000);

  it('holds the isolation matrix', async () => {
    const r = await sh(bin('vitest'), ['run', '--config', 'tests/vitest.config.ts', 'tests/isolation.test.ts'], { DATABASE_URL: scratch.url });
    process.stdout.write(`isolation matrix on the restored database: ${r.out.match(/Tests\s+(.*)/)?.[1]?.replace(/\x1b\[[0-9;]*m/g, '').trim()}\n`);
    expect(r.code, r.out).toBe(0);
  }, 900_000);
});
