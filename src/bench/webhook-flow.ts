/**
 * The webhook flow for one call (upsert ringing, upsert answered, upsert
 * completed with a duration, upsert the metadata; each statement its own
 * transaction, as webhooks arrive), timed against three fresh copies of calls
 * and call_metadata with the same columns, constraints, indexes and foreign
 * keys: one with every trigger of the originals, one with the lifecycle
 * trigger only, one with none. The copies start empty alike, so their ratio
 * is what the triggers cost. public.calls itself is timed too: at millions of
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

const PHONE = 'bench-ingest';
const SCRATCH = 'bench_ingest';

export type IngestionVariant = { name: string; calls: string; metadata: string; usPerFlow: number };
/** `ingest`: the flow goes through public.ingest_call_event instead of upserts into `calls`. */
type FlowVariant = Pick<IngestionVariant, 'calls' | 'metadata'> & { ingest?: boolean };
export type IngestionResult = { flowsPerRound: number; rounds: number; variants: IngestionVariant[]; rebuildUsPerCall: number };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function setUp(db: pg.Client): Promise<void> {
  await tearDown(db);
  await db.query(`
    insert into public.phone_numbers (id, number, business_name, timezone)
    values ('${PHONE}', '+15559990000', 'Ingestion benchmark', 'America/New_York');
    create schema ${SCRATCH};`);
  for (const name of ['all', 'lifecycle', 'bare'] as const) {
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
          where t.tgrelid = $1::regclass and not t.tgisinternal and ($2 or t.tgname in ('check_call_status', 'set_updated_at'))`,
        [from, name === 'all'],
      );
      for (const { def } of rows) await db.query(def.replace(` ON ${from} `, ` ON ${to} `));
    }
  }
}

async function tearDown(db: pg.Client): Promise<void> {
  await db.query(`drop schema if exists ${SCRATCH} cascade; delete from public.phone_numbers where id = '${PHONE}';`);
}

/** Call n of a flow: its sid (under `prefix`), caller, and times: rung 8 s before it was answered now. */
function callOf(prefix: string, n: number) {
  const answeredAt = new Date();
  const duration = 30 + (n % 300);
  return {
    sid: `${prefix}${n}`,
    caller: `+1415555${String(n % 500).padStart(4, '0')}`,
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
async function flows(db: pg.Client, v: FlowVariant, first: number, count: number): Promise<number> {
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
    const { sid, caller, startedAt, answeredAt, duration, endedAt } = callOf('CABENCH', n);
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
  return [
    '| variant | µs per call | calls/s | throughput ÷ copy without triggers |',
    '|---|---:|---:|---:|',
    ...r.variants.map((v) => `| ${v.name} | ${v.usPerFlow.toFixed(0)} | ${(1e6 / v.usPerFlow).toFixed(0)} | ${(bare / v.usPerFlow).toFixed(2)} |`),
    '',
    `ingest_call_event ÷ plain upserts of the same events into public.calls: ${(upserts / us(INGEST_VARIANT)).toFixed(2)} (target ≥ 0.8)`,
  ];
}
