/**
 * src/validation.ts and the generated types against the database itself:
 * the predicates accept exactly the enum labels Postgres has, roleAtLeast
 * orders roles as Postgres orders member_role, and what the Kysely types
 * refuse to insert is what Postgres refuses from a member.
 *
 * The @ts-expect-error lines are checked by `tsc --noEmit` (npm test runs
 * it): if one stopped being an error, the type check fails. Database writes
 * run in asUser transactions that roll back.
 */
import { randomUUID } from 'node:crypto';
import type { Insertable, Selectable, Updateable } from 'kysely';
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';
import { asUser } from '../src/as-user.ts';
import { createDb } from '../src/db.ts';
import {
  API_KEY_SCOPES,
  CALL_STATUSES,
  MEMBER_ROLES,
  RULE_TYPES,
  isApiKeyScope,
  isCallStatus,
  isMemberRole,
  isRuleType,
  roleAtLeast,
} from '../src/validation.ts';
import type { CallStatus, Calls, ConversationRules, DailyCallStats, MemberRole, RuleType } from '../types/database.ts';
import { connect, url } from './support/db.ts';

const { pool, rows } = connect();
const db = createDb(url, { max: 2 });
afterAll(() => db.destroy());

const A2 = '00000000-0000-4000-8000-0000000000a2'; // admin of acme-dental
const ACME = 'acme-dental';

const ENUMS = {
  api_key_scope: { predicate: isApiKeyScope, list: API_KEY_SCOPES },
  call_status: { predicate: isCallStatus, list: CALL_STATUSES },
  member_role: { predicate: isMemberRole, list: MEMBER_ROLES },
  rule_type: { predicate: isRuleType, list: RULE_TYPES },
} as const;

/** The labels of public.<name>, in the enum's own order. */
async function labels(name: keyof typeof ENUMS): Promise<string[]> {
  // The name comes from the constant above, never from input.
  const [r] = await rows<{ labels: string[] }>(`select enum_range(null::public.${name})::text[] as labels`);
  expect(r?.labels.length).toBeGreaterThan(0);
  return r!.labels;
}

describe('enum predicates', () => {
  for (const name of Object.keys(ENUMS) as (keyof typeof ENUMS)[]) {
    const { predicate, list } = ENUMS[name];

    it(`${predicate.name} accepts exactly the labels of public.${name}`, async () => {
      const own = await labels(name);
      expect([...list]).toEqual(own); // same labels, same order
      for (const label of own) expect(predicate(label), label).toBe(true);
    });

    it(`${predicate.name} rejects other values, other types and case variants`, async () => {
      const own = await labels(name);
      const others = (await Promise.all((Object.keys(ENUMS) as (keyof typeof ENUMS)[]).filter((n) => n !== name).map(labels)))
        .flat()
        .filter((l) => !own.includes(l));
      expect(others.length).toBeGreaterThan(0);
      const variants = own.flatMap((l) => [
        l.toUpperCase(),
        l[0]!.toUpperCase() + l.slice(1),
        ` ${l}`,
        `${l} `,
        `${l}\n`,
        `'${l}'`,
        `${l}s`,
        l.slice(0, -1),
        `${l},${l}`,
      ]);
      const otherTypes: unknown[] = [
        undefined,
        null,
        0,
        1,
        true,
        NaN,
        {},
        [],
        ...own.map((l) => [l]),
        ...own.map((l) => new String(l)),
        ...own.map((l) => ({ toString: () => l, valueOf: () => l })),
        ...own.map((l) => Symbol(l)),
        () => own[0],
      ];
      const strings = ['', 'toString', 'constructor', '__proto__', 'length', 'indexOf', '0', ...others, ...variants];
      for (const value of [...strings, ...otherTypes]) expect(predicate(value), String(typeof value === 'symbol' ? value.toString() : value)).toBe(false);
    });
  }

  it('narrow unknown values to the generated unions', () => {
    const value: unknown = 'ringing';
    if (!isCallStatus(value) || !isMemberRole('owner') || !isRuleType('hours')) throw new Error('not narrowed');
    expectTypeOf(value).toEqualTypeOf<CallStatus>();
    expectTypeOf(CALL_STATUSES).toEqualTypeOf<readonly CallStatus[]>();
    expectTypeOf(MEMBER_ROLES).toEqualTypeOf<readonly MemberRole[]>();
    expectTypeOf(RULE_TYPES).toEqualTypeOf<readonly RuleType[]>();
    expect(value).toBe('ringing');
  });
});

