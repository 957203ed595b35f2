/**
 * Tenant isolation, cell by cell: every relation and function the API roles can
 * reach in the exposed schemas (supabase/config.toml, api.schemas), tried with
 * every operation as anon, a signed-in outsider, the owner of another tenant
 * and the viewer, admin and owner of the tenant, compared with the expected
 * matrix in tests/support/access-matrix.ts.
 *
 * Each attempt runs in its own transaction through asUser (the path server
 * code takes) and is rolled back, so the suite's own tenants iso-a-<pid> and
 * iso-b-<pid> are the same for every attempt; they are committed in beforeAll
 * and deleted in afterAll.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql, type RawBuilder, type Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, type Claims } from '../src/as-user.ts';
import { createDb } from '../src/db.ts';
import type { DB } from '../types/database.ts';
import { ACTORS, MATRIX, RELATION_OPS, type Actor, type Cells, type Fixture, type RelationEntry } from './support/access-matrix.ts';
import { connect, url } from './support/db.ts';

const { rows } = connect();
const db = createDb(url, { max: 2 });
afterAll(() => db.destroy());

const pid = process.pid;
const digits = String(pid).padStart(7, '0').slice(-7);
const f: Fixture = {
  a: `iso-a-${pid}`,
  b: `iso-b-${pid}`,
  spare: { id: `iso-c-${pid}`, number: `+1999${digits}3` },
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

function claims(actor: Actor): Claims {
  return actor === 'anon' ? { role: 'anon' } : { role: 'authenticated', sub: f.users[actor] };
}

beforeAll(async () => {
  // Leftovers of an earlier run of this pid that could not clean up.
  await rows(`delete from public.phone_numbers where id in ($1, $2, $3)`, [f.a, f.b, f.spare.id]);
  await rows(`delete from auth.users where email like $1`, [`iso-%-${pid}@isolation.test`]);
  const users = Object.entries(f.users);
  await rows(
    `insert into auth.users (id, aud, role, email)
     select u.id::uuid, 'authenticated', 'authenticated', 'iso-' || u.actor || '-' || $3 || '@isolation.test'
       from unnest($1::text[], $2::text[]) as u(actor, id)`,
    [users.map(([actor]) => actor), users.map(([, id]) => id), pid],
  );
  await rows(
    `insert into public.phone_numbers (id, number, business_name) values ($1, $3, 'Isolation A'), ($2, $4, 'Isolation B')`,
    [f.a, f.b, `+1999${digits}1`, `+1999${digits}2`],
  );
  await rows(
    `insert into public.phone_members (phone_id, user_id, role)
     values ($1, $3, 'viewer'), ($1, $4, 'admin'), ($1, $5, 'owner'), ($2, $6, 'owner')`,
    [f.a, f.b, f.users.viewer, f.users.admin, f.users.owner, f.users.other],
  );
  // Calls also create iso-a's daily_call_stats row; voice_settings came with the phone number.
  await rows(
    `insert into public.calls (phone_id, id, call_sid, caller_number, status)
     values ($1, $2, 'CAISOLATION1', '+14155550141', 'ringing'), ($1, $3, 'CAISOLATION2', '+14155550141', 'ringing')`,
    [f.a, f.callId, f.callWithoutMetadataId],
  );
  await rows(`insert into public.call_metadata (phone_id, call_id, tags) values ($1, $2, '{fixture}')`, [f.a, f.callId]);
  await rows(`insert into public.call_turns (phone_id, call_id, sequence, offset_ms, speaker, content)
              values ($1, $2, 0, 0, 'assistant', 'Hello, isolation A.'), ($1, $2, 1, 2500, 'caller', 'Hi there.')`, [f.a, f.callId]);
  await rows(`insert into public.conversation_rules (phone_id, rule_type, actions) values ($1, 'greeting', '{"say": "Hi"}')`, [f.a]);
  await rows(`insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ($1, 1, '09:00', '17:00')`, [f.a]);
  await rows(`insert into public.business_closures (phone_id, starts_on, ends_on, reason) values ($1, '2030-12-24', '2030-12-26', 'Holidays')`, [f.a]);
  await rows(`insert into public.phone_invitations (phone_id, id, email, role) values ($1, $2, 'pending@isolation.test', 'viewer')`,
    [f.a, f.invitationId]);
  await rows(`insert into public.live_calls (phone_id, call_sid) values ($1, 'CAISOLATIONLIVE1')`, [f.a]);
  await rows(`insert into public.webhook_events (phone_id, provider, provider_event_id, event_type) values ($1, 'twilio', 'EVISOLATION1', 'call.completed')`, [f.a]);
  await rows(`insert into public.api_keys (phone_id, id, name, prefix, scopes) values ($1, $2, 'Isolation fixture', 'rk_isolatio', '{calls:read}')`,
    [f.a, f.apiKeyId]);
  await rows(`insert into private.api_key_hashes (phone_id, key_id, secret_hash) values ($1, $2, extensions.digest($3, 'sha256'))`,
    [f.a, f.apiKeyId, `rk_isolation${pid}`]);
  // Two versions of iso-a's greeting (numbered by the database), the second active.
  await rows(`insert into public.prompt_versions (phone_id, kind, body, created_by)
              values ($1, 'greeting', 'Hello, isolation A.', $2), ($1, 'greeting', 'Hello again, isolation A.', $2)`,
    [f.a, f.users.admin]);
  await rows(`update public.active_prompts set version = 2 where phone_id = $1 and kind = 'greeting'`, [f.a]);
  await rows(
    `insert into public.campaigns (phone_id, id, name, caller_id, window_start, window_end, status)
     values ($1, $2, 'Isolation paused', '+14155550140', '09:00', '17:00', 'paused'),
            ($1, $3, 'Isolation draft', '+14155550140', '09:00', '17:00', 'draft')`,
    [f.a, f.campaignId, f.draftCampaignId],
  );
  await rows(
    `insert into public.campaign_contacts (phone_id, campaign_id, number)
     values ($1, $2, '+14155550147'), ($1, $2, '+14155550148'), ($1, $3, '+14155550149')`,
    [f.a, f.campaignId, f.draftCampaignId],
  );
  await rows(`insert into public.resources (phone_id, id, name, kind) values ($1, $2, 'Dr Iso', 'staff'), ($1, $3, 'Room Iso', 'room')`,
    [f.a, f.resourceId, f.spareResourceId]);
  // Within the Monday hours above (iso-a's time zone is UTC).
  await rows(`insert into public.appointments (phone_id, caller_number, resource_id, starts_at, ends_at)
              values ($1, '+14155550143', $2, '2031-01-06 09:00+00', '2031-01-06 09:30+00')`, [f.a, f.resourceId]);
});

afterAll(async () => {
  await rows(`delete from public.phone_numbers where id in ($1, $2)`, [f.a, f.b]);
  await rows(`delete from auth.users where id = any ($1::uuid[])`, [Object.values(f.users)]);
});

// Attempts -----------------------------------------------------------------------

/** What one attempt did: the matrix cell, and the database's words for the failure message. */
type Observation = { cell: string; detail: string };

