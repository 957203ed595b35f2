/**
 * Query plans of the caller screens (src/queries.ts) on production-sized data,
 * as tests/plans.test.ts does for calls.
 *
 * One connection opens a transaction and generates ~65k calls over 200 phone
 * numbers (9000/k + 60 for phone k: a large practice of 9,060 calls and many
 * small ones of 105 to 150) over 18 months, from about a third as many caller
 * numbers per phone (some calling far more often than others), the third past
 * a year in the archive, through the triggers, which build the caller
 * directory (~20k callers); then ANALYZE, all rolled back at the end. (Every
 * call costs the triggers' work; more calls would not change the plans, only
 * the time it takes to make them on a shared machine.) Each query runs through asUser, as the
 * app runs it, for a member of the large and of a small tenant (see
 * tests/support/setup-transaction.ts), and the statement it sent is EXPLAINed
 * with the same parameters, role and claims.
 *
 *   the phone's callers   listCallers (first page, a later page) and the
 *                         supabase-js request: callers_phone_last_call_idx in
 *                         order, no Sort
 *   a caller's row        getCaller: the primary key (a small tenant's few
 *                         callers may come from either index)
 *   a caller's history    callsByCaller (first page, a later page) and the
 *                         supabase-js request: calls_phone_caller_idx
 *                         (phone_id, caller_number, created_at desc, id desc)
 *                         in order, no Sort, reading one page of entries (a
 *                         small tenant's caller may be read from the tenant's
 *                         calls instead)
 *
 * The callers indexes' entries are not counted: every call counted in the
 * setup transaction left a row version in them (last_call_at is a key), which
 * pruning and vacuum remove outside a test's single transaction.
 *   the trigger's lookup  a caller's first and last archived call:
 *                         calls_archive_phone_caller_idx
 *
 * No planner switch is touched.
 */
import { randomUUID } from 'node:crypto';
import { CompiledQuery, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser } from '../src/as-user.ts';
import { read as pgrstRead } from '../src/bench/postgrest.ts';
import { callerCursorOf, callsByCaller, cursorOf, getCaller, listCallers } from '../src/queries.ts';
import type { DB } from '../types/database.ts';
import { url } from './support/db.ts';
import { explain, nodes, setupTransactionDb, type PlanNode } from './support/setup-transaction.ts';

const prefix = `cplan-${process.pid}`;
const userId = randomUUID();
const claims = { role: 'authenticated', sub: userId } as const;
const PHONES = 200;

const tenants = {
  large: { phoneId: `${prefix}-0001`, role: 'admin' },
  small: { phoneId: `${prefix}-0150`, role: 'viewer' },
} as const;
type TenantName = keyof typeof tenants;

/** Per tenant: its most frequent caller (the longest history). */
const frequent = new Map<TenantName, string>();

const client = new pg.Client({ connectionString: url });
let setupMs = 0;

