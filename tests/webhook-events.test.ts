/**
 * Webhook deliveries as providers make them: the same event delivered many
 * times at once, each on its own connection as the service role, is stored
 * once, and every delivery is told the one event id. Needs committed rows seen
 * by many sessions, so it creates its own tenant and removes it afterwards.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, url } from './support/db.ts';

const DELIVERIES = 20;
const { pool } = connect();
const senders = new pg.Pool({ connectionString: url, max: DELIVERIES });
const phone = `hooks-${process.pid}`;

type Recorded = { event_id: string; duplicate: boolean };

/** One delivery in its own transaction, held open a moment so the deliveries overlap. */
async function deliver(eventId: string): Promise<Recorded> {
  const c = await senders.connect();
  try {
    await c.query('begin');
    await c.query('set local role service_role');
    const { rows } = await c.query<Recorded>(
      `select event_id, duplicate from public.record_webhook_event($1, 'twilio', $2, 'call.completed', $3)`,
      [phone, eventId, { CallSid: 'CA1' }],
    );
    await c.query('select pg_sleep(0.05)');
    await c.query('commit');
    if (!rows[0]) throw new Error('record_webhook_event returned no row');
    return rows[0];
  } catch (e) {
    await c.query('rollback');
    throw e;
  } finally {
    c.release();
  }
}

beforeAll(async () => {
  await pool.query(`insert into public.phone_numbers (id, number, business_name) values ($1, '+15005550996', 'Webhook test')`, [phone]);
});

afterAll(async () => {
  await pool.query(`delete from public.phone_numbers where id = $1`, [phone]);
  await pool.query(`delete from private.webhook_event_keys where phone_id = $1`, [phone]);
  await senders.end();
});

describe('record_webhook_event', () => {
  it(`stores one event for ${DELIVERIES} concurrent deliveries of it, and tells each the same id`, async () => {
    const results = await Promise.all(Array.from({ length: DELIVERIES }, () => deliver('EVCONCURRENT')));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(new Set(results.map((r) => r.event_id)).size).toBe(1);
    const { rows } = await pool.query(`select count(*)::int as n from public.webhook_events where phone_id = $1`, [phone]);
    expect(rows[0]).toEqual({ n: 1 });
  });
});
