/**
 * Malformed values, generated from the catalog: every column of public and
 * private that the service role or a member (authenticated) may insert or
 * update, found through its privileges, is sent the malformed values of every
 * class its type and name call for (tests/support/value-classes.ts) by the
 * service role, inserting a row and updating one, and by the tenant's owner,
 * admin and viewer wherever their privileges let them try. Each value must be
 * refused with SQLSTATE class 23 naming a constraint on that column (a
 * member's tenant key may also be refused by row level security), never
 * accepted and never an internal error, and the tenant's rows in every table,
 * daily_call_stats included, must be as they were. Well-formed values at the
 * edges (a text at its length limit, a time zone in another case) must be
 * accepted, so a rule that refused everything would fail too.
 *
 * A writable column without a rule of its own (a constraint or a BEFORE
 * trigger naming it) fails by name, unless its type is its rule
 * (TYPE_IS_THE_RULE); so does a type the generator has no values for. Columns
 * the database fills itself are left out: generated columns, and what a
 * BEFORE trigger always overwrites (updated_at on update).
 *
 * Everything runs in one transaction that is rolled back, each attempt in a
 * savepoint of its own. fast-check draws the same values on every run
 * (MALFORMED_VALUES_SEED draws others); the summary prints which, and how many
 * values each role tried.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql, type RawBuilder } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { roleSettings } from '../src/as-user.ts';
import { createDb } from '../src/db.ts';
import { MATRIX, type Fixture, type RelationEntry } from './support/access-matrix.ts';
import { url } from './support/db.ts';
import {
  knownType, lifecycleRank, typeIsTheRule, valueClasses, type ColumnShape, type Limits, type Value, type ValueClass,
} from './support/value-classes.ts';

const SEED = Number(process.env.MALFORMED_VALUES_SEED ?? 20261129);

/**
 * Writable columns whose type alone is their rule: every value its input
 * function accepts is one the column may hold, so no constraint names it. A new
 * column of such a type fails until it is listed here.
 */
const TYPE_IS_THE_RULE: Record<string, string> = {
  'public.conversation_rules.is_active': 'boolean: on or off',
  'public.conversation_rules.rule_type': 'enum rule_type',
  'public.phone_members.role': 'enum member_role (trigger keep_an_owner keeps the last owner, whatever the value)',
  'public.phone_invitations.role': 'enum member_role (invite_member checks who may offer which)',
  'public.calls.direction': 'enum call_direction',
  'public.calls.ended_reason': 'enum call_ended_reason',
  'public.campaign_contacts.last_outcome': 'enum campaign_call_outcome (finish_campaign_contact records it)',
  'public.resources.kind': 'enum resource_kind',
  'public.resources.active': 'boolean: takes new appointments or not (trigger check_appointment_resource reads it)',
  'public.appointments.outside_hours_override': 'boolean: on or off (trigger check_appointment_hours reads it)',
};

const ACTORS = ['service_role', 'owner', 'admin', 'viewer'] as const;
type Actor = (typeof ACTORS)[number];
const roleOf = (actor: Actor) => (actor === 'service_role' ? 'service_role' : 'authenticated');
const OPS = ['insert', 'update'] as const;
type Op = (typeof OPS)[number];

const client = new pg.Client({ connectionString: url });
// Only to render SQL the library already has (the role's own settings); it never connects.
const kysely = createDb(url, { max: 1 });
await client.connect();
await client.query('begin');
afterAll(async () => {
  await client.query('rollback');
  await client.end();
  await kysely.destroy();
});

const rowsOf = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => (await client.query<T>(text, values)).rows;
const compiled = (raw: RawBuilder<unknown>) => raw.compile(kysely);

// The tenant ----------------------------------------------------------------------------

const pid = process.pid;
const digits = String(pid).padStart(7, '0').slice(-7);
const f: Fixture = {
  a: `mv-a-${pid}`,
  b: `mv-b-${pid}`,
  spare: { id: `mv-c-${pid}`, number: `+1997${digits}3` },
  users: { outsider: randomUUID(), other: randomUUID(), viewer: randomUUID(), admin: randomUUID(), owner: randomUUID() },
  callId: randomUUID(),
  callWithoutMetadataId: randomUUID(),
  invitationId: randomUUID(),
  apiKeyId: randomUUID(),
  campaignId: randomUUID(),
  draftCampaignId: randomUUID(),
  resourceId: randomUUID(),
  spareResourceId: randomUUID(),
};
const TENANTS = [f.a, f.spare.id];

