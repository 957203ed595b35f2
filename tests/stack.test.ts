/** The local stack commands, driven as a developer runs them. */
import { execFile } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ensurePortFree, LOCAL_URL, status } from '../src/tooling/stack.ts';
import { ROOT, bin } from '../src/tooling/util.ts';

const exec = promisify(execFile);

/** Runs the project CLI (what `npm run db:*` runs) and returns its exit code and output. */
async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const r = await exec(bin('tsx'), ['src/tooling/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
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

  it('reports status with the Supabase local URL', async () => {
    const r = await cli(['status']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('running: postgresql://postgres:****@127.0.0.1:54322/postgres');
    expect(LOCAL_URL).toBe('postgresql://postgres:postgres@127.0.0.1:54322/postgres');
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
