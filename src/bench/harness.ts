/** What the benchmarks share: flags, the database connection, a progress line, the callers backfill. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { databaseUrl } from '../tooling/stack.ts';
import { fail, ROOT, ToolError } from '../tooling/shell.ts';

/** `--name N`: a positive whole number, or `fallback` when the flag is absent. */
export function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < 1) fail(`--${name} needs a positive whole number, got ${args[i + 1] ?? 'nothing'}`);
  return value;
}

/**
 * The benchmark's members (bench:seed): names whose uuid v5 (URL namespace) is
 * their user id, member of 1, 10 and 100 phone numbers.
 */
export const BENCH_MEMBERS = {
  1: 'bench-member-1',
  10: 'bench-member-10',
  100: 'bench-member-100',
} as const;

export const benchUrl = () => process.env.SUPABASE_DB_URL || databaseUrl();

export async function connectBench(): Promise<pg.Client> {
  const db = new pg.Client({ connectionString: benchUrl() });
  await db.connect().catch((e: Error) => fail(`cannot reach the database (${e.message}); run npm run db:reset first`));
  return db;
}

const clock = (ms: number) => {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
};

/** A one-line progress bar with rate and ETA, redrawn in place on a terminal. */
export function progress(label: string, total: number, unit: string) {
  const t0 = performance.now();
  const tty = process.stdout.isTTY;
  let last = 0;
  return {
    update(done: number, extra = '') {
      const elapsed = performance.now() - t0;
      const rate = done / (elapsed / 1000);
      const eta = done > 0 ? clock(((total - done) / done) * elapsed) : '?';
      const width = 24;
      const filled = Math.round((Math.min(done, total) / total) * width);
      const line = `  ${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en-US')}/` +
        `${total.toLocaleString('en-US')} ${unit}, ${Math.round(rate).toLocaleString('en-US')}/s, ETA ${eta}${extra}`;
      // Without a terminal (CI logs) print at most every 10 seconds.
      if (tty) process.stdout.write(`\r${line}\x1b[K`);
      else if (performance.now() - last > 10_000 || done >= total) {
        process.stdout.write(`${line}\n`);
        last = performance.now();
      }
    },
    done(summary: string) {
      if (tty) process.stdout.write('\r\x1b[K');
      process.stdout.write(`  ${label}: ${summary} in ${clock(performance.now() - t0)}\n`);
    },
  };
}

/** The value at quantile p (0 to 1) of already sorted figures: rank floor(p·n); NaN when there are none. */
export function atQuantile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

/** The 99th percentile of figures in any order. */
export const p99 = (ms: readonly number[]): number => atQuantile([...ms].sort((a, b) => a - b), 0.99);

/** Runs a benchmark's main, printing a ToolError as a message rather than a stack. */
export function runMain(main: (args: string[]) => Promise<void>): void {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof ToolError ? `error: ${e.message}` : e);
    process.exit(1);
  });
}

const BACKFILL_MIGRATION = 'supabase/migrations/20261130100200_callers_backfill.sql';

/**
 * The callers backfill's loop, as its migration runs it (a DO block that
 * commits after each batch of callers), with batches of `batchSize`: send it
 * as a statement of its own outside a transaction block. For bulk loads whose
 * triggers were off, and for its tests.
 */
export function callersBackfill(batchSize = 1000): string {
  const sql = readFileSync(path.join(ROOT, BACKFILL_MIGRATION), 'utf8');
  const loop = /^do \$\$\n[\s\S]*?\n\$\$;$/m.exec(sql)?.[0] ?? fail(`no backfill loop in ${BACKFILL_MIGRATION}`);
  const size = /batch_size constant integer := \d+;/;
  if (!size.test(loop)) fail(`the backfill loop in ${BACKFILL_MIGRATION} does not declare batch_size constant integer := N;`);
  return loop.replace(size, `batch_size constant integer := ${Math.trunc(batchSize)};`);
}
