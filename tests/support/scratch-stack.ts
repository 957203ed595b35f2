/**
 * A stack of its own for a test: this checkout's working tree (what `git
 * clone` would give, with its changes) copied to a temporary directory and
 * brought up there by the project's own commands on a free port. For tests
 * that read database-wide activity (statistics, sessions), which the other
 * suites running beside them would change.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, bin } from '../../src/tooling/shell.ts';

const exec = promisify(execFile);

export type ScratchStack = {
  dir: string;
  port: number;
  url: string;
  /** Runs `tsx src/tooling/cli.ts …` (what `npm run db:*` runs) in the copy, against its own stack. */
  cli: (args: string[]) => Promise<{ code: number; out: string }>;
  /** Stops the server and removes the copy with its cluster. */
  remove: () => Promise<void>;
};

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function scratchStack(): Promise<ScratchStack> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'replytics-scratch-'));
  // The server runs as the postgres OS user when we are root: it must enter the copy.
  chmodSync(dir, 0o755);
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  for (const f of files.split('\0').filter((f) => f && existsSync(path.join(ROOT, f)))) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    cpSync(path.join(ROOT, f), path.join(dir, f));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const port = await freePort();
  const env = { ...process.env, REPLYTICS_DB_PORT: String(port), SUPABASE_DB_URL: '', DATABASE_URL: '' };
  const cli = async (args: string[]) => {
    try {
      const r = await exec(bin('tsx'), ['src/tooling/cli.ts', ...args], { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 });
      return { code: 0, out: r.stdout + r.stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, out: err.stdout + err.stderr };
    }
  };
  return {
    dir,
    port,
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    cli,
    remove: async () => {
      const status = await cli(['status']);
      await cli(['stop']);
      const dataDir = /data directory: (.*)/.exec(status.out)?.[1];
      if (dataDir && path.isAbsolute(dataDir)) rmSync(path.dirname(dataDir), { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
