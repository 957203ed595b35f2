/**
 * The benchmark: every query shape the app sends, as a member under row level
 * security through asUser and, as the baseline, as the tables' owner (no RLS)
 * with an explicit phone_id filter; members of 1, 10 and 100 phone numbers.
 * Then ingestion, the callers backfill's batches, the summary view's refresh,
 * the archive's batch rate, the dialer's hand-out rate, call-slot claims and
 * webhook events under contention (src/bench/telephony.ts) and the time of a
 * fresh migrate-and-seed.
 *
 *   npm run bench:seed -- --calls 1000000 --phones 1000
 *   npm run bench -- [--reps 200] [--budget 4] [--flows 1200] [--dialer-contacts 1000] [--report src/bench/reports/1m] [--reset-ms N]
 *
 * --reps is the number of timed runs per shape and variant (after 10 warm-up
 * runs), cut short once a variant has spent --budget seconds. With --report
 * PATH it writes PATH.md and PATH.svg (the RLS ratios); --reset-ms adds the
 * db:reset time measured before the data was generated (npm run bench:report
 * does all three). Figures are printed,
 * never asserted: the machine is shared and noisy, so compare ratios from one run.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import type pg from 'pg';
import os from 'node:os';
import path from 'node:path';
import { CompiledQuery, sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { asUser, roleSettings } from '../as-user.ts';
import { createDb } from '../db.ts';
import * as q from '../queries.ts';
import { fail, ROOT } from '../tooling/shell.ts';
import * as stack from '../tooling/stack.ts';
import type { DB } from '../../types/database.ts';
import { atQuantile, BENCH_MEMBERS, benchUrl, connectBench, option, progress, runMain } from './harness.ts';
import * as pgrst from './postgrest.ts';
import { measureDialer, type DialerResult } from './dialer.ts';
import { measureContention, type ContentionResult } from './telephony.ts';
import { ingestionTable, measureIngestion, type IngestionResult } from './webhook-flow.ts';

type Ctx = {
  member: keyof typeof BENCH_MEMBERS;
  userId: string;
  phones: string[];
  /** The member's largest phone number: what a screen for one phone shows. */
  phone: string;
  phoneCalls: number;
  callId: string;
  /** The newest call of the phone with conversation turns. */
  turnsCallId: string;
  caller: string;
  cursor: q.CallCursor;
  from: string;
  to: string;
  /** The area code of the phone's newest caller ("+1415"), and seven digits of a rare caller's number. */
  prefix: string;
  digits: string;
  /** The phone's most frequent caller, the cursor after the 10th of its calls, and the cursor after its 100th caller. */
  frequent: string;
  frequentCursor: q.CallCursor;
  callersCursor: q.CallerCursor;
};

type Run = (db: Kysely<DB>, c: Ctx) => Promise<unknown>;
/**
 * policyOnly: the RLS query has no phone filter. replacedBy: the app no longer
 * sends this shape (it is kept as the "before"); the named query does the job.
 * search: a search of the member's largest phone (target p95 20 ms, not 2 ms).
 */
type Shape = { name: string; policyOnly?: boolean; replacedBy?: string; search?: boolean; postgrest?: boolean; rls: Run; base: Run };

/** A search as the app sends it (searchCalls), against the same filter written out as the owner. */
function search(name: string, filter: (c: Ctx) => Omit<q.CallSearch, 'phoneId'>, where: (c: Ctx) => RawBuilder<unknown>): Shape {
  return {
    name: `searchCalls: ${name}`,
    search: true,
    rls: (db, c) => q.searchCalls(db, { phoneId: c.phone, ...filter(c) }),
    base: (db, c) => sql`select * from public.calls c where c.phone_id = ${c.phone} and ${where(c)}
                          order by c.created_at desc, c.id desc limit 20`.execute(db),
  };
}
const WORDS = sql`to_tsvector('simple'::regconfig, coalesce(c.transcript, '') || ' ' || coalesce(c.ai_summary, ''))`;
/** A word of the call's own text or of one of its turns, as the owner would find it through both words indexes. */
const SPOKEN = (c: Ctx, word: string) => sql`(${WORDS} @@ websearch_to_tsquery('simple', ${word})
  or c.id in (select t.call_id from public.call_turns t where t.phone_id = ${c.phone}
               and private.call_turn_words(t.phone_id, t.call_id, t.content)
                   @@ (websearch_to_tsquery('simple', ${word}) && format('%L', 'phone:' || ${c.phone}::text)::tsquery)))`;

/** Runs a statement PostgREST would send (src/bench/postgrest.ts). */
const send = (st: pgrst.PgrstStatement) => (db: Kysely<DB>) => db.executeQuery(CompiledQuery.raw(st.sql, st.params));

/**
 * A supabase-js call, as the SQL PostgREST 12.2 sends for it: `rls` the app's
 * call as the member, `base` the same request as the owner with the member's
 * phones as an explicit filter (or, where that cannot be said in PostgREST's
 * query string, the query written out).
 */
