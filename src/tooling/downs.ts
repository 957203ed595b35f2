/**
 * Down scripts: supabase/migrations/down/<the migration's file name> restores
 * the schema as it was before that migration. The Supabase CLI reads only the
 * top level of supabase/migrations, so it never applies them.
 *
 * A down that drops a table or a column holding data says so in a header line,
 *   -- loses data: public.table, public.other_table.column
 * (schema-qualified; a column as schema.table.column), which `db:rollback`
 * reads to refuse, without --force, when any of them has rows or values.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { ROOT, fail, pgEnv, run } from './shell.ts';

export const MIGRATIONS_DIR = path.join(ROOT, 'supabase/migrations');
export const DOWNS_DIR = path.join(MIGRATIONS_DIR, 'down');

export function downPath(migrationFile: string): string {
  return path.join(DOWNS_DIR, migrationFile);
}

export function hasDown(migrationFile: string): boolean {
  return existsSync(downPath(migrationFile));
}

export function downFiles(): string[] {
  if (!existsSync(DOWNS_DIR)) return [];
  return readdirSync(DOWNS_DIR).filter((f) => f.endsWith('.sql')).sort();
}

/** SQL without its comment lines, for looking at the statements only. */
export function statements(sql: string): string {
  return sql.replace(/--.*$/gm, '').trim();
}

/**
 * True for a file that builds or drops an index concurrently, which Postgres
 * refuses inside a transaction block: such a file is applied statement by
 * statement, the others in one transaction each.
 */
export function isConcurrent(sql: string): boolean {
  return /\b(create\s+(unique\s+)?index|drop\s+index)\s+concurrently\b/i.test(statements(sql));
}

/** A data-holding object a down drops: `schema.table` or `schema.table.column`. */
export type LostObject = { schema: string; table: string; column?: string };

export function lostName(o: LostObject): string {
  return [o.schema, o.table, o.column].filter(Boolean).join('.');
}

/**
 * The `-- loses data:` header of a down script (a line of the comments that
 * open it): what it drops that holds data, empty when none.
 */
export function losesData(sql: string): LostObject[] {
  const found: LostObject[] = [];
  const lines = sql.split('\n');
  const end = lines.findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('--'));
  const header = lines.slice(0, end < 0 ? lines.length : end).join('\n');
  for (const m of header.matchAll(/^--\s*loses data:(.*)$/gim)) {
    for (const name of m[1]!.split(',').map((s) => s.trim()).filter(Boolean)) {
      const parts = name.split('.');
      if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z_][a-z0-9_]*$/.test(p))) {
        fail(`malformed name in a loses data header: "${name}" (expected schema.table or schema.table.column)`);
      }
      found.push({ schema: parts[0]!, table: parts[1]!, ...(parts[2] ? { column: parts[2] } : {}) });
    }
  }
  return found;
}

export function readDown(migrationFile: string): string {
  return readFileSync(downPath(migrationFile), 'utf8');
}

/**
 * A file that commits by itself: a DO block at its top level that commits
 * between batches (a backfill). It cannot run inside a transaction block; the
 * Supabase CLI sends it outside one, and so does applySqlFile.
 */
export function commitsItself(sql: string): boolean {
  return /^\s+commit\s*;/im.test(statements(sql));
}

/**
 * Runs one SQL file, stopping at the first error: in one transaction (as
 * `supabase db push` applies a migration), or with psql statement by statement
 * for a file that creates or drops an index concurrently. With psql unless a
 * client is given (the reversibility walk runs three files per migration).
 */
export async function applySqlFile(url: string, file: string, client?: pg.Client): Promise<void> {
  const sql = readFileSync(file, 'utf8');
  const outside = isConcurrent(sql) || commitsItself(sql);
  if (client && !outside) {
    // The same in one round trip over an open session, without a psql process
    // per file: the file as one transaction, the session's settings reset after.
    try {
      await client.query(`begin;\n${sql}\n;commit`);
    } catch (e) {
      await client.query('rollback').catch(() => undefined);
      fail(`${path.relative(ROOT, file)} failed: ${(e as Error).message}`);
    } finally {
      await client.query('reset all').catch(() => undefined);
    }
    return;
  }
  const args = ['-X', '-q', '-v', 'ON_ERROR_STOP=1', ...(outside ? [] : ['--single-transaction']), '-f', file];
  const res = await run('psql', args, { env: { ...pgEnv(url), PGOPTIONS: '--client-min-messages=warning' } });
  if (res.code !== 0) fail(`${path.relative(ROOT, file)} failed:\n${res.stderr.trim()}`);
}