{
  const users = Object.entries(f.users);
  await rowsOf(
    `insert into auth.users (id, aud, role, email)
     select u.id::uuid, 'authenticated', 'authenticated', 'mv-' || u.actor || '-' || $3 || '@malformed.test'
       from unnest($1::text[], $2::text[]) as u(actor, id)`,
    [users.map(([actor]) => actor), users.map(([, id]) => id), pid],
  );
  await rowsOf(
    `insert into public.phone_numbers (id, number, display_name, business_name, timezone)
     values ($1, $3, 'Front desk', 'Malformed Values A', 'America/Chicago'), ($2, $4, null, 'Malformed Values B', 'UTC')`,
    [f.a, f.b, `+1997${digits}1`, `+1997${digits}2`],
  );
  await rowsOf(
    `insert into public.phone_members (phone_id, user_id, role)
     values ($1, $3, 'viewer'), ($1, $4, 'admin'), ($1, $5, 'owner'), ($2, $6, 'owner')`,
    [f.a, f.b, f.users.viewer, f.users.admin, f.users.owner, f.users.other],
  );
  await rowsOf(`update public.voice_settings set greeting_message = 'Thanks for calling.' where phone_id = $1`, [f.a]);
  // A completed call with every column set (the row updates aim at), and a ringing one without metadata.
  await rowsOf(
    `insert into public.calls (phone_id, id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration,
                               recording_url, transcript, ai_summary, ai_confidence)
     values ($1, $2, 'CAMALFORMED1', '+14155550171', 'completed', now() - interval '10 minutes',
             now() - interval '10 minutes' + interval '5 seconds', now() - interval '10 minutes' + interval '125 seconds', 120,
             'https://recordings.example.com/CAMALFORMED1.mp3', 'Caller asked about opening hours.', 'Opening hours.', 0.9),
            ($1, $3, 'CAMALFORMED2', '+14155550172', 'ringing', now() - interval '1 minute', null, null, 0, null, null, null, null)`,
    [f.a, f.callId, f.callWithoutMetadataId],
  );
  await rowsOf(
    `insert into public.call_metadata (phone_id, call_id, metadata, custom_fields, tags)
     values ($1, $2, '{"intent": "hours"}', '{"priority": "low"}', '{fixture}')`,
    [f.a, f.callId],
  );
  await rowsOf(
    `insert into public.call_turns (phone_id, call_id, sequence, offset_ms, speaker, content, tool_name, tool_arguments)
     values ($1, $2, 0, 0, 'assistant', 'Thanks for calling.', null, null),
            ($1, $2, 1, 3200, 'tool', '{"open": true}', 'check_hours', '{"day": "today"}')`,
    // The other call: the access matrix's turn, and the sequences at the limits, go to the first.
    [f.a, f.callWithoutMetadataId],
  );
  await rowsOf(`insert into public.conversation_rules (phone_id, rule_type, actions) values ($1, 'greeting', '{"say": "Hi"}')`, [f.a]);
  // From 04:00: the access matrix books Monday 2031-01-06 at 11:00 UTC, 05:00 in Chicago.
  await rowsOf(`insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ($1, 1, '04:00', '17:00')`, [f.a]);
  await rowsOf(
    `insert into public.business_closures (phone_id, starts_on, ends_on, reason) values ($1, '2030-12-24', '2030-12-26', 'Holidays')`,
    [f.a],
  );
  await rowsOf(
    `insert into public.phone_invitations (phone_id, id, email, role, invited_by) values ($1, $2, 'pending@malformed.test', 'viewer', $3)`,
    [f.a, f.invitationId, f.users.owner],
  );
  await rowsOf(`insert into public.live_calls (phone_id, call_sid, worker) values ($1, 'CAMALFORMED1', 'worker-1')`, [f.a]);
  await rowsOf(
    `insert into public.webhook_events (phone_id, provider, provider_event_id, event_type, call_sid, payload, status, attempts, processed_at)
     values ($1, 'twilio', 'EVMALFORMED1', 'call.completed', 'CAMALFORMED1', '{"CallStatus": "completed"}', 'processed', 1, now())`,
    [f.a],
  );
  await rowsOf(
    `insert into public.api_keys (phone_id, id, name, prefix, scopes, created_by, last_used_at, expires_at)
     values ($1, $2, 'Booking system', 'rk_malforme', '{calls:read,settings:read}', $3, now(), now() + interval '30 days')`,
    [f.a, f.apiKeyId, f.users.owner],
  );
  await rowsOf(
    `insert into public.campaigns (phone_id, id, name, caller_id, window_start, window_end, window_days, starts_on, ends_on,
                                   max_concurrent, retry_delay_minutes, status, created_by)
     values ($1, $2, 'Recall, paused', '+14155550170', '09:00', '17:00', '{1,2,3,4,5}', '2030-01-01', '2030-12-31', 2, 60, 'paused', $4),
            ($1, $3, 'Recall, draft', '+14155550170', '09:00', '17:00', '{1,2,3,4,5}', '2030-01-01', '2030-12-31', 2, 60, 'draft', $4)`,
    [f.a, f.campaignId, f.draftCampaignId, f.users.admin],
  );
  await rowsOf(
    `insert into public.campaign_contacts (phone_id, campaign_id, number)
     values ($1, $2, '+14155550177'), ($1, $2, '+14155550178'), ($1, $3, '+14155550179')`,
    [f.a, f.campaignId, f.draftCampaignId],
  );
  await rowsOf(`insert into public.resources (phone_id, id, name, kind) values ($1, $2, 'Dr Malformed', 'staff'), ($1, $3, 'Room Malformed', 'room')`,
    [f.a, f.resourceId, f.spareResourceId]);
  await rowsOf(
    `insert into public.appointments (phone_id, caller_number, caller_name, resource_id, starts_at, ends_at, notes, created_by)
     values ($1, '+14155550173', 'Jo Malformed', $2, '2031-01-06 10:00+00', '2031-01-06 10:30+00', 'First visit.', $3)`,
    [f.a, f.resourceId, f.users.admin],
  );
}

