/**
 * Prompt templates under contention, through the typed queries as server code
 * calls them with asUser: many admins saving one phone's prompt of one kind at
 * the same moment, each on its own connection, get consecutive versions with
 * none twice and the last save active; many admins activating different
 * versions at once leave exactly one active; under REPEATABLE READ a save that
 * raced another fails with 40001, to be retried, never with a unique
 * violation. Needs committed rows seen by several sessions, so it creates its
 * own tenant and removes it afterwards.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser } from '../src/as-user.ts';
import { createDb } from '../src/db.ts';
import { activatePrompt, activePrompt, promptHistory, savePrompt, type PromptVersion } from '../src/queries.ts';
import { connect, url } from './support/db.ts';

const CONCURRENT = 8;
const { pool } = connect();
const db = createDb(url, { max: CONCURRENT + 2 });
const phone = `prompts-${process.pid}`;
/** The owner first, then admins: one signed-in user per session. */
const editors = Array.from({ length: CONCURRENT }, () => randomUUID());
const viewer = randomUUID();
const as = (id: string) => ({ role: 'authenticated', sub: id }) as const;

/** Settled outcomes as values, and the failures as "SQLSTATE message". */
function settle<T>(outcomes: PromiseSettledResult<T>[]): { values: T[]; errors: string[] } {
  return {
    values: outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : [])),
    errors: outcomes.flatMap((o) => {
      if (o.status === 'fulfilled') return [];
      const e = o.reason as { code?: string; message?: string };
      return [`${e.code ?? '?'} ${e.message ?? String(o.reason)}`];
    }),
  };
}

const pointer = async (kind: string) =>
  (await pool.query<{ version: number; latest_version: number; activated_by: string }>(
    `select version, latest_version, activated_by from public.active_prompts where phone_id = $1 and kind = $2`, [phone, kind])).rows;

beforeAll(async () => {
  await pool.query(
    `insert into auth.users (id, aud, role, email)
     select u::uuid, 'authenticated', 'authenticated', u || '@prompts.test' from unnest($1::text[]) u`,
    [[...editors, viewer]],
  );
  await pool.query(`insert into public.phone_numbers (id, number, business_name) values ($1, '+15005550995', 'Prompts test')`, [phone]);
  await pool.query(
    `insert into public.phone_members (phone_id, user_id, role)
     select $1, u::uuid, case when n = 1 then 'owner' else 'admin' end::public.member_role
       from unnest($2::text[]) with ordinality e(u, n)
     union all select $1, $3::uuid, 'viewer'`,
    [phone, editors, viewer],
  );
});

afterAll(async () => {
  await pool.query(`delete from public.phone_numbers where id = $1`, [phone]);
  await pool.query(`delete from auth.users where id = any ($1::uuid[])`, [[...editors, viewer]]);
  await db.destroy();
});