/** Thrown out of asUser's callback to roll the attempt back. */
class Rollback {
  constructor(readonly observation: Observation) {}
}

/** A database error as a cell: which 42501 barrier stopped it, or the SQLSTATE. */
function classify(e: unknown): Observation {
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || typeof message !== 'string') throw e;
  const detail = `${code} ${message}`;
  if (code === '42501' && message.includes('row-level security')) return { cell: 'rls', detail };
  if (code === '42501' && message.startsWith('permission denied')) return { cell: 'denied', detail };
  return { cell: code, detail };
}

/**
 * Runs `statement` as `actor` in a transaction that is always rolled back.
 * `before` runs first with the session user's rights (the tables' owner), for
 * setup that must be undone with the attempt.
 */
async function attempt(
  actor: Actor,
  statement: (trx: Transaction<DB>) => Promise<Observation>,
  before?: RawBuilder<unknown>,
): Promise<Observation> {
  const who = claims(actor);
  try {
    await asUser(db, who, async (trx) => {
      if (before) {
        await sql`select set_config('role', session_user::text, true)`.execute(trx);
        await before.execute(trx);
        await sql`select set_config('role', ${who.role}, true)`.execute(trx);
      }
      let observation: Observation;
      try {
        observation = await statement(trx);
      } catch (e) {
        observation = classify(e);
      }
      throw new Rollback(observation);
    });
  } catch (e) {
    if (e instanceof Rollback) return e.observation;
    throw e;
  }
  throw new Error('the attempt committed instead of rolling back');
}

const where = (values: Record<string, unknown>) =>
  sql.join(Object.entries(values).map(([column, value]) => sql`${sql.ref(column)} = ${value}`), sql` and `);

function affected(n: bigint | undefined, onSome: string): Observation {
  return { cell: (n ?? 0n) > 0n ? onSome : 'none', detail: `${n ?? 0n} rows` };
}

function relationStatement(name: string, entry: RelationEntry, op: (typeof RELATION_OPS)[number]) {
  const table = sql.table(name);
  const { probe } = entry;
  const target = (probe.target ?? probe.rows)(f);
  return async (trx: Transaction<DB>): Promise<Observation> => {
    switch (op) {
      case 'select': {
        const r = await sql<{ n: number }>`select count(*)::int as n from ${table} where ${where(probe.rows(f))}`.execute(trx);
        const n = r.rows[0]?.n ?? 0;
        return { cell: n > 0 ? 'rows' : 'none', detail: `${n} rows` };
      }
      case 'insert': {
        const row = Object.entries(probe.insert(f));
        const r = await sql`insert into ${table} (${sql.join(row.map(([c]) => sql.ref(c)))}) values (${sql.join(row.map(([, v]) => v))})`.execute(trx);
        return affected(r.numAffectedRows, 'ok');
      }
      case 'update': {
        const set = Object.entries(probe.update(f)).map(([c, v]) => sql`${sql.ref(c)} = ${v}`);
        const r = await sql`update ${table} set ${sql.join(set)} where ${where(target)}`.execute(trx);
        return affected(r.numAffectedRows, 'rows');
      }
      case 'delete': {
        const r = await sql`delete from ${table} where ${where(target)}`.execute(trx);
        return affected(r.numAffectedRows, 'rows');
      }
    }
  };
}

