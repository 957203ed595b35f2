/**
 * The contract of asUser (src/as-user.ts): inside fn the database sees the
 * request exactly as PostgREST would set it up (role, claims, the role's own
 * settings), row level security applies, nothing outlives the transaction,
 * and only anon and authenticated can ever be taken.
 *
 * Writes happen inside asUser transactions that roll back; the 50 users of
 * the concurrency test are created with a per-process prefix and deleted in
 * afterAll.
 */
import { Kysely, PostgresDialect, sql, type RawBuilder, type Transaction } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { asUser, AsUserError, type Claims } from '../src/as-user.ts';
import { createDb } from '../src/db.ts';
import { listCalls } from '../src/queries.ts';
import type { DB } from '../types/database.ts';
import { connect, url } from './support/db.ts';

const { pool: admin, rows } = connect(); // postgres (BYPASSRLS): catalog reads and checks after the fact
const db = createDb(url, { max: 4 });
afterAll(() => db.destroy());

const A2 = '00000000-0000-4000-8000-0000000000a2'; // admin of acme-dental
const A3 = '00000000-0000-4000-8000-0000000000a3'; // viewer of acme-dental
const ACME = 'acme-dental';
const BELLA = 'bella-salon';

/** The first row of a raw query inside fn. */
async function one<T>(trx: Transaction<DB>, query: RawBuilder<T>): Promise<T> {
  const { rows: r } = await query.execute(trx);
  expect(r).toHaveLength(1);
  return r[0] as T;
}

/**
 * A Kysely over its own pg pool that records everything sent to the server:
 * every client.query call as (text, values), and whether a connection was
 * ever opened. Spies on the driver, below Kysely.
 */
function spiedDb(max: number) {
  const sent: { text: unknown; values: unknown }[] = [];
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      sent.push({ text: args[0], values: args[1] });
      return query(...args);
    };
  });
  const logged: { sql: string; parameters: readonly unknown[] }[] = [];
  const kdb = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    log(event) {
      logged.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  afterAll(() => kdb.destroy());
  return { kdb, pool, sent, logged };
}

describe('inside fn', () => {
  it('auth.uid(), auth.role() and auth.jwt() see the claims; current_user is the claims role', async () => {
    const claims = { role: 'authenticated', sub: A3, email: 'vera@acme.test', app_tenant: ACME, aal: 'aal1' } as const;
    const seen = await asUser(db, claims, (trx) =>
      one(
        trx,
        sql<{ uid: string; role: string; jwt: unknown; user: string; session: string; email: string }>`
          select auth.uid() as uid, auth.role() as role, auth.jwt() as jwt, auth.email() as email,
                 current_user as "user", session_user as session`,
      ),
    );
    expect(seen).toEqual({ uid: A3, role: 'authenticated', jwt: claims, email: 'vera@acme.test', user: 'authenticated', session: 'postgres' });
  });

  it('anon: current_user is anon and auth.uid() is null', async () => {
    const seen = await asUser(db, { role: 'anon' }, (trx) =>
      one(trx, sql<{ uid: string | null; role: string; user: string }>`select auth.uid() as uid, auth.role() as role, current_user as "user"`),
    );
    expect(seen).toEqual({ uid: null, role: 'anon', user: 'anon' });
  });

  // The settings of ALTER ROLE ... SET, as pg_db_role_setting holds them for
  // this database (database-specific ones win over those for all databases).
  async function roleSettings(role: string): Promise<Map<string, string>> {
    const r = await rows<{ setconfig: string[] }>(
      `select s.setconfig from pg_catalog.pg_db_role_setting s
        where s.setrole = $1::regrole
          and s.setdatabase in (0, (select d.oid from pg_catalog.pg_database d where d.datname = current_database()))
        order by s.setdatabase`,
      [role],
    );
    const settings = new Map<string, string>();
    for (const entry of r.flatMap((x) => x.setconfig)) {
      const eq = entry.indexOf('=');
      settings.set(entry.slice(0, eq), entry.slice(eq + 1));
    }
    return settings;
  }

  // How current_setting() shows a value once set ('8000' shows as '8s'),
  // found by setting it in a transaction that rolls back.
  async function shown(name: string, value: string): Promise<string> {
    const c = await admin.connect();
    try {
      await c.query('begin');
      const r = await c.query<{ v: string }>(`select set_config($1, $2, true), current_setting($1) as v`, [name, value]);
      return r.rows[0]!.v;
    } finally {
      await c.query('rollback');
      c.release();
    }
  }

  for (const role of ['authenticated', 'anon'] as const) {
    it(`applies the role's own settings for ${role} (pg_db_role_setting), which SET ROLE alone does not`, async () => {
      const settings = await roleSettings(role);
      expect(settings.has('statement_timeout')).toBe(true);
      const outside = await rows<{ v: string }>(`select current_setting('statement_timeout') as v`);
      for (const [name, value] of settings) {
        const expected = await shown(name, value);
        const inside = await asUser(db, { role, sub: A3 }, (trx) =>
          one(trx, sql<{ v: string; user: string }>`select current_setting(${name}) as v, current_user as "user"`),
        );
        expect(inside).toEqual({ v: expected, user: role });
        if (name === 'statement_timeout') expect(expected).not.toBe(outside[0]?.v); // otherwise nothing was shown
      }
    });
  }
});

