/**
 * Typed queries for the app's hot paths. Each takes a Kysely instance or a
 * transaction (from asUser, so row level security applies) and filters by
 * phone_id explicitly: the policies decide what a user may see, the filter
 * lets the planner use the tenant's index. Where a table query cannot be fast
 * under row level security, the query is a function in supabase/migrations
 * that the app's supabase-js calls with .rpc() and these call too, so each
 * query exists once. The plan suite (tests/plans.test.ts) checks every query
 * here against 200k calls.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type {
  ApiKeys,
  ApiKeyScope,
  CampaignContacts,
  Campaigns,
  AppointmentStatus,
  Appointments,
  Calls,
  CallMetadata,
  CallStatus,
  CallTurns,
  ConversationRules,
  DailyCallStats,
  DB,
  LiveCalls,
  MemberRole,
  PhoneInvitations,
  PhoneMembers,
  PhonePerformanceSummary,
  Resources,
  RuleType,
} from '../types/database.ts';

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
 * newest first; with `phoneIds`, of those phones only (the policies still
 * apply: a phone the user is not a member of contributes nothing). The app's
 * supabase-js calls `rpc('latest_calls')`; this calls the same function, so
 * the query exists once, in supabase/migrations. Relying on the policy alone
 * (`select * from calls order by created_at desc limit 50`) reads and sorts
 * every call of those phones: see src/bench/reports/TUNING.md.
 */
export async function latestCalls(db: Db, p: { limit?: number; phoneIds?: string[] } = {}): Promise<Call[]> {
  const { rows } = await sql<Call>`
    select * from public.latest_calls(${p.phoneIds ?? null}::text[], ${pageSize(p.limit, 50)})`.execute(db);
  return rows;
}

/** Call counts summed over days `from`..`to` (each phone's own local days). */
export type CallCounts = { total_calls: number; answered_calls: number; completed_calls: number; failed_calls: number };

/**
 * Call counts of the signed-in user's phones (only those in phoneIds when
 * given) through `call_counts`, which sums daily_call_stats (kept equal to
 * the calls, archived ones included): one row per phone and day instead of
 * one per call, which took 22 ms for one tenant of 100k calls and 235 ms for
 * a member of 10 phones at 10M calls. `rpc('call_counts')` in the app.
 */
export async function callCounts(db: Db, p: { from: string; to: string; phoneIds?: string[] }): Promise<CallCounts> {
  const { rows } = await sql<Record<keyof CallCounts, string>>`
    select * from public.call_counts(${p.from}::date, ${p.to}::date, ${p.phoneIds ?? null}::text[])`.execute(db);
  const r = rows[0];
  if (!r) throw new Error('call_counts returned no row');
  return {
    total_calls: Number(r.total_calls),
    answered_calls: Number(r.answered_calls),
    completed_calls: Number(r.completed_calls),
    failed_calls: Number(r.failed_calls),
  };
}

/** What the call search filters on; every filter given must match. */
export type CallSearch = {
  phoneId: string;
  /** Words of the transcript or summary, in web search syntax ("cleaning -cancel", "\"new patient\""). */
  query?: string;
  /** "+1415": numbers starting so; "5550123": numbers containing these digits (at least 3). */
  caller?: string;
  /** Calls carrying every one of these tags. */
  tags?: string[];
  statuses?: CallStatus[];
  /** Calls that started at or after `from` and before `before`. */
  from?: Date;
  before?: Date;
  /** Talk time of at least this many seconds. */
  minDuration?: number;
  limit?: number;
  after?: CallCursor;
};

/**
 * One phone's calls matching a search, newest first, a page at a time (pass
 * the last call of a page as `after`). Through `search_calls`, which plans
 * only the filters given, each with its index; `rpc('search_calls')` in the app.
 */
