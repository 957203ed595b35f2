/** Conventions of supabase/migrations and the history the Supabase CLI recorded. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationFiles } from '../src/tooling/reset.ts';
import { ROOT } from '../src/tooling/shell.ts';
import { connect } from './support/db.ts';

const { rows } = connect();
const files = migrationFiles();
const read = (f: string) => readFileSync(path.join(ROOT, 'supabase/migrations', f), 'utf8');
/** SQL without comments, so conventions are checked on statements only. */
const statements = (sql: string) => sql.replace(/--.*$/gm, '').trim();

describe('supabase/migrations', () => {
  it('names every file <14-digit UTC timestamp>_<feature>.sql with a unique version', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f).toMatch(/^\d{14}_[a-z0-9_]+\.sql$/);
    const versions = files.map((f) => f.slice(0, 14));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('sets lock_timeout before its first statement in every file', () => {
    const offenders = files.filter((f) => !/^set lock_timeout\s*=/i.test(statements(read(f))));
    expect(offenders).toEqual([]);
  });

  it('keeps create index concurrently alone in its file', () => {
    const offenders = files.filter((f) => {
      const body = statements(read(f));
      if (!/create\s+(unique\s+)?index\s+concurrently/i.test(body)) return false;
      const stmts = body.split(';').map((s) => s.trim()).filter((s) => s && !/^set\s/i.test(s));
      return stmts.length !== 1;
    });
    expect(offenders).toEqual([]);
  });

  it('is exactly what the database history records as applied', async () => {
    const applied = await rows<{ version: string; name: string }>(
      'select version, name from supabase_migrations.schema_migrations order by version',
    );
    expect(applied.map((r) => `${r.version}_${r.name}.sql`)).toEqual(files);
  });
});
