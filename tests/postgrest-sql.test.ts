/**
 * The statements src/bench/postgrest.ts renders for the app's supabase-js
 * requests run as a signed-in member (asUser: role authenticated, the JWT
 * claims, row level security) and answer what the equivalent plain query
 * answers for the same member: the same rows in the same order in `body`,
 * the right `page_total`, and with count=exact the real count in
 * `total_result_set`. The text has PostgREST's shape, and the function
 * signatures and foreign keys the renderer relies on match the catalog.
 *
 * Read-only: every statement runs in a transaction that changes nothing.
 */
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser } from '../src/as-user.ts';
import { FOREIGN_KEYS, MAX_ROWS, read, routineFromCatalog, ROUTINES, rpc, type PgrstStatement } from '../src/bench/postgrest.ts';
import { createDb } from '../src/db.ts';
import { connect, url } from './support/db.ts';

const { pool, rows } = connect(); // postgres: fixtures and catalog reads
const db = createDb(url, { max: 2 });
afterAll(() => db.destroy());

const ALICE = '00000000-0000-4000-8000-0000000000a1'; // owner of acme-dental
const MAX = '00000000-0000-4000-8000-0000000000c1'; // member of both phones
const ACME = 'acme-dental';
const BELLA = 'bella-salon';

type Response = {
  total_result_set: string | null;
  page_total: string | number;
  body: unknown;
  response_headers: string | null;
  response_status: string | null;
  response_inserted: string;
};
type Json = Record<string, unknown>;

const claims = (sub: string) => ({ role: 'authenticated' as const, sub, aud: 'authenticated' });

/** The rendered statement as `user`, in the transaction mode PostgREST would use: its one row. */
async function send(user: string, stmt: PgrstStatement): Promise<Response> {
  const result = await asUser(db, claims(user), (trx) => trx.executeQuery<Response>(CompiledQuery.raw(stmt.sql, stmt.params)), {
    readOnly: stmt.readOnly,
  });
  expect(result.rows).toHaveLength(1);
  return result.rows[0] as Response;
}

/** A plain query as `user` (same policies): the column `j` of every row. */
async function plain<T = Json>(user: string, text: string, params: unknown[] = []): Promise<T[]> {
  const result = await asUser(db, claims(user), (trx) => trx.executeQuery<{ j: T }>(CompiledQuery.raw(text, params)), { readOnly: true });
  return result.rows.map((r) => r.j);
}

const ids = (body: unknown) => (body as Json[]).map((r) => r.id);
const count = async (text: string, params: unknown[]) => Number((await rows<{ n: string }>(text, params))[0]?.n);

let withMetadata: { id: string };
let withoutMetadata: { id: string };
let caller: string;
let days: { from: string; to: string };

beforeAll(async () => {
  const calls = await rows<{ id: string; has: boolean }>(
    `select c.id, exists (select from public.call_metadata m where m.phone_id = c.phone_id and m.call_id = c.id) as has
       from public.calls c where c.phone_id = $1 order by c.created_at desc, c.id`,
    [ACME],
  );
  withMetadata = calls.find((c) => c.has) ?? expect.fail('a call with metadata');
  withoutMetadata = calls.find((c) => !c.has) ?? expect.fail('a call without metadata');
  const callers = await rows<{ caller_number: string }>(
    'select caller_number from public.calls where phone_id = $1 group by 1 having count(*) > 3 order by count(*) desc, 1 limit 1',
    [ACME],
  );
  caller = callers[0]?.caller_number ?? expect.fail('a caller with several calls');
  const d = await rows<{ from: string; to: string }>(
    `select (max(day) - 30)::text as from, max(day)::text as to from public.daily_call_stats where phone_id = $1`,
    [ACME],
  );
  days = d[0] ?? expect.fail('daily stats');
});