function app(name: string, rls: (c: Ctx) => pgrst.PgrstStatement, base: (c: Ctx) => pgrst.PgrstStatement | RawBuilder<unknown>,
  extra: Pick<Shape, 'policyOnly' | 'replacedBy' | 'search'> = {}): Shape {
  return {
    name, postgrest: true, ...extra,
    rls: (db, c) => send(rls(c))(db),
    base: (db, c) => {
      const b = base(c);
      return 'sql' in b && 'params' in b ? send(b)(db) : (b as RawBuilder<unknown>).execute(db);
    },
  };
}
const newest: pgrst.Order = [['created_at', 'desc'], ['id', 'desc']];
const byLastCall: pgrst.Order = [['last_call_at', 'desc'], ['caller_number', 'desc']];
const onPhone = (c: Ctx): pgrst.Filter => ['phone_id', 'eq', c.phone];
const onMyPhones = (c: Ctx): pgrst.Filter => ['phone_id', 'in', c.phones];

/** The app's supabase-js calls, screen by screen (README: "In the app"). */
const APP_SHAPES: Shape[] = [
  app('calls of a phone, newest 20', (c) => pgrst.read('calls', { filters: [onPhone(c)], order: newest, limit: 20 }),
    (c) => pgrst.read('calls', { filters: [onPhone(c)], order: newest, limit: 20 })),
  app('a call with call_metadata embedded', (c) => pgrst.read('calls', { select: '*,call_metadata(*)', filters: [onPhone(c), ['id', 'eq', c.callId]] }),
    (c) => pgrst.read('calls', { select: '*,call_metadata(*)', filters: [onPhone(c), ['id', 'eq', c.callId]] })),
  app('a caller\'s calls', (c) => pgrst.read('calls', { filters: [onPhone(c), ['caller_number', 'eq', c.caller]], order: newest, limit: 20 }),
    (c) => pgrst.read('calls', { filters: [onPhone(c), ['caller_number', 'eq', c.caller]], order: newest, limit: 20 })),
  app('a phone\'s callers, most recent 20', (c) => pgrst.read('callers', { filters: [onPhone(c), ['last_call_at', 'not.is', 'null']], order: byLastCall, limit: 20 }),
    (c) => pgrst.read('callers', { filters: [onPhone(c), ['last_call_at', 'not.is', 'null']], order: byLastCall, limit: 20 })),
  app('a caller', (c) => pgrst.read('callers', { filters: [onPhone(c), ['caller_number', 'eq', c.frequent]] }),
    (c) => pgrst.read('callers', { filters: [onPhone(c), ['caller_number', 'eq', c.frequent]] })),
  app('calls in progress', (c) => pgrst.read('calls', { filters: [onPhone(c), ['status', 'in', ['ringing', 'answered']]], order: newest }),
    (c) => pgrst.read('calls', { filters: [onPhone(c), ['status', 'in', ['ringing', 'answered']]], order: newest })),
  app('daily_call_stats, 30 days', (c) => pgrst.read('daily_call_stats', { filters: [onPhone(c), ['day', 'gte', c.from], ['day', 'lte', c.to]], order: [['day', 'asc']] }),
    (c) => pgrst.read('daily_call_stats', { filters: [onPhone(c), ['day', 'gte', c.from], ['day', 'lte', c.to]], order: [['day', 'asc']] })),
  app('phone_performance_summary', () => pgrst.read('phone_performance_summary', { order: [['phone_id', 'asc']] }),
    (c) => sql`select * from private.phone_performance_summary where phone_id = any (${c.phones}) order by phone_id`),
  app('rpc is_open', (c) => pgrst.rpc('is_open', { p_phone_id: c.phone }), (c) => pgrst.rpc('is_open', { p_phone_id: c.phone })),
  app('rpc latest_calls', () => pgrst.rpc('latest_calls', {}), (c) => pgrst.rpc('latest_calls', { phone_ids: c.phones })),
  app('rpc call_counts, 30 days', (c) => pgrst.rpc('call_counts', { from_day: c.from, to_day: c.to }),
    (c) => pgrst.rpc('call_counts', { from_day: c.from, to_day: c.to, phone_ids: c.phones })),
  app('rpc search_calls, a rare word', (c) => pgrst.rpc('search_calls', { phone_id: c.phone, query: 'flood' }),
    (c) => sql`select * from public.calls c where c.phone_id = ${c.phone} and ${WORDS} @@ websearch_to_tsquery('simple', 'flood')
                order by c.created_at desc, c.id desc limit 20`, { search: true }),
  app('turns of a call', (c) => pgrst.read('call_turns', { filters: [onPhone(c), ['call_id', 'eq', c.turnsCallId]], order: [['sequence', 'asc']] }),
    (c) => pgrst.read('call_turns', { filters: [onPhone(c), ['call_id', 'eq', c.turnsCallId]], order: [['sequence', 'asc']] })),
  app('rpc search_calls, a rare spoken word', (c) => pgrst.rpc('search_calls', { phone_id: c.phone, query: 'sinkhole' }),
    (c) => sql`select * from public.calls c where c.phone_id = ${c.phone} and ${SPOKEN(c, 'sinkhole')}
                order by c.created_at desc, c.id desc limit 20`, { search: true }),
  app('rpc search_calls, tagged urgent', (c) => pgrst.rpc('search_calls', { phone_id: c.phone, tags: ['urgent'] }),
    (c) => sql`select * from public.calls c where c.phone_id = ${c.phone} and exists (select from public.call_metadata m
                where m.phone_id = c.phone_id and m.call_id = c.id and m.tags @> '{urgent}') order by c.created_at desc, c.id desc limit 20`,
    { search: true }),
  app('newest 50 calls across my phones (table query)', () => pgrst.read('calls', { order: newest, limit: 50 }),
    (c) => pgrst.read('calls', { filters: [onMyPhones(c)], order: newest, limit: 50 }), { policyOnly: true, replacedBy: 'rpc latest_calls' }),
  app('count of my calls (count: exact, head)', () => pgrst.read('calls', { count: 'exact', head: true }),
    (c) => pgrst.read('calls', { filters: [onMyPhones(c)], count: 'exact', head: true }), { policyOnly: true, replacedBy: 'rpc call_counts' }),
];

