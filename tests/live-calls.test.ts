/**
 * The concurrency limit under contention, as the telephony backend's workers
 * reach it: many claims at once, each on its own connection as the service
 * role, never admit more calls than the phone number's limit; a crashed
 * worker's slot comes back once the reaper has run. Needs committed rows seen
 * by many sessions, so it creates its own tenant and removes it afterwards.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser } from '../src/as-user.ts';
import { createDb } from '../src/db.ts';
import { liveCalls } from '../src/queries.ts';
import { connect, url } from './support/db.ts';

const CLAIMS = 100;
const LIMIT = 5;
const { pool } = connect();
const workers = new pg.Pool({ connectionString: url, max: 25 });
const phone = `live-${process.pid}`;
const viewer = randomUUID();
const db = createDb(url, { max: 2 });

/** One claim in its own transaction as the service role, held open a moment so the claims overlap. */
async function claim(callSid: string, isolation = 'read committed'): Promise<'admitted' | string> {
  const c = await workers.connect();
  try {
    await c.query(`begin isolation level ${isolation}`);
    await c.query('set local role service_role');
    await c.query('select public.claim_call_slot($1, $2)', [phone, callSid]);
    await c.query('select pg_sleep(0.05)');
    await c.query('commit');
    return 'admitted';
  } catch (e) {
    await c.query('rollback');
    return (e as { code?: string }).code ?? String(e);
  } finally {
    c.release();
  }
}

const live = async () =>
  (await pool.query<{ call_sid: string }>(`select call_sid from public.live_calls where phone_id = $1 order by 1`, [phone])).rows.map((r) => r.call_sid);

beforeAll(async () => {
  await pool.query(`insert into public.phone_numbers (id, number, business_name, max_concurrent_calls)
                    values ($1, '+15005550997', 'Live calls test', $2)`, [phone, LIMIT]);
  await pool.query(`insert into auth.users (id, aud, role, email) values ($1::uuid, 'authenticated', 'authenticated', $1::text || '@live.test')`, [viewer]);
  await pool.query(`insert into public.phone_members (phone_id, user_id, role) values ($1, $2, 'viewer')`, [phone, viewer]);
});

afterAll(async () => {
  await pool.query(`delete from public.phone_numbers where id = $1`, [phone]);
  await pool.query(`delete from auth.users where id = $1`, [viewer]);
  await workers.end();
  await db.destroy();
});

describe('the concurrency limit', () => {
  it(`admits exactly ${LIMIT} of ${CLAIMS} concurrent claims and refuses the rest with 53400`, async () => {
    const outcomes = await Promise.all(Array.from({ length: CLAIMS }, (_, i) => claim(`CAload${i}`)));
    const tally = outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});
    expect(tally).toEqual({ admitted: LIMIT, '53400': CLAIMS - LIMIT });
    expect(await live()).toHaveLength(LIMIT);
  });

  it('gives a crashed worker’s slot back after the reaper runs', async () => {
    const [crashed, ...others] = await live();
    expect(others).toHaveLength(LIMIT - 1);
    expect(await claim('CAafter')).toBe('53400');
    // The crashed worker's last heartbeat was two minutes ago.
    await pool.query(`update public.live_calls set claimed_at = now() - interval '3 minutes', heartbeat_at = now() - interval '2 minutes'
                       where phone_id = $1 and call_sid = $2`, [phone, crashed]);
    const { rows } = await pool.query<{ reaped: number }>('select private.reap_call_slots() as reaped');
    expect(rows[0]?.reaped).toBeGreaterThanOrEqual(1);
    expect(await claim('CAafter')).toBe('admitted');
    expect(await live()).toEqual([...others, 'CAafter'].sort());
  });

  it('refuses a claim in a transaction whose snapshot could hide a call admitted meanwhile', async () => {
    expect(await claim('CArepeatable', 'repeatable read')).toBe('25000');
  });

  it('shows a member the live calls of their phone with its limit (liveCalls)', async () => {
    const rows = await asUser(db, { role: 'authenticated', sub: viewer }, (trx) => liveCalls(trx, { phoneIds: [phone] }));
    expect(rows.map((r) => r.call_sid).sort()).toEqual(await live());
    expect(new Set(rows.map((r) => [r.phone_id, r.max_concurrent_calls].join()))).toEqual(new Set([`${phone},${LIMIT}`]));
    const outsider = await asUser(db, { role: 'authenticated', sub: randomUUID() }, (trx) => liveCalls(trx));
    expect(outsider).toEqual([]);
  });
});
