/**
 * The webhook flow for one call (upsert ringing, upsert answered, upsert
 * completed with a duration, upsert the metadata; each statement its own
 * transaction, as webhooks arrive), timed against four fresh copies of calls
 * and call_metadata with the same columns, constraints, indexes and foreign
 * keys: one with every trigger of the originals, one with every trigger but
 * the caller directory's (callers_count_*), one with the lifecycle trigger
 * only, one with none. The copies start empty alike, so their ratios are what
 * the triggers cost: every trigger against none, and every trigger against
 * all but the callers' (what keeping callers current costs the flow). public.calls itself is timed too: at millions of
 * rows its larger indexes cost more per insert whatever the triggers do. And
 * the same events through public.ingest_call_event (ringing, answered, then
 * completed with its metadata), which merges each into the call in any order:
 * its throughput against the plain upserts into public.calls is what the
 * convergence costs.
 * Rounds alternate between the variants so a noisy machine hits all alike;
 * figures are medians over rounds. Everything it creates (a scratch schema
 * and phone number) is removed.
 */
import type pg from 'pg';
import { p99 } from './harness.ts';

const PHONE = 'bench-ingest';
const SCRATCH = 'bench_ingest';

export type IngestionVariant = { name: string; calls: string; metadata: string; usPerFlow: number };
/** `ingest`: the flow goes through public.ingest_call_event instead of upserts into `calls`. */
type FlowVariant = Pick<IngestionVariant, 'calls' | 'metadata'> & { ingest?: boolean };
export type IngestionResult = { flowsPerRound: number; rounds: number; variants: IngestionVariant[]; rebuildUsPerCall: number };