const setup: [sql: string, params?: unknown[]][] = [
  [`select setseed(0.2611)`],
  [
    `create temp table cplan_phones as
     select k, $1::text || '-' || lpad(k::text, 4, '0') as id,
            '+4477' || lpad(($2::int % 10000)::text, 4, '0') || lpad(k::text, 4, '0') as number,
            (array['America/New_York', 'Europe/London', 'America/Los_Angeles', 'UTC', 'Asia/Tokyo'])[1 + k % 5] as tz,
            9000 / k + 60 as n_calls
       from generate_series(1, ${PHONES}) k`,
    [prefix, process.pid],
  ],
  [`insert into public.phone_numbers (id, number, business_name, timezone) select id, number, 'Caller plan ' || k, tz from cplan_phones`],
  // Call n of phone k: a caller among n_calls / 3, the low numbers far more
  // often (random()^2), over 548 days; oldest first, as calls arrive.
  [
    `create temp table cplan_calls as
     select p.id as phone_id, 'CACPLAN' || p.k || '_' || n as call_sid,
            '+1646' || lpad(p.k::text, 3, '0') || lpad(floor((p.n_calls / 3) * power(random(), 2))::int::text, 4, '0') as caller_number,
            s.created_at
       from cplan_phones p
      cross join generate_series(1, p.n_calls) n
      cross join lateral (
        select now() - interval '548 days' + (interval '548 days' - interval '10 minutes') * ((n - random()) / p.n_calls) as created_at
      ) s`,
  ],
  // Past a year: archived already (the archive's move is a delete and an
  // insert, which leave a caller's row as it was: counts_follow_the_calls).
  [
    `insert into private.calls_archive (phone_id, id, call_sid, caller_number, status, duration, answered_at, ended_at,
                                       created_at, updated_at)
     select phone_id, gen_random_uuid(), call_sid, caller_number, 'completed', 90, created_at + interval '4 seconds',
            created_at + interval '94 seconds', created_at, created_at
       from cplan_calls where created_at < now() - interval '365 days' order by created_at`,
  ],
  [
    `insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
     select phone_id, call_sid, caller_number, 'completed', created_at, created_at + interval '4 seconds',
            created_at + interval '94 seconds', 90
       from cplan_calls where created_at >= now() - interval '365 days' order by created_at`,
  ],
  [
    `insert into auth.users (id, aud, role, email) values ($1::uuid, 'authenticated', 'authenticated', $1::text || '@plans.test')`,
    [userId],
  ],
  [
    `insert into public.phone_members (phone_id, user_id, role)
     values ($1, $2::uuid, $3::public.member_role), ($4, $2::uuid, $5::public.member_role)`,
    [tenants.large.phoneId, userId, tenants.large.role, tenants.small.phoneId, tenants.small.role],
  ],
  ...['public.phone_numbers', 'public.phone_members', 'public.calls', 'private.calls_archive', 'public.callers'].map(
    (table): [string] => [`analyze ${table}`],
  ),
];

beforeAll(async () => {
  await client.connect();
  await client.query('begin');
  const t0 = performance.now();
  for (const [statement, params] of setup) await client.query(statement, params);
  setupMs = performance.now() - t0;
  for (const [name, { phoneId }] of Object.entries(tenants) as [TenantName, (typeof tenants)[TenantName]][]) {
    const { rows } = await client.query<{ caller_number: string }>(
      `select caller_number from public.callers where phone_id = $1 order by call_count desc, caller_number limit 1`, [phoneId]);
    frequent.set(name, rows[0]?.caller_number ?? '');
  }
}, 600_000);

afterAll(async () => {
  await client.query('rollback');
  await client.end();
});

const { db, driver } = setupTransactionDb(client);

type Explained<T> = { result: T; plan: PlanNode; text: string; read: number };

/**
 * Runs one query through asUser, counting the index entries it read of
 * `index`, then EXPLAINs the statement it sent with the same parameters, in
 * the same transaction: same role, claims and role settings.
 */
async function asMember<T>(index: string, run: (trx: Transaction<DB>) => Promise<T>): Promise<Explained<T>> {
  const counted = sql<{ n: string }>`select pg_stat_get_xact_tuples_returned(${index}::regclass) as n`;
  return asUser(db, claims, async (trx) => {
    const before = Number((await counted.execute(trx)).rows[0]!.n);
    const first = driver.compiled.length;
    const result = await run(trx);
    const sent = driver.compiled.slice(first);
    const read = Number((await counted.execute(trx)).rows[0]!.n) - before;
    if (sent.length !== 1 || !sent[0]) throw new Error(`expected one statement, got ${sent.map((q) => q.sql).join('; ')}`);
    return { result, read, ...(await explain(sent[0], async (q) => (await trx.executeQuery(q)).rows)) };
  });
}

/** A supabase-js request, as the SQL PostgREST sends (src/bench/postgrest.ts), through asMember: the rows of its body. */
function asApp(index: string, statement: { sql: string; params: unknown[] }) {
  return asMember(index, async (trx) =>
    ((await trx.executeQuery(CompiledQuery.raw(statement.sql, statement.params))).rows[0] as { body: Record<string, unknown>[] }).body);
}

function expectIndex(e: Explained<unknown>, index: string): void {
  const used = nodes(e.plan).flatMap((n) => (n['Index Name'] ? [n['Index Name']] : []));
  expect(used, `${index} is not in the plan of\n${e.text}`).toContain(index);
}

