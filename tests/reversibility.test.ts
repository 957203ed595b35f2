/**
 * Every migration has a down that restores the schema before it. On a scratch
 * cluster (the Supabase baseline and nothing else) each migration is applied,
 * then its down, and the schema must be what it was before the migration
 * (src/tooling/reversibility.ts); then the migration again, and the next.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOWNS_DIR, MIGRATIONS_DIR, downFiles, hasDown, isConcurrent, losesData, statements } from '../src/tooling/downs.ts';
import { migrationFiles } from '../src/tooling/reset.ts';
import { describeFailure, walkMigrations } from '../src/tooling/reversibility.ts';
import { startScratchCluster } from '../src/tooling/scratch.ts';

const files = migrationFiles();
const downs = downFiles();
const readDown = (f: string) => readFileSync(path.join(DOWNS_DIR, f), 'utf8');
const local = !process.env.SUPABASE_DB_URL;

describe('supabase/migrations/down', () => {
  it('has a down for every migration, and none without one', () => {
    expect(files.filter((f) => !hasDown(f)).map((f) => `no down: supabase/migrations/down/${f}`)).toEqual([]);
    expect(downs.filter((f) => !files.includes(f)).map((f) => `a down without its migration: ${f}`)).toEqual([]);
  });

  it('sets lock_timeout before the first statement of every down', () => {
    expect(downs.filter((f) => !/^set lock_timeout\s*=/i.test(statements(readDown(f))))).toEqual([]);
  });

  it('undoes a concurrent index build or drop concurrently, alone in its file', () => {
    const offenders = files.filter((f) => hasDown(f)).flatMap((f) => {
      const up = readFileSync(path.join(MIGRATIONS_DIR, f), 'utf8');
      if (!isConcurrent(up)) return [];
      const body = statements(readDown(f));
      const stmts = body.split(';').map((s) => s.trim()).filter((s) => s && !/^set\s/i.test(s));
      const expected = /create\s+(unique\s+)?index\s+concurrently/i.test(statements(up))
        ? /^drop\s+index\s+concurrently\b/i
        : /^create\s+(unique\s+)?index\s+concurrently\b/i;
      return stmts.length === 1 && expected.test(stmts[0]!) ? [] : [f];
    });
    expect(offenders).toEqual([]);
  });

  it('writes loses data headers as schema-qualified names', () => {
    const malformed = downs.filter((f) => {
      try {
        losesData(readDown(f));
        return false;
      } catch {
        return true;
      }
    });
    expect(malformed).toEqual([]);
  });
});

describe.runIf(local)('each migration, then its down', () => {
  it('restores the schema before the migration, and its header names exactly the tables and columns it drops', async () => {
    const scratch = await startScratchCluster();
    try {
      const result = await walkMigrations(scratch.url, files);
      console.log(`walked ${result.walked} of ${files.length} migrations (up, down, up) in ${(result.ms / 1000).toFixed(1)}s`);
      const report = result.failures.map(describeFailure).join('\n\n');
      expect(result.failures.map((f) => `${f.migration}: ${f.problem}`), report).toEqual([]);
    } finally {
      await scratch.stop();
    }
  }, 900_000);
});