const both = (run: Run): Pick<Shape, 'rls' | 'base'> => ({ rls: run, base: run });

/** Every shape the app sends. `rls` runs inside asUser; `base` as the owner. */
const SHAPES: Shape[] = [
  { name: 'listCalls, first page', ...both((db, c) => q.listCalls(db, { phoneId: c.phone })) },
  { name: 'listCalls, page 6 (cursor)', ...both((db, c) => q.listCalls(db, { phoneId: c.phone, after: c.cursor })) },
  { name: 'getCall with metadata', ...both((db, c) => q.getCall(db, { phoneId: c.phone, callId: c.callId })) },
  { name: 'callsByCaller', ...both((db, c) => q.callsByCaller(db, { phoneId: c.phone, callerNumber: c.caller })) },
  { name: 'callTurns, a call\'s conversation', ...both((db, c) => q.callTurns(db, { phoneId: c.phone, callId: c.turnsCallId })) },
  { name: 'callsByCaller, most frequent caller, page 2 (cursor)', ...both((db, c) =>
    q.callsByCaller(db, { phoneId: c.phone, callerNumber: c.frequent, limit: 10, after: c.frequentCursor })) },
  { name: 'listCallers, first page', ...both((db, c) => q.listCallers(db, { phoneId: c.phone })) },
  { name: 'listCallers, page 6 (cursor)', ...both((db, c) => q.listCallers(db, { phoneId: c.phone, after: c.callersCursor })) },
  { name: 'getCaller', ...both((db, c) => q.getCaller(db, { phoneId: c.phone, callerNumber: c.frequent })) },
  { name: 'activeCalls', ...both((db, c) => q.activeCalls(db, { phoneId: c.phone })) },
  { name: 'dailyStats, 30 days', ...both((db, c) => q.dailyStats(db, { phoneId: c.phone, from: c.from, to: c.to })) },
  {
    name: 'performanceSummary, all my phones',
    rls: (db) => q.performanceSummary(db),
    base: (db, c) => sql`select * from private.phone_performance_summary where phone_id = any (${c.phones}) order by phone_id`.execute(db),
  },
  { name: 'activeRules (routing)', ...both((db, c) => q.activeRules(db, { phoneId: c.phone, ruleType: 'routing' })) },
  { name: 'isOpen', ...both((db, c) => q.isOpen(db, { phoneId: c.phone })) },
  {
    name: 'latestCalls across my phones',
    rls: (db) => q.latestCalls(db),
    base: (db, c) => q.latestCalls(db, { phoneIds: c.phones }),
  },
  {
    name: 'callCounts, 30 days, all my phones',
    rls: (db, c) => q.callCounts(db, { from: c.from, to: c.to }),
    base: (db, c) => q.callCounts(db, { from: c.from, to: c.to, phoneIds: c.phones }),
  },
  search('a common word', () => ({ query: 'appointment' }), () => sql`${WORDS} @@ websearch_to_tsquery('simple', 'appointment')`),
  search('a rare word', () => ({ query: 'flood' }), () => sql`${WORDS} @@ websearch_to_tsquery('simple', 'flood')`),
  search('a common spoken word (turns)', () => ({ query: 'insurance' }), (c) => SPOKEN(c, 'insurance')),
  search('a rare spoken word (turns)', () => ({ query: 'sinkhole' }), (c) => SPOKEN(c, 'sinkhole')),
  search('caller area code', (c) => ({ caller: c.prefix }), (c) => sql`c.caller_number like ${`${c.prefix}%`}`),
  search('caller digits', (c) => ({ caller: c.digits }), (c) => sql`c.caller_number like ${`%${c.digits}%`}`),
  search('tagged urgent', () => ({ tags: ['urgent'] }), () => sql`exists (select from public.call_metadata m
      where m.phone_id = c.phone_id and m.call_id = c.id and m.tags @> '{urgent}')`),
  search('failed, last 7 days, over a minute', () => ({ statuses: ['failed'], from: new Date(Date.now() - 7 * 86_400_000), minDuration: 60 }),
    () => sql`c.status = 'failed' and c.created_at >= now() - interval '7 days' and c.duration >= 60`),
  {
    name: 'latest 50 calls across my phones',
    policyOnly: true,
    replacedBy: 'latestCalls',
    rls: (db) => db.selectFrom('calls').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(50).execute(),
    base: (db, c) =>
      db.selectFrom('calls').selectAll().where('phone_id', 'in', c.phones)
        .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(50).execute(),
  },
  {
    name: 'count of my calls',
    policyOnly: true,
    replacedBy: 'callCounts',
    rls: (db) => db.selectFrom('calls').select((eb) => eb.fn.countAll().as('n')).execute(),
    base: (db, c) => db.selectFrom('calls').select((eb) => eb.fn.countAll().as('n')).where('phone_id', 'in', c.phones).execute(),
  },
  {
    name: 'daily aggregation from calls, 30 days',
    replacedBy: 'dailyStats',
    ...both((db, c) => sql`
      select date_trunc('day', created_at) as date, count(*) as total_calls,
             count(*) filter (where status = 'completed') as successful_calls
        from public.calls where phone_id = ${c.phone} and created_at >= now() - interval '30 days'
       group by date_trunc('day', created_at) order by date desc`.execute(db)),
  },
  {
    name: 'completed calls with their voice (join)',
    ...both((db, c) => sql`
      select c.*, vs.voice_name from public.calls c join public.voice_settings vs on c.phone_id = vs.phone_id
       where c.phone_id = ${c.phone} and c.status = 'completed' order by c.created_at desc limit 50`.execute(db)),
  },
];

