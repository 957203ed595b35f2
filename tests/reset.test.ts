/**
 * How `db:reset` applies migrations: with the Supabase CLI, recording history,
 * and stopping at a failing migration with the CLI's error and the statement.
 * Runs against a scratch database so the migrated one is untouched.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { push } from '../src/tooling/reset.ts';
import { withClient } from '../src/tooling/stack.ts';
import { ROOT } from '../src/tooling/shell.ts';
import { connect, url } from './support/db.ts';

const { pool } = connect();
const scratch = `push_probe_${process.pid}`;
const scratchUrl = (() => {
  const u = new URL(url);
  u.pathname = `/${scratch}`;
  return u.toString();
})();
const workdir = mkdtempSync(path.join(os.tmpdir(), 'replytics-push-'));

beforeAll(async () => {
  await pool.query(`create database ${scratch}`);
  mkdirSync(path.join(workdir, 'supabase/migrations'), { recursive: true });
  copyFileSync(path.join(ROOT, 'supabase/config.toml'), path.join(workdir, 'supabase/config.toml'));
  writeFileSync(path.join(workdir, 'supabase/migrations/20260101000000_good.sql'), 'create table public.good (id int primary key);\n');
  writeFileSync(
    path.join(workdir, 'supabase/migrations/20260101000100_bad.sql'),
    'create table public.half (id int primary key);\ncreate table public.bad (id int references public.missing);\n',
  );
});

afterAll(async () => {
  await pool.query(`drop database if exists ${scratch} with (force)`);
  rmSync(workdir, { recursive: true, force: true });
});

describe('a failing migration', () => {
  it("stops the push with the CLI's error and the failing statement", async () => {
    const attempt = push({ seed: false, url: scratchUrl, workdir });
    await expect(attempt).rejects.toThrow(/supabase db push failed \(exit 1\)/);
    const message = await attempt.catch((e: Error) => e.message);
    expect(message).toContain('relation "public.missing" does not exist (SQLSTATE 42P01)');
    expect(message).toContain('create table public.bad (id int references public.missing)');
  });

  it('leaves the migrations before it applied and nothing of the failed one', async () => {
    await withClient(scratchUrl, async (c) => {
      const history = await c.query('select version from supabase_migrations.schema_migrations order by 1');
      expect(history.rows.map((r) => r.version)).toEqual(['20260101000000']);
      const tables = await c.query(`select relname from pg_class where relname in ('good', 'half', 'bad') order by 1`);
      expect(tables.rows.map((r) => r.relname)).toEqual(['good']);
    });
  });
});