describe('roleAtLeast', () => {
  it("matches the database's ordering of member_role for all pairs", async () => {
    const pairs = await rows<{ has: string; needs: string; ok: boolean }>(
      `select h::text as has, n::text as needs, h >= n as ok
         from unnest(enum_range(null::public.member_role)) h, unnest(enum_range(null::public.member_role)) n`,
    );
    expect(pairs).toHaveLength(9);
    for (const { has, needs, ok } of pairs) {
      if (!isMemberRole(has) || !isMemberRole(needs)) throw new Error(`not a member role: ${has}, ${needs}`);
      expect(roleAtLeast(has, needs), `${has} >= ${needs}`).toBe(ok);
    }
    // Spot checks that the query above really orders (viewer < admin < owner).
    expect(pairs).toContainEqual({ has: 'admin', needs: 'viewer', ok: true });
    expect(pairs).toContainEqual({ has: 'viewer', needs: 'admin', ok: false });
  });
});

describe('Kysely types (types/database.ts)', () => {
  const call = { phone_id: ACME, call_sid: 'CA-types', caller_number: '+14155550123' };
  const rule = { phone_id: ACME, rule_type: 'routing' } as const;

  it('the database-filled columns cannot be set on insert', () => {
    const calls: Insertable<Calls>[] = [
      { ...call, status: 'answered' },
      // @ts-expect-error id is the database's
      { ...call, id: randomUUID() },
      // @ts-expect-error created_at is the database's
      { ...call, created_at: new Date() },
      // @ts-expect-error updated_at is the database's
      { ...call, updated_at: new Date() },
    ];
    const rules: Insertable<ConversationRules>[] = [
      { ...rule, priority: 5, conditions: { intent: 'booking' } },
      // @ts-expect-error id is the database's
      { ...rule, id: randomUUID() },
      // @ts-expect-error created_at is the database's
      { ...rule, created_at: '2026-01-01T00:00:00Z' },
      // @ts-expect-error updated_at is the database's
      { ...rule, updated_at: new Date() },
    ];
    expectTypeOf<keyof Insertable<Calls>>().not.toExtend<'id' | 'created_at' | 'updated_at'>();
    expectTypeOf<Extract<keyof Insertable<Calls>, 'id' | 'created_at' | 'updated_at'>>().toBeNever();
    expectTypeOf<Extract<keyof Insertable<ConversationRules>, 'id' | 'created_at' | 'updated_at'>>().toBeNever();
    expect(calls).toHaveLength(4);
    expect(rules).toHaveLength(4);
  });

  it('the database-filled columns cannot be set on update', () => {
    const calls: Updateable<Calls>[] = [
      { transcript: 'corrected' },
      // @ts-expect-error id is the database's
      { id: randomUUID() },
      // @ts-expect-error created_at is the database's
      { created_at: new Date() },
      // @ts-expect-error updated_at is the database's
      { updated_at: new Date() },
    ];
    const rules: Updateable<ConversationRules>[] = [
      { priority: 1, is_active: false },
      // @ts-expect-error id is the database's
      { id: randomUUID() },
      // @ts-expect-error created_at is the database's
      { created_at: new Date() },
      // @ts-expect-error updated_at is the database's
      { updated_at: new Date() },
    ];
    expectTypeOf<Extract<keyof Updateable<Calls>, 'id' | 'created_at' | 'updated_at'>>().toBeNever();
    expectTypeOf<Extract<keyof Updateable<ConversationRules>, 'id' | 'created_at' | 'updated_at'>>().toBeNever();
    expect(calls).toHaveLength(4);
    expect(rules).toHaveLength(4);
  });

  it('daily_call_stats.average_duration is read-only: Postgres refuses to set it (428C9)', async () => {
    // A generated column: not even its owner may set it, and its Kysely type
    // refuses it on insert and update.
    expectTypeOf<Selectable<DailyCallStats>['average_duration']>().toEqualTypeOf<string | null>();
    const insert: Insertable<DailyCallStats> = {
      phone_id: ACME,
      day: '1999-01-01',
      // @ts-expect-error average_duration is generated by the database
      average_duration: '1',
    };
    // @ts-expect-error average_duration is generated by the database
    const update: Updateable<DailyCallStats> = { average_duration: '1' };
    expect([insert.day, Object.keys(update)]).toEqual(['1999-01-01', ['average_duration']]);
    const c = await pool.connect();
    try {
      for (const statement of [
        `insert into public.daily_call_stats (phone_id, day, average_duration) values ($1, '1999-01-01', 1)`,
        `update public.daily_call_stats set average_duration = 1 where phone_id = $1`,
      ]) {
        await c.query('begin');
        try {
          await expect(c.query(statement, [ACME])).rejects.toMatchObject({ code: '428C9' });
        } finally {
          await c.query('rollback');
        }
      }
    } finally {
      c.release();
    }
  });

  it('status is the call_status union', () => {
    type Status = 'ringing' | 'answered' | 'completed' | 'failed';
    expectTypeOf<Selectable<Calls>['status']>().toEqualTypeOf<Status>();
    expectTypeOf<Insertable<Calls>['status']>().toEqualTypeOf<Status | undefined>();
    expectTypeOf<Updateable<Calls>['status']>().toEqualTypeOf<Status | undefined>();
    expectTypeOf<Selectable<ConversationRules>['rule_type']>().toEqualTypeOf<'greeting' | 'routing' | 'transfer' | 'hours'>();
    // @ts-expect-error "busy" is not a call_status
    const wrong: Insertable<Calls> = { ...call, status: 'busy' };
    // @ts-expect-error "forward" is not a rule_type
    const wrongRule: Updateable<ConversationRules> = { rule_type: 'forward' };
    expect([wrong.status, wrongRule.rule_type]).toEqual(['busy', 'forward']);
  });
});

