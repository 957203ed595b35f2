/**
 * Query plans of the appointment screens (src/queries.ts) on production-sized
 * data, as tests/plans.test.ts does for calls.
 *
 * One connection opens a transaction and generates ~108k appointments over 300
 * phone numbers in five time zones (10000/k + 150 for phone k: a large
 * practice of 10,150 and many small ones of 150 to 200), from a year ago to
 * three months ahead, every day 08:00-18:00 local in half-hour slots on two
 * resources per phone; past ones completed (some canceled or no-shows), coming
 * ones booked or confirmed (some canceled), then ANALYZE, all rolled back at
 * the end. Each query runs through asUser, as the app runs it, for a member of
 * the large and of a small tenant (tests/support/setup-transaction.ts turns
 * asUser's transaction into a savepoint of the setup transaction), and the
 * statement it sent is EXPLAINed with the same parameters, role and claims.
 *
 * Each screen must be served by its index in start order (no Sort of the
 * tenant's appointments), never scan appointments sequentially, return rows,
 * and read only the index entries of its window and the 12 hours before it.
 * No planner switch is touched.
 */
import { randomUUID } from 'node:crypto';
import { CompiledQuery, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser } from '../src/as-user.ts';
import { read as pgrstRead } from '../src/bench/postgrest.ts';
import { MAX_APPOINTMENT_HOURS, todaysAppointments, weeksAppointments } from '../src/queries.ts';
import type { DB } from '../types/database.ts';
import { url } from './support/db.ts';
import { explain, nodes, setupTransactionDb, type PlanNode } from './support/setup-transaction.ts';

const prefix = `aplan-${process.pid}`;
const userId = randomUUID();
const claims = { role: 'authenticated', sub: userId } as const;
const PHONES = 300;

const tenants = {
  large: { phoneId: `${prefix}-0001`, role: 'admin' },
  small: { phoneId: `${prefix}-0200`, role: 'viewer' },
} as const;
type TenantName = keyof typeof tenants;

/**
 * What each tenant's screens ask for: a moment at which its day has
 * appointments (the start of its next booked one), its staff member, and the
 * local bounds of that day and week.
 */
type Fixture = { at: Date; staffId: string; day: { from: Date; to: Date }; week: { from: Date; to: Date } };
const fixtures = new Map<TenantName, Fixture>();

const client = new pg.Client({ connectionString: url });
let setupMs = 0;