const COPIES = ['all', 'nocallers', 'lifecycle', 'bare'] as const;
type Copy = (typeof COPIES)[number];
/** Which of the originals' triggers a copy gets. */
const TRIGGERS: Record<Copy, string> = {
  all: 'true',
  nocallers: `t.tgname !~ '^callers_'`,
  lifecycle: `t.tgname in ('check_call_status', 'set_updated_at')`,
  bare: 'false',
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function setUp(db: pg.Client): Promise<void> {
  await tearDown(db);
  await db.query(`
    insert into public.phone_numbers (id, number, business_name, timezone)
    values ('${PHONE}', '+15559990000', 'Ingestion benchmark', 'America/New_York');
    create schema ${SCRATCH};`);
  for (const name of COPIES) {
    await db.query(`
      create table ${SCRATCH}.calls_${name} (like public.calls including defaults including constraints including indexes);
      alter table ${SCRATCH}.calls_${name} add foreign key (phone_id) references public.phone_numbers (id) on delete cascade;
      create table ${SCRATCH}.metadata_${name} (like public.call_metadata including defaults including constraints including indexes);
      alter table ${SCRATCH}.metadata_${name} add foreign key (phone_id, call_id)
        references ${SCRATCH}.calls_${name} (phone_id, id) on delete cascade;`);
    if (name === 'bare') continue;
    // The originals' own trigger definitions, pointed at the copy.
    for (const [from, to] of [['public.calls', `${SCRATCH}.calls_${name}`], ['public.call_metadata', `${SCRATCH}.metadata_${name}`]]) {
      const { rows } = await db.query<{ def: string }>(
        `select pg_get_triggerdef(t.oid) as def from pg_trigger t
          where t.tgrelid = $1::regclass and not t.tgisinternal and ${TRIGGERS[name]}`,
        [from],
      );
      for (const { def } of rows) await db.query(def.replace(` ON ${from} `, ` ON ${to} `));
    }
  }
}

async function tearDown(db: pg.Client): Promise<void> {
  await db.query(`drop schema if exists ${SCRATCH} cascade; delete from public.phone_numbers where id = '${PHONE}';`);
}

/**
 * Call n of a flow: its sid (under `prefix`), caller (one of 500, or the one
 * given), and times: rung 8 s before it was answered now.
 */
function callOf(prefix: string, n: number, caller?: string) {
  const answeredAt = new Date();
  const duration = 30 + (n % 300);
  return {
    sid: `${prefix}${n}`,
    caller: caller ?? `+1415555${String(n % 500).padStart(4, '0')}`,
    startedAt: new Date(answeredAt.getTime() - 8000),
    answeredAt,
    duration,
    endedAt: new Date(answeredAt.getTime() + duration * 1000),
  };
}

/**
 * Runs `count` complete call flows against one variant; returns milliseconds.
 * The webhooks carry the provider's timestamps, so the copy without triggers
 * stores the same rows as calls.
 */
async function flows(db: pg.Client, v: FlowVariant, first: number, count: number,
  call: { prefix: string; caller?: string } = { prefix: 'CABENCH' }): Promise<number> {
  if (v.ingest) return ingestFlows(db, first, count);
  // created_at is the provider's start of the call, never the time the
  // webhook arrives: a call is not answered before it started ringing
  // (calls_answered_after_created).
  const upsertCall = `
    insert into ${v.calls} as c (phone_id, call_sid, caller_number, status, duration, answered_at, ended_at, created_at)
    values ($1, $2, $3, $4, $5, $6, $7, $8)
    on conflict (phone_id, call_sid) do update
      set status = excluded.status, duration = excluded.duration,
          answered_at = excluded.answered_at, ended_at = excluded.ended_at
    returning id`;
  const upsertMetadata = `
    insert into ${v.metadata} (phone_id, call_id, metadata, tags) values ($1, $2, $3, $4)
    on conflict (phone_id, call_id) do update set metadata = excluded.metadata, tags = excluded.tags`;
  const t0 = performance.now();
  for (let n = first; n < first + count; n++) {
    const { sid, caller, startedAt, answeredAt, duration, endedAt } = callOf(call.prefix, n, call.caller);
    await db.query(upsertCall, [PHONE, sid, caller, 'ringing', 0, null, null, startedAt]);
    await db.query(upsertCall, [PHONE, sid, caller, 'answered', 0, answeredAt, null, startedAt]);
    const { rows } = await db.query<{ id: string }>(upsertCall, [PHONE, sid, caller, 'completed', duration, answeredAt, endedAt, startedAt]);
    await db.query(upsertMetadata, [PHONE, rows[0]?.id, { intent: n % 3 ? 'booking' : 'question' }, n % 7 ? ['booking'] : ['urgent']]);
  }
  return performance.now() - t0;
}

/** The same flows as events through ingest_call_event (its call sids apart from the upserts' own). */
async function ingestFlows(db: pg.Client, first: number, count: number): Promise<number> {
  const ingest = `select from public.ingest_call_event(phone_id => $1, call_sid => $2, caller_number => $3, occurred_at => $4,
                    status => $5, duration => $6, metadata => $7, tags => $8)`;
  const t0 = performance.now();
  for (let n = first; n < first + count; n++) {
    const { sid, caller, startedAt, answeredAt, duration, endedAt } = callOf('CAINGEST', n);
    await db.query(ingest, [PHONE, sid, caller, startedAt, 'ringing', null, null, null]);
    await db.query(ingest, [PHONE, sid, caller, answeredAt, 'answered', null, null, null]);
    await db.query(ingest, [PHONE, sid, caller, endedAt, 'completed', duration,
      { intent: n % 3 ? 'booking' : 'question' }, n % 7 ? ['booking'] : ['urgent']]);
  }
  return performance.now() - t0;
}

export async function measureIngestion(
  db: pg.Client,
  opts: { flows: number; rounds: number; onRound?: (round: number) => void },
): Promise<IngestionResult> {
  const perRound = Math.max(1, Math.floor(opts.flows / opts.rounds));
  const variants = [
    { name: 'copy with every trigger', calls: `${SCRATCH}.calls_all`, metadata: `${SCRATCH}.metadata_all`, ms: [] as number[] },
    { name: NO_CALLERS, calls: `${SCRATCH}.calls_nocallers`, metadata: `${SCRATCH}.metadata_nocallers`, ms: [] as number[] },
    { name: 'copy with the lifecycle trigger only', calls: `${SCRATCH}.calls_lifecycle`, metadata: `${SCRATCH}.metadata_lifecycle`, ms: [] as number[] },
    { name: 'copy without triggers', calls: `${SCRATCH}.calls_bare`, metadata: `${SCRATCH}.metadata_bare`, ms: [] as number[] },
    { name: 'public.calls itself, every trigger', calls: 'public.calls', metadata: 'public.call_metadata', ms: [] as number[] },
    { name: INGEST_VARIANT, calls: 'public.calls', metadata: 'public.call_metadata', ingest: true, ms: [] as number[] },
  ];
  try {
    await setUp(db);
    for (const v of variants) await flows(db, v, 0, Math.min(50, perRound)); // warm plans, caches, the day's stats row
    for (let r = 0; r < opts.rounds; r++) {
      const order = r % 2 ? [...variants].reverse() : variants;
      for (const v of order) v.ms.push(await flows(db, v, 1000 + r * perRound, perRound));
      opts.onRound?.(r + 1);
    }
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from public.calls where phone_id = $1', [PHONE]);
    const t0 = performance.now();
    await db.query('select private.rebuild_daily_call_stats($1)', [PHONE]);
    const rebuildUsPerCall = ((performance.now() - t0) * 1000) / Math.max(1, rows[0]?.n ?? 1);
    return {
      flowsPerRound: perRound,
      rounds: opts.rounds,
      variants: variants.map((v) => ({ name: v.name, calls: v.calls, metadata: v.metadata, usPerFlow: (median(v.ms) / perRound) * 1000 })),
      rebuildUsPerCall,
    };
  } finally {
    await tearDown(db).catch(() => undefined);
  }
}

const INGEST_VARIANT = 'public.calls through ingest_call_event';
const NO_CALLERS = "copy with every trigger but the callers'";

/**
 * The result as a Markdown table: throughput relative to the copy without
 * triggers (the target: the copy with every trigger at 0.8 or more), and of
 * ingest_call_event relative to the plain upserts of the same events into
 * public.calls (target: 0.8 or more).
 */
export function ingestionTable(r: IngestionResult): string[] {
  const us = (name: string) => r.variants.find((v) => v.name === name)?.usPerFlow ?? NaN;
  const bare = us('copy without triggers');
  const upserts = us('public.calls itself, every trigger');
  const lines = [
    '| variant | µs per call | calls/s | throughput ÷ copy without triggers |',
    '|---|---:|---:|---:|',
    ...r.variants.map((v) => `| ${v.name} | ${v.usPerFlow.toFixed(0)} | ${(1e6 / v.usPerFlow).toFixed(0)} | ${(bare / v.usPerFlow).toFixed(2)} |`),
    '',
    `ingest_call_event ÷ plain upserts of the same events into public.calls: ${(upserts / us(INGEST_VARIANT)).toFixed(2)} (target ≥ 0.8)`,
    `keeping callers current: the copy with every trigger ÷ the copy with every trigger but the callers': ` +
      `${(us(NO_CALLERS) / us('copy with every trigger')).toFixed(2)} of the throughput, ` +
      `${(us('copy with every trigger') - us(NO_CALLERS)).toFixed(0)} µs more per call`,
  ];
  return lines;
}

// Server-side ----------------------------------------------------------------------------------

export type ServerSideRow = { copy: string; usPerCall: number };
export type ServerSideResult = { callsPerChunk: number; chunks: number; rows: ServerSideRow[] };

/**
 * The same flow without the client: a procedure inserts each call ringing,
 * updates it answered and completed, committing after each statement as
 * webhooks do, `callsPerChunk` calls per CALL, the copies taking turns chunk
 * by chunk, with synchronous_commit off. Round trips and the WAL flush, most
 * of a webhook's time and of the noise on a shared machine, are left out:
 * what is left is what each statement and its triggers cost the server.
 * Median µs per call over the chunks.
 */
export async function measureServerSide(db: pg.Client, opts: { callsPerChunk: number; chunks: number }): Promise<ServerSideResult> {
  const copies = ['all', 'nocallers', 'bare'] as const;
  const us: Record<(typeof copies)[number], number[]> = { all: [], nocallers: [], bare: [] };
  try {
    await setUp(db);
    await db.query(`
      create procedure ${SCRATCH}.flows(calls text, phone text, prefix text, n integer)
      language plpgsql as $$
      declare
        sid text;
        t timestamptz;
      begin
        for i in 1..n loop
          sid := prefix || i;
          t := clock_timestamp();
          execute format('insert into %s (phone_id, call_sid, caller_number, status, created_at) values ($1, $2, $3, ''ringing'', $4)', calls)
            using phone, sid, '+1415555' || lpad((i % 500)::text, 4, '0'), t - interval '8 seconds';
          commit;
          execute format('update %s set status = ''answered'', answered_at = $3 where phone_id = $1 and call_sid = $2', calls)
            using phone, sid, t;
          commit;
          execute format('update %s set status = ''completed'', ended_at = $3, duration = 60 where phone_id = $1 and call_sid = $2', calls)
            using phone, sid, t + interval '60 seconds';
          commit;
        end loop;
      end $$`);
    await db.query('set synchronous_commit = off');
    for (let chunk = -1; chunk < opts.chunks; chunk++) {
      const order = chunk % 2 ? [...copies].reverse() : copies;
      for (const copy of order) {
        const t0 = performance.now();
        await db.query(`call ${SCRATCH}.flows($1, $2, $3, $4)`,
          [`${SCRATCH}.calls_${copy}`, PHONE, `CASRV${copy}${chunk}x`, opts.callsPerChunk]);
        // The first chunk warms plans and caches and is not counted.
        if (chunk >= 0) us[copy].push(((performance.now() - t0) * 1000) / opts.callsPerChunk);
      }
    }
    return {
      callsPerChunk: opts.callsPerChunk,
      chunks: opts.chunks,
      rows: copies.map((c) => ({ copy: c === 'all' ? 'copy with every trigger' : c === 'bare' ? 'copy without triggers' : NO_CALLERS, usPerCall: median(us[c]) })),
    };
  } finally {
    await db.query('reset synchronous_commit').catch(() => undefined);
    await tearDown(db).catch(() => undefined);
  }
}

/** The server-side result as a Markdown table, with what the callers' triggers add. */
export function serverSideTable(r: ServerSideResult): string[] {
  const us = (name: string) => r.rows.find((x) => x.copy === name)?.usPerCall ?? NaN;
  const all = us('copy with every trigger');
  const without = us(NO_CALLERS);
  return [
    `| server-side, ${r.chunks} chunks of ${r.callsPerChunk} calls (3 statements each, each committed) | µs per call | throughput ÷ copy without triggers |`,
    '|---|---:|---:|',
    ...r.rows.map((x) => `| ${x.copy} | ${x.usPerCall.toFixed(0)} | ${(us('copy without triggers') / x.usPerCall).toFixed(2)} |`),
    '',
    `keeping callers current, server-side: ${(without / all).toFixed(2)} of the throughput with the callers' triggers, ${(all - without).toFixed(0)} µs per call`,
  ];
}

// A hot caller ------------------------------------------------------------------------------

export type CallerContentionRow = { copy: string; callers: 'one' | 'many'; callsPerSecond: number; p99Ms: number };
export type CallerContentionResult = { workers: number; flowsPerWorker: number; rows: CallerContentionRow[] };

/**
 * `workers` connections run the webhook flow at once on one phone, each
 * statement its own transaction: every call from one caller number (each
 * call's trigger takes that caller's row until it commits), or each worker's
 * calls from numbers of their own. Against the copy with every trigger and
 * the one without the callers' triggers, so the difference is what the hot
 * caller row costs; all four share the phone's daily statistics row, which
 * every call of the phone already takes. Calls per second (flows of 3 upserts
 * and a metadata upsert) and the p99 of a flow.
 */
export async function measureCallerContention(
  db: pg.Client,
  opts: { workers: number; flowsPerWorker: number; connect: () => Promise<pg.Client> },
): Promise<CallerContentionResult> {
  const clients = await Promise.all(Array.from({ length: opts.workers }, () => opts.connect()));
  const rows: CallerContentionRow[] = [];
  try {
    await setUp(db);
    for (const copy of ['all', 'nocallers'] as const) {
      const v = { calls: `${SCRATCH}.calls_${copy}`, metadata: `${SCRATCH}.metadata_${copy}` };
      for (const callers of ['many', 'one'] as const) {
        await flows(clients[0]!, v, 0, 20, { prefix: `CAWARM${copy}${callers}` });
        const flowMs: number[] = [];
        const t0 = performance.now();
        await Promise.all(clients.map(async (c, w) => {
          for (let n = 0; n < opts.flowsPerWorker; n++) {
            flowMs.push(await flows(c, v, n, 1, {
              prefix: `CAHOT${copy}${callers}w${w}x`,
              caller: callers === 'one' ? '+14155550999' : `+1415556${String(w).padStart(4, '0')}`,
            }));
          }
        }));
        const seconds = (performance.now() - t0) / 1000;
        rows.push({
          copy: copy === 'all' ? 'copy with every trigger' : NO_CALLERS, callers,
          callsPerSecond: (opts.workers * opts.flowsPerWorker) / seconds,
          p99Ms: p99(flowMs),
        });
      }
    }
    return { workers: opts.workers, flowsPerWorker: opts.flowsPerWorker, rows };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
    await tearDown(db).catch(() => undefined);
  }
}

/** The contention result as a Markdown table. */
export function callerContentionTable(r: CallerContentionResult): string[] {
  return [
    `| ${r.workers} writers on one phone, ${r.flowsPerWorker} calls each | callers | calls/s | p99 of a call's flow |`,
    '|---|---|---:|---:|',
    ...r.rows.map((x) => `| ${x.copy} | ${x.callers === 'one' ? 'one number for every call' : 'a number per writer'} | ` +
      `${x.callsPerSecond.toFixed(0)} | ${x.p99Ms.toFixed(1)} ms |`),
  ];
}