type Stats = { n: number; p50: number; p95: number; p99: number };
type Row = { shape: string; policyOnly: boolean; replacedBy?: string; search?: boolean; postgrest?: boolean; member: number; phones: number; phoneCalls: number; rls: Stats; base: Stats; error?: string };

function stats(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: atQuantile(s, 0.5), p95: atQuantile(s, 0.95), p99: atQuantile(s, 0.99) };
}

async function contexts(db: Kysely<DB>): Promise<Ctx[]> {
  const out: Ctx[] = [];
  for (const [member, name] of Object.entries(BENCH_MEMBERS)) {
    const { rows } = await sql<{ user_id: string; phones: string[]; phone: string; calls: number }>`
      select m.user_id, array_agg(m.phone_id order by m.phone_id) as phones,
             (array_agg(p.id order by p.calls desc))[1] as phone, max(p.calls) as calls
        from public.phone_members m join bench.phones p on p.id = m.phone_id
       where m.user_id = extensions.uuid_generate_v5(extensions.uuid_ns_url(), ${name})
       group by m.user_id`.execute(db);
    const r = rows[0] ?? fail(`no benchmark member ${name}: run npm run bench:seed first`);
    const page = await q.listCalls(db, { phoneId: r.phone, limit: 100 });
    const last = page[page.length - 1] ?? fail(`phone ${r.phone} has no calls`);
    const { rows: caller } = await sql<{ caller_number: string }>`
      select caller_number from public.calls where phone_id = ${r.phone} order by created_at desc limit 1`.execute(db);
    const { rows: rare } = await sql<{ caller_number: string }>`
      select caller_number from public.calls where phone_id = ${r.phone}
       group by caller_number order by count(*), caller_number limit 1`.execute(db);
    const { rows: spoken } = await sql<{ id: string }>`
      select c.id from public.calls c where c.phone_id = ${r.phone} and c.status = 'completed'
         and exists (select from public.call_turns t where t.phone_id = c.phone_id and t.call_id = c.id)
       order by c.created_at desc limit 1`.execute(db);
    const { rows: top } = await sql<{ caller_number: string }>`
      select caller_number from public.callers where phone_id = ${r.phone} order by call_count desc, caller_number limit 1`.execute(db);
    const frequent = top[0]?.caller_number ?? fail(`no callers for ${r.phone}: run npm run bench:seed first`);
    const history = await q.callsByCaller(db, { phoneId: r.phone, callerNumber: frequent, limit: 10 });
    const callers = await q.listCallers(db, { phoneId: r.phone, limit: 100 });
    const { rows: days } = await sql<{ from: string; to: string }>`
      select ((now() at time zone timezone)::date - 30)::text as from, (now() at time zone timezone)::date::text as to
        from public.phone_numbers where id = ${r.phone}`.execute(db);
    out.push({
      member: Number(member) as Ctx['member'],
      userId: r.user_id,
      phones: r.phones,
      phone: r.phone,
      phoneCalls: Number(r.calls),
      callId: page[Math.floor(page.length / 2)]?.id ?? last.id,
      turnsCallId: spoken[0]?.id ?? fail(`phone ${r.phone} has no call with turns: run npm run bench:seed -- --fresh`),
      caller: caller[0]?.caller_number ?? fail('no caller'),
      cursor: q.cursorOf(page.length >= 100 ? last : page[0] ?? last),
      from: days[0]?.from ?? '',
      to: days[0]?.to ?? '',
      prefix: (caller[0]?.caller_number ?? '').slice(0, 5),
      digits: (rare[0]?.caller_number ?? fail('no caller')).slice(-7),
      frequent,
      frequentCursor: q.cursorOf(history.at(-1) ?? fail('no calls of the frequent caller')),
      callersCursor: q.callerCursorOf(callers.at(-1) ?? fail('no callers')),
    });
  }
  return out;
}

