/**
 * `npm run db:rollback`, driven as a developer runs it (the CLI, against
 * SUPABASE_DB_URL) on a scratch cluster migrated by `supabase db push`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationFiles, push, pushThrough } from '../src/tooling/reset.ts';
import { ROOT, bin } from '../src/tooling/shell.ts';
import { startScratchCluster, type ScratchCluster } from '../src/tooling/scratch.ts';
import { schemaSnapshot, snapshotDiff } from '../src/tooling/snapshot.ts';
import { withClient } from '../src/tooling/stack.ts';

const exec = promisify(execFile);
const local = !process.env.SUPABASE_DB_URL;
const files = migrationFiles();
/** Rolled back to: the three migrations after it (appointments and its value rules) are reverted. */
const TO = '20261129200000';

async function rollbackCli(url: string, args: string[]) {
  try {
    const r = await exec(bin('tsx'), ['src/tooling/cli.ts', 'rollback', ...args], {
      cwd: ROOT,
      env: { ...process.env, SUPABASE_DB_URL: url },
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

const history = (url: string) =>
  withClient(url, (c) => c.query<{ version: string }>('select version from supabase_migrations.schema_migrations order by 1'))
    .then((r) => r.rows.map((x) => x.version));

describe.runIf(local)('db:rollback', () => {
  let scratch: ScratchCluster;
  let atTo: string;
  let full: string;

  beforeAll(async () => {
    scratch = await startScratchCluster();
    await pushThrough(scratch.url, TO);
    atTo = await schemaSnapshot(scratch.url);
    await push({ seed: false, url: scratch.url });
    full = await schemaSnapshot(scratch.url);
  }, 600_000);
  afterAll(() => scratch?.stop());

  it('refuses an unknown version and changes nothing', async () => {
    const r = await rollbackCli(scratch.url, ['--to', '20261129200001', '--yes']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('unknown version 20261129200001');
    expect(r.out).toContain('Nothing was changed.');
    expect(await history(scratch.url)).toEqual(files.map((f) => f.slice(0, 14)));
    expect(await snapshotDiff(full, await schemaSnapshot(scratch.url), ['migrated', 'after the refusal'])).toBe('');
  });

  it('asks for confirmation, and refuses without --yes when stdin is not a terminal', async () => {
    // --force: past 20261130140200 the downs always drop rows (its erasure rules).
    const r = await rollbackCli(scratch.url, ['--to', TO, '--force']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('20261129210000_appointments');
    expect(r.out).toContain('pass --yes');
    expect(await history(scratch.url)).toEqual(files.map((f) => f.slice(0, 14)));
  });

  it('refuses, naming each table and column and its rows, when the downs would drop data', async () => {
    await withClient(scratch.url, (c) => c.query(`
      insert into public.phone_numbers (id, number, business_name) values ('rollback-test', '+14155550100', 'Rollback Test');
      insert into public.resources (phone_id, name, kind) values ('rollback-test', 'Dr. Ada', 'staff'), ('rollback-test', 'Room 1', 'room');
      insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration, cost, currency)
      values ('rollback-test', 'CA1', '+14155550101', 'completed', now() - interval '2 minutes', now() - interval '1 minute',
              now(), 60, 0.12, 'USD');`));
    const r = await rollbackCli(scratch.url, ['--to', TO, '--yes']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('would drop data:\n');
    expect(r.out).toContain('  public.resources: 2 rows\n');
    expect(r.out).toContain('Nothing was changed.');
    // Further back, columns count their values: one call has a cost, none a transfer.
    const further = await rollbackCli(scratch.url, ['--to', '20261129171000', '--yes']);
    expect(further.code).toBe(1);
    expect(further.out).toContain('  public.calls.cost: 1 row with a value\n');
    expect(further.out).not.toContain('transferred_to');
    expect(further.out).toContain('  public.resources: 2 rows\n');
    expect(await history(scratch.url)).toEqual(files.map((f) => f.slice(0, 14)));
    expect(await snapshotDiff(full, await schemaSnapshot(scratch.url), ['migrated', 'after the refusal'])).toBe('');
  }, 120_000);

  it('with --force, leaves the schema and the history of a database migrated only up to the version; db push restores the rest', async () => {
    const r = await rollbackCli(scratch.url, ['--to', TO, '--force', '--yes']);
    expect(r.code, r.out).toBe(0);
    const newer = files.filter((f) => f.slice(0, 14) > TO);
    for (const f of newer) expect(r.out).toMatch(new RegExp(`✔ ${f.replace(/\.sql$/, '')} reverted \\(\\d+\\.\\ds\\)`));
    expect(r.out).toMatch(new RegExp(`rolled back ${newer.length} migrations in \\d+\\.\\ds`));
    expect(await history(scratch.url)).toEqual(files.map((f) => f.slice(0, 14)).filter((v) => v <= TO));
    expect(await snapshotDiff(atTo, await schemaSnapshot(scratch.url), [`migrated up to ${TO}`, `rolled back to ${TO}`])).toBe('');

    const again = await push({ seed: false, url: scratch.url });
    expect(again.map((f) => f.slice(0, 14))).toEqual(files.map((f) => f.slice(0, 14)).filter((v) => v > TO));
    expect(await history(scratch.url)).toEqual(files.map((f) => f.slice(0, 14)));
    expect(await snapshotDiff(full, await schemaSnapshot(scratch.url), ['migrated', 'rolled back and pushed again'])).toBe('');
  }, 600_000);
});