// The catalog ------------------------------------------------------------------------------

type CatalogColumn = {
  table: string;
  column: string;
  typname: string;
  typtype: string;
  typmod: number;
  labels: string[] | null;
  type: string;
  role: string;
  can_insert: boolean;
  can_update: boolean;
};
const privileges = await rowsOf<CatalogColumn>(
  `select format('%I.%I', n.nspname, c.relname) as "table", a.attname as "column", t.typname, t.typtype,
          case when t.typcategory = 'A' and exists (select 1 from pg_enum e where e.enumtypid = t.typelem)
               then array(select e.enumlabel::text from pg_enum e where e.enumtypid = t.typelem order by e.enumsortorder) end as labels,
          a.atttypmod as typmod, format_type(a.atttypid, a.atttypmod) as type, r.rolname as role,
          has_column_privilege(r.rolname, c.oid, a.attnum, 'INSERT') as can_insert,
          has_column_privilege(r.rolname, c.oid, a.attnum, 'UPDATE') as can_update
     from pg_class c
     join pg_namespace n on n.oid = c.relnamespace
     join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
     join pg_type t on t.oid = a.atttypid
    cross join (values ('service_role'::name), ('authenticated'::name)) r(rolname)
    where n.nspname in ('public', 'private') and c.relkind in ('r', 'p')
      and a.attgenerated = '' and a.attidentity <> 'a'
      and has_schema_privilege(r.rolname, n.oid, 'USAGE')
      and (has_column_privilege(r.rolname, c.oid, a.attnum, 'INSERT') or has_column_privilege(r.rolname, c.oid, a.attnum, 'UPDATE'))
    order by 1, a.attnum, 7`,
);

type Constraint = { table: string; name: string; columns: string[]; referenced: string | null; referenced_columns: string[]; def: string };
const constraints = await rowsOf<Constraint>(
  `select format('%I.%I', n.nspname, c.relname) as "table", k.conname as name,
          array(select a.attname::text from pg_attribute a where a.attrelid = k.conrelid and a.attnum = any (k.conkey)) as columns,
          case when k.confrelid <> 0 then format('%I.%I', rn.nspname, rc.relname) end as referenced,
          array(select a.attname::text from pg_attribute a where a.attrelid = k.confrelid and a.attnum = any (k.confkey)) as referenced_columns,
          pg_get_constraintdef(k.oid) as def
     from pg_constraint k
     join pg_class c on c.oid = k.conrelid
     join pg_namespace n on n.oid = c.relnamespace
     left join pg_class rc on rc.oid = k.confrelid
     left join pg_namespace rn on rn.oid = rc.relnamespace
    where n.nspname in ('public', 'private')`,
);

type Trigger = { table: string; name: string; columns: string[]; on_insert: boolean; on_update: boolean; source: string };
/** BEFORE ROW triggers: the ones that can refuse or rewrite a value. */
const triggers = await rowsOf<Trigger>(
  `select format('%I.%I', n.nspname, c.relname) as "table", g.tgname as name,
          array(select a.attname::text from pg_attribute a where a.attrelid = g.tgrelid and a.attnum = any (g.tgattr::int2[])) as columns,
          (g.tgtype & 4) <> 0 as on_insert, (g.tgtype & 16) <> 0 as on_update, p.prosrc as source
     from pg_trigger g
     join pg_class c on c.oid = g.tgrelid
     join pg_namespace n on n.oid = c.relnamespace
     join pg_proc p on p.oid = g.tgfoid
    where not g.tgisinternal and (g.tgtype & 1) <> 0 and (g.tgtype & 2) <> 0 and n.nspname in ('public', 'private')`,
);

/**
 * Partition keys: a row whose key no partition takes is refused by the
 * partitions themselves (23514, "no partition of relation ... found for row"),
 * before any constraint; that is the key's rule, and it has no other name.
 */
const partitionKeys = await rowsOf<{ table: string; columns: string[] }>(
  `select format('%I.%I', n.nspname, c.relname) as "table",
          array(select a.attname::text from pg_attribute a where a.attrelid = p.partrelid and a.attnum = any (p.partattrs::int2[])) as columns
     from pg_partitioned_table p join pg_class c on c.oid = p.partrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname in ('public', 'private')`,
);
const partitionRule = (table: string) => `the partitions of ${table}`;
/** The range the partitions of a table cover, for its single-column range key: the well-formed keys. */
const partitionBounds = await rowsOf<{ table: string; bound: string }>(
  `select format('%I.%I', n.nspname, p.relname) as "table", pg_get_expr(c.relpartbound, c.oid) as bound
     from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
     join pg_namespace n on n.oid = p.relnamespace
    where n.nspname in ('public', 'private') and p.relkind = 'p'`,
);

