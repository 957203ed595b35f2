/**
 * `npm run db:rollback -- --to <version> [--force] [--yes]` — runs the downs
 * (supabase/migrations/down/) of every applied migration newer than <version>,
 * newest first, each in its own transaction (a down that drops or builds an
 * index concurrently statement by statement), and records each as reverted in
 * the migration history with the Supabase CLI (`supabase migration repair
 * --status reverted`), so `supabase db push` applies them again.
 *
 * Before anything runs: every migration to revert must have a down, and the
 * tables and columns the downs' `loses data` headers name must be empty (no
 * row, no value in the column), unless --force.
 */
import pg from 'pg';
import { applySqlFile, downPath, hasDown, losesData, lostName, readDown, type LostObject } from './downs.ts';
import { migrationFiles } from './reset.ts';
import { askOnTerminal, bin, fail, run, seconds } from './shell.ts';
import * as stack from './stack.ts';

export type RollbackOptions = {
  /** The version to roll back to: it stays applied, everything newer is reverted. */
  to: string;
  force?: boolean;
  yes?: boolean;
  url?: string;
  /** Asks a person; the default reads a y/N answer from a terminal. */
  confirm?: (question: string) => Promise<boolean>;
  log?: (line: string) => void;
};

export type Loss = { name: string; rows: number };

type Applied = { version: string; name: string };

async function appliedMigrations(c: pg.Client): Promise<Applied[]> {
  const exists = await c.query<{ t: string | null }>(`select to_regclass('supabase_migrations.schema_migrations')::text as t`);
  if (!exists.rows[0]!.t) fail('the database has no migration history (supabase_migrations.schema_migrations). Nothing was changed.');
  const r = await c.query<Applied>(`select version, coalesce(name, '') as name from supabase_migrations.schema_migrations order by version`);
  return r.rows;
}

/** Rows of a table, or rows with a value in a column, that a down would drop; 0 when the object is gone already. */
async function countLost(c: pg.Client, o: LostObject): Promise<number> {
  const exists = await c.query<{ ok: boolean }>(
    o.column
      ? `select exists (select from pg_catalog.pg_attribute a
                         where a.attrelid = to_regclass(pg_catalog.format('%I.%I', $1::text, $2::text))
                           and a.attname = $3 and a.attnum > 0 and not a.attisdropped) as ok`
      : `select to_regclass(pg_catalog.format('%I.%I', $1::text, $2::text)) is not null as ok`,
    o.column ? [o.schema, o.table, o.column] : [o.schema, o.table],
  );
  if (!exists.rows[0]!.ok) return 0;
  const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const where = o.column ? ` where ${ident(o.column)} is not null` : '';
  const r = await c.query<{ n: string }>(`select count(*) as n from ${ident(o.schema)}.${ident(o.table)}${where}`);
  return Number(r.rows[0]!.n);
}

/** Records a version as reverted the way the Supabase CLI does. */
async function markReverted(url: string, version: string): Promise<void> {
  // A server on this machine (the local stack, a scratch cluster) serves no
  // TLS: asked for none, the CLI does not try it first and warn.
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
  const res = await run(bin('supabase'), ['migration', 'repair', '--status', 'reverted', version, `--remote=${url}`, '--yes'], {
    env: loopback && !process.env.PGSSLMODE ? { PGSSLMODE: 'disable' } : {},
  });
  if (res.code !== 0) {
    fail(`supabase migration repair --status reverted ${version} failed (exit ${res.code}):\n${res.stdout}${res.stderr}`);
  }
}