describe('the SQL text', () => {
  it('is the statement PostgREST v12.2 sends for the call list', () => {
    const s = read('calls', {
      select: '*',
      filters: [['phone_id', 'eq', ACME]],
      order: [['created_at', 'desc'], ['id', 'desc']],
      limit: 20,
    });
    expect(s.sql).toBe(
      'WITH pgrst_source AS ( SELECT "public"."calls".* FROM "public"."calls"  WHERE  "public"."calls"."phone_id" = $1  ' +
        'ORDER BY "public"."calls"."created_at" DESC , "public"."calls"."id" DESC  LIMIT $2 OFFSET $3 )  ' +
        "SELECT null::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, coalesce(json_agg(_postgrest_t), '[]') AS body, " +
        "nullif(current_setting('response.headers', true), '') AS response_headers, nullif(current_setting('response.status', true), '') AS response_status, " +
        "'' AS response_inserted FROM ( SELECT * FROM pgrst_source ) _postgrest_t",
    );
    // Filter values, LIMIT and OFFSET are untyped text parameters.
    expect(s.params).toEqual([ACME, '20', '0']);
    expect(s.readOnly).toBe(true);
  });

  it('is the statement PostgREST v12.2 sends for an rpc with a JSON body', () => {
    const s = rpc('latest_calls', { phone_ids: [ACME], max_calls: 10 });
    expect(s.sql).toBe(
      'WITH pgrst_source AS (SELECT "pgrst_call".* FROM (SELECT $1::json AS json_data) pgrst_payload, ' +
        'LATERAL (SELECT "phone_ids", "max_calls" FROM json_to_record(pgrst_payload.json_data) AS _("phone_ids" text[], "max_calls" integer) LIMIT 1) pgrst_body , ' +
        'LATERAL "public"."latest_calls"("phone_ids" := pgrst_body."phone_ids", "max_calls" := pgrst_body."max_calls") pgrst_call) ' +
        "SELECT null::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, coalesce(json_agg(_postgrest_t), '[]') AS body, " +
        "nullif(current_setting('response.headers', true), '') AS response_headers, nullif(current_setting('response.status', true), '') AS response_status, " +
        `'' AS response_inserted FROM (SELECT "calls".* FROM "pgrst_source" AS "calls"     LIMIT $2 OFFSET $3) _postgrest_t`,
    );
    expect(s.params).toEqual([JSON.stringify({ phone_ids: [ACME], max_calls: 10 }), String(MAX_ROWS), '0']);
  });

  it.each([
    ['list', read('calls', { filters: [['phone_id', 'eq', ACME]], order: [['created_at', 'desc']], limit: 20 })],
    ['embed', read('calls', { select: '*,call_metadata(*)', filters: [['phone_id', 'eq', ACME]] })],
    ['count', read('calls', { count: 'exact', head: true })],
    ['rpc', rpc('is_open', { p_phone_id: ACME })],
  ])('has the PostgREST shape (%s)', (_, s) => {
    expect(s.sql.startsWith('WITH pgrst_source AS')).toBe(true);
    expect(s.sql).toContain('_postgrest_t');
    expect(s.sql).toContain('AS total_result_set, ');
    // Every placeholder has its parameter, numbered in order.
    const used = [...s.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
    expect(used).toEqual(s.params.map((_, i) => i + 1));
  });

  it('embeds the one-to-one call_metadata as an object and the one-to-many calls as an array', () => {
    expect(read('calls', { select: '*,call_metadata(*)' }).sql).toContain(
      'row_to_json("calls_call_metadata_1".*)::jsonb AS "call_metadata" FROM "public"."calls" LEFT JOIN LATERAL ( SELECT "call_metadata_1".* FROM "public"."call_metadata" AS "call_metadata_1"  ' +
        'WHERE "call_metadata_1"."phone_id" = "public"."calls"."phone_id" AND "call_metadata_1"."call_id" = "public"."calls"."id"',
    );
    expect(read('phone_numbers', { select: 'id,calls(id)' }).sql).toContain(
      `COALESCE( "phone_numbers_calls_1"."phone_numbers_calls_1", '[]') AS "calls" FROM "public"."phone_numbers" LEFT JOIN LATERAL ( SELECT json_agg("phone_numbers_calls_1")::jsonb AS "phone_numbers_calls_1" FROM (`,
    );
  });

  it('refuses what it does not render', () => {
    expect(() => read('calls', { select: 'id:call_sid' })).toThrow(/unsupported select/);
    expect(() => read('calls', { select: '*,voice_settings(*)' })).toThrow(/no relationship/);
    expect(() => rpc('search_calls', { query: 'x' })).toThrow(/missing phone_id/);
    expect(() => rpc('latest_calls', { nope: 1 })).toThrow(/unknown nope/);
  });
});

describe('what the renderer relies on matches the catalog', () => {
  it.each(Object.keys(ROUTINES))('the signature of %s', async (fn) => {
    expect(await routineFromCatalog(pool, fn)).toEqual(ROUTINES[fn]);
  });

  it('the foreign keys, one-to-one when the referencing columns are a primary or unique key', async () => {
    // allM2OandO2ORels: the foreign key's columns (in attnum order) equal a primary or unique key's.
    const found = await rows<{ name: string; table: string; columns: string[]; references: string; refColumns: string[]; oneToOne: boolean }>(
      `select f.conname as name, f.conrelid::regclass::text as table,
              (select array_agg(a.attname::text order by k.ord) from unnest(f.conkey) with ordinality k(n, ord)
                 join pg_attribute a on a.attrelid = f.conrelid and a.attnum = k.n) as columns,
              f.confrelid::regclass::text as references,
              (select array_agg(a.attname::text order by k.ord) from unnest(f.confkey) with ordinality k(n, ord)
                 join pg_attribute a on a.attrelid = f.confrelid and a.attnum = k.n) as "refColumns",
              exists (select from pg_constraint u where u.conrelid = f.conrelid and u.contype in ('p', 'u')
                         and (select array_agg(x order by x) from unnest(u.conkey) x) = (select array_agg(x order by x) from unnest(f.conkey) x)) as "oneToOne"
         from pg_constraint f
        where f.contype = 'f' and f.connamespace = 'public'::regnamespace and f.conname = any ($1)`,
      [FOREIGN_KEYS.map((k) => k.name)],
    );
    expect(found.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      FOREIGN_KEYS.map((k) => ({ ...k, columns: [...k.columns], refColumns: [...k.refColumns] })).sort((a, b) => a.name.localeCompare(b.name)),
    );
    // Only one foreign key between calls and call_metadata, so the embed is not ambiguous.
    expect(await count(`select count(*) as n from pg_constraint where contype = 'f' and conrelid = 'public.call_metadata'::regclass and confrelid = 'public.calls'::regclass`, [])).toBe(1);
  });
});

describe('table reads run as a member answer what the plain query answers', () => {
  it("a phone's call list: select=*&phone_id=eq.X&order=created_at.desc,id.desc&limit=20", async () => {
    const r = await send(ALICE, read('calls', { select: '*', filters: [['phone_id', 'eq', ACME]], order: [['created_at', 'desc'], ['id', 'desc']], limit: 20 }));
    const expected = await plain(ALICE, 'select to_json(c) as j from public.calls c where c.phone_id = $1 order by c.created_at desc, c.id desc limit 20', [ACME]);
    expect(expected).toHaveLength(20);
    expect(r.body).toEqual(expected);
    expect(Number(r.page_total)).toBe(20);
    expect(r.total_result_set).toBeNull();
    expect(r.response_headers).toBeNull();
    expect(r.response_status).toBeNull();
  });

  it("another tenant's calls are not there (row level security applies)", async () => {
    const r = await send(ALICE, read('calls', { filters: [['phone_id', 'eq', BELLA]], limit: 20 }));
    expect(r.body).toEqual([]);
    expect(Number(r.page_total)).toBe(0);
  });

  it.each([
    ['with', () => withMetadata],
    ['without', () => withoutMetadata],
  ])('a call %s metadata, embedded: select=*,call_metadata(*)&phone_id=eq.X&id=eq.Y', async (_, call) => {
    const { id } = call();
    const r = await send(ALICE, read('calls', { select: '*,call_metadata(*)', filters: [['phone_id', 'eq', ACME], ['id', 'eq', id]] }));
    const [c] = await plain(ALICE, 'select to_json(c) as j from public.calls c where c.phone_id = $1 and c.id = $2', [ACME, id]);
    const [m] = await plain(ALICE, 'select to_json(m) as j from public.call_metadata m where m.phone_id = $1 and m.call_id = $2', [ACME, id]);
    expect(r.body).toEqual([{ ...c, call_metadata: m ?? null }]);
    expect(Number(r.page_total)).toBe(1);
  });

  it('a call as .single() sends it: the object itself', async () => {
    const r = await send(ALICE, read('calls', { select: '*,call_metadata(*)', filters: [['phone_id', 'eq', ACME], ['id', 'eq', withMetadata.id]], single: true }));
    const [c] = await plain(ALICE, 'select to_json(c) as j from public.calls c where c.phone_id = $1 and c.id = $2', [ACME, withMetadata.id]);
    const [m] = await plain(ALICE, 'select to_json(m) as j from public.call_metadata m where m.phone_id = $1 and m.call_id = $2', [ACME, withMetadata.id]);
    expect(r.body).toEqual({ ...c, call_metadata: m });
    expect(Number(r.page_total)).toBe(1);
  });

  it("a caller's calls: select=*&phone_id=eq.X&caller_number=eq.N&order=created_at.desc&limit=20", async () => {
    const r = await send(ALICE, read('calls', { filters: [['phone_id', 'eq', ACME], ['caller_number', 'eq', caller]], order: [['created_at', 'desc']], limit: 20 }));
    const expected = await plain(ALICE, 'select to_json(c) as j from public.calls c where c.phone_id = $1 and c.caller_number = $2 order by c.created_at desc limit 20', [ACME, caller]);
    expect(expected.length).toBeGreaterThan(3);
    // Ties on created_at may come in either order: the order of times, and the same calls.
    expect((r.body as Json[]).map((x) => x.created_at)).toEqual(expected.map((x) => x.created_at));
    expect(ids(r.body).sort()).toEqual(ids(expected).sort());
    expect(Number(r.page_total)).toBe(expected.length);
  });

  it("a phone's callers: phone_id=eq.X&last_call_at=not.is.null&order=last_call_at.desc,caller_number.desc&limit=20", async () => {
    const s = read('callers', {
      filters: [['phone_id', 'eq', ACME], ['last_call_at', 'not.is', 'null']],
      order: [['last_call_at', 'desc'], ['caller_number', 'desc']],
      limit: 20,
    });
    // pgFmtFilter: NOT in front of the field, IS and a whitelisted keyword, no parameter.
    expect(s.sql).toContain('WHERE  "public"."callers"."phone_id" = $1 AND NOT "public"."callers"."last_call_at" IS NULL ');
    const r = await send(ALICE, s);
    const expected = await plain(ALICE,
      `select to_json(c) as j from public.callers c where c.phone_id = $1 and c.last_call_at is not null
        order by c.last_call_at desc, c.caller_number desc limit 20`, [ACME]);
    expect(expected).toHaveLength(20);
    expect(r.body).toEqual(expected);
  });

  it('active calls: status=in.(ringing,answered)', async () => {
    const r = await send(ALICE, read('calls', { filters: [['phone_id', 'eq', ACME], ['status', 'in', ['ringing', 'answered']]], order: [['created_at', 'desc'], ['id', 'desc']], limit: 100 }));
    const expected = await plain(ALICE, `select to_json(c) as j from public.calls c where c.phone_id = $1 and c.status in ('ringing', 'answered') order by c.created_at desc, c.id desc limit 100`, [ACME]);
    expect(expected.length).toBeGreaterThan(0);
    expect(r.body).toEqual(expected);
  });

  it('daily stats between two days: day=gte.F&day=lte.T&order=day.asc', async () => {
    const r = await send(ALICE, read('daily_call_stats', { filters: [['phone_id', 'eq', ACME], ['day', 'gte', days.from], ['day', 'lte', days.to]], order: [['day', 'asc']] }));
    const expected = await plain(ALICE, 'select to_json(s) as j from public.daily_call_stats s where s.phone_id = $1 and s.day between $2 and $3 order by s.day', [ACME, days.from, days.to]);
    expect(expected.length).toBeGreaterThan(5);
    expect(r.body).toEqual(expected);
    expect(Number(r.page_total)).toBe(expected.length);
  });

  it('count=exact with head: the count in total_result_set, no body', async () => {
    const real = await count('select count(*) as n from public.calls where phone_id = $1', [ACME]);
    const r = await send(ALICE, read('calls', { select: '*', filters: [['phone_id', 'eq', ACME]], count: 'exact', head: true }));
    expect(Number(r.total_result_set)).toBe(real);
    expect(Number(r.page_total)).toBe(Math.min(real, MAX_ROWS));
    expect(r.body).toBe('');
  });

  it('count=exact over the policy alone counts only my calls', async () => {
    const mine = await count('select count(*) as n from public.calls where phone_id = $1', [ACME]);
    const all = await count('select count(*) as n from public.calls', []);
    expect(all).toBeGreaterThan(mine);
    expect(Number((await send(ALICE, read('calls', { count: 'exact', head: true }))).total_result_set)).toBe(mine);
    expect(Number((await send(MAX, read('calls', { count: 'exact', head: true }))).total_result_set)).toBe(all);
  });

  it('count=exact with a page: the count and the page', async () => {
    const real = await count('select count(*) as n from public.calls where phone_id = $1', [BELLA]);
    const r = await send(MAX, read('calls', { filters: [['phone_id', 'eq', BELLA]], order: [['created_at', 'desc'], ['id', 'desc']], limit: 20, count: 'exact' }));
    expect(Number(r.total_result_set)).toBe(real);
    expect(Number(r.page_total)).toBe(20);
    expect(r.body).toEqual(await plain(MAX, 'select to_json(c) as j from public.calls c where c.phone_id = $1 order by c.created_at desc, c.id desc limit 20', [BELLA]));
  });

  it('a one-to-many embed: phone_numbers?select=id,calls(id)', async () => {
    const r = await send(ALICE, read('phone_numbers', { select: 'id,calls(id)', filters: [['id', 'eq', ACME]] }));
    const expected = await plain<string>(ALICE, 'select id as j from public.calls where phone_id = $1', [ACME]);
    const [phone] = r.body as Array<{ id: string; calls: Array<{ id: string }> }>;
    expect(phone?.id).toBe(ACME);
    expect(phone?.calls.map((c) => c.id).sort()).toEqual(expected.sort());
  });
});

describe('rpc calls run as a member answer what calling the function answers', () => {
  it('latest_calls with an empty body', async () => {
    const r = await send(MAX, rpc('latest_calls', {}));
    const expected = await plain(MAX, 'select to_json(c) as j from public.latest_calls() c');
    expect(expected).toHaveLength(50);
    expect(new Set(expected.map((c) => c.phone_id))).toEqual(new Set([ACME, BELLA]));
    expect(r.body).toEqual(expected);
    expect(Number(r.page_total)).toBe(50);
  });

  it('latest_calls with named arguments, select, order and limit', async () => {
    const r = await send(MAX, rpc('latest_calls', { phone_ids: [BELLA], max_calls: 10 }, { select: 'id,created_at', order: [['created_at', 'asc'], ['id', 'asc']], limit: 5 }));
    const expected = await plain(MAX, `select json_build_object('id', c.id, 'created_at', c.created_at) as j
      from public.latest_calls($1::text[], 10) c order by c.created_at, c.id limit 5`, [[BELLA]]);
    expect(expected).toHaveLength(5);
    expect(r.body).toEqual(expected);
  });

  it('call_counts over a month (returns table)', async () => {
    const r = await send(MAX, rpc('call_counts', { from_day: days.from, to_day: days.to }));
    const expected = await plain(MAX, 'select to_json(x) as j from public.call_counts($1::date, $2::date) x', [days.from, days.to]);
    expect(expected).toHaveLength(1);
    expect(Number(expected[0]?.total_calls)).toBeGreaterThan(0);
    expect(r.body).toEqual(expected);
    expect(Number(r.page_total)).toBe(1);
  });

  it('search_calls with a query and max_calls', async () => {
    const r = await send(ALICE, rpc('search_calls', { phone_id: ACME, query: 'toothache', max_calls: 20 }));
    const expected = await plain(ALICE, 'select to_json(c) as j from public.search_calls(phone_id => $1, query => $2, max_calls => 20) c', [ACME, 'toothache']);
    expect(expected.length).toBeGreaterThan(0);
    expect(r.body).toEqual(expected);
    expect(Number(r.page_total)).toBe(expected.length);
  });

  it.each([
    ['now', undefined],
    ['a Monday at 10:00 local time', '2026-03-02T18:00:00Z'],
    ['a Sunday at 03:00 local time', '2026-03-01T11:00:00Z'],
  ])('is_open (a scalar: the body is the value) at %s', async (_, at) => {
    const args = at === undefined ? { p_phone_id: ACME } : { p_phone_id: ACME, p_at: at };
    const r = await send(ALICE, rpc('is_open', args));
    const [expected] = await plain<boolean>(ALICE, 'select public.is_open($1, coalesce($2::timestamptz, now())) as j', [ACME, at ?? null]);
    expect(typeof expected).toBe('boolean');
    expect(r.body).toBe(expected);
    expect(Number(r.page_total)).toBe(1);
  });
});