export async function searchCalls(db: Db, p: CallSearch): Promise<Call[]> {
  const { rows } = await sql<Call>`
    select * from public.search_calls(
      phone_id => ${p.phoneId}, query => ${p.query ?? null}, caller => ${p.caller ?? null},
      tags => ${p.tags ?? null}::text[], statuses => ${p.statuses ?? null}::public.call_status[],
      started_from => ${p.from ?? null}::timestamptz, started_before => ${p.before ?? null}::timestamptz,
      min_duration => ${p.minDuration ?? null}::int, after_created_at => ${p.after?.createdAt ?? null}::timestamptz,
      after_id => ${p.after?.id ?? null}::uuid, max_calls => ${pageSize(p.limit, 20)})`.execute(db);
  return rows;
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

export type CallTurn = Selectable<CallTurns>;
/** The most turns one page of a call's conversation holds (PostgREST's max_rows). */
export const MAX_TURN_PAGE = 1000;

/**
 * The turns of one call in order (the conversation screen): a range of
 * call_turns_pkey, no sort. Calls have 20-40 turns; a longer one is read in
 * pages, the next starting after the last sequence of the previous one.
 */
export async function callTurns(
  db: Db,
  p: { phoneId: string; callId: string; afterSequence?: number; limit?: number },
): Promise<CallTurn[]> {
  const limit = p.limit ?? 200;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TURN_PAGE) throw new RangeError(`limit must be 1..${MAX_TURN_PAGE}, got ${limit}`);
  let q = db.selectFrom('call_turns').selectAll().where('phone_id', '=', p.phoneId).where('call_id', '=', p.callId);
  if (p.afterSequence !== undefined) q = q.where('sequence', '>', p.afterSequence);
  return q.orderBy('sequence').limit(limit).execute();
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

/** Calls still ringing or answered, newest first (served in order by the partial index calls_in_progress_idx). */
export async function activeCalls(db: Db, p: { phoneId: string }): Promise<Call[]> {
  return db
    .selectFrom('calls')
    .selectAll()
    .where('phone_id', '=', p.phoneId)
    .where('status', 'in', ['ringing', 'answered'])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
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

// Members and invitations -------------------------------------------------------

export type Member = Selectable<PhoneMembers>;
export type Invitation = Selectable<PhoneInvitations>;

/**
 * The members screen of one phone: its members (owners first) and its pending
 * invitations (not accepted, not revoked, not expired), newest first. Viewers
 * see the members and no invitation: only owners and admins read them.
 */
export async function membersScreen(db: Db, p: { phoneId: string }): Promise<{ members: Member[]; invitations: Invitation[] }> {
  const [members, invitations] = await Promise.all([
    db.selectFrom('phone_members').selectAll().where('phone_id', '=', p.phoneId)
      .orderBy('role', 'desc').orderBy('created_at').orderBy('user_id').execute(),
    db.selectFrom('phone_invitations').selectAll().where('phone_id', '=', p.phoneId)
      .where('accepted_at', 'is', null).where('revoked_at', 'is', null).where('expires_at', '>', sql<Date>`now()`)
      .orderBy('created_at', 'desc').orderBy('id').execute(),
  ]);
  return { members, invitations };
}

/**
 * Invites `email` to the phone at `role` (`rpc('invite_member')` in the app).
 * The token is returned only here: send it to the invitee.
 */
export async function inviteMember(db: Db, p: { phoneId: string; email: string; role: MemberRole }): Promise<{ invitationId: string; token: string }> {
  const { rows } = await sql<{ invitation_id: string; token: string }>`
    select * from public.invite_member(${p.phoneId}, ${p.email}, ${p.role}::public.member_role)`.execute(db);
  const r = rows[0];
  if (!r) throw new Error('invite_member returned no row');
  return { invitationId: r.invitation_id, token: r.token };
}

/** Revokes a pending invitation; false when it was no longer pending. */
export async function revokeInvitation(db: Db, p: { phoneId: string; invitationId: string }): Promise<boolean> {
  const { rows } = await sql<{ revoked: boolean }>`
    select public.revoke_invitation(${p.phoneId}, ${p.invitationId}::uuid) as revoked`.execute(db);
  return rows[0]?.revoked === true;
}

/** Accepts an invitation as the signed-in user; returns the membership it gave. */
export async function acceptInvitation(db: Db, p: { token: string }): Promise<{ phoneId: string; role: MemberRole }> {
  const { rows } = await sql<{ phone_id: string; role: MemberRole }>`
    select * from public.accept_invitation(${p.token})`.execute(db);
  const r = rows[0];
  if (!r) throw new Error('accept_invitation returned no row');
  return { phoneId: r.phone_id, role: r.role };
}

// Live calls ----------------------------------------------------------------------

export type LiveCall = Selectable<LiveCalls>;

/**
 * The calls in progress on the signed-in user's phones (only phoneIds when
 * given), oldest first, with how many the phone may have at once: the live
 * dashboard. live_calls holds at most that many rows per phone.
 */
export async function liveCalls(db: Db, p: { phoneIds?: string[] } = {}): Promise<(LiveCall & { max_concurrent_calls: number })[]> {
  let q = db
    .selectFrom('live_calls as l')
    .innerJoin('phone_numbers as p', 'p.id', 'l.phone_id')
    .selectAll('l')
    .select('p.max_concurrent_calls');
  if (p.phoneIds) q = q.where('l.phone_id', 'in', p.phoneIds.length ? p.phoneIds : ['']);
  return q.orderBy('l.phone_id').orderBy('l.claimed_at').orderBy('l.call_sid').execute();
}

// API keys ------------------------------------------------------------------------

export type ApiKey = Selectable<ApiKeys>;

/**
 * The phone's API keys, newest first, revoked and expired ones included (the
 * owner's key list; `revoked_at` and `expires_at` tell which still work). Only
 * owners read keys: for anyone else the list is empty. No secret or hash is
 * ever read: the table holds neither.
 */
export async function listApiKeys(db: Db, p: { phoneId: string }): Promise<ApiKey[]> {
  // node-postgres parses arrays of the types it knows; an enum array would
  // arrive as its text ('{calls:read}'), so scopes are read as text[].
  return db.selectFrom('api_keys')
    .select(['phone_id', 'id', 'name', 'prefix', 'created_by', 'created_at', 'last_used_at', 'expires_at', 'revoked_at',
      sql<ApiKeyScope[]>`scopes::text[]`.as('scopes')])
    .where('phone_id', '=', p.phoneId)
    .orderBy('created_at', 'desc').orderBy('id').execute();
}

/**
 * Creates an API key for the phone (`rpc('create_api_key')` in the app); owners
 * only. The secret is returned only here: show it to the owner once.
 */
export async function createApiKey(
  db: Db,
  p: { phoneId: string; name: string; scopes: ApiKeyScope[]; expiresAt?: Date | null },
): Promise<{ keyId: string; secret: string }> {
  const { rows } = await sql<{ key_id: string; secret: string }>`
    select * from public.create_api_key(${p.phoneId}, ${p.name}, ${p.scopes}::public.api_key_scope[],
                                        ${p.expiresAt ?? null}::timestamptz)`.execute(db);
  const r = rows[0];
  if (!r) throw new Error('create_api_key returned no row');
  return { keyId: r.key_id, secret: r.secret };
}

/** Revokes an API key for good; false when it was already revoked (or is not the phone's). Owners only. */
export async function revokeApiKey(db: Db, p: { phoneId: string; keyId: string }): Promise<boolean> {
  const { rows } = await sql<{ revoked: boolean }>`
    select public.revoke_api_key(${p.phoneId}, ${p.keyId}::uuid) as revoked`.execute(db);
  return rows[0]?.revoked === true;
}

/**
 * The phone, key and scopes of a valid API key, or null for an unknown,
 * malformed, revoked or expired secret. For the backend, as the service role
 * or the database owner (API roles may not call it); check the scopes before
 * acting for the phone.
 */
export async function verifyApiKey(db: Db, p: { secret: string }): Promise<{ phoneId: string; keyId: string; scopes: ApiKeyScope[] } | null> {
  const { rows } = await sql<{ phone_id: string; key_id: string; scopes: ApiKeyScope[] }>`
    select phone_id, key_id, scopes::text[] as scopes from public.verify_api_key(${p.secret})`.execute(db);
  const r = rows[0];
  return r ? { phoneId: r.phone_id, keyId: r.key_id, scopes: r.scopes } : null;
}

// Prompt templates ----------------------------------------------------------------

import type { ActivePrompts, PromptKind, PromptVersions } from '../types/database.ts';

export type PromptVersion = Selectable<PromptVersions>;
export type ActivePrompt = Selectable<ActivePrompts>;

/**
 * The receptionist's read on every call: the active version of the phone's
 * prompt of one kind, undefined when the phone has no version of that kind.
 * Two index lookups: the pointer in active_prompts, then the version by its
 * primary key. The pointer is a subquery, not a join, so that under row
 * level security the version number still reaches the index condition: the
 * policy goes first, and of the query's own conditions only LEAKPROOF ones
 * (integer equality, not enum equality) may join it there.
 */
export async function activePrompt(db: Db, p: { phoneId: string; kind: PromptKind }): Promise<PromptVersion | undefined> {
  return db
    .selectFrom('prompt_versions as v')
    .selectAll('v')
    .where('v.phone_id', '=', p.phoneId)
    .where('v.kind', '=', p.kind)
    .where('v.version', '=', (eb) =>
      eb.selectFrom('active_prompts as a').select('a.version').where('a.phone_id', '=', p.phoneId).where('a.kind', '=', p.kind))
    .executeTakeFirst();
}

/**
 * The editor's history of the phone's prompt of one kind: its versions newest
 * first, each marked whether it is the active one (rolling back is activating
 * an older one). Pass the last version of a page as `before` for the next.
 */
export async function promptHistory(
  db: Db,
  p: { phoneId: string; kind: PromptKind; limit?: number; before?: number },
): Promise<(PromptVersion & { active: boolean })[]> {
  let q = db
    .selectFrom('prompt_versions as v')
    .leftJoin('active_prompts as a', (join) =>
      join.onRef('a.phone_id', '=', 'v.phone_id').onRef('a.kind', '=', 'v.kind').onRef('a.version', '=', 'v.version'))
    .selectAll('v')
    .select(sql<boolean>`a.version is not null`.as('active'))
    .where('v.phone_id', '=', p.phoneId)
    .where('v.kind', '=', p.kind);
  if (p.before !== undefined) q = q.where('v.version', '<', p.before);
  return q.orderBy('v.version', 'desc').limit(pageSize(p.limit, 20)).execute();
}

/**
 * Saves `body` as the next version of the phone's prompt of this kind
 * (`rpc('save_prompt')` in the app) and returns it. With `activate` (the
 * default) it becomes the active version; a kind's first version always is.
 */
export async function savePrompt(
  db: Db,
  p: { phoneId: string; kind: PromptKind; body: string; note?: string | null; activate?: boolean },
): Promise<PromptVersion> {
  const { rows } = await sql<PromptVersion>`
    select * from public.save_prompt(${p.phoneId}, ${p.kind}::public.prompt_kind, ${p.body}, ${p.note ?? null},
                                     ${p.activate ?? true})`.execute(db);
  const r = rows[0];
  if (!r) throw new Error('save_prompt returned no row');
  return r;
}

/** Activates a saved version, an older one to roll back (`rpc('activate_prompt')`); returns the pointer. */
export async function activatePrompt(db: Db, p: { phoneId: string; kind: PromptKind; version: number }): Promise<ActivePrompt> {
  const { rows } = await sql<ActivePrompt>`
    select * from public.activate_prompt(${p.phoneId}, ${p.kind}::public.prompt_kind, ${p.version}::integer)`.execute(db);
  const r = rows[0];
  if (!r) throw new Error('activate_prompt returned no row');
  return r;
}

// Campaigns -----------------------------------------------------------------------

export type Campaign = Selectable<Campaigns>;
export type CampaignContact = Selectable<CampaignContacts>;

/** A new campaign's settings; times are the phone's local wall-clock times ('09:00'), dates 'YYYY-MM-DD'. */
export type NewCampaign = {
  phoneId: string;
  name: string;
  /** E.164, e.g. '+14155550100'. */
  callerId: string;
  windowStart: string;
  /** Exclusive; '24:00' for the end of the day. */
  windowEnd: string;
  /** 0 = Sunday ... 6 = Saturday; every day when left out. */
  windowDays?: number[];
  startsOn?: string;
  endsOn?: string;
  maxConcurrent?: number;
  retryDelayMinutes?: number;
};

/** Creates a draft campaign (owners and admins) and returns it. */
export async function createCampaign(db: Db, p: NewCampaign): Promise<Campaign> {
  return db
    .insertInto('campaigns')
    .values({
      phone_id: p.phoneId,
      name: p.name,
      caller_id: p.callerId,
      window_start: p.windowStart,
      window_end: p.windowEnd,
      window_days: p.windowDays ?? null,
      starts_on: p.startsOn ?? null,
      ends_on: p.endsOn ?? null,
      ...(p.maxConcurrent === undefined ? {} : { max_concurrent: p.maxConcurrent }),
      ...(p.retryDelayMinutes === undefined ? {} : { retry_delay_minutes: p.retryDelayMinutes }),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Adds up to 10,000 numbers (E.164) to a campaign in one call
 * (`rpc('import_campaign_contacts')` in the app); numbers already in the
 * campaign or repeated in the list are skipped and counted as duplicates.
 */
export async function importCampaignContacts(
  db: Db,
  p: { phoneId: string; campaignId: string; numbers: string[]; maxAttempts?: number },
): Promise<{ submitted: number; imported: number; duplicates: number }> {
  const { rows } = await sql<{ submitted: number; imported: number; duplicates: number }>`
    select * from public.import_campaign_contacts(${p.phoneId}, ${p.campaignId}::uuid, ${p.numbers}::text[], ${p.maxAttempts ?? 3})`.execute(db);
  const r = rows[0];
  if (!r) throw new Error('import_campaign_contacts returned no row');
  return r;
}

type CampaignStep = 'schedule_campaign' | 'pause_campaign' | 'resume_campaign' | 'cancel_campaign';

async function campaignStep(db: Db, step: CampaignStep, p: { phoneId: string; campaignId: string }): Promise<Campaign> {
  const { rows } = await sql<Campaign>`select * from ${sql.id('public', step)}(${p.phoneId}, ${p.campaignId}::uuid)`.execute(db);
  const r = rows[0];
  if (!r) throw new Error(`${step} returned no row`);
  return r;
}

/** Arms a draft campaign with contacts; the dialer starts it inside its window. */
export const scheduleCampaign = (db: Db, p: { phoneId: string; campaignId: string }) => campaignStep(db, 'schedule_campaign', p);
/** Pauses a running campaign: once this returns, no contact is handed out. */
export const pauseCampaign = (db: Db, p: { phoneId: string; campaignId: string }) => campaignStep(db, 'pause_campaign', p);
/** Resumes a paused campaign where it stopped. */
export const resumeCampaign = (db: Db, p: { phoneId: string; campaignId: string }) => campaignStep(db, 'resume_campaign', p);
/** Cancels a campaign for good; its pending contacts are skipped. */
export const cancelCampaign = (db: Db, p: { phoneId: string; campaignId: string }) => campaignStep(db, 'cancel_campaign', p);

/** A campaign's contacts by status; the five statuses add up to total. */
export type CampaignProgress = {
  campaignId: string;
  pending: number;
  dialing: number;
  completed: number;
  failed: number;
  skipped: number;
  total: number;
};

/**
 * Contacts by status per campaign of the phone (of campaignIds among them),
 * through `campaign_progress` (`rpc('campaign_progress')` in the app), which
 * counts from campaign_contacts_progress_idx under the caller's row level
 * security. A campaign without contacts has zeros.
 */
export async function campaignProgress(db: Db, p: { phoneId: string; campaignIds?: string[] }): Promise<CampaignProgress[]> {
  const { rows } = await sql<Record<'campaign_id' | 'pending' | 'dialing' | 'completed' | 'failed' | 'skipped' | 'total', string>>`
    select * from public.campaign_progress(${p.phoneId}, ${p.campaignIds ?? null}::uuid[])`.execute(db);
  return rows.map((r) => ({
    campaignId: r.campaign_id,
    pending: Number(r.pending),
    dialing: Number(r.dialing),
    completed: Number(r.completed),
    failed: Number(r.failed),
    skipped: Number(r.skipped),
    total: Number(r.total),
  }));
}

// Appointments --------------------------------------------------------------------

export type Appointment = Selectable<Appointments>;
export type Resource = Selectable<Resources>;
export type { AppointmentStatus };

/**
 * The longest an appointment lasts (appointments_length_max): an appointment
 * that overlaps a window started at most this long before it, which bounds
 * the screens' index range on (phone_id, starts_at).
 */
export const MAX_APPOINTMENT_HOURS = 12;

/** The longest window appointmentsBetween reads: six weeks, a month's calendar grid. */
export const MAX_APPOINTMENT_WINDOW_DAYS = 42;

const HOUR_MS = 3_600_000;

/**
 * A phone's appointments that overlap from..to (to exclusive), in any status,
 * in start order (ties by id); with resourceId, that resource's only. Served
 * by appointments_phone_starts_idx (appointments_resource_starts_idx for one
 * resource) as a range of starts_at from MAX_APPOINTMENT_HOURS before `from`
 * to `to`: no appointment that overlaps the window starts earlier.
 */
export async function appointmentsBetween(
  db: Db,
  p: { phoneId: string; from: Date; to: Date; resourceId?: string },
): Promise<Appointment[]> {
  const span = p.to.getTime() - p.from.getTime();
  if (!(span > 0 && span <= MAX_APPOINTMENT_WINDOW_DAYS * 24 * HOUR_MS)) {
    throw new RangeError(`the window must end after it starts and span at most ${MAX_APPOINTMENT_WINDOW_DAYS} days`);
  }
  let q = db
    .selectFrom('appointments')
    .selectAll()
    .where('phone_id', '=', p.phoneId)
    .where('starts_at', '>=', new Date(p.from.getTime() - MAX_APPOINTMENT_HOURS * HOUR_MS))
    .where('starts_at', '<', p.to)
    .where('ends_at', '>', p.from);
  if (p.resourceId !== undefined) q = q.where('resource_id', '=', p.resourceId);
  return q.orderBy('starts_at').orderBy('id').execute();
}

/**
 * The appointments of the local day or week (Monday to Sunday) that contains
 * `at` (default now) in the phone's own time zone, as appointmentsBetween
 * returns them. One statement: the bounds are computed from
 * phone_numbers.timezone in the query (local midnights, so a day across a DST
 * change has its 23 or 25 hours), and a phone the caller cannot read has none.
 */
async function localPeriodAppointments(
  db: Db,
  p: { phoneId: string; at?: Date; resourceId?: string },
  period: 'day' | 'week',
): Promise<Appointment[]> {
  const days = period === 'day' ? 1 : 7;
  const at = sql`coalesce(${p.at ?? null}::timestamptz, now())`;
  // Local midnight `offset` days after the period's first day, as an instant.
  const midnight = (offset: number) => sql<Date>`(
    select (date_trunc(${period}, ${at} at time zone tz.timezone)::date + ${offset}::int)::timestamp at time zone tz.timezone
      from public.phone_numbers tz where tz.id = ${p.phoneId})`;
  let q = db
    .selectFrom('appointments')
    .selectAll()
    .where('phone_id', '=', p.phoneId)
    .where('starts_at', '>=', sql<Date>`${midnight(0)} - make_interval(hours => ${MAX_APPOINTMENT_HOURS}::int)`)
    .where('starts_at', '<', midnight(days))
    .where('ends_at', '>', midnight(0));
  if (p.resourceId !== undefined) q = q.where('resource_id', '=', p.resourceId);
  return q.orderBy('starts_at').orderBy('id').execute();
}

/** Today's appointments of a phone (or of one resource), in its time zone: the day screen. */
export async function todaysAppointments(db: Db, p: { phoneId: string; at?: Date; resourceId?: string }): Promise<Appointment[]> {
  return localPeriodAppointments(db, p, 'day');
}

/** This week's appointments (Monday to Sunday) of a phone (or of one resource), in its time zone: the week screen. */
export async function weeksAppointments(db: Db, p: { phoneId: string; at?: Date; resourceId?: string }): Promise<Appointment[]> {
  return localPeriodAppointments(db, p, 'week');
}

/** A phone's staff and rooms, by name; active ones only unless `all`. */
export async function resourcesOf(db: Db, p: { phoneId: string; all?: boolean }): Promise<Resource[]> {
  let q = db.selectFrom('resources').selectAll().where('phone_id', '=', p.phoneId);
  if (!p.all) q = q.where('active', '=', true);
  return q.orderBy('name').execute();
}
