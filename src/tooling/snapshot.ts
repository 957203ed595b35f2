/**
 * A normalized picture of a database's schema, for comparing two states of
 * it: `pg_dump --schema-only` of the whole database (tables, functions,
 * comments, grants, policies, triggers, constraints with their validated
 * state, indexes, types, extensions, publications and their tables, default
 * privileges), without what changes from dump to dump, plus what pg_dump
 * leaves out and a migration changes: the project's pg_cron jobs (rows of
 * cron.job, whose ids differ) and the roles' and database's own settings
 * (`alter role … set`), which live outside any database dump.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { fail, run } from './shell.ts';

/** The migration history belongs to the Supabase CLI, not to the schema. */
const EXCLUDED_SCHEMAS = ['supabase_migrations'];

export async function pgDumpSchema(url: string): Promise<string> {
  const args = ['--schema-only', ...EXCLUDED_SCHEMAS.map((s) => `--exclude-schema=${s}`), '-d', url];
  const res = await run('pg_dump', args);
  if (res.code !== 0) fail(`pg_dump failed (exit ${res.code}): ${res.stderr.trim()}`);
  const lines = res.stdout
    .split('\n')
    // A random key per dump (psql's \restrict guard) and the versions.
    .filter((l) => !/^\\(un)?restrict /.test(l) && !/^-- Dumped (from|by) /.test(l));
  return sortGrantRuns(lines).join('\n').replace(/\n{3,}/g, '\n\n');
}

/**
 * pg_dump writes an object's grants in the order of its ACL, where a grantee
 * granted again goes last: the same privileges in another order. Each run of
 * consecutive GRANT lines (of one object, or of one set of default
 * privileges) is sorted, so only the privileges themselves are compared.
 */
function sortGrantRuns(lines: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const isGrant = (l: string) => /^(GRANT |ALTER DEFAULT PRIVILEGES .* GRANT )/.test(l);
  for (const l of lines) {
    if (isGrant(l)) {
      run.push(l);
      continue;
    }
    out.push(...run.sort());
    run = [];
    out.push(l);
  }
  out.push(...run.sort());
  return out;
}

/** What pg_dump does not say: cron jobs by name and the settings of roles and of the database. */
export async function extras(client: pg.Client): Promise<string> {
  const lines: string[] = [];
  const cron = await client.query<{ exists: boolean }>(`select to_regclass('cron.job') is not null as exists`);
  if (cron.rows[0]!.exists) {
    const jobs = await client.query<Record<string, unknown>>(
      `select jobname, schedule, command, database, username, active
         from cron.job order by jobname, schedule, command`,
    );
    lines.push('-- pg_cron jobs (cron.job)');
    for (const j of jobs.rows) lines.push(JSON.stringify(j));
  }
  const settings = await client.query<{ role: string; db: string; setconfig: string[] }>(
    `select coalesce(r.rolname, '(every role)') as role, coalesce(d.datname, '(every database)') as db, s.setconfig
       from pg_catalog.pg_db_role_setting s
       left join pg_catalog.pg_roles r on r.oid = s.setrole
       left join pg_catalog.pg_database d on d.oid = s.setdatabase
      where s.setdatabase in (0, (select oid from pg_catalog.pg_database where datname = current_database()))
      order by 1, 2`,
  );
  lines.push('-- role and database settings (pg_db_role_setting)');
  for (const s of settings.rows) lines.push(`${s.role} in ${s.db}: ${[...s.setconfig].sort().join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** The schema of the database at `url` as text: equal texts, equal schemas. */
export async function schemaSnapshot(url: string, client?: pg.Client): Promise<string> {
  const own = !client;
  const c = client ?? new pg.Client({ connectionString: url });
  if (own) await c.connect();
  try {
    const [dump, more] = await Promise.all([pgDumpSchema(url), extras(c)]);
    return `${dump}\n${more}`;
  } finally {
    if (own) await c.end();
  }
}

/** A unified diff of two snapshots (diff -u), labelled. Empty when they are equal. */
export async function snapshotDiff(a: string, b: string, labels: [string, string], context = 3): Promise<string> {
  if (a === b) return '';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'replytics-diff-'));
  try {
    const fa = path.join(dir, 'a.sql');
    const fb = path.join(dir, 'b.sql');
    writeFileSync(fa, a);
    writeFileSync(fb, b);
    const res = await run('diff', [`-U${context}`, '--label', labels[0], '--label', labels[1], fa, fb]);
    return res.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every table that holds rows and every column of those tables, by name
 * (`schema.table`, `schema.table.column`): ordinary and partitioned tables
 * outside the system schemas, the migration history and extensions. A
 * partition's rows are its parent's. What a migration adds to this set and its
 * down removes again is what the down's `loses data` header must name.
 */
export async function dataHolders(client: pg.Client): Promise<Map<string, string[]>> {
  const r = await client.query<{ tbl: string; cols: string[] }>(
    `select n.nspname || '.' || c.relname as tbl,
            array(select a.attname::text from pg_catalog.pg_attribute a
                   where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped order by a.attnum) as cols
       from pg_catalog.pg_class c
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relispartition
        and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast', ${EXCLUDED_SCHEMAS.map((s) => `'${s}'`).join(', ')})
        and not exists (select from pg_catalog.pg_depend d
                         where d.classid = 'pg_catalog.pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
      order by 1`,
  );
  return new Map(r.rows.map((x) => [x.tbl, x.cols]));
}

/**
 * What a down dropped of what its migration added: the tables the migration
 * created and the down dropped, and the columns it added to tables that
 * existed before and the down dropped, by name.
 */
export function addedThenDropped(
  before: Map<string, string[]>,
  after: Map<string, string[]>,
  afterDown: Map<string, string[]>,
): string[] {
  const out: string[] = [];
  for (const [tbl, cols] of after) {
    if (!before.has(tbl)) {
      if (!afterDown.has(tbl)) out.push(tbl);
      continue;
    }
    const had = new Set(before.get(tbl));
    const kept = new Set(afterDown.get(tbl) ?? []);
    for (const col of cols) if (!had.has(col) && !kept.has(col)) out.push(`${tbl}.${col}`);
  }
  return out.sort();
}