const policies = await rowsOf<{ table: string; cmd: string; expr: string }>(
  `select format('%I.%I', schemaname, tablename) as "table", cmd, concat_ws(' ', qual, with_check) as expr
     from pg_policies where schemaname in ('public', 'private')`,
);

const zones = (await rowsOf<{ name: string }>(`select name from pg_timezone_names order by 1`)).map((r) => r.name);

const columnsOf = (table: string) => [...new Set(privileges.filter((p) => p.table === table).map((p) => p.column))];
const tables = [...new Set(privileges.map((p) => p.table))];
/** Every writable column once, whoever may write it. */
const writable = [...new Map(privileges.map((p) => [`${p.table}.${p.column}`, p])).values()];

/** Columns a BEFORE trigger always sets, whatever was written: a body of nothing but `new.x := …;` and `return new;`. */
function filledBy(table: string, op: Op): Set<string> {
  const filled = new Set<string>();
  for (const t of triggers.filter((g) => g.table === table && (op === 'insert' ? g.on_insert : g.on_update))) {
    const body = /^\s*begin\s+((?:new\.\w+\s*:=[^;]*;\s*)+)return\s+new;\s*end;?\s*$/i.exec(t.source);
    for (const m of body?.[1]?.matchAll(/new\.(\w+)\s*:=/gi) ?? []) filled.add(m[1] ?? '');
  }
  return filled;
}

/** Names of the constraints that speak for a column: its table's that name it, and the foreign keys that point at it. */
function rulesOf(table: string, column: string): Set<string> {
  return new Set([
    ...constraints
      .filter((k) => (k.table === table && k.columns.includes(column)) || (k.referenced === table && k.referenced_columns.includes(column)))
      .map((k) => k.name),
    ...partitionKeys.filter((p) => p.table === table && p.columns.includes(column)).map((p) => partitionRule(p.table)),
  ]);
}

/** Columns a member's insert or update policy compares (the tenant key): row level security may refuse them first. */
function policyColumns(table: string, op: Op): Set<string> {
  const cmds = op === 'insert' ? ['INSERT', 'ALL'] : ['UPDATE', 'ALL'];
  const cols = columnsOf(table);
  return new Set(policies.filter((p) => p.table === table && cmds.includes(p.cmd)).flatMap((p) => cols.filter((c) => new RegExp(`\\b${c}\\b`).test(p.expr))));
}

/** Bounds a column's constraints state, for the well-formed values at the edges. */
function limitsOf(table: string, column: string): Limits {
  const c = column;
  const limits: Limits = {};
  const least = (a: number | undefined, b: number) => (a === undefined ? b : Math.min(a, b));
  for (const { def } of constraints.filter((k) => k.table === table && k.columns.includes(column))) {
    for (const m of def.matchAll(new RegExp(`char_length\\(${c}\\) <= (\\d+)`, 'g'))) limits.maxChars = least(limits.maxChars, Number(m[1]));
    for (const m of def.matchAll(new RegExp(`octet_length\\(\\(${c}\\)::text\\) <= (\\d+)`, 'g'))) limits.maxOctets = least(limits.maxOctets, Number(m[1]));
    for (const m of def.matchAll(new RegExp(`jsonb_depth_within\\(${c}, (\\d+)\\)`, 'g'))) limits.maxDepth = least(limits.maxDepth, Number(m[1]));
    for (const m of def.matchAll(new RegExp(`cardinality\\(${c}\\) <= (\\d+)`, 'g'))) limits.maxElements = least(limits.maxElements, Number(m[1]));
    for (const m of def.matchAll(new RegExp(`_within_length\\(${c}, (\\d+)\\)`, 'g'))) limits.maxElementChars = least(limits.maxElementChars, Number(m[1]));
    const num = '\\(?(-?[0-9.]+)\\)?(?:::numeric)?';
    const range = new RegExp(`^CHECK \\(\\(\\(${c} >= ${num}\\) AND \\(${c} <= ${num}\\)\\)\\)$`).exec(def);
    if (range) [limits.min, limits.max] = [range[1], range[2]];
    const from = new RegExp(`\\(${c} >= '([^']+)'::(?:timestamp with time zone|date)\\)`).exec(def);
    const before = new RegExp(`\\(${c} < '([^']+)'::(?:timestamp with time zone|date)\\)`).exec(def);
    if (from) limits.from = from[1];
    if (before) limits.before = before[1];
  }
  // A range partition key takes only what some partition covers.
  const key = partitionKeys.find((p) => p.table === table);
  const ranges = partitionBounds
    .filter((b) => b.table === table)
    .map((b) => /^FOR VALUES FROM \('([^']+)'\) TO \('([^']+)'\)$/.exec(b.bound))
    .filter((m): m is RegExpExecArray => m !== null);
  if (key?.columns.length === 1 && key.columns[0] === column && ranges.length > 0) {
    const earliest = ranges.map((m) => m[1] ?? '').sort()[0];
    const latest = ranges.map((m) => m[2] ?? '').sort().at(-1);
    if (earliest !== undefined && (limits.from === undefined || earliest > limits.from)) limits.from = earliest;
    if (latest !== undefined && (limits.before === undefined || latest < limits.before)) limits.before = latest;
  }
  return limits;
}