/** No sequential scan of `table` and no Sort: the index gives the order. */
function expectIndexOrder(e: Explained<unknown>, table: string): void {
  const all = nodes(e.plan);
  expect(all.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === table).length, e.text).toBe(0);
  expect(all.map((n) => n['Node Type']), e.text).not.toContain('Sort');
  expect(all.map((n) => n['Node Type']), e.text).not.toContain('Incremental Sort');
}

/** The tenant's callers with a last call in list order, numbers only, read as postgres. */
async function callersInOrder(phoneId: string): Promise<string[]> {
  const { rows } = await client.query<{ n: string }>(
    `select caller_number as n from public.callers where phone_id = $1 and last_call_at is not null
      order by last_call_at desc, caller_number desc`, [phoneId]);
  return rows.map((r) => r.n);
}

/** A caller's calls, newest first, ids, read as postgres. */
async function historyOf(phoneId: string, caller: string): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `select id from public.calls where phone_id = $1 and caller_number = $2 order by created_at desc, id desc`, [phoneId, caller]);
  return rows.map((r) => r.id);
}

describe('the generated data', () => {
  it('has the size and shape the plans are meant for', async ({ annotate }) => {
    await annotate(`generated through the triggers, archived and analyzed in ${(setupMs / 1000).toFixed(1)} s`);
    const { rows } = await client.query<{ calls: number; archived: number; callers: number; large: number; small: number; exact: boolean }>(
      `select (select count(*)::int from public.calls where phone_id like $1 || '-%') as calls,
              (select count(*)::int from private.calls_archive where phone_id like $1 || '-%') as archived,
              (select count(*)::int from public.callers where phone_id like $1 || '-%') as callers,
              (select count(*)::int from public.callers where phone_id = $2) as large,
              (select count(*)::int from public.callers where phone_id = $3) as small,
              (select count(*) = 0 from (
                 select phone_id, caller_number, count(*)::int, min(created_at), max(created_at)
                   from (select phone_id, caller_number, created_at from public.calls where phone_id like $1 || '-%'
                         union all
                         select phone_id, caller_number, created_at from private.calls_archive where phone_id like $1 || '-%') c
                  group by 1, 2
                 except
                 select phone_id, caller_number, call_count, first_call_at, last_call_at from public.callers
                  where phone_id like $1 || '-%') d) as exact`,
      [prefix, tenants.large.phoneId, tenants.small.phoneId],
    );
    const r = rows[0]!;
    expect(r.calls + r.archived).toBe(64_815);
    expect(r.archived / (r.calls + r.archived)).toBeGreaterThan(0.3);
    expect(r.callers).toBeGreaterThan(15_000);
    expect(r.large).toBeGreaterThan(2_000);
    expect(r.small).toBeGreaterThan(30);
    expect(r.exact, 'the directory equals a recomputation from calls and archived calls').toBe(true);
  });
});