describe('row level security', () => {
  it('a viewer of acme-dental lists its calls and none of bella-salon; anon may not list calls at all', async () => {
    const [bella] = await rows<{ n: number }>(`select count(*)::int as n from public.calls where phone_id = $1`, [BELLA]);
    expect(bella?.n).toBeGreaterThan(0); // so an empty list below is the policies' doing

    const viewer = { role: 'authenticated', sub: A3 } as const;
    const acme = await asUser(db, viewer, (trx) => listCalls(trx, { phoneId: ACME }));
    expect(acme.length).toBeGreaterThan(0);
    expect(new Set(acme.map((c) => c.phone_id))).toEqual(new Set([ACME]));
    expect(await asUser(db, viewer, (trx) => listCalls(trx, { phoneId: BELLA }))).toEqual([]);

    for (const phoneId of [ACME, BELLA]) {
      await expect(asUser(db, { role: 'anon' }, (trx) => listCalls(trx, { phoneId }))).rejects.toMatchObject({ code: '42501' });
    }
  });
});

describe('readOnly', () => {
  it('runs READ ONLY: transaction_read_only is on and a write fails with 25006', async () => {
    const claims = { role: 'authenticated', sub: A2 } as const;
    const mode = (readOnly: boolean) =>
      asUser(db, claims, (trx) => one(trx, sql<{ ro: string }>`select current_setting('transaction_read_only') as ro`), { readOnly });
    expect(await mode(true)).toEqual({ ro: 'on' });
    expect(await mode(false)).toEqual({ ro: 'off' });

    const write = asUser(
      db,
      claims,
      (trx) => trx.updateTable('conversation_rules').set((eb) => ({ priority: eb.ref('priority') })).where('phone_id', '=', ACME).execute(),
      { readOnly: true },
    );
    await expect(write).rejects.toMatchObject({ code: '25006' });
  });
});