describe('prompt versions', () => {
  it(`saved by ${CONCURRENT} admins at once are numbered 1 to ${CONCURRENT}, none twice, and the last save is active`, async () => {
    // All start at once on a kind with no version yet, and each holds its
    // transaction open a moment after saving: the others save while the first
    // has not committed, so they must wait for the number before theirs.
    const outcomes = await Promise.allSettled(
      editors.map((id, i) => asUser(db, as(id), async (trx) => {
        const saved = await savePrompt(trx, { phoneId: phone, kind: 'greeting', body: `Greeting number ${i}.` });
        await sql`select pg_sleep(0.2)`.execute(trx);
        return saved;
      })),
    );
    const { values, errors } = settle(outcomes);
    expect(errors).toEqual([]);
    expect(values.map((v) => v.version).sort((a, b) => a - b)).toEqual(editors.map((_, i) => i + 1));

    const { rows } = await pool.query<{ version: number; body: string }>(
      `select version, body from public.prompt_versions where phone_id = $1 and kind = 'greeting' order by version`, [phone]);
    expect(rows.map((r) => r.version)).toEqual(editors.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.body)).size).toBe(CONCURRENT);

    // Saves take turns until commit, so the last one numbered is the last
    // committed, and its activation is the one that stays.
    const last = values.find((v) => v.version === CONCURRENT) as PromptVersion;
    expect(await pointer('greeting')).toEqual([{ version: CONCURRENT, latest_version: CONCURRENT, activated_by: last.created_by }]);
  });

  it(`activated by ${CONCURRENT} admins at once, each a different version, leave exactly one active: the last to commit`, async () => {
    for (const [i] of editors.entries()) {
      await asUser(db, as(editors[0] as string), (trx) =>
        savePrompt(trx, { phoneId: phone, kind: 'system_prompt', body: `Instructions, draft ${i + 1}.`, activate: i === 0 }));
    }
    // Each admin rolls the system prompt to another version and holds the
    // transaction open a moment: they take turns on the pointer's row.
    const returned: number[] = [];
    const outcomes = await Promise.allSettled(
      editors.map((id, i) => asUser(db, as(id), async (trx) => {
        const active = await activatePrompt(trx, { phoneId: phone, kind: 'system_prompt', version: i + 1 });
        returned.push(active.version);
        await sql`select pg_sleep(0.2)`.execute(trx);
        return active;
      })),
    );
    const { values, errors } = settle(outcomes);
    expect(errors).toEqual([]);
    expect(values.map((v) => v.version).sort((a, b) => a - b)).toEqual(editors.map((_, i) => i + 1));

    // The last activation to get the row committed last.
    const winner = returned.at(-1) as number;
    expect(await pointer('system_prompt')).toEqual([{ version: winner, latest_version: CONCURRENT, activated_by: editors[winner - 1] }]);
    const history = await asUser(db, as(viewer), (trx) => promptHistory(trx, { phoneId: phone, kind: 'system_prompt' }));
    expect(history.map((v) => [v.version, v.active])).toEqual(
      editors.map((_, i) => [CONCURRENT - i, CONCURRENT - i === winner]));
    const read = await asUser(db, as(viewer), (trx) => activePrompt(trx, { phoneId: phone, kind: 'system_prompt' }));
    expect(read?.body).toBe(`Instructions, draft ${winner}.`);
  });

  it('saved under REPEATABLE READ while another save committed fail with 40001 (retry), never 23505', async () => {
    const clients = [0, 1].map(() => new pg.Client({ connectionString: url }));
    const begin = async (c: pg.Client, user: string) => {
      await c.query('begin isolation level repeatable read');
      await c.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`,
        [JSON.stringify(as(user))]);
    };
    const save = (c: pg.Client, body: string) =>
      c.query<{ version: number }>(`select version from public.save_prompt($1, 'voicemail', $2)`, [phone, body]);
    try {
      await Promise.all(clients.map((c) => c.connect()));
      const [first, second] = clients as [pg.Client, pg.Client];
      // The second transaction takes its snapshot before the first saves, twice:
      // for the kind's first version (the pointer row is new) and for the next
      // (the pointer row was updated). Either way the second save meets a row
      // its snapshot does not show.
      for (const version of [1, 2]) {
        await begin(first, editors[0] as string);
        await begin(second, editors[1] as string);
        expect((await save(first, `Voicemail ${version}.`)).rows).toEqual([{ version }]);
        await first.query('commit');
        await expect(save(second, 'Racing voicemail.')).rejects.toMatchObject({ code: '40001' });
        await second.query('rollback');
      }
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    // Retried, the second save gets the next number.
    const retried = await asUser(db, as(editors[1] as string), (trx) =>
      savePrompt(trx, { phoneId: phone, kind: 'voicemail', body: 'Racing voicemail.' }));
    expect(retried.version).toBe(3);
    expect(await pointer('voicemail')).toEqual([{ version: 3, latest_version: 3, activated_by: editors[1] }]);
  });

  it('are saved only by owners and admins; viewers read them', async () => {
    for (const n of [1, 2, 3, 4, 5]) {
      await asUser(db, as(editors[0] as string), (trx) =>
        savePrompt(trx, { phoneId: phone, kind: 'after_hours', body: `We are closed (${n}).` }));
    }
    await expect(asUser(db, as(viewer), (trx) => savePrompt(trx, { phoneId: phone, kind: 'after_hours', body: 'Closed?' })))
      .rejects.toMatchObject({ code: '42501' });
    await expect(asUser(db, as(viewer), (trx) => activatePrompt(trx, { phoneId: phone, kind: 'after_hours', version: 1 })))
      .rejects.toMatchObject({ code: '42501' });
    const read = await asUser(db, as(viewer), (trx) => activePrompt(trx, { phoneId: phone, kind: 'after_hours' }));
    expect(read).toMatchObject({ version: 5, body: 'We are closed (5).', created_by: editors[0] });
    expect(await asUser(db, as(viewer), (trx) => activePrompt(trx, { phoneId: phone, kind: 'fallback' }))).toBeUndefined();
    const page = await asUser(db, as(viewer), (trx) => promptHistory(trx, { phoneId: phone, kind: 'after_hours', limit: 3, before: 5 }));
    expect(page.map((v) => [v.version, v.active])).toEqual([[4, false], [3, false], [2, false]]);
  });
});
