/** Small helpers shared by the project's command-line tooling. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export class ToolError extends Error {}

/** Stops the current command with a message meant for a person, not a stack trace. */
export function fail(message: string): never {
  throw new ToolError(message);
}

export function info(message: string): void {
  process.stdout.write(`  ${message}\n`);
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** Runs `fn` as a named step, printing its name, its outcome and how long it took. */
export async function step<T>(name: string, fn: () => Promise<T> | T, summary?: (r: T) => string): Promise<T> {
  process.stdout.write(`▶ ${name}\n`);
  const t0 = performance.now();
  try {
    const result = await fn();
    const extra = summary ? ` — ${summary(result)}` : '';
    process.stdout.write(`✔ ${name} (${seconds(performance.now() - t0)})${extra}\n`);
    return result;
  } catch (e) {
    process.stdout.write(`✖ ${name} (${seconds(performance.now() - t0)})\n`);
    throw e;
  }
}

export type RunResult = { code: number; stdout: string; stderr: string };

/**
 * Runs a command. Output is streamed through when `echo` is set, and always
 * captured so callers can report it.
 */
export function run(
  cmd: string,
  args: string[],
  opts: { echo?: boolean; env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      if (opts.echo) process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
      if (opts.echo) process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

/** Path of a binary installed by an npm dependency. */
export function bin(name: string): string {
  return path.join(ROOT, 'node_modules', '.bin', name);
}

/**
 * libpq environment for a database URL (psql, pg_dump, pg_prove), so no tool
 * sees the password on its command line. The URL's sslmode wins over the
 * environment's PGSSLMODE; with neither, libpq's default applies.
 */
export function pgEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  const sslmode = u.searchParams.get('sslmode') ?? process.env.PGSSLMODE;
  return {
    PGHOST: decodeURIComponent(u.hostname),
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)) || 'postgres',
    ...(sslmode ? { PGSSLMODE: sslmode } : {}),
  };
}

/** Asks a yes/no question on the terminal; true only for "y" or "yes". Callers refuse first when stdin is not a terminal. */
export async function askOnTerminal(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}