const setup: [sql: string, params?: unknown[]][] = [
  [
    `create temp table aplan_phones as
     select k, $1::text || '-' || lpad(k::text, 4, '0') as id,
            '+4478' || lpad(($2::int % 10000)::text, 4, '0') || lpad(k::text, 4, '0') as number,
            (array['America/New_York', 'Europe/London', 'America/Los_Angeles', 'UTC', 'Asia/Tokyo'])[1 + k % 5] as tz,
            10000 / k + 150 as n
       from generate_series(1, ${PHONES}) k`,
    [prefix, process.pid],
  ],
  [`insert into public.phone_numbers (id, number, business_name, timezone) select id, number, 'Plan ' || k, tz from aplan_phones`],
  [
    `insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
     select id, d, '08:00', '18:00' from aplan_phones, generate_series(0, 6) d`,
  ],
  [
    `insert into public.resources (phone_id, name, kind)
     select id, r.name, r.kind::public.resource_kind from aplan_phones, (values ('Staff', 'staff'), ('Room', 'room')) r(name, kind)`,
  ],
  // Appointment s of phone k: day s * 455 / n from a year ago (local), slot
  // s % 40 (twenty half-hours from 08:00, alternating staff and room). Two
  // appointments of one slot are 40 apart in s, so at least a day apart: no
  // resource is double-booked.
  [
    `create temp table aplan_appointments as
     select p.id as phone_id, '+1555' || lpad(((p.k * 7919 + s * 104729) % 10000000)::text, 7, '0') as caller_number,
            r.id as resource_id, t.starts_at, t.starts_at + interval '30 minutes' as ends_at,
            case when t.starts_at + interval '30 minutes' <= now()
                   then (case when s % 25 = 0 then 'no_show' when s % 12 = 0 then 'canceled' else 'completed' end)
                 when s % 10 = 0 then 'canceled' when s % 3 = 0 then 'confirmed' else 'booked' end::public.appointment_status as status
       from aplan_phones p
      cross join generate_series(0, p.n - 1) s
       join public.resources r on r.phone_id = p.id and r.kind = (case when s % 2 = 0 then 'staff' else 'room' end)::public.resource_kind
      cross join lateral (
        select (((now() at time zone p.tz)::date - 365 + (s * 455 / p.n)::int) + time '08:00' + (s % 40 / 2) * interval '30 minutes')
                 at time zone p.tz as starts_at) t`,
  ],
  // Oldest first, as bookings accumulate; the coming ones through the hours check.
  [
    `insert into public.appointments (phone_id, caller_number, resource_id, starts_at, ends_at, status)
     select * from aplan_appointments order by starts_at`,
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
  ...['public.phone_numbers', 'public.phone_members', 'public.resources', 'public.appointments'].map(
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
    const { rows } = await client.query<{ at: Date; staffId: string; dayFrom: Date; dayTo: Date; weekFrom: Date; weekTo: Date }>(
      `with f as (
         select (select min(a.starts_at) from public.appointments a
                  where a.phone_id = p.id and a.starts_at >= now() and a.status in ('booked', 'confirmed')) as at,
                (select r.id from public.resources r where r.phone_id = p.id and r.kind = 'staff') as staff_id,
                p.timezone as tz
           from public.phone_numbers p where p.id = $1)
       select at, staff_id as "staffId",
              (at at time zone tz)::date::timestamp at time zone tz as "dayFrom",
              ((at at time zone tz)::date + 1)::timestamp at time zone tz as "dayTo",
              date_trunc('week', at at time zone tz) at time zone tz as "weekFrom",
              (date_trunc('week', at at time zone tz) + interval '7 days') at time zone tz as "weekTo"
         from f`,
      [phoneId],
    );
    const r = rows[0];
    if (!r?.at || !r.staffId) throw new Error(`no fixture data for ${phoneId}`);
    fixtures.set(name, {
      at: r.at, staffId: r.staffId, day: { from: r.dayFrom, to: r.dayTo }, week: { from: r.weekFrom, to: r.weekTo },
    });
  }
});

afterAll(async () => {
  await client.query('rollback');
  await client.end();
});

const { db, driver } = setupTransactionDb(client);

type Explained<T> = { result: T; plan: PlanNode; text: string; read: number };

/**
 * Runs one query through asUser, counting the index entries it read of
 * appointments_phone_starts_idx and appointments_resource_starts_idx, then
 * EXPLAINs the statement it sent with the same parameters, in the same
 * transaction: same role, claims and role settings.
 */
async function asMember<T>(run: (trx: Transaction<DB>) => Promise<T>): Promise<Explained<T>> {
  const counted = sql<{ n: string }>`
    select pg_stat_get_xact_tuples_returned('public.appointments_phone_starts_idx'::regclass)
         + pg_stat_get_xact_tuples_returned('public.appointments_resource_starts_idx'::regclass) as n`;
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

function expectIndex(e: Explained<unknown>, index: string): void {
  const used = nodes(e.plan).flatMap((n) => (n['Index Name'] ? [n['Index Name']] : []));
  expect(used, `${index} is not in the plan of\n${e.text}`).toContain(index);
}

/** No sequential scan of appointments and no Sort: the index gives the start order. */
function expectIndexOrder(e: Explained<unknown>): void {
  const all = nodes(e.plan);
  expect(all.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'appointments').length, e.text).toBe(0);
  expect(all.map((n) => n['Node Type']), e.text).not.toContain('Sort');
  expect(all.map((n) => n['Node Type']), e.text).not.toContain('Incremental Sort');
}

/** How many of the tenant's appointments (of one resource) start from 12 hours before `from` to `to`: the index range. */
async function indexRange(phoneId: string, w: { from: Date; to: Date }, resourceId?: string): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `select count(*)::int as n from public.appointments
      where phone_id = $1 and starts_at >= $2::timestamptz - make_interval(hours => $4::int) and starts_at < $3
        and ($5::uuid is null or resource_id = $5)`,
    [phoneId, w.from, w.to, MAX_APPOINTMENT_HOURS, resourceId ?? null],
  );
  return rows[0]!.n;
}

/** The tenant's appointments overlapping the window, ids in start order, read as postgres. */
async function expected(phoneId: string, w: { from: Date; to: Date }, resourceId?: string): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `select id from public.appointments
      where phone_id = $1 and starts_at < $3 and ends_at > $2 and ($4::uuid is null or resource_id = $4)
      order by starts_at, id`,
    [phoneId, w.from, w.to, resourceId ?? null],
  );
  return rows.map((r) => r.id);
}

