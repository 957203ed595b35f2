/**
 * Typed queries for the app's hot paths. Each takes a Kysely instance or a
 * transaction (from asUser, so row level security applies) and filters by
 * phone_id explicitly: the policies decide what a user may see, the filter
 * lets the planner use the tenant's index. The plan suite (tests/plans.test.ts)
 * checks every query here against 200k calls.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Calls, CallMetadata, ConversationRules, DailyCallStats, DB, PhonePerformanceSummary, RuleType } from '../types/database.ts';

type Db = Kysely<DB>;
export type Call = Selectable<Calls>;
export type CallWithMetadata = Call & {
  metadata: Selectable<CallMetadata>['metadata'] | null;
  custom_fields: Selectable<CallMetadata>['custom_fields'] | null;
  tags: Selectable<CallMetadata>['tags'] | null;
};

/** Where the next page of a call list starts: the last call of the previous page. */
export type CallCursor = { createdAt: Date; id: string };

export const MAX_PAGE = 100;

function pageSize(limit: number | undefined, fallback: number): number {
  const n = limit ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) throw new RangeError(`limit must be 1..${MAX_PAGE}, got ${n}`);
  return n;
}

/**
 * A page of a phone's calls, newest first. Keyset pagination on (created_at, id),
 * never OFFSET: every page costs the same however deep. Pass the last call of
 * a page as `after` for the next one.
 */
export async function listCalls(db: Db, p: { phoneId: string; limit?: number; after?: CallCursor }): Promise<Call[]> {
  let q = db.selectFrom('calls').selectAll().where('phone_id', '=', p.phoneId);
  if (p.after) {
    const { createdAt, id } = p.after;
    q = q.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(createdAt, id)));
  }
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(pageSize(p.limit, 20)).execute();
}

/**
 * The newest calls across every phone of the signed-in user (inside asUser),
 * newest first. Relying on the policy alone (`select * from calls order by
 * created_at desc limit 50`) makes Postgres read every call of those phones
 * and sort them (528× slower than a filtered query at 10M calls, see
 * src/bench/reports/TUNING.md): the policy's `phone_id = any (...)` gives no
 * order. Here everything walks calls_phone_created_idx one phone at a time:
 *
 * 1. each phone's newest `limit` (start time, id) pairs, from the index alone;
 *    the newest `limit` of all of them are the answer's keys;
 * 2. a phone's share of the answer is its newest calls down to its oldest
 *    key, so each phone with a share is read once more, in index order, from
 *    the table.
 *
 * With `phoneIds`, the newest calls of those phones only (the policies still
 * apply: a phone the user is not a member of contributes nothing).
 */
export async function latestCalls(db: Db, p: { limit?: number; phoneIds?: string[] } = {}): Promise<Call[]> {
  const limit = pageSize(p.limit, 50);
  const phones = p.phoneIds ? sql`${p.phoneIds}::text[]` : sql`(select private.member_phone_ids())`;
  const { rows } = await sql<Call>`
    with newest as (
      select x.phone_id, x.id, x.created_at
        from (select distinct unnest(${phones}) as phone_id) m
       cross join lateral (
         select x.phone_id, x.id, x.created_at from public.calls x
          where x.phone_id = m.phone_id
          order by x.created_at desc, x.id desc
          limit ${limit}
       ) x
       order by x.created_at desc, x.id desc
       limit ${limit}
    ), share as (
      select n.phone_id, count(*)::int as calls,
             (array_agg(n.created_at order by n.created_at, n.id))[1] as created_at,
             (array_agg(n.id order by n.created_at, n.id))[1] as id
        from newest n
       group by n.phone_id
    )
    select c.*
      from share s
     cross join lateral (
       select * from public.calls x
        where x.phone_id = s.phone_id
          and (x.created_at, x.id) >= (s.created_at, s.id)
        order by x.created_at desc, x.id desc
        limit s.calls
     ) c
     order by c.created_at desc, c.id desc`.execute(db);
  return rows;
}

/** Call counts summed over days `from`..`to` (each phone's own local days). */
export type CallCounts = { total_calls: number; answered_calls: number; completed_calls: number; failed_calls: number };

/**
 * Call counts of the signed-in user's phones (only those in phoneIds when
 * given) from daily_call_stats, which the triggers keep equal to the calls
 * (archived calls included): one row per phone and day instead of one per
 * call. Counting the calls themselves took 22 ms for one tenant of 100k
 * calls and 235 ms for a member of 10 phones at 10M calls.
 */
