/** The local stack commands, driven as a developer runs them. */
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { migrationFiles } from '../src/tooling/reset.ts';
import { ensurePortFree, LOCAL_URL, status, withClient } from '../src/tooling/stack.ts';
import { ROOT, bin } from '../src/tooling/shell.ts';
import { startScratchCluster } from '../src/tooling/scratch.ts';

const exec = promisify(execFile);

/** Runs the project CLI (what `npm run db:*` runs) in a clone and returns its exit code and output. */
async function cli(args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT) {
  try {
    const r = await exec(bin('tsx'), ['src/tooling/cli.ts', ...args], { cwd, env: { ...process.env, ...env } });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

const local = !process.env.SUPABASE_DB_URL;

describe.runIf(local)('local stack', () => {
  it('starts idempotently: a second start keeps the same server', async () => {
    const before = await status();
    expect(before.running).toBe(true);
    const r = await cli(['start']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`pid ${before.pid}`);
    expect((await status()).pid).toBe(before.pid);
  });

  it('reports status with the Supabase local URL (or the port REPLYTICS_DB_PORT names)', async () => {
    const port = process.env.REPLYTICS_DB_PORT ?? '54322';
    const r = await cli(['status']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`running: postgresql://postgres:****@127.0.0.1:${port}/postgres`);
    expect(LOCAL_URL).toBe(`postgresql://postgres:postgres@127.0.0.1:${port}/postgres`);
  });

  it('refuses a port held by another process with a clear message', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      await expect(ensurePortFree(port)).rejects.toThrow(`port ${port} is already in use by another process`);
    } finally {
      server.close();
    }
    await expect(ensurePortFree(port)).resolves.toBeUndefined();
  });
});

describe('SUPABASE_DB_URL', () => {
  it('makes every command use that database and start nothing', async () => {
    const r = await cli(['status'], { SUPABASE_DB_URL: 'postgresql://postgres:postgres@127.0.0.1:1/postgres' });
    expect(r.code).toBe(1);
    expect(r.out).toContain('stopped: postgresql://postgres:****@127.0.0.1:1/postgres [SUPABASE_DB_URL]');
    const s = await cli(['start'], { SUPABASE_DB_URL: 'postgresql://postgres:postgres@127.0.0.1:1/postgres' });
    expect(s.code).toBe(1);
    expect(s.out).toContain('SUPABASE_DB_URL is set but the database does not answer');
  });
});

/**
 * As root the server runs as the postgres OS user, who cannot enter a private
 * home directory. A clone there must still come up: the working tree (what
 * `git clone` would give, with this checkout's changes) is copied into a
 * mode-700 directory and brought up with `db:reset` on a port of its own.
 */
describe.runIf(local && process.getuid?.() === 0)('a clone in a private home directory, as root', () => {
  it('db:reset creates, migrates and seeds a cluster the server user can reach; db:stop stops it', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'replytics-home-'));
    chmodSync(home, 0o700);
    const clone = path.join(home, 'replytics');
    const env = { REPLYTICS_DB_PORT: '54329', SUPABASE_DB_URL: '' };
    let dataDir: string | undefined;
    try {
      const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
      // Tracked files deleted in this checkout are not in what a clone would get.
      for (const f of files.split('\0').filter((f) => f && existsSync(path.join(ROOT, f)))) {
        mkdirSync(path.dirname(path.join(clone, f)), { recursive: true });
        cpSync(path.join(ROOT, f), path.join(clone, f));
      }
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'));
      await ensurePortFree(54329);

      const reset = await cli(['reset'], env, clone);
      expect(reset.out).toContain(`the postgres OS user the server runs as cannot enter ${home}`);
      expect(reset.code, reset.out).toBe(0);

      const st = await cli(['status'], env, clone);
      expect(st.out).toContain('running: postgresql://postgres:****@127.0.0.1:54329/postgres');
      dataDir = /data directory: (.*)/.exec(st.out)?.[1];
      expect(dataDir?.startsWith(home)).toBe(false);
      const applied = await withClient('postgresql://postgres:postgres@127.0.0.1:54329/postgres', (c) =>
        c.query('select count(*)::int as n from supabase_migrations.schema_migrations'));
      expect(applied.rows[0].n).toBe(migrationFiles().length);

      const stop = await cli(['stop'], env, clone);
      expect(stop.out).toContain('local database stopped');
      expect((await cli(['status'], env, clone)).out).toContain('stopped: postgresql://postgres:****@127.0.0.1:54329/postgres');
    } finally {
      await cli(['stop'], env, clone);
      if (dataDir) rmSync(path.dirname(dataDir), { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    }
  }, 180_000);
});

describe.runIf(local)('a scratch cluster', () => {
  it('is a fresh Supabase baseline of its own, beside the stack, and leaves nothing behind', async () => {
    const scratch = await startScratchCluster();
    try {
      expect(scratch.port).not.toBe(Number(process.env.REPLYTICS_DB_PORT ?? 54322));
      const there = await withClient(scratch.url, async (c) => {
        await c.query('create table public.only_in_scratch (id int)');
        const r = await c.query<{ roles: string[]; cron: boolean; migrated: boolean }>(
          `select array(select rolname::text from pg_roles
                         where rolname in ('anon', 'authenticated', 'service_role') order by 1) as roles,
                  exists (select from pg_extension where extname = 'pg_cron') as cron,
                  to_regclass('public.calls') is not null as migrated`,
        );
        return r.rows[0]!;
      });
      expect(there).toEqual({ roles: ['anon', 'authenticated', 'service_role'], cron: true, migrated: false });
      const here = await withClient(LOCAL_URL, (c) => c.query(`select to_regclass('public.only_in_scratch') as t`));
      expect(here.rows[0].t).toBeNull();
    } finally {
      await scratch.stop();
    }
    expect(existsSync(scratch.dir)).toBe(false);
    await expect(ensurePortFree(scratch.port)).resolves.toBeUndefined();
  }, 120_000);
});
