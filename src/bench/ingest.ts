/**
 * What keeping daily_call_stats current costs the webhook flow.
 *
 *   npm run bench:ingest -- [--flows 1800] [--rounds 6] [--async-commit]
 *
 * Runs the telephony backend's flow for one call (upsert ringing, upsert
 * answered, upsert completed with a duration, upsert the metadata; each
 * statement its own transaction, as webhooks arrive) against public.calls
 * and against a copy of it with the same columns, constraints, indexes,
 * foreign keys and lifecycle triggers but without the statistics triggers.
 * Rounds alternate between the two so a noisy machine hits both alike; the
 * figures are medians over rounds. Then it times a recomputation of the
 * statistics from scratch, the cost a periodic job would pay instead.
 * Everything it creates (a scratch schema and phone number) is removed.
 *
 * Each commit waits for its WAL flush, which on a shared disk is most of a
 * statement's time and most of its noise; --async-commit sets
 * synchronous_commit = off for the benchmark's session, leaving the CPU cost
 * the triggers add.
 */
import pg from 'pg';
import { databaseUrl } from '../tooling/stack.ts';
import { fail, ToolError } from '../tooling/util.ts';

type Variant = { name: string; calls: string; metadata: string; ms: number[] };

const PHONE = 'bench-ingest';
const SCRATCH = 'bench_ingest';

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < 1) fail(`--${name} needs a positive whole number, got ${args[i + 1] ?? 'nothing'}`);
  return value;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function setUp(db: pg.Client): Promise<void> {
  await db.query(`
    drop schema if exists ${SCRATCH} cascade;
    delete from public.phone_numbers where id = '${PHONE}';
    insert into public.phone_numbers (id, number, business_name, timezone)
    values ('${PHONE}', '+15559990000', 'Ingestion benchmark', 'America/New_York');
    create schema ${SCRATCH};
    create table ${SCRATCH}.calls (like public.calls including defaults including constraints including indexes);
    alter table ${SCRATCH}.calls add foreign key (phone_id) references public.phone_numbers (id) on delete cascade;
    create trigger check_call_status before insert or update of status, answered_at, ended_at, duration
      on ${SCRATCH}.calls for each row execute function private.check_call_status();
    create trigger set_updated_at before update on ${SCRATCH}.calls
      for each row execute function private.set_updated_at();
    create table ${SCRATCH}.call_metadata (like public.call_metadata including defaults including constraints including indexes);
    alter table ${SCRATCH}.call_metadata add foreign key (phone_id, call_id)
      references ${SCRATCH}.calls (phone_id, id) on delete cascade;
    create trigger set_updated_at before update on ${SCRATCH}.call_metadata
      for each row execute function private.set_updated_at();`);
}

async function tearDown(db: pg.Client): Promise<void> {
  await db.query(`drop schema if exists ${SCRATCH} cascade; delete from public.phone_numbers where id = '${PHONE}';`);
}

/** Runs `count` complete call flows against one variant; returns milliseconds. */
async function flows(db: pg.Client, v: Variant, first: number, count: number): Promise<number> {
  const upsertCall = `
    insert into ${v.calls} as c (phone_id, call_sid, caller_number, status, duration)
    values ($1, $2, $3, $4, $5)
    on conflict (phone_id, call_sid) do update set status = excluded.status, duration = excluded.duration
    returning id`;
  const upsertMetadata = `
    insert into ${v.metadata} (phone_id, call_id, metadata, tags) values ($1, $2, $3, $4)
    on conflict (phone_id, call_id) do update set metadata = excluded.metadata, tags = excluded.tags`;
  const t0 = performance.now();
  for (let n = first; n < first + count; n++) {
    const sid = `CABENCH${n}`;
    const caller = `+1415555${String(n % 500).padStart(4, '0')}`;
    await db.query(upsertCall, [PHONE, sid, caller, 'ringing', 0]);
    await db.query(upsertCall, [PHONE, sid, caller, 'answered', 0]);
    const { rows } = await db.query<{ id: string }>(upsertCall, [PHONE, sid, caller, 'completed', 30 + (n % 300)]);
    await db.query(upsertMetadata, [PHONE, rows[0]?.id, { intent: n % 3 ? 'booking' : 'question' }, n % 7 ? ['booking'] : ['urgent']]);
  }
  return performance.now() - t0;
}

async function main(args: string[]): Promise<void> {
  const total = option(args, 'flows', 1800);
  const rounds = option(args, 'rounds', 6);
  const perRound = Math.max(1, Math.floor(total / rounds));
  const db = new pg.Client({ connectionString: process.env.SUPABASE_DB_URL || databaseUrl() });
  await db.connect().catch((e: Error) => fail(`cannot reach the database (${e.message}); run npm run db:reset first`));
  const asyncCommit = args.includes('--async-commit');
  if (asyncCommit) await db.query('set synchronous_commit = off');
  const withStats: Variant = { name: 'calls with statistics triggers', calls: 'public.calls', metadata: 'public.call_metadata', ms: [] };
  const bare: Variant = { name: 'copy without statistics triggers', calls: `${SCRATCH}.calls`, metadata: `${SCRATCH}.call_metadata`, ms: [] };
  const variants = [withStats, bare];
  try {
    await setUp(db);
    // Warm up both: plans, caches, the statistics row of the day.
    for (const v of variants) await flows(db, v, 0, 50);
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 ? [...variants].reverse() : variants;
      for (const v of order) v.ms.push(await flows(db, v, 1000 + r * perRound, perRound));
      process.stdout.write(`\r  round ${r + 1}/${rounds}`);
    }
    process.stdout.write('\n');

    const perFlow = (v: Variant) => (median(v.ms) / perRound) * 1000;
    console.log(`\n${perRound} call flows per round (4 statements each), median of ${rounds} rounds,` +
      ` synchronous_commit ${asyncCommit ? 'off' : 'on'}:\n`);
    console.log('| variant | µs per call flow | call flows/s |');
    console.log('|---|---:|---:|');
    for (const v of variants) {
      const us = perFlow(v);
      console.log(`| ${v.name} | ${us.toFixed(0)} | ${(1e6 / us).toFixed(0)} |`);
    }
    console.log(`\nthroughput with triggers / without: ${(perFlow(bare) / perFlow(withStats)).toFixed(2)}×` +
      ` (statistics cost ${(perFlow(withStats) - perFlow(bare)).toFixed(0)} µs per call flow)`);

    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from public.calls where phone_id = $1', [PHONE]);
    const calls = rows[0]?.n ?? 0;
    const t0 = performance.now();
    await db.query('select private.rebuild_daily_call_stats($1)', [PHONE]);
    const rebuild = performance.now() - t0;
    console.log(`recomputing the statistics of ${calls} calls from scratch: ${rebuild.toFixed(1)} ms` +
      ` (${((rebuild / calls) * 1000).toFixed(1)} µs per call), what a periodic job pays per pass over those calls`);
  } finally {
    await tearDown(db).catch(() => undefined);
    await db.end();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof ToolError ? `error: ${e.message}` : e);
  process.exit(1);
});