/**
 * The baseline's session: the tables' owner (no RLS) in a read-only
 * transaction with authenticated's role settings (statement_timeout,
 * random_page_cost), so that only the policies differ from the member's run.
 */
function asOwner<T>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.transaction().setAccessMode('read only').execute(async (trx) => {
    await sql`select ${roleSettings('authenticated')}`.execute(trx);
    return fn(trx);
  });
}

async function timeShapes(db: Kysely<DB>, ctxs: Ctx[], reps: number, budgetMs: number): Promise<Row[]> {
  const rows: Row[] = [];
  const shapes = [...SHAPES, ...APP_SHAPES];
  const bar = progress('queries', shapes.length * ctxs.length, 'shapes');
  // The shapes the app sends first, for every member; the replaced ones, which
  // read whole tenants and push the others' pages out of the cache, last.
  const pass = (replaced: boolean) =>
    ctxs.flatMap((c) => shapes.filter((s) => !!s.replacedBy === replaced).map((shape) => ({ c, shape })));
  for (const { c, shape } of [...pass(false), ...pass(true)]) {
    const claims = { role: 'authenticated' as const, sub: c.userId, aud: 'authenticated' };
    const rls: number[] = [];
    const base: number[] = [];
    const timed = async (into: number[], run: () => Promise<unknown>) => {
      const t0 = performance.now();
      await run();
      into.push(performance.now() - t0);
    };
    const once = async (into: number[] | null) => {
      await asUser(db, claims, (trx) => (into ? timed(into, () => shape.rls(trx, c)) : shape.rls(trx, c)), { readOnly: true });
      await asOwner(db, (trx) => (into ? timed(base, () => shape.base(trx, c)) : shape.base(trx, c)));
    };
    let error: string | undefined;
    try {
      for (let i = 0; i < 10; i++) await once(null);
      const t0 = performance.now();
      for (let i = 0; i < reps && performance.now() - t0 < budgetMs * 2; i++) await once(rls);
    } catch (e) {
      // The role's statement_timeout (8 s for authenticated) is part of the
      // contract asUser keeps: a shape that exceeds it is reported, not fatal.
      if ((e as { code?: string }).code !== '57014') throw e;
      error = 'statement timeout';
    }
    rows.push({
      shape: shape.name, policyOnly: !!shape.policyOnly, ...(shape.replacedBy ? { replacedBy: shape.replacedBy } : {}),
      ...(shape.search ? { search: true } : {}), ...(shape.postgrest ? { postgrest: true } : {}), member: c.member, phones: c.phones.length,
      phoneCalls: c.phoneCalls, rls: stats(rls), base: stats(base), ...(error ? { error } : {}),
    });
    bar.update(rows.length);
  }
  bar.done(`${rows.length} shape × member runs`);
  const at = (r: Row) => ctxs.findIndex((c) => c.member === r.member) * shapes.length + shapes.findIndex((s) => s.name === r.shape);
  return rows.sort((a, b) => at(a) - at(b));
}

/**
 * Waits (up to 10 minutes) until no autovacuum worker runs, then checkpoints
 * the local stack: after a large bench:seed both would otherwise compete with
 * the first shapes for the two cores and the disk, and land in their p95.
 */