const FLIPPED = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as const;
type Comparison = keyof typeof FLIPPED;

/**
 * How a table's constraints order a column against another of the same row
 * (CHECK (window_end > window_start)), with the other column's value in `row`:
 * where a well-formed value of the column must lie in that row.
 */
function orderedIn(table: string, column: string, row: Record<string, unknown>): Array<{ op: Comparison; value: string }> {
  const out: Array<{ op: Comparison; value: string }> = [];
  for (const { def } of constraints.filter((k) => k.table === table && k.columns.includes(column))) {
    const m = /^CHECK \(\((\w+) (<=|>=|<|>) (\w+)\)\)$/.exec(def);
    if (!m) continue;
    const [, left, op, right] = m as unknown as [string, string, Comparison, string];
    const other = left === column ? right : right === column ? left : undefined;
    const value = other === undefined ? undefined : row[other];
    if (value === null || value === undefined) continue;
    out.push({ op: left === column ? op : FLIPPED[op], value: String(value) });
  }
  return out;
}

// Writing ------------------------------------------------------------------------------------

/** What a table's rows look like to the generator: a row to insert, the row updates aim at, its key. */
type TablePlan = {
  table: string;
  key: string[];
  base: Record<string, unknown>;
  before: { sql: string; parameters: readonly unknown[] } | undefined;
  target: Record<string, unknown>;
  /** What a new row holds once inserted (defaults and triggers included), as to_jsonb spells it. */
  inserted: Record<string, unknown>;
};

type Statement = { text: string; values: unknown[] };

/** An insert of `row`, whose values are parameters or, where the access matrix gives SQL, that SQL. */
function insertSql(table: string, row: Record<string, unknown>, tail: RawBuilder<unknown> = sql``): Statement {
  const entries = Object.entries(row);
  const q = compiled(
    sql`insert into ${sql.table(table)} as t (${sql.join(entries.map(([c]) => sql.ref(c)))}) values (${sql.join(entries.map(([, v]) => v))})${tail}`,
  );
  return { text: q.sql, values: [...q.parameters] };
}

const problems: Record<string, string[]> = { 'tables without rows in tests/support/access-matrix.ts': [], 'base rows the database refuses': [] };
const plans = new Map<string, TablePlan>();
for (const table of tables) {
  const entry = MATRIX[table];
  if (entry?.kind !== 'relation') {
    problems['tables without rows in tests/support/access-matrix.ts']?.push(table);
    continue;
  }
  const { probe } = entry as RelationEntry;
  const key = constraints.find((k) => k.table === table && k.def.startsWith('PRIMARY KEY'))?.columns ?? [];
  const filter = Object.entries((probe.target ?? probe.rows)(f));
  const [target] = await rowsOf<{ row: Record<string, unknown> }>(
    `select to_jsonb(t) as row from ${table} t where ${filter.map(([c], i) => `t.${c} = $${i + 1}`).join(' and ')}
      order by (select count(*) from jsonb_each(to_jsonb(t)) e where e.value <> 'null'::jsonb) desc, to_jsonb(t)::text limit 1`,
    filter.map(([, v]) => v),
  );
  const base = probe.insert(f);
  const raw = probe.before?.insert?.(f);
  const before = raw ? compiled(raw) : undefined;
  // What a new row holds, defaults and triggers included: the base row inserted
  // by the tables' owner, read back and rolled back.
  let inserted: Record<string, unknown> = {};
  await client.query('savepoint plan');
  try {
    if (before) await client.query(before.sql, [...before.parameters]);
    const q = insertSql(table, base, sql` returning to_jsonb(t) as row`);
    const r = await client.query<{ row: Record<string, unknown> }>(q.text, q.values);
    inserted = r.rows[0]?.row ?? {};
  } catch (e) {
    problems['base rows the database refuses']?.push(`${table}: ${(e as Error).message}`);
  }
  await client.query('rollback to savepoint plan; release savepoint plan');
  plans.set(table, { table, key, base, before, target: target?.row ?? {}, inserted });
}

const asText = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v));

/** Role, claims, search path and the role's own settings for one attempt, as asUser and PostgREST set them. */
const setup: Record<Actor, string> = Object.fromEntries(
  ACTORS.map((actor) => {
    const role = roleOf(actor);
    const claims = actor === 'service_role' ? { role: 'service_role' } : { role: 'authenticated', sub: f.users[actor] };
    const q = compiled(sql`select set_config('role', ${role}, true), set_config('request.jwt.claims', ${JSON.stringify(claims)}, true),
                                  set_config('search_path', 'public, extensions', true), ${roleSettings(role)}`);
    return [actor, q.sql.replace(/\$(\d+)/g, (_, i: string) => client.escapeLiteral(String(q.parameters[Number(i) - 1])))];
  }),
) as Record<Actor, string>;

/**
 * The tenant's rows as one digest: what "nothing changed" compares. After each
 * attempt, the rows of the table written and the tenant's daily_call_stats;
 * after each case, every table with a phone_id (the private ones too) and the
 * phone number itself.
 */