describe('rollback', () => {
  const admin2 = { role: 'authenticated', sub: A2 } as const;

  async function acmeRule(): Promise<{ id: string; priority: number; updated_at: Date }> {
    const [rule] = await rows<{ id: string; priority: number; updated_at: Date }>(
      `select id, priority, updated_at from public.conversation_rules where phone_id = $1 and rule_type = 'routing' order by id limit 1`,
      [ACME],
    );
    expect(rule).toBeDefined();
    return rule!;
  }

  async function bumpThen(id: string, then: (trx: Transaction<DB>) => Promise<unknown>): Promise<unknown> {
    return asUser(db, admin2, async (trx) => {
      const changed = await trx
        .updateTable('conversation_rules')
        .set((eb) => ({ priority: eb('priority', '+', 7) }))
        .where('phone_id', '=', ACME)
        .where('id', '=', id)
        .returning('priority')
        .execute();
      expect(changed).toHaveLength(1); // the admin may change it: the rollback is what undoes it
      return then(trx);
    });
  }

  it('an error thrown inside fn rolls the transaction back and reaches the caller unchanged', async () => {
    const before = await acmeRule();
    const boom = new Error('boom');
    await expect(
      bumpThen(before.id, async () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await acmeRule()).toEqual(before);
  });

  it('an SQL error inside fn rolls the transaction back', async () => {
    const before = await acmeRule();
    await expect(bumpThen(before.id, (trx) => sql`select 1 / 0`.execute(trx))).rejects.toMatchObject({ code: '22012' });
    expect(await acmeRule()).toEqual(before);
  });
});

describe('refusals', () => {
  const { kdb, pool, sent, logged } = spiedDb(1);

  const refused: [string, unknown][] = [
    ['service_role', { role: 'service_role', sub: A2 }],
    ['postgres', { role: 'postgres' }],
    ['supabase_admin', { role: 'supabase_admin' }],
    ['authenticator', { role: 'authenticator' }],
    ['an empty role', { role: '', sub: A2 }],
    ['a missing role', { sub: A2 }],
    ['a null role', { role: null }],
    ['a role in an array', { role: ['authenticated'] }],
    ['another casing', { role: 'Authenticated' }],
    ['trailing space', { role: 'authenticated ' }],
    ['SQL in the role', { role: "authenticated'; drop table x; --" }],
    ['SQL in the role (anon)', { role: 'anon; set role postgres' }],
    ['a non-string sub', { role: 'authenticated', sub: 42 }],
    ['null claims', null],
    ['undefined claims', undefined],
    ['a string', 'authenticated'],
    ['a number', 1],
    ['an array', [{ role: 'authenticated' }]],
  ];

  for (const [what, claims] of refused) {
    it(`refuses ${what} with AsUserError before any query runs`, async () => {
      const fn = vi.fn(async () => 'ran');
      await expect(asUser(kdb, claims as Claims, fn)).rejects.toBeInstanceOf(AsUserError);
      expect(fn).not.toHaveBeenCalled();
      expect(pool.totalCount).toBe(0); // no connection was ever taken
      expect(sent).toEqual([]);
      expect(logged).toEqual([]);
    });
  }

  it('the types refuse other roles too', () => {
    // @ts-expect-error service_role is not a request role
    const claims: Claims = { role: 'service_role' };
    expect(claims.role).toBe('service_role');
  });

  it('the spy sees an accepted call (the refusals above are not vacuous)', async () => {
    expect(await asUser(kdb, { role: 'anon' }, async () => 'ran')).toBe('ran');
    expect(pool.totalCount).toBe(1);
    expect(sent.length).toBeGreaterThan(0);
  });

  // The role asUser sets must be the role it checked: a claims object is read
  // once, so neither a getter nor toJSON can switch it after the check.
  it('sets the role it checked, even when claims.role is a getter', async () => {
    let reads = 0;
    const claims = {
      sub: A3,
      get role() {
        reads += 1;
        return reads === 1 ? 'authenticated' : 'service_role';
      },
    } as unknown as Claims;
    const seen = await asUser(db, claims, (trx) => one(trx, sql<{ user: string }>`select current_user as "user"`)).catch(
      (e: unknown) => (e instanceof AsUserError ? { user: 'refused' } : Promise.reject(e)),
    );
    expect(seen.user, 'the database role asUser took').toBeOneOf(['authenticated', 'refused']);
  });

  it('request.jwt.claims carries the role it checked, even when claims has a toJSON', async () => {
    const claims = { role: 'authenticated', sub: A3, toJSON: () => ({ role: 'service_role' }) } as unknown as Claims;
    const seen = await asUser(db, claims, (trx) =>
      one(trx, sql<{ user: string; role: string | null }>`select current_user as "user", auth.role() as role`),
    ).catch((e: unknown) => (e instanceof AsUserError ? { user: 'refused', role: 'refused' } : Promise.reject(e)));
    expect(seen.role, 'auth.role() against current_user').toBe(seen.user);
  });
});

describe('parameters', () => {
  const { kdb, sent, logged } = spiedDb(1);

  it('passes every value as a parameter: awkward claims round-trip exactly and never appear in SQL text', async () => {
    const awkward = `it's "quoted" \\ back\\slash \\' $1 $2::text $$ $tag$ ?; '); drop table x; -- %s \n\t é ☎ 😀`;
    const claims = {
      role: 'authenticated',
      sub: A3,
      note: awkward,
      nested: { [`key "${awkward}"`]: [awkward, 1, true, null] },
    } as const;

    const seen = await asUser(kdb, claims, (trx) =>
      one(trx, sql<{ jwt: unknown; note: string; uid: string }>`select auth.jwt() as jwt, auth.jwt() ->> 'note' as note, auth.uid() as uid`),
    );
    expect(seen).toEqual({ jwt: claims, note: awkward, uid: A3 });

    const json = JSON.stringify(claims);
    // What Kysely compiled and what reached the pg client agree.
    expect(logged.length).toBeGreaterThan(0);
    expect(sent.length).toBeGreaterThanOrEqual(logged.length);
    for (const text of [...logged.map((q) => q.sql), ...sent.map((q) => q.text)]) {
      expect(typeof text).toBe('string'); // a plain text query: no config object, so no named statement
      for (const value of [awkward, A3, 'authenticated']) expect(text as string).not.toContain(value);
    }
    const values = sent.flatMap((q) => (Array.isArray(q.values) ? q.values : []));
    expect(values).toContain(json);
    expect(values).toContain('authenticated');
  });
});

describe('50 concurrent users on one pool', () => {
  const prefix = process.pid.toString(16).padStart(8, '0');
  const users = Array.from({ length: 50 }, (_, i) => `${prefix}-a5e5-4000-8000-${i.toString(16).padStart(12, '0')}`);
  const db10 = createDb(url, { max: 10 });
  afterAll(() => db10.destroy());

  beforeAll(async () => {
    await admin.query(
      `insert into auth.users (id, aud, role, email)
       select u, 'authenticated', 'authenticated', u::text || '@as-user.test' from unnest($1::uuid[]) u
       on conflict (id) do nothing`,
      [users],
    );
  });
  afterAll(async () => {
    await admin.query(`delete from auth.users where id = any ($1::uuid[])`, [users]);
  });

  it('never see each other’s claims', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const results = await Promise.all(
      users.map((sub) =>
        asUser(db10, { role: 'authenticated', sub, email: `${sub}@as-user.test` }, async (trx) => {
          inFlight += 1;
          mostInFlight = Math.max(mostInFlight, inFlight);
          try {
            const first = await one(trx, sql<{ uid: string; pid: number }>`select auth.uid() as uid, pg_backend_pid() as pid`);
            // Random jitter so the transactions interleave differently on each run.
            const second = await one(
              trx,
              sql<{ uid: string; email: string }>`select auth.uid() as uid, auth.email() as email from pg_sleep(random() * 0.02)`,
            );
            return { sub, first: first.uid, second: second.uid, email: second.email, pid: first.pid };
          } finally {
            inFlight -= 1;
          }
        }),
      ),
    );
    for (const r of results) expect(r).toEqual({ sub: r.sub, first: r.sub, second: r.sub, email: `${r.sub}@as-user.test`, pid: r.pid });
    const connections = new Set(results.map((r) => r.pid));
    expect(mostInFlight).toBeGreaterThan(1); // they did overlap
    expect(connections.size).toBeGreaterThan(1);
    expect(connections.size).toBeLessThanOrEqual(10); // and connections were reused across users
  });
});