export async function callCounts(db: Db, p: { from: string; to: string; phoneIds?: string[] }): Promise<CallCounts> {
  let q = db
    .selectFrom('daily_call_stats')
    .select([
      sql<string>`coalesce(sum(total_calls), 0)::int8`.as('total_calls'),
      sql<string>`coalesce(sum(answered_calls), 0)::int8`.as('answered_calls'),
      sql<string>`coalesce(sum(completed_calls), 0)::int8`.as('completed_calls'),
      sql<string>`coalesce(sum(failed_calls), 0)::int8`.as('failed_calls'),
    ])
    .where('day', '>=', p.from)
    .where('day', '<=', p.to);
  if (p.phoneIds !== undefined) q = q.where('phone_id', '=', sql<string>`any (${p.phoneIds}::text[])`);
  const r = await q.executeTakeFirstOrThrow();
  return {
    total_calls: Number(r.total_calls),
    answered_calls: Number(r.answered_calls),
    completed_calls: Number(r.completed_calls),
    failed_calls: Number(r.failed_calls),
  };
}

/** The cursor that continues after `call`. */
export function cursorOf(call: Pick<Call, 'created_at' | 'id'>): CallCursor {
  return { createdAt: call.created_at, id: call.id };
}

/** One call with its metadata (null fields when it has none), or undefined. */
export async function getCall(db: Db, p: { phoneId: string; callId: string }): Promise<CallWithMetadata | undefined> {
  return db
    .selectFrom('calls as c')
    .leftJoin('call_metadata as m', (j) => j.onRef('m.phone_id', '=', 'c.phone_id').onRef('m.call_id', '=', 'c.id'))
    .selectAll('c')
    .select(['m.metadata', 'm.custom_fields', 'm.tags'])
    .where('c.phone_id', '=', p.phoneId)
    .where('c.id', '=', p.callId)
    .executeTakeFirst();
}

/** A caller's calls to one phone, newest first. */
export async function callsByCaller(db: Db, p: { phoneId: string; callerNumber: string; limit?: number }): Promise<Call[]> {
  return db
    .selectFrom('calls')
    .selectAll()
    .where('phone_id', '=', p.phoneId)
    .where('caller_number', '=', p.callerNumber)
    .orderBy('created_at', 'desc')
    .limit(pageSize(p.limit, 20))
    .execute();
}

/** Calls still ringing or answered, newest first (served by the partial index calls_active_idx). */
export async function activeCalls(db: Db, p: { phoneId: string }): Promise<Call[]> {
  return db
    .selectFrom('calls')
    .selectAll()
    .where('phone_id', '=', p.phoneId)
    .where('status', 'in', ['ringing', 'answered'])
    .orderBy('created_at', 'desc')
    .limit(MAX_PAGE)
    .execute();
}

/** Daily statistics of a phone for local days from..to (inclusive, 'YYYY-MM-DD'), oldest first. */
export async function dailyStats(db: Db, p: { phoneId: string; from: string; to: string }): Promise<Selectable<DailyCallStats>[]> {
  return db
    .selectFrom('daily_call_stats')
    .selectAll()
    .where('phone_id', '=', p.phoneId)
    .where('day', '>=', p.from)
    .where('day', '<=', p.to)
    .orderBy('day')
    .execute();
}

/** The last 30 days of the signed-in user's phones (one phone when phoneId is given). */
export async function performanceSummary(db: Db, p: { phoneId?: string } = {}): Promise<Selectable<PhonePerformanceSummary>[]> {
  let q = db.selectFrom('phone_performance_summary').selectAll();
  if (p.phoneId !== undefined) q = q.where('phone_id', '=', p.phoneId);
  return q.orderBy('phone_id').execute();
}

/** The receptionist's lookup: active rules of one type, in evaluation order. */
export async function activeRules(db: Db, p: { phoneId: string; ruleType: RuleType }): Promise<Selectable<ConversationRules>[]> {
  return db
    .selectFrom('conversation_rules')
    .selectAll()
    .where('phone_id', '=', p.phoneId)
    .where('rule_type', '=', p.ruleType)
    .where('is_active', '=', true)
    .orderBy('priority')
    .orderBy('id')
    .execute();
}

/** Whether the phone's business is open at `at` (default now), in its own time zone. */
export async function isOpen(db: Db, p: { phoneId: string; at?: Date }): Promise<boolean> {
  const at = p.at ?? null;
  const { rows } = await sql<{ open: boolean }>`
    select public.is_open(${p.phoneId}, coalesce(${at}::timestamptz, now())) as open`.execute(db);
  return rows[0]?.open ?? false;
}