const tenantTables = (await rowsOf<{ table: string }>(
  `select format('%I.%I', n.nspname, c.relname) as "table"
     from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid
    where n.nspname in ('public', 'private') and c.relkind in ('r', 'p') and a.attname = 'phone_id' and not a.attisdropped
    order by 1`,
)).map((r) => r.table);
const tenantKey = constraints.find((k) => k.columns.length === 1 && k.columns[0] === 'phone_id' && k.referenced !== null);
const tenantList = `array[${TENANTS.map((id) => client.escapeLiteral(id)).join(', ')}]`;
const rowsOfTenant = (table: string) =>
  table === tenantKey?.referenced
    ? `select '${table} ' || to_jsonb(t)::text as x from ${table} t where t.${tenantKey.referenced_columns[0]} = any (${tenantList})`
    : `select '${table} ' || to_jsonb(t)::text as x from ${table} t where t.phone_id = any (${tenantList})`;
const digestOf = (tables: string[]) =>
  `select md5(coalesce(string_agg(x, E'\\n' order by x), '')) as digest from (${tables.map(rowsOfTenant).join(' union all ')}) s`;
const statsTable = tenantTables.find((t) => t.endsWith('.daily_call_stats'));
const tableDigest = new Map(tables.map((t) => [t, digestOf([...new Set([t, ...(statsTable ? [statsTable] : [])])])]));
const tenantDigest = digestOf([...tenantTables, ...(tenantKey?.referenced ? [tenantKey.referenced] : [])]);
const baselines = new Map<string, string | undefined>();
for (const sqlText of [...tableDigest.values(), tenantDigest]) baselines.set(sqlText, (await rowsOf<{ digest: string }>(sqlText))[0]?.digest);

type Outcome =
  | { kind: 'accepted'; rows: number; stored?: string | null }
  | { kind: 'rule' | 'policy' | 'privilege' | 'error'; code: string; constraint: string | undefined; message: string };

const show = (o: Outcome) =>
  o.kind === 'accepted' ? `accepted (${o.rows} row${o.rows === 1 ? '' : 's'}${o.stored !== undefined ? `, stored ${JSON.stringify(o.stored)}` : ''})` : `${o.code} ${o.constraint ?? ''} ${o.message}`.replace(/\s+/g, ' ').slice(0, 200);

function insertStatement(plan: TablePlan, set: Record<string, unknown> = {}): Statement {
  return insertSql(plan.table, { ...plan.base, ...set });
}
function keyOf(plan: TablePlan, row: Record<string, unknown>, from: number): Statement {
  return { text: plan.key.map((c, i) => `${c} = $${from + i}`).join(' and '), values: plan.key.map((c) => row[c]) };
}
function updateStatement(plan: TablePlan, column: string, v: unknown, probe = false): Statement {
  const where = keyOf(plan, plan.target, 2);
  return probe
    ? { text: `update ${plan.table} set ${column} = ${column} where ${keyOf(plan, plan.target, 1).text}`, values: where.values }
    : { text: `update ${plan.table} set ${column} = $1 where ${where.text}`, values: [v, ...where.values] };
}

/** Runs one statement as `actor` in a savepoint that is always rolled back; the tenant must be as it was afterwards. */
async function attempt(actor: Actor, op: Op, plan: TablePlan, statement: Statement, readback?: string): Promise<Outcome> {
  if (op === 'insert' && plan.before) {
    await client.query('savepoint attempt');
    await client.query(plan.before.sql, [...plan.before.parameters]);
    await client.query(setup[actor]);
  } else {
    await client.query(`savepoint attempt; ${setup[actor]}`);
  }
  let outcome: Outcome;
  try {
    const r = await client.query(statement.text, statement.values);
    outcome = { kind: 'accepted', rows: r.rowCount ?? 0 };
    if (readback !== undefined && outcome.rows > 0) {
      const row = op === 'insert' ? plan.base : plan.target;
      const where = keyOf(plan, row, 1);
      const [stored] = (await client.query<{ v: string | null }>(`select ${readback}::text as v from ${plan.table} where ${where.text}`, where.values)).rows;
      outcome.stored = stored?.v ?? null;
    }
  } catch (e) {
    const { code, message, constraint } = e as pg.DatabaseError;
    if (typeof code !== 'string') throw e;
    const kind = code.startsWith('23') ? 'rule' : code === '42501' ? (message.includes('row-level security') ? 'policy' : 'privilege') : 'error';
    const unplaced = code === '23514' && constraint === undefined && /^no partition of relation /.test(message);
    outcome = { kind, code, constraint: unplaced ? partitionRule(plan.table) : constraint, message };
  }
  const digestSql = tableDigest.get(plan.table) ?? tenantDigest;
  const results = (await client.query(`rollback to savepoint attempt; release savepoint attempt; ${digestSql}`)) as unknown as pg.QueryResult<{ digest: string }>[];
  if (results.at(-1)?.rows[0]?.digest !== baselines.get(digestSql)) {
    throw new Error(`${actor} ${op} on ${plan.table} left the tenant's rows or statistics changed (${show(outcome)})`);
  }
  return outcome;
}

// Who writes what ------------------------------------------------------------------------------