export async function rollback(opts: RollbackOptions): Promise<{ reverted: string[] }> {
  const url = opts.url ?? stack.databaseUrl();
  const log = opts.log ?? ((l: string) => process.stdout.write(`${l}\n`));
  if (!/^\d{14}$/.test(opts.to)) {
    fail(`--to needs a migration version, the 14 digits that start its file name (e.g. ${migrationFiles().at(-1)?.slice(0, 14)}); got "${opts.to}". Nothing was changed.`);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let plan: string[];
  let losses: Loss[];
  try {
    const applied = await appliedMigrations(client);
    const known = new Set([...applied.map((a) => a.version), ...migrationFiles().map((f) => f.slice(0, 14))]);
    if (!known.has(opts.to)) {
      fail(`unknown version ${opts.to}: no migration in supabase/migrations or in the database's history has it. Nothing was changed.`);
    }
    plan = applied.filter((a) => a.version > opts.to).reverse().map((a) => `${a.version}_${a.name}.sql`);
    if (plan.length === 0) {
      log(`nothing to roll back: no migration newer than ${opts.to} is applied on ${stack.redact(url)}`);
      return { reverted: [] };
    }
    const missing = plan.filter((f) => !hasDown(f));
    if (missing.length) {
      fail(`no down script for ${missing.map((f) => `supabase/migrations/down/${f}`).join(', ')}. Nothing was changed.`);
    }
    losses = [];
    for (const f of plan) {
      for (const o of losesData(readDown(f))) {
        const rows = await countLost(client, o);
        if (rows > 0) losses.push({ name: lostName(o), rows });
      }
    }
  } finally {
    await client.end();
  }

  const described = losses.map((l) => {
    const rows = `${l.rows.toLocaleString('en-US')} row${l.rows === 1 ? '' : 's'}`;
    return `  ${l.name}: ${rows}${l.name.split('.').length === 3 ? ' with a value' : ''}`;
  });
  if (losses.length && !opts.force) {
    fail(`rolling back to ${opts.to} would drop data:\n${described.join('\n')}\n` +
      'Nothing was changed. Back the data up, then pass --force to roll back anyway.');
  }
  log(`rolling back ${plan.length} migration${plan.length === 1 ? '' : 's'} on ${stack.redact(url)}, newest first, to ${opts.to}:`);
  for (const f of plan) log(`  ${f.replace(/\.sql$/, '')}`);
  if (losses.length) log(`dropping data (--force):\n${described.join('\n')}`);
  if (!opts.yes) {
    if (!opts.confirm && !process.stdin.isTTY) {
      fail('not asking on a stdin that is not a terminal: pass --yes to roll back without confirming. Nothing was changed.');
    }
    const ok = await (opts.confirm ?? askOnTerminal)('Roll back? [y/N] ');
    if (!ok) fail('not confirmed. Nothing was changed.');
  }

  const t0 = performance.now();
  const reverted: string[] = [];
  for (const f of plan) {
    const t = performance.now();
    try {
      await applySqlFile(url, downPath(f));
      await markReverted(url, f.slice(0, 14));
    } catch (e) {
      const done = reverted.length ? ` Reverted and recorded before it: ${reverted.join(', ')}.` : '';
      fail(`rolling back stopped at ${f}, which is still applied: ${(e as Error).message}${done}`);
    }
    reverted.push(f.slice(0, 14));
    log(`✔ ${f.replace(/\.sql$/, '')} reverted (${seconds(performance.now() - t)})`);
  }
  log(`rolled back ${reverted.length} migration${reverted.length === 1 ? '' : 's'} in ${seconds(performance.now() - t0)}; ` +
    `${opts.to} is the newest applied. \`supabase db push\` applies them again.`);
  return { reverted };
}

/** `db:rollback` arguments: --to <version> [--force] [--yes]. */
export function parseRollbackArgs(argv: string[]): RollbackOptions {
  const opts: RollbackOptions = { to: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--to') opts.to = argv[++i] ?? '';
    else if (a.startsWith('--to=')) opts.to = a.slice(5);
    else if (a === '--force') opts.force = true;
    else if (a === '--yes' || a === '-y') opts.yes = true;
    else fail(`unknown argument ${a}\nusage: npm run db:rollback -- --to <version> [--force] [--yes]`);
  }
  if (!opts.to) fail('usage: npm run db:rollback -- --to <version> [--force] [--yes]');
  return opts;
}