describe('the pooled connection afterwards', () => {
  const single = createDb(url, { max: 1 });
  afterAll(() => single.destroy());

  type State = {
    pid: number;
    user: string;
    session: string;
    role: string;
    statement_timeout: string;
    read_only: string;
    claims: string;
    settings: { name: string; setting: string }[];
  };

  // request.jwt.claims is a custom setting: it reads NULL before its first
  // set_config in a session and '' once the transaction that set it has
  // ended. auth.uid() and auth.jwt() treat both as no claims, so the state
  // compares them as '' (the one normalisation here).
  const state = (): Promise<State> =>
    sql<State>`
      select pg_backend_pid() as pid, current_user as "user", session_user as session,
             current_setting('role') as role, current_setting('statement_timeout') as statement_timeout,
             current_setting('transaction_read_only') as read_only,
             coalesce(current_setting('request.jwt.claims', true), '') as claims,
             (select json_agg(json_build_object('name', s.name, 'setting', s.setting) order by s.name)
                from pg_catalog.pg_settings s where s.source <> 'default') as settings`
      .execute(single)
      .then((r) => r.rows[0]!);

  it('is as it was before any asUser call, after success, thrown errors, SQL errors and readOnly', async () => {
    const before = await state();
    expect(before).toMatchObject({ user: 'postgres', session: 'postgres', role: 'none', claims: '', read_only: 'off' });

    const inside = await asUser(single, { role: 'authenticated', sub: A3 }, (trx) =>
      one(trx, sql<{ pid: number; user: string; timeout: string }>`
        select pg_backend_pid() as pid, current_user as "user", current_setting('statement_timeout') as timeout`),
    );
    // The same connection, and inside it something to restore.
    expect(inside.pid).toBe(before.pid);
    expect(inside.user).toBe('authenticated');
    expect(inside.timeout).not.toBe(before.statement_timeout);

    await expect(
      asUser(single, { role: 'authenticated', sub: A2 }, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(asUser(single, { role: 'anon' }, (trx) => sql`select 1 / 0`.execute(trx))).rejects.toMatchObject({ code: '22012' });
    expect(
      await asUser(single, { role: 'authenticated', sub: A3 }, (trx) => listCalls(trx, { phoneId: ACME, limit: 1 }), { readOnly: true }),
    ).toHaveLength(1);
    await expect(
      asUser(single, { role: 'authenticated', sub: A2 }, (trx) => sql`update public.conversation_rules set priority = priority where false`.execute(trx), {
        readOnly: true,
      }),
    ).rejects.toMatchObject({ code: '25006' });

    expect(await state()).toEqual(before);
  });

  it('leaves no named prepared statement behind', async () => {
    const pids = new Set<number>();
    for (const sub of [A2, A3]) {
      for (const readOnly of [false, true]) {
        const r = await asUser(single, { role: 'authenticated', sub }, async (trx) => {
          await listCalls(trx, { phoneId: ACME, limit: 2 });
          return one(trx, sql<{ pid: number }>`select pg_backend_pid() as pid`);
        }, { readOnly });
        pids.add(r.pid);
      }
    }
    const after = await sql<{ pid: number; n: number }>`
      select pg_backend_pid() as pid, (select count(*)::int from pg_catalog.pg_prepared_statements) as n`.execute(single);
    expect(pids.size).toBe(1);
    expect(after.rows).toEqual([{ pid: [...pids][0], n: 0 }]);
  });
});