const may = (actor: Actor, table: string, column: string, op: Op) =>
  privileges.some((p) => p.table === table && p.column === column && p.role === roleOf(actor) && (op === 'insert' ? p.can_insert : p.can_update));

/**
 * Whether the actor's write of a well-formed row gets through: then its values
 * are tried against the rules; otherwise row level security or a privilege
 * stops the actor before any value matters.
 */
const writers = new Map<string, Outcome>();
for (const [table, plan] of plans) {
  for (const actor of ACTORS) {
    const columns = columnsOf(table);
    if (columns.some((c) => may(actor, table, c, 'insert'))) {
      writers.set(`${table} insert ${actor}`, await attempt(actor, 'insert', plan, insertStatement(plan)));
    }
    for (const c of columns.filter((c) => may(actor, table, c, 'update') && !filledBy(table, 'update').has(c))) {
      writers.set(`${table}.${c} update ${actor}`, await attempt(actor, 'update', plan, updateStatement(plan, c, undefined, true)));
    }
  }
}
const probeOf = (table: string, column: string, op: Op, actor: Actor) =>
  writers.get(op === 'insert' ? `${table} insert ${actor}` : `${table}.${column} update ${actor}`);
const isWriter = (o: Outcome | undefined) => o?.kind === 'accepted' && o.rows > 0;

// The cases ----------------------------------------------------------------------------------

type Column = { table: string; column: string; shape: ColumnShape; classes: Record<Op, ValueClass[]> };

const familyOf = (typname: string) => (typname === 'date' ? 'date' : typname.startsWith('timestamp') ? 'timestamp' : null);

const columns: Column[] = [];
for (const [table, plan] of plans) {
  for (const column of columnsOf(table)) {
    const p = privileges.find((x) => x.table === table && x.column === column);
    if (!p) continue;
    const shape: ColumnShape = {
      column, typname: p.typname, typtype: p.typtype, typmod: p.typmod, ...(p.labels ? { labels: p.labels } : {}), limits: limitsOf(table, column),
    };
    const classes = {} as Record<Op, ValueClass[]>;
    for (const op of OPS) {
      if (filledBy(table, op).has(column)) {
        classes[op] = [];
        continue;
      }
      const row = op === 'insert' ? plan.inserted : plan.target;
      const rank = lifecycleRank(column);
      const family = familyOf(p.typname);
      const partners = columnsOf(table).filter((c) => {
        const other = privileges.find((x) => x.table === table && x.column === c);
        return c !== column && other !== undefined && family !== null && familyOf(other.typname) === family && lifecycleRank(c) !== undefined && row[c] != null;
      });
      const earlier = rank === undefined ? [] : partners.filter((c) => (lifecycleRank(c) ?? 0) < rank).map((c) => ({ column: c, value: String(row[c]) }));
      const later = rank === undefined ? [] : partners.filter((c) => (lifecycleRank(c) ?? 0) > rank);
      const sample = asText(plan.target[column]) ?? (typeof plan.base[column] === 'string' ? (plan.base[column] as string) : null);
      classes[op] = valueClasses(shape, { sample, earlier, later, zones, ordered: orderedIn(table, column, row) });
    }
    columns.push({ table, column, shape, classes });
  }
}

type Tally = Record<'rule' | 'accepted' | 'refused' , number>;
const tally: Record<Actor, Tally> = Object.fromEntries(ACTORS.map((a) => [a, { rule: 0, accepted: 0, refused: 0 }])) as Record<Actor, Tally>;
const covered = new Set<string>();
let classCount = 0;

/** Why an outcome is not what the value, the actor and the column call for; undefined when it is. */
function wrong(col: Column, cls: ValueClass, op: Op, writer: boolean, v: Value, o: Outcome): string | undefined {
  if (!writer) {
    if ((o.kind === 'accepted' && o.rows === 0) || o.kind === 'policy' || o.kind === 'privilege') return undefined;
    if (o.kind === 'rule' && o.constraint !== undefined && rulesOf(col.table, col.column).has(o.constraint)) return undefined;
    return `expected the write to be stopped before any value mattered, got ${show(o)}`;
  }
  if (cls.wellFormed) {
    if (o.kind !== 'accepted' || o.rows === 0) return `expected it to be accepted, got ${show(o)}`;
    if (v.stored !== undefined && o.stored !== v.stored) return `expected ${JSON.stringify(v.stored)} stored, got ${show(o)}`;
    return undefined;
  }
  if (o.kind === 'rule' && o.constraint !== undefined && rulesOf(col.table, col.column).has(o.constraint)) return undefined;
  if (o.kind === 'policy' && policyColumns(col.table, op).has(col.column)) return undefined;
  const rules = [...rulesOf(col.table, col.column)].join(', ') || 'none';
  return `expected a refusal with SQLSTATE 23xxx naming a constraint on ${col.column} (${rules}), got ${show(o)}`;
}