function functionStatement(name: string, args: unknown[], found?: RawBuilder<unknown>) {
  const fn = sql.ref(name.slice(0, name.indexOf('(')));
  const call = sql`${fn}(${args.length > 0 ? sql.join(args) : sql``})`;
  return async (trx: Transaction<DB>): Promise<Observation> => {
    if (!found) {
      await sql`select ${call}`.execute(trx);
      return { cell: 'ok', detail: 'returned' };
    }
    const r = await sql<{ n: number }>`select count(*)::int as n from ${call} as r where ${found}`.execute(trx);
    const n = r.rows[0]?.n ?? 0;
    return { cell: n > 0 ? 'rows' : 'none', detail: `${n} rows` };
  };
}

/** Observed and expected cells of one object, per operation and actor, and the differences spelled out. */
async function observe(name: string) {
  const entry = MATRIX[name];
  if (!entry) throw new Error(`no matrix entry for ${name}`);
  const ops =
    entry.kind === 'relation'
      ? RELATION_OPS.map((op) => [op, entry[op], relationStatement(name, entry, op), entry.probe.before?.[op]?.(f)] as const)
      : ([['execute', entry.execute, functionStatement(name, entry.args(f), entry.found?.(f)), undefined]] as const);
  const observed: Record<string, Record<string, string>> = {};
  const expected: Record<string, Record<string, string>> = {};
  const differences: string[] = [];
  for (const [op, cells, statement, before] of ops) {
    observed[op] = {};
    expected[op] = {};
    for (const [i, actor] of ACTORS.entries()) {
      const want = (cells as Cells)[i] ?? '(missing)';
      const got = await attempt(actor, statement, before);
      observed[op][actor] = got.cell;
      expected[op][actor] = want;
      if (got.cell !== want) differences.push(`${name} ${op} as ${actor}: expected ${want}, got ${got.cell} (${got.detail})`);
    }
  }
  return { observed, expected, differences };
}

// The catalog ----------------------------------------------------------------------

/** api.schemas from supabase/config.toml: the schemas PostgREST exposes. */
function exposedSchemas(): string[] {
  const toml = readFileSync(new URL('../supabase/config.toml', import.meta.url), 'utf8');
  const api = /^\[api\][^\S\n]*\n([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(toml)?.[1] ?? '';
  const list = /^\s*schemas\s*=\s*\[([^\]]*)\]/m.exec(api)?.[1];
  if (list === undefined) throw new Error('supabase/config.toml has no [api] schemas');
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** Relations and functions anon or authenticated can reach in the exposed schemas, extensions' own left out. */
async function reachable(): Promise<string[]> {
  const found = await rows<{ name: string }>(
    `with api(rolname) as (values ('anon'), ('authenticated'))
     select format('%s.%s', n.nspname, c.relname) as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = any ($1) and c.relkind in ('r', 'p', 'v', 'm', 'f')
        and not exists (select 1 from pg_depend d
                         where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
        and exists (select 1 from api
                     where has_schema_privilege(api.rolname, n.oid, 'USAGE')
                       and (has_table_privilege(api.rolname, c.oid, 'SELECT, INSERT, UPDATE, DELETE')
                            or has_any_column_privilege(api.rolname, c.oid, 'SELECT, INSERT, UPDATE')))
     union all
     select format('%s.%s(%s)', n.nspname, p.proname, pg_catalog.oidvectortypes(p.proargtypes))
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = any ($1) and p.prokind in ('f', 'p')
        and not exists (select 1 from pg_depend d
                         where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
        and exists (select 1 from api
                     where has_schema_privilege(api.rolname, n.oid, 'USAGE')
                       and has_function_privilege(api.rolname, p.oid, 'EXECUTE'))
      order by 1`,
    [exposedSchemas()],
  );
  return found.map((r) => r.name);
}

describe('tenant isolation matrix', () => {
  it('has an entry for every relation and function the API roles can reach, and for nothing else', async () => {
    expect(exposedSchemas()).toContain('public');
    const found = await reachable();
    const listed = Object.keys(MATRIX);
    expect({
      'reachable without an entry in tests/support/access-matrix.ts': found.filter((name) => !listed.includes(name)),
      'entries in tests/support/access-matrix.ts for objects the API roles cannot reach': listed.filter((name) => !found.includes(name)),
    }).toEqual({
      'reachable without an entry in tests/support/access-matrix.ts': [],
      'entries in tests/support/access-matrix.ts for objects the API roles cannot reach': [],
    });
  });

  it.each(Object.keys(MATRIX))('%s: every actor gets what the matrix says', async (name) => {
    const { observed, expected, differences } = await observe(name);
    expect(observed, differences.join('\n')).toEqual(expected);
  });
});
