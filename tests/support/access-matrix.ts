/**
 * Who may do what to one tenant's data: the expected outcome of every
 * operation on every relation and function the API roles can reach in the
 * exposed schemas, for each kind of caller. tests/isolation.test.ts discovers
 * those objects in the catalog, tries every operation as every actor on the
 * rows of its own tenant iso-a (each attempt in a transaction that is rolled
 * back) and compares what happened with this file. An object the API can reach
 * without an entry here fails the suite, and so does an entry for an object
 * that is gone.
 *
 * Actors, in column order:
 *   anon      no JWT: the anon role
 *   outsider  signed in, member of no phone number
 *   other     owner of another phone number (iso-b), not a member of iso-a
 *   viewer    viewer of iso-a
 *   admin     admin of iso-a
 *   owner     owner of iso-a
 *
 * Cells:
 *   rows    select: some of iso-a's rows are visible; update/delete: at least one row affected
 *   none    select: no row visible; update/delete: no row affected (row level security filtered them)
 *   ok      insert: the row was inserted; execute: the function returned
 *   rls     42501 new row violates row-level security policy (a privilege allowed it, no policy did)
 *   denied  42501 permission denied (the table, column or function privilege stopped it first)
 *   other   the SQLSTATE raised, e.g. P0002
 *
 * The design these rows follow (supabase/migrations, README):
 *   - anon reaches nothing, and holds no privilege that could: every cell is
 *     `denied` (supabase/migrations/20261129170000_api_role_privileges.sql).
 *     Signed-in callers hold only the privileges some policy uses, so a
 *     command with no policy for them is `denied` too, not `rls`.
 *   - viewers read every table of their tenant and write nothing, except that
 *     any member may leave (delete their own membership).
 *   - admins also edit voice settings, conversation rules, business hours and
 *     closures, and correct calls (transcript, ai_summary) and call metadata
 *     (tags, custom_fields).
 *   - admins also invite viewers and admins and revoke invitations, read the
 *     phone's invitations (viewers read none).
 *   - admins also create and edit campaigns, delete those not under way,
 *     import their contacts and schedule, pause, resume and cancel them;
 *     members read campaigns, their contacts and their progress; only the
 *     service role (the dialer) writes contacts otherwise.
 *   - admins also book, reschedule and change the status of appointments and
 *     manage staff and rooms (resources); nobody deletes an appointment
 *     through the API (it is canceled).
 *   - owners also change members' roles, remove members and manage the phone
 *     number (edit, release), and create, revoke and read its API keys (admins
 *     and viewers read none; nobody reads a key's hash, and only the service
 *     role verifies a secret).
 *   - nobody but the service role writes calls, call metadata, conversation
 *     turns or voice settings rows, provisions phone numbers or adds members
 *     (adding a user id would tell the caller whether that account exists);
 *     nobody writes statistics (triggers keep them); nobody updates or
 *     deletes a conversation turn.
 *   - outsiders and members of other tenants see and change nothing of iso-a.
 *
 * What each operation does is kept with the expectations (`probe`): which rows
 * are iso-a's, a valid row to insert, the column an update sets.
 */
import { sql, type RawBuilder } from 'kysely';

export const ACTORS = ['anon', 'outsider', 'other', 'viewer', 'admin', 'owner'] as const;
export type Actor = (typeof ACTORS)[number];

/** SQLSTATEs the design expects for some cells. */
type SqlState =
  | 'P0002' // no_data_found: is_open for a phone number the caller cannot see, an unknown invitation token
  | '42501' // a function's own check refused the caller (its EXECUTE privilege let them call it)
  | '55000'; // object_not_in_prerequisite_state: writing to a view that is not updatable
export type Cell = 'rows' | 'none' | 'ok' | 'rls' | 'denied' | SqlState;
/** One cell per actor, in ACTORS order. */
export type Cells = readonly [Cell, Cell, Cell, Cell, Cell, Cell];

export const RELATION_OPS = ['select', 'insert', 'update', 'delete'] as const;
export type RelationOp = (typeof RELATION_OPS)[number];

