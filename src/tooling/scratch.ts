/**
 * A throwaway Supabase-compatible cluster beside the local stack: its own data
 * directory and port, bootstrapped exactly as `db:start` bootstraps the stack
 * (roles, auth, extensions, default privileges), with nothing else in it.
 *
 * Work that needs a fresh `postgres` database of its own uses it: a restore
 * rehearsal, the walk over every migration and its down. A second database in
 * the stack's cluster would not do, because pg_cron lives in one database per
 * cluster (cron.database_name) and a Supabase project's database is `postgres`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { bin, fail, run } from './shell.ts';

export type ScratchCluster = {
  /** postgresql://postgres:…@127.0.0.1:<port>/postgres, as for the stack. */
  url: string;
  port: number;
  dir: string;
  /** Stops the server and deletes its data directory. Safe to call twice. */
  stop(): Promise<void>;
};

/** A port nobody listens on right now, from the kernel. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function cli(command: 'start' | 'stop', env: NodeJS.ProcessEnv): Promise<void> {
  const res = await run(bin('tsx'), ['src/tooling/cli.ts', command], { env });
  if (res.code !== 0) fail(`scratch cluster ${command} failed (exit ${res.code}):\n${res.stdout}${res.stderr}`);
}

/** Creates, bootstraps and starts a scratch cluster (a few seconds). */
export async function startScratchCluster(): Promise<ScratchCluster> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'replytics-scratch-'));
  // SUPABASE_DB_URL would turn the child CLI into a client of that database.
  const env = { REPLYTICS_DB_PORT: String(port), REPLYTICS_DB_DIR: dir, SUPABASE_DB_URL: '' };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      await cli('stop', env);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    await cli('start', env);
  } catch (e) {
    await stop().catch(() => undefined);
    throw e;
  }
  return { url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`, port, dir, stop };
}