describe.each(Object.keys(tenants) as TenantName[])('as a member of the %s tenant', (name) => {
  const { phoneId } = tenants[name];

  it('listCallers: the first page, most recent first, from callers_phone_last_call_idx in order', async () => {
    const e = await asMember('public.callers_phone_last_call_idx', (trx) => listCallers(trx, { phoneId }));
    expect(e.result.map((c) => c.caller_number)).toEqual((await callersInOrder(phoneId)).slice(0, 20));
    expectIndex(e, 'callers_phone_last_call_idx');
    expectIndexOrder(e, 'callers');
  });

  it('listCallers: a later page (keyset after the 40th caller), from the index in order', async () => {
    const all = await callersInOrder(phoneId);
    const first = await asMember('public.callers_phone_last_call_idx', (trx) => listCallers(trx, { phoneId, limit: 40 }));
    const e = await asMember('public.callers_phone_last_call_idx',
      (trx) => listCallers(trx, { phoneId, after: callerCursorOf(first.result.at(-1)!) }));
    expect(e.result.map((c) => c.caller_number)).toEqual(all.slice(40, 60));
    expectIndex(e, 'callers_phone_last_call_idx');
    expectIndexOrder(e, 'callers');
  });

  it('the callers as supabase-js asks (not.is.null, ordered, limit 20): callers_phone_last_call_idx in order', async () => {
    const e = await asApp('public.callers_phone_last_call_idx', pgrstRead('callers', {
      filters: [['phone_id', 'eq', phoneId], ['last_call_at', 'not.is', 'null']],
      order: [['last_call_at', 'desc'], ['caller_number', 'desc']],
      limit: 20,
    }));
    expect(e.result.map((c) => c.caller_number)).toEqual((await callersInOrder(phoneId)).slice(0, 20));
    expectIndex(e, 'callers_phone_last_call_idx');
    expectIndexOrder(e, 'callers');
  });

  it('getCaller: one caller by the primary key', async () => {
    const caller = frequent.get(name)!;
    const e = await asMember('public.callers_pkey', (trx) => getCaller(trx, { phoneId, callerNumber: caller }));
    expect(e.result?.caller_number).toBe(caller);
    expect(nodes(e.plan).filter((n) => n['Node Type'] === 'Seq Scan').length, e.text).toBe(0);
    if (name === 'large') expectIndex(e, 'callers_pkey');
  });

  // A small tenant's caller has a handful of calls: the planner may read them
  // from the tenant's own calls_phone_created_idx (a few hundred entries) or
  // sort them; only the large tenant's must come in order from the caller's index.
  const history = (e: Explained<unknown>, read: number) => {
    expect(nodes(e.plan).filter((n) => n['Node Type'] === 'Seq Scan').length, e.text).toBe(0);
    if (name !== 'large') return;
    expectIndex(e, 'calls_phone_caller_idx');
    expectIndexOrder(e, 'calls');
    expect(e.read, e.text).toBeLessThanOrEqual(read);
  };

  it('callsByCaller: the first page of the most frequent caller\'s history, from calls_phone_caller_idx', async () => {
    const caller = frequent.get(name)!;
    const all = await historyOf(phoneId, caller);
    expect(all.length).toBeGreaterThan(6);
    const e = await asMember('public.calls_phone_caller_idx', (trx) => callsByCaller(trx, { phoneId, callerNumber: caller, limit: 3 }));
    expect(e.result.map((c) => c.id)).toEqual(all.slice(0, 3));
    history(e, 4);
  });

  it('callsByCaller: the next page after a cursor, in order, reading only it', async () => {
    const caller = frequent.get(name)!;
    const all = await historyOf(phoneId, caller);
    const first = await asMember('public.calls_phone_caller_idx', (trx) => callsByCaller(trx, { phoneId, callerNumber: caller, limit: 3 }));
    const e = await asMember('public.calls_phone_caller_idx',
      (trx) => callsByCaller(trx, { phoneId, callerNumber: caller, after: cursorOf(first.result.at(-1)!), limit: 3 }));
    expect(e.result.map((c) => c.id)).toEqual(all.slice(3, 6));
    history(e, 4);
  });

  it('a caller\'s calls as supabase-js asks (ordered by created_at and id): calls_phone_caller_idx', async () => {
    const caller = frequent.get(name)!;
    const e = await asApp('public.calls_phone_caller_idx', pgrstRead('calls', {
      filters: [['phone_id', 'eq', phoneId], ['caller_number', 'eq', caller]],
      order: [['created_at', 'desc'], ['id', 'desc']],
      limit: 3,
    }));
    expect(e.result.map((c) => c.id)).toEqual((await historyOf(phoneId, caller)).slice(0, 3));
    history(e, 4);
  });

  it('the trigger\'s lookup of a caller\'s first and last archived call: calls_archive_phone_caller_idx', async () => {
    const caller = frequent.get(name)!;
    const query = CompiledQuery.raw(
      `select min(x.created_at), max(x.created_at) from private.calls_archive x where x.phone_id = $1 and x.caller_number = $2`,
      [phoneId, caller]);
    const { plan, text } = await explain(query, async (q) => (await client.query(q.sql, [...q.parameters])).rows);
    const used = nodes(plan).flatMap((n) => (n['Index Name'] ? [n['Index Name']] : []));
    expect(used, text).toContain('calls_archive_phone_caller_idx');
    expect(nodes(plan).some((n) => n['Node Type'] === 'Seq Scan'), text).toBe(false);
  });
});