/** The rows the suite creates for itself (tests/isolation.test.ts). */
export type Fixture = {
  /** Phone number ids: iso-a-<pid> is the tenant under test, iso-b-<pid> the other tenant. */
  a: string;
  b: string;
  /** An unused phone number id and E.164 number, for the insert into phone_numbers. */
  spare: { id: string; number: string };
  /** auth.users ids of the signed-in actors. */
  users: Record<Exclude<Actor, 'anon'>, string>;
  /** A call of iso-a with metadata, and one without (for the insert into call_metadata). */
  callId: string;
  callWithoutMetadataId: string;
  /** A pending invitation of iso-a to become a viewer. */
  invitationId: string;
  /** A valid API key of iso-a. */
  apiKeyId: string;
  /** A paused campaign of iso-a with pending contacts, and a draft one with a contact. */
  campaignId: string;
  draftCampaignId: string;
  /** A resource of iso-a with a booked appointment, and one never booked (which can be deleted). */
  resourceId: string;
  spareResourceId: string;
};

type Values = Record<string, unknown>;

export type RelationProbe = {
  /** iso-a's rows: what select counts and, without `target`, what update and delete aim at. */
  rows: (f: Fixture) => Values;
  /** The rows update and delete aim at, when not all of iso-a's rows. */
  target?: (f: Fixture) => Values;
  /** A row for iso-a that the database would accept from someone allowed to insert it. */
  insert: (f: Fixture) => Values;
  /** The columns an update sets: ones a member might be allowed to change. */
  update: (f: Fixture) => Values;
  /** Run as the table owner in the same transaction before the attempt (rolled back with it). */
  before?: Partial<Record<RelationOp, (f: Fixture) => RawBuilder<unknown>>>;
};
export type RelationEntry = { kind: 'relation'; probe: RelationProbe } & Record<RelationOp, Cells>;
/**
 * A function's cell is `ok` when it returns; with `found`, a function that
 * returns rows is read instead: `rows` when some of its result satisfy `found`
 * (iso-a's calls, say), `none` when none do.
 */
export type FunctionEntry = {
  kind: 'function';
  args: (f: Fixture) => unknown[];
  execute: Cells;
  found?: (f: Fixture) => RawBuilder<unknown>;
};

const phone = (f: Fixture): Values => ({ phone_id: f.a });

/**
 * Relations by schema-qualified name; functions by name and argument types, as
 * `pg_catalog.oidvectortypes` spells them.
 */