async function quiesce(db: pg.Client): Promise<void> {
  const t0 = performance.now();
  for (;;) {
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where backend_type = 'autovacuum worker'`);
    if (!rows[0]?.n || performance.now() - t0 > 600_000) break;
    await new Promise((r) => setTimeout(r, 2000));
  }
  const checkpointed = await stack.checkpoint();
  console.log(`  quiet after ${((performance.now() - t0) / 1000).toFixed(0)} s (autovacuum idle${checkpointed ? ', checkpoint done' : ''})`);
}

async function median3(fn: () => Promise<void>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return ms.sort((a, b) => a - b)[1] ?? NaN;
}

type Backfill = { batch: number; batches: number; p50Ms: number; maxMs: number; callers: number; wholeSeconds: number };

type Other = {
  backfill: Backfill;
  refreshMs: number;
  archive: { ms: number; calls: number } | null;
  resetMs: number | null;
  dialer: DialerResult;
  contention: ContentionResult;
};

/**
 * The callers backfill's batches (private.backfill_callers_batch, each its own
 * transaction as the procedure runs them) from the largest phone on: how long
 * a batch holds its callers' rows, which is what a webhook of one of those
 * callers may wait, and the whole backfill at that pace. The directory is
 * exact already, so the batches change nothing.
 */
async function backfillBatches(db: pg.Client, batch: number, batches: number): Promise<Backfill> {
  const ms: number[] = [];
  let after = { phone: 'bench-', caller: '' };
  for (let i = 0; i < batches; i++) {
    const t0 = performance.now();
    const { rows } = await db.query<{ last_phone: string | null; last_caller: string | null }>(
      'select * from private.backfill_callers_batch($1, $2, $3)', [after.phone, after.caller, batch]);
    ms.push(performance.now() - t0);
    const r = rows[0];
    if (!r?.last_phone || !r.last_caller) break;
    after = { phone: r.last_phone, caller: r.last_caller };
  }
  const { rows } = await db.query<{ n: string }>('select count(*) as n from public.callers');
  const callers = Number(rows[0]?.n ?? 0);
  const sorted = [...ms].sort((a, b) => a - b);
  const mean = ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length);
  return {
    batch, batches: ms.length, p50Ms: sorted[Math.floor(sorted.length / 2)] ?? NaN, maxMs: sorted.at(-1) ?? NaN,
    callers, wholeSeconds: (Math.ceil(callers / batch) * mean) / 1000,
  };
}

async function others(db: pg.Client, dialerContacts: number): Promise<Other> {
  const backfill = await backfillBatches(db, 250, 30);
  const refreshMs = await median3(async () => void (await db.query('select private.refresh_phone_performance_summary()')));
  let archived = 0;
  const archiveMs = await median3(async () => {
    await db.query('begin');
    const { rows } = await db.query<{ calls_archived: string }>('select * from private.archive_calls(p_batch_size => 5000)');
    await db.query('rollback');
    archived = Number(rows[0]?.calls_archived ?? 0);
  });
  const archive = archived > 0 ? { ms: archiveMs, calls: archived } : null;
  const dialer = await measureDialer(db, { contacts: dialerContacts, batch: 50 });
  const contention = await measureContention(db, { workers: 16, seconds: 5, holdMs: 20 });
  return { backfill, refreshMs, archive, resetMs: null, dialer, contention };
}

const f = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
const ratio = (a: number, b: number) => (a / b).toFixed(2);
/** A screen: at most 1.3 times its baseline and p95 within 2 ms. A search: p95 within 20 ms (its ratio is shown). */
const meets = (r: Row) => !r.error && (r.search ? r.rls.p95 <= 20 : r.rls.p50 / r.base.p50 <= 1.3 && r.rls.p95 <= 2);
const verdict = (r: Row) => (meets(r) ? 'met' : r.replacedBy ? `replaced by ${r.replacedBy}` : '**missed**');

function queryTable(rows: Row[]): string[] {
  const lines = ['| shape | member of | calls of the phone | RLS p50 | p95 | p99 | baseline p50 | p95 | p99 | ratio p50 | ratio p95 | target |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|'];
  for (const r of rows) {
    if (r.error) {
      lines.push(`| ${r.shape}${r.policyOnly ? ' *' : ''} | ${r.phones} | ${r.phoneCalls.toLocaleString('en-US')} | ${r.error} | | | | | | | | ${verdict(r)} |`);
      continue;
    }
    lines.push(`| ${r.shape}${r.policyOnly ? ' *' : ''} | ${r.phones} | ${r.phoneCalls.toLocaleString('en-US')} | ${f(r.rls.p50)} | ${f(r.rls.p95)} | ${f(r.rls.p99)} | ` +
      `${f(r.base.p50)} | ${f(r.base.p95)} | ${f(r.base.p99)} | ${ratio(r.rls.p50, r.base.p50)} | ${ratio(r.rls.p95, r.base.p95)} | ${verdict(r)} |`);
  }
  return lines;
}

function markdown(meta: Record<string, string>, rows: Row[], ing: IngestionResult, other: Other): string {
  const lines = ['# Replytics benchmark', '', '| | |', '|---|---|', ...Object.entries(meta).map(([k, v]) => `| ${k} | ${v} |`), ''];
  lines.push('## Queries: member under RLS against the owner with an explicit phone filter', '');
  lines.push('Milliseconds per statement, client round trip included. The baseline runs as the tables\' owner with authenticated\'s role settings, ' +
    'so only the policies differ. Ratio = RLS ÷ baseline. Target: ratio ≤ 1.3 and RLS p95 ≤ 2 ms; for the searches of the member\'s largest phone, p95 ≤ 20 ms.', '');
  lines.push('### Server code: src/queries.ts through asUser (Kysely)', '', ...queryTable(rows.filter((r) => !r.postgrest)), '');
  lines.push('### The app: supabase-js, as the SQL PostgREST 12.2 sends for each call (src/bench/postgrest.ts)', '',
    ...queryTable(rows.filter((r) => r.postgrest)), '');
  const replaced = [...new Set(rows.flatMap((r) => (r.replacedBy ? [`"${r.shape}" by ${r.replacedBy}`] : [])))];
  lines.push('', '\\* policy only: the RLS query has no phone filter; the baseline filters by the member\'s phones.', '');
  lines.push(`"replaced by": the app no longer sends the shape; it stays as the measure of what it cost: ${replaced.join(', ')}.`, '');
  const ns = rows.filter((r) => !r.error).map((r) => r.rls.n);
  lines.push(`Timed runs per cell: ${Math.min(...ns)}–${Math.max(...ns)} (after 10 warm-up runs).` +
    (rows.some((r) => r.error) ? ' "statement timeout": the member\'s query ran into authenticated\'s statement_timeout (8 s).' : ''), '');
  lines.push('![RLS ratios](' + meta['chart'] + ')', '');
  lines.push('## Ingestion: the webhook flow per call (4 upserts, or 3 events through ingest_call_event; each committed)', '');
  lines.push(...ingestionTable(ing));
  lines.push('', `Median of ${ing.rounds} rounds of ${ing.flowsPerRound} calls. Target: the copy with every trigger ≥ 0.8× the copy without ` +
    'triggers (both start empty). public.calls itself also pays for the size of its indexes at this data size.', '');
  lines.push('## Maintenance', '', '| what | time |', '|---|---:|');
  lines.push(`| refresh phone_performance_summary concurrently | ${f(other.refreshMs)} ms |`);
  const b = other.backfill;
  lines.push(`| callers backfill: a batch of ${b.batch} callers (its rows locked until it commits), ${b.batches} batches from the largest phone | ` +
    `p50 ${f(b.p50Ms)} ms, max ${f(b.maxMs)} ms; ${b.callers.toLocaleString('en-US')} callers at that pace: ${b.wholeSeconds.toFixed(1)} s |`);
  if (other.archive) {
    lines.push(`| archive one batch (${other.archive.calls} calls, rolled back) | ${f(other.archive.ms)} ms, ${Math.round(other.archive.calls / (other.archive.ms / 1000)).toLocaleString('en-US')} calls/s |`);
  }
  lines.push(`| dialer hand-out: claim_campaign_contacts in batches of ${other.dialer.batch} (${other.dialer.contacts.toLocaleString('en-US')} contacts, one dialer) | ` +
    `${Math.round(other.dialer.claimedPerSecond).toLocaleString('en-US')} contacts/s; ${Math.round(other.dialer.finishedPerSecond).toLocaleString('en-US')}/s with a finish_campaign_contact each |`);
  const c = other.contention;
  lines.push(`| call slots: ${c.workers} workers claiming, holding 20 ms and releasing on one phone (limit 5) | ` +
    `${Math.round(c.slots.admittedPerSecond).toLocaleString('en-US')} admitted/s, ${Math.round(c.slots.refusedPerSecond).toLocaleString('en-US')} refused/s; claim p99 ${f(c.slots.p99Ms)} ms |`);
  lines.push(`| webhook events: ${c.workers} connections recording (1 in 10 a retry) | ` +
    `${Math.round(c.events.storedPerSecond).toLocaleString('en-US')} events/s stored, ${c.events.duplicates.toLocaleString('en-US')} retries found; p99 ${f(c.events.p99Ms)} ms |`);
  if (other.resetMs !== null) lines.push(`| npm run db:reset (new database, migrations, seed, types) | ${(other.resetMs / 1000).toFixed(1)} s |`);
  lines.push(`| recompute statistics from scratch | ${ing.rebuildUsPerCall.toFixed(1)} µs per call |`, '');
  return lines.join('\n');
}

/** A horizontal bar per shape and member: the p50 ratio, with the 1.3× target line. */
function chart(rows: Row[]): string {
  const barH = 14;
  const left = 330;
  const width = 760;
  const max = Math.max(2, ...rows.filter((r) => !r.error).map((r) => r.rls.p50 / r.base.p50));
  const scale = (width - left - 60) / max;
  const h = 40 + rows.length * (barH + 4);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" font-family="sans-serif" font-size="11">`,
    `<text x="${left}" y="16" font-weight="bold">RLS p50 ÷ baseline p50 (target ≤ 1.3)</text>`,
  ];
  rows.forEach((r, i) => {
    const y = 28 + i * (barH + 4);
    const v = r.error ? max : r.rls.p50 / r.base.p50;
    parts.push(`<text x="${left - 6}" y="${y + barH - 3}" text-anchor="end">${esc(`${r.shape} · ${r.phones} phone${r.phones > 1 ? 's' : ''}`)}</text>`);
    parts.push(`<rect x="${left}" y="${y}" width="${Math.max(1, v * scale).toFixed(1)}" height="${barH}" fill="${meets(r) ? '#3a7' : r.replacedBy ? '#bbb' : '#d54'}"/>`);
    parts.push(`<text x="${(left + v * scale + 4).toFixed(1)}" y="${y + barH - 3}">${r.error ?? v.toFixed(2)}</text>`);
  });
  const x13 = (left + 1.3 * scale).toFixed(1);
  parts.push(`<line x1="${x13}" y1="24" x2="${x13}" y2="${h - 4}" stroke="#333" stroke-dasharray="4 3"/>`);
  parts.push('</svg>');
  return parts.join('\n');
}