async function tryValue(col: Column, cls: ValueClass, op: Op, actors: Actor[], v: Value): Promise<void> {
  const plan = plans.get(col.table);
  if (!plan) throw new Error(`no plan for ${col.table}`);
  for (const actor of actors) {
    const writer = isWriter(probeOf(col.table, col.column, op, actor));
    const statement = op === 'insert' ? insertStatement(plan, { [col.column]: v.sql }) : updateStatement(plan, col.column, v.sql);
    const o = await attempt(actor, op, plan, statement, v.stored !== undefined ? col.column : undefined);
    const why = wrong(col, cls, op, writer, v, o);
    if (why) throw new Error(`${col.table}.${col.column} = ${v.shown}, ${op} as ${actor}: ${why}`);
    tally[actor][!writer ? 'refused' : cls.wellFormed ? 'accepted' : 'rule'] += 1;
  }
}

/** Where fast-check starts for one case: derived from the run's number and the case, so cases draw different values. */
function seedOf(name: string): number {
  let h = SEED | 0;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h;
}

const cases = columns.flatMap((col) => {
  const names = [...new Set(OPS.flatMap((op) => col.classes[op].map((c) => c.name)))];
  return names.map((name) => ({ title: `${col.table}.${col.column}: ${name}`, col, name }));
});

const started = Date.now();
afterAll(() => {
  const ownRule = writable.filter((c) => typeIsTheRule(c)).length;
  const line = (a: Actor) =>
    `  ${a.padEnd(12)} ${String(tally[a].rule).padStart(5)} refused by a named rule, ${String(tally[a].accepted).padStart(4)} well-formed accepted, ` +
    `${String(tally[a].refused).padStart(5)} stopped by privilege or policy before any value mattered`;
  console.log(
    [
      `malformed values, fast-check seed ${SEED}: ${writable.length} writable columns in ${tables.length} tables, ${covered.size} of them tried ` +
        `with ${classCount} classes of values (${ownRule} are their type's: uuid, boolean, enum); ${((Date.now() - started) / 1000).toFixed(1)} s`,
      ...ACTORS.map(line),
    ].join('\n'),
  );
});

describe('malformed values, generated from the catalog', () => {
  it('finds writable columns, and none of them is without a rule unless its type is the rule', () => {
    expect(writable.length).toBeGreaterThan(0);
    const withoutRule = writable
      .filter((c) => !(`${c.table}.${c.column}` in TYPE_IS_THE_RULE))
      .filter((c) => !constraints.some((k) => k.table === c.table && k.columns.includes(c.column)))
      .filter((c) => !triggers.some((g) => g.table === c.table && g.columns.includes(c.column)))
      .map((c) => `${c.table}.${c.column}`);
    expect(withoutRule, 'writable columns without a constraint or BEFORE trigger naming them').toEqual([]);
  });

  it('lists in TYPE_IS_THE_RULE only writable columns whose type is their rule', () => {
    const byName = new Map(writable.map((c) => [`${c.table}.${c.column}`, c]));
    expect(Object.keys(TYPE_IS_THE_RULE).filter((name) => !byName.has(name)), 'not a writable column').toEqual([]);
    const accepting = Object.keys(TYPE_IS_THE_RULE).filter((name) => {
      const c = byName.get(name);
      return c !== undefined && !typeIsTheRule(c);
    });
    expect(accepting, 'a type whose input accepts malformed values').toEqual([]);
  });

  it('has values for the type of every writable column', () => {
    const unknown = writable.filter((c) => !knownType({ typname: c.typname, typtype: c.typtype, ...(c.labels ? { labels: c.labels } : {}) }));
    expect(unknown.map((c) => `${c.table}.${c.column} (${c.typname})`)).toEqual([]);
  });

  it('has a row to insert and a row to update for every table with writable columns, and the service role writes them', () => {
    expect(problems).toEqual({ 'tables without rows in tests/support/access-matrix.ts': [], 'base rows the database refuses': [] });
    const refused = [...writers.entries()]
      .filter(([name, o]) => name.endsWith(' service_role') && !isWriter(o))
      .map(([name, o]) => `${name}: ${show(o)}`);
    expect(refused, 'the service role could not write a well-formed row').toEqual([]);
  });

  for (const { title, col, name } of cases) it(title, async () => {
    for (const op of OPS) {
      const cls = col.classes[op].find((c) => c.name === name);
      if (!cls) continue;
      const actors = ACTORS.filter((a) => may(a, col.table, col.column, op));
      if (actors.length === 0) continue;
      classCount += 1;
      covered.add(`${col.table}.${col.column}`);
      const writing = actors.filter((a) => isWriter(probeOf(col.table, col.column, op, a)));
      // The first example as every actor that may try (those whose writes do
      // not get through are stopped before any value matters); the other
      // examples and the generated values as those whose writes get through.
      for (const [i, v] of cls.examples.entries()) await tryValue(col, cls, op, i === 0 ? actors : writing, v);
      if (cls.runs > 0 && writing.length > 0) {
        await fc.assert(
          fc.asyncProperty(cls.arbitrary, (v) => tryValue(col, cls, op, writing, v)),
          { seed: seedOf(`${col.table}.${col.column} ${name} ${op}`), numRuns: cls.runs },
        );
      }
    }
    const [after] = await rowsOf<{ digest: string }>(tenantDigest);
    expect(after?.digest, 'the tenant\'s rows in every table').toBe(baselines.get(tenantDigest));
  });
});