export const MATRIX: Record<string, RelationEntry | FunctionEntry> = {
  'public.phone_numbers': {
    kind: 'relation',
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'], // provisioned by the service role only
    update: ['denied', 'none',   'none',   'none',   'none',   'rows'],
    delete: ['denied', 'none',   'none',   'none',   'none',   'rows'],
    probe: {
      rows: (f) => ({ id: f.a }),
      insert: (f) => ({ id: f.spare.id, number: f.spare.number, business_name: 'Isolation spare' }),
      update: () => ({ display_name: 'Renamed' }),
    },
  },
  'public.phone_members': {
    kind: 'relation',
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    update: ['denied', 'none',   'none',   'none',   'none',   'rows'], // promote the viewer
    delete: ['denied', 'none',   'none',   'rows',   'none',   'rows'], // remove the viewer: owners, or the viewer leaving
    probe: {
      rows: phone,
      target: (f) => ({ phone_id: f.a, user_id: f.users.viewer }),
      insert: (f) => ({ phone_id: f.a, user_id: f.users.outsider, role: 'viewer' }),
      update: () => ({ role: 'admin' }),
    },
  },
  'public.calls': {
    kind: 'relation',
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    update: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    delete: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    probe: {
      rows: phone,
      insert: (f) => ({ phone_id: f.a, call_sid: 'CAISOLATIONNEW', caller_number: '+14155550142' }),
      update: () => ({ ai_summary: 'Corrected summary' }),
    },
  },
  'public.call_metadata': {
    kind: 'relation',
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    update: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    delete: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    probe: {
      rows: phone,
      insert: (f) => ({ phone_id: f.a, call_id: f.callWithoutMetadataId, tags: ['new'] }),
      update: () => ({ tags: ['corrected'] }),
    },
  },
  'public.call_turns': {
    kind: 'relation',
    // Recorded by the service role (record_call_turns); append-only: nobody updates or deletes a turn.
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    update: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    delete: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    probe: {
      rows: phone,
      // A tool turn, so every column has a value to break.
      insert: (f) => ({
        phone_id: f.a, call_id: f.callId, sequence: 9, offset_ms: 42_000, speaker: 'tool', content: '{"booked": true}',
        tool_name: 'book_appointment', tool_arguments: sql`'{"day": "2031-01-06", "time": "11:00"}'::jsonb`,
      }),
      update: () => ({ content: 'Rewritten in place' }),
    },
  },
  'public.voice_settings': {
    kind: 'relation',
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    update: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    delete: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    probe: {
      rows: phone,
      insert: (f) => ({ phone_id: f.a, voice_name: 'Echo' }),
      update: () => ({ greeting_message: 'Hello from the isolation suite' }),
      // One row per phone, created with it: make room so the insert is valid.
      before: { insert: (f) => sql`delete from public.voice_settings where phone_id = ${f.a}` },
    },
  },
  'public.conversation_rules': {
    kind: 'relation',
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'rls',    'rls',    'rls',    'ok',     'ok'],
    update: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    delete: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    probe: {
      rows: phone,
      insert: (f) => ({ phone_id: f.a, rule_type: 'routing', conditions: { intent: 'billing' }, actions: { say: 'One moment.' }, priority: 5 }),
      update: () => ({ priority: 7 }),
    },
  },
  'public.business_hours': {
    kind: 'relation',
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'rls',    'rls',    'rls',    'ok',     'ok'],
    update: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    delete: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    probe: {
      rows: phone,
      // The fixture has Monday 09:00-17:00; Tuesday does not overlap it.
      insert: (f) => ({ phone_id: f.a, day_of_week: 2, opens_at: '09:00', closes_at: '17:00' }),
      update: () => ({ closes_at: '18:00' }),
    },
  },
  'public.business_closures': {
    kind: 'relation',
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'rls',    'rls',    'rls',    'ok',     'ok'],
    update: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    delete: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    probe: {
      rows: phone,
      insert: (f) => ({ phone_id: f.a, starts_on: '2031-01-01', ends_on: '2031-01-02', reason: 'New year' }),
      update: () => ({ reason: 'Inventory' }),
    },
  },
  'public.daily_call_stats': {
    kind: 'relation',
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'], // kept by triggers on calls
    update: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    delete: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    probe: {
      rows: phone,
      insert: (f) => ({ phone_id: f.a, day: '2031-01-01', total_calls: 1 }),
      update: () => ({ total_calls: 0 }),
    },
  },
  'public.phone_performance_summary': {
    kind: 'relation',
    // A view over a function: Postgres refuses every write as not updatable
    // (55000) before it checks privileges; the revoked INSERT, UPDATE and
    // DELETE would stop them next. anon may not even read it.
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['55000',  '55000',  '55000',  '55000',  '55000',  '55000'],
    update: ['55000',  '55000',  '55000',  '55000',  '55000',  '55000'],
    delete: ['55000',  '55000',  '55000',  '55000',  '55000',  '55000'],
    probe: {
      rows: phone,
      insert: (f) => ({ phone_id: f.a, total_calls: 1 }),
      update: () => ({ total_calls: 0 }),
      // The materialized view behind it is refreshed by pg_cron; refresh it
      // now so it has iso-a's row (rolled back with the attempt).
      before: { select: () => sql`refresh materialized view concurrently private.phone_performance_summary` },
    },
  },
  'public.live_calls': {
    kind: 'relation',
    // Written only through the service role's claim, heartbeat and release functions.
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    update: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    delete: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    probe: {
      rows: phone,
      insert: (f) => ({ phone_id: f.a, call_sid: 'CAISOLATIONLIVE2' }),
      update: () => ({ worker: 'elsewhere' }),
    },
  },
  'public.webhook_events': {
    kind: 'relation',
    // Recorded by the service role (record_webhook_event); admins and owners read them.
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    insert: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    update: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    delete: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    probe: {
      rows: phone,
      insert: (f) => ({ phone_id: f.a, provider: 'twilio', provider_event_id: 'EVISOLATION2', event_type: 'call.completed' }),
      update: () => ({ status: 'ignored' }),
    },
  },
  'public.phone_invitations': {
    kind: 'relation',
    // Read by owners and admins; written only through the functions below.
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    insert: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    update: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    delete: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    probe: {
      rows: phone,
      insert: (f) => ({ phone_id: f.a, email: 'direct@isolation.test', role: 'owner' }),
      update: () => ({ role: 'owner' }),
    },
  },
  'public.resources': {
    kind: 'relation',
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'rls',    'rls',    'rls',    'ok',     'ok'],
    update: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    delete: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    probe: {
      rows: phone,
      // The resource never booked: one with appointments cannot be deleted (deactivated instead).
      target: (f) => ({ phone_id: f.a, id: f.spareResourceId }),
      insert: (f) => ({ phone_id: f.a, name: 'Room Nine', kind: 'room' }),
      update: () => ({ active: false }),
    },
  },
  'public.appointments': {
    kind: 'relation',
    // Admins book and change; nobody deletes through the API (cancel instead).
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'rls',    'rls',    'rls',    'ok',     'ok'],
    update: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    delete: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    probe: {
      rows: phone,
      // Monday 2031-01-06 within the fixture's hours (09:00-17:00, UTC), no resource.
      insert: (f) => ({ phone_id: f.a, caller_number: '+14155550144', starts_at: '2031-01-06 11:00+00', ends_at: '2031-01-06 11:30+00' }),
      update: () => ({ notes: 'Bring the referral letter.' }),
    },
  },
  // Invitations: SECURITY DEFINER behind these wrappers, each checking the caller.
  'public.invite_member(text, text, member_role)': {
    kind: 'function',
    args: (f) => [f.a, 'invitee@isolation.test', 'viewer'],
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', '42501',  '42501',  '42501',  'ok',     'ok'],
  },
  'public.revoke_invitation(text, uuid)': {
    kind: 'function',
    args: (f) => [f.a, f.invitationId],
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', '42501',  '42501',  '42501',  'ok',     'ok'],
  },
  'public.accept_invitation(text)': {
    kind: 'function',
    // A token no invitation has: found by nobody, whoever asks.
    args: () => ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', 'P0002',  'P0002',  'P0002',  'P0002',  'P0002'],
  },
  // The call screens' RPCs run as the caller: row level security decides what they return.
  'public.latest_calls(text[], integer)': {
    kind: 'function',
    args: () => [],
    found: (f) => sql`phone_id = ${f.a}`,
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
  },
  'public.call_counts(date, date, text[])': {
    kind: 'function',
    args: (f) => [null, null, sql`array[${f.a}]`],
    found: () => sql`total_calls > 0`,
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
  },
  'public.search_calls(text, text, text, text[], call_status[], timestamp with time zone, timestamp with time zone, integer, timestamp with time zone, uuid, integer)': {
    kind: 'function',
    args: (f) => [f.a],
    found: (f) => sql`phone_id = ${f.a}`,
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
  },
  'public.campaigns': {
    kind: 'relation',
    // Status is not granted: it changes through the functions below.
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'rls',    'rls',    'rls',    'ok',     'ok'],
    update: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    delete: ['denied', 'none',   'none',   'none',   'rows',   'rows'], // the draft: one not under way
    probe: {
      rows: phone,
      target: (f) => ({ phone_id: f.a, id: f.draftCampaignId }),
      insert: (f) => ({ phone_id: f.a, name: 'Isolation insert', caller_id: '+14155550143', window_start: '09:00', window_end: '17:00' }),
      update: () => ({ name: 'Renamed campaign', max_concurrent: 2 }),
    },
  },
  'public.campaign_contacts': {
    kind: 'relation',
    // Imported through import_campaign_contacts; written otherwise by the dialer (service role) only.
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    update: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    delete: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    probe: {
      rows: phone,
      insert: (f) => ({ phone_id: f.a, campaign_id: f.campaignId, number: '+14155550144' }),
      update: () => ({ status: 'completed' }),
    },
  },
  // Campaigns: SECURITY DEFINER behind these wrappers, each checking the caller.
  'public.import_campaign_contacts(text, uuid, text[], integer)': {
    kind: 'function',
    args: (f) => [f.a, f.campaignId, ['+14155550145', '+14155550146']],
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', '42501',  '42501',  '42501',  'ok',     'ok'],
  },
  'public.schedule_campaign(text, uuid)': {
    kind: 'function',
    args: (f) => [f.a, f.draftCampaignId],
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', '42501',  '42501',  '42501',  'ok',     'ok'],
  },
  'public.pause_campaign(text, uuid)': {
    kind: 'function',
    args: (f) => [f.a, f.campaignId],
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', '42501',  '42501',  '42501',  'ok',     'ok'],
  },
  'public.resume_campaign(text, uuid)': {
    kind: 'function',
    args: (f) => [f.a, f.campaignId],
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', '42501',  '42501',  '42501',  'ok',     'ok'],
  },
  'public.cancel_campaign(text, uuid)': {
    kind: 'function',
    args: (f) => [f.a, f.campaignId],
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', '42501',  '42501',  '42501',  'ok',     'ok'],
  },
  'public.campaign_progress(text, uuid[])': {
    kind: 'function',
    args: (f) => [f.a],
    found: (f) => sql`campaign_id = ${f.campaignId} and total > 0`,
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
  },
  'public.is_open(text, timestamp with time zone)': {
    kind: 'function',
    args: (f) => [f.a],
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', 'P0002',  'P0002',  'ok',     'ok',     'ok'],
  },
  'public.api_keys': {
    kind: 'relation',
    // Read by owners; written only through the functions below.
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'none',   'none',   'rows'],
    insert: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    update: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    delete: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    probe: {
      rows: phone,
      insert: (f) => ({ phone_id: f.a, name: 'Direct', prefix: 'rk_AAAAAAAA', scopes: sql`'{calls:read}'::public.api_key_scope[]` }),
      update: () => ({ revoked_at: null }),
    },
  },
  // API keys: SECURITY DEFINER behind these wrappers, each checking the caller.
  // verify_api_key has no row: only the service role may execute it.
  'public.create_api_key(text, text, api_key_scope[], timestamp with time zone)': {
    kind: 'function',
    args: (f) => [f.a, 'Isolation key', sql`'{calls:read}'::public.api_key_scope[]`, null],
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', '42501',  '42501',  '42501',  '42501',  'ok'],
  },
  'public.revoke_api_key(text, uuid)': {
    kind: 'function',
    args: (f) => [f.a, f.apiKeyId],
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', '42501',  '42501',  '42501',  '42501',  'ok'],
  },
  // Prompt templates: members read the versions and which one is active; no
  // role of the API writes a version but through save_prompt (owners and
  // admins), and versions are never changed or deleted; owners and admins
  // activate a version by updating the pointer's version column.
  'public.prompt_versions': {
    kind: 'relation',
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    update: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    delete: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    probe: {
      rows: phone,
      insert: (f) => ({ phone_id: f.a, kind: 'fallback', body: 'Sorry, could you say that again?' }),
      update: () => ({ body: 'Rewritten in place' }),
    },
  },
  'public.active_prompts': {
    kind: 'relation',
    // The fixture's greeting has versions 1 and 2, 2 active: the update rolls back to 1.
    //       anon      outsider  other     viewer    admin     owner
    select: ['denied', 'none',   'none',   'rows',   'rows',   'rows'],
    insert: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    update: ['denied', 'none',   'none',   'none',   'rows',   'rows'],
    delete: ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
    probe: {
      rows: phone,
      target: (f) => ({ phone_id: f.a, kind: 'greeting' }),
      insert: (f) => ({ phone_id: f.a, kind: 'fallback', version: 1, latest_version: 1 }),
      update: () => ({ version: 1 }),
    },
  },
  'public.save_prompt(text, prompt_kind, text, text, boolean)': {
    kind: 'function',
    args: (f) => [f.a, 'greeting', 'Hello from the isolation suite.'],
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', '42501',  '42501',  '42501',  'ok',     'ok'],
  },
  'public.activate_prompt(text, prompt_kind, integer)': {
    kind: 'function',
    args: (f) => [f.a, 'greeting', 1],
    //        anon      outsider  other     viewer    admin     owner
    execute: ['denied', '42501',  '42501',  '42501',  'ok',     'ok'],
  },
};