function fixture(name: TenantName): Fixture {
  const f = fixtures.get(name);
  if (!f) throw new Error(`no fixture for ${name}`);
  return f;
}

describe('the generated data', () => {
  it('has the size and shape the plans are meant for', async ({ annotate }) => {
    await annotate(`generated and analyzed in ${(setupMs / 1000).toFixed(1)} s`);
    const { rows } = await client.query<{ phones: number; appointments: number; largest: number; small: number }>(
      `select (select count(*)::int from public.phone_numbers where id like $1 || '-%') as phones,
              (select count(*)::int from public.appointments where phone_id like $1 || '-%') as appointments,
              (select count(*)::int from public.appointments where phone_id = $2) as largest,
              (select count(*)::int from public.appointments where phone_id = $3) as small`,
      [prefix, tenants.large.phoneId, tenants.small.phoneId],
    );
    expect(rows[0]).toEqual({ phones: PHONES, appointments: 107_690, largest: 10_150, small: 200 });
  });
});

describe.each(Object.keys(tenants) as TenantName[])('as a member of the %s tenant', (name) => {
  const { phoneId } = tenants[name];

  it('todaysAppointments: the local day in start order from appointments_phone_starts_idx, reading only its range', async () => {
    const { at, day } = fixture(name);
    const e = await asMember((trx) => todaysAppointments(trx, { phoneId, at }));
    expect(e.result.map((a) => a.id)).toEqual(await expected(phoneId, day));
    expect(e.result.length).toBeGreaterThan(0);
    expectIndex(e, 'appointments_phone_starts_idx');
    expectIndexOrder(e);
    expect(e.read, e.text).toBe(await indexRange(phoneId, day));
  });

  it('weeksAppointments: the local week (Monday to Sunday) the same way', async () => {
    const { at, week } = fixture(name);
    const e = await asMember((trx) => weeksAppointments(trx, { phoneId, at }));
    expect(e.result.map((a) => a.id)).toEqual(await expected(phoneId, week));
    expect(e.result.length).toBeGreaterThan(0);
    expectIndex(e, 'appointments_phone_starts_idx');
    expectIndexOrder(e);
    expect(e.read, e.text).toBe(await indexRange(phoneId, week));
  });

  // The large tenant's staff member is read from appointments_resource_starts_idx,
  // only that resource's range. A small tenant's whole week is a handful of
  // entries, and the planner rightly reads them from appointments_phone_starts_idx
  // and filters by resource: still in order, within the phone's range.
  it('a staff member\'s week: from its own index range, in order', async () => {
    const { at, week, staffId } = fixture(name);
    const e = await asMember((trx) => weeksAppointments(trx, { phoneId, at, resourceId: staffId }));
    expect(e.result.map((a) => a.id)).toEqual(await expected(phoneId, week, staffId));
    expect(e.result.length).toBeGreaterThan(0);
    expectIndexOrder(e);
    if (name === 'large') {
      expectIndex(e, 'appointments_resource_starts_idx');
      expect(e.read, e.text).toBe(await indexRange(phoneId, week, staffId));
    } else {
      expect(e.read, e.text).toBeLessThanOrEqual(await indexRange(phoneId, week));
    }
  });

  it('the week as supabase-js asks (starts_at from 12 hours before, ends_at after the start, ordered): appointments_phone_starts_idx', async () => {
    const { week } = fixture(name);
    const lookBack = new Date(week.from.getTime() - MAX_APPOINTMENT_HOURS * 3_600_000);
    const statement = pgrstRead('appointments', {
      filters: [
        ['phone_id', 'eq', phoneId],
        ['starts_at', 'gte', lookBack.toISOString()],
        ['starts_at', 'lt', week.to.toISOString()],
        ['ends_at', 'gt', week.from.toISOString()],
      ],
      order: [['starts_at', 'asc'], ['id', 'asc']],
    });
    const e = await asMember(async (trx) => (await trx.executeQuery(CompiledQuery.raw(statement.sql, statement.params))).rows);
    const body = (e.result[0] as { body: { id: string }[] }).body;
    expect(body.map((a) => a.id)).toEqual(await expected(phoneId, week));
    expectIndex(e, 'appointments_phone_starts_idx');
    expectIndexOrder(e);
  });
});