describe('what the insert types refuse, Postgres refuses from a member', () => {
  const adam = { role: 'authenticated', sub: A2 } as const;
  const rule = { phone_id: ACME, rule_type: 'routing', conditions: { intent: `validation-${process.pid}` }, priority: 999 } as const;
  class RolledBack extends Error {}

  it('an admin inserts the rule without id and created_at (rolled back)', async () => {
    let inserted: { id: string; created_at: Date } | undefined;
    await expect(
      asUser(db, adam, async (trx) => {
        inserted = await trx.insertInto('conversation_rules').values(rule).returning(['id', 'created_at']).executeTakeFirstOrThrow();
        throw new RolledBack();
      }),
    ).rejects.toBeInstanceOf(RolledBack);
    expect(inserted?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(inserted?.created_at).toBeInstanceOf(Date);
    expect(await rows(`select 1 from public.conversation_rules where phone_id = $1 and id = $2`, [ACME, inserted!.id])).toEqual([]);
  });

  it('with an explicit id it fails with 42501', async () => {
    const write = asUser(db, adam, (trx) =>
      // @ts-expect-error id is the database's
      trx.insertInto('conversation_rules').values({ ...rule, id: randomUUID() }).execute(),
    );
    await expect(write).rejects.toMatchObject({ code: '42501' });
  });

  it('with an explicit created_at or updated_at it fails with 42501', async () => {
    const createdAt = asUser(db, adam, (trx) =>
      // @ts-expect-error created_at is the database's
      trx.insertInto('conversation_rules').values({ ...rule, created_at: new Date() }).execute(),
    );
    await expect(createdAt).rejects.toMatchObject({ code: '42501' });
    const updatedAt = asUser(db, adam, (trx) =>
      // @ts-expect-error updated_at is the database's
      trx.insertInto('conversation_rules').values({ ...rule, updated_at: new Date() }).execute(),
    );
    await expect(updatedAt).rejects.toMatchObject({ code: '42501' });
  });

  it('and an update of id fails with 42501', async () => {
    const write = asUser(db, adam, (trx) =>
      trx
        .updateTable('conversation_rules')
        // @ts-expect-error id is the database's
        .set({ id: randomUUID() })
        .where('phone_id', '=', ACME)
        .execute(),
    );
    await expect(write).rejects.toMatchObject({ code: '42501' });
  });
});