runMain(async (args) => {
  const reps = option(args, 'reps', 200);
  const budget = option(args, 'budget', 4) * 1000;
  const flows = option(args, 'flows', 1200);
  const reportAt = args.includes('--report') ? args[args.indexOf('--report') + 1] ?? fail('--report needs a path') : null;
  const db = createDb(benchUrl(), { max: 2 });
  const admin = await connectBench();
  try {
    const { rows: size } = await admin.query<{ calls: string; phones: string; metadata: string; version: string; bytes: string }>(`
      select (select count(*) from public.calls) as calls, (select count(*) from bench.phones) as phones,
             (select count(*) from public.call_metadata) as metadata, current_setting('server_version') as version,
             pg_size_pretty(pg_total_relation_size('public.calls') + pg_total_relation_size('public.call_metadata')) as bytes`)
      .catch(() => fail('no benchmark data: run npm run bench:seed first'));
    await quiesce(admin);
    const ctxs = await contexts(db);
    const rows = await timeShapes(db, ctxs, reps, budget);
    console.log('\n| shape | phones | RLS p50 | RLS p95 | base p50 | ratio |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      console.log(`| ${r.shape} | ${r.phones} | ${r.error ?? f(r.rls.p50)} | ${f(r.rls.p95)} | ${f(r.base.p50)} | ${ratio(r.rls.p50, r.base.p50)} |`);
    }
    const ing = await measureIngestion(admin, { flows, rounds: 4 });
    console.log(['', 'ingestion:', ...ingestionTable(ing)].join('\n'));
    const other = await others(admin, option(args, 'dialer-contacts', 1000));
    if (args.includes('--reset-ms')) other.resetMs = option(args, 'reset-ms', 1);
    console.log(`callers backfill batches of ${other.backfill.batch}: p50 ${f(other.backfill.p50Ms)} ms, max ${f(other.backfill.maxMs)} ms ` +
      `(${other.backfill.callers} callers: ${other.backfill.wholeSeconds.toFixed(1)} s at that pace)`);
    console.log(`refresh ${f(other.refreshMs)} ms; archive batch ${other.archive ? `${other.archive.calls} calls in ${f(other.archive.ms)} ms` : 'n/a'};` +
      ` db:reset ${other.resetMs === null ? 'not measured' : `${(other.resetMs / 1000).toFixed(1)} s`}; ` +
      `dialer hand-out ${Math.round(other.dialer.claimedPerSecond)} contacts/s in batches of ${other.dialer.batch}, ` +
      `${Math.round(other.dialer.finishedPerSecond)}/s with a finish each; ` +
      `call slots ${Math.round(other.contention.slots.admittedPerSecond)} admitted/s and ${Math.round(other.contention.slots.refusedPerSecond)} refused/s ` +
      `(claim p99 ${f(other.contention.slots.p99Ms)} ms, ${other.contention.workers} workers, limit 5); ` +
      `webhook events ${Math.round(other.contention.events.storedPerSecond)}/s (p99 ${f(other.contention.events.p99Ms)} ms)`);
    if (reportAt) {
      const s = size[0];
      const file = path.resolve(ROOT, reportAt);
      mkdirSync(path.dirname(file), { recursive: true });
      const meta = {
        date: new Date().toISOString().slice(0, 10),
        machine: `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
        postgres: s?.version ?? '?',
        data: `${Number(s?.calls).toLocaleString('en-US')} calls over ${s?.phones} phone numbers, ${Number(s?.metadata).toLocaleString('en-US')} metadata rows, ${s?.bytes}`,
        members: ctxs.map((c) => `${c.phones.length} phone${c.phones.length > 1 ? 's' : ''} (largest: ${c.phoneCalls.toLocaleString('en-US')} calls)`).join('; '),
        chart: `${path.basename(file)}.svg`,
      };
      writeFileSync(`${file}.md`, markdown(meta, rows, ing, other));
      writeFileSync(`${file}.svg`, chart(rows));
      console.log(`report: ${path.relative(ROOT, file)}.md, .svg`);
    }
  } finally {
    await admin.end();
    await db.destroy();
  }
});
