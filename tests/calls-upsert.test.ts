/**
 * A webhook retried while earlier attempts are still in flight: every retry
 * upserts on (phone_id, call_sid), and however the retries race, one call is
 * stored and counted once. pgTAP runs in a single session, so the race lives here.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, url } from './support/db.ts';

const { rows } = connect();
const phone = `race-${process.pid}`;
const RETRIES = 12;

const upsert = `
  insert into public.calls (phone_id, call_sid, caller_number, status)
  values ($1, $2, '+14155550123', $3)
  on conflict (phone_id, call_sid) do update
    set status = excluded.status, updated_at = now()`;

beforeAll(async () => {
  await rows(`insert into public.phone_numbers (id, number, business_name) values ($1, $2, 'Race test')`, [
    phone,
    `+1555${String(process.pid).padStart(7, '0').slice(-7)}`,
  ]);
});
afterAll(async () => {
  await rows('delete from public.phone_numbers where id = $1', [phone]);
});

/** Clients of their own, so statements really run at the same time. */
async function clients(n: number): Promise<pg.Client[]> {
  return Promise.all(
    Array.from({ length: n }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
}

describe('webhook retries racing on one call_sid', () => {
  it.each([['ringing'], ['answered']])(
    `store one %s call, counted once, when ${RETRIES} retries wait on the first`,
    async (status) => {
      const sid = `CARACE${status}`;
      const all = await clients(RETRIES + 1);
      const [first, ...retries] = all as [pg.Client, ...pg.Client[]];
      try {
        // The first attempt inserts and holds its transaction open; every
        // retry then blocks on the unique index until it commits.
        await first.query('begin');
        if (status === 'answered') await first.query(upsert, [phone, sid, 'ringing']);
        await first.query(upsert, [phone, sid, status]);
        const pending = retries.map((c) => c.query(upsert, [phone, sid, status]));
        // Wait until every retry is really blocked on the first attempt's lock.
        const pids = retries.map((c) => (c as unknown as { processID: number }).processID);
        for (let i = 0; ; i++) {
          const [row] = await rows<{ waiting: number }>(
            `select count(*)::int as waiting from pg_stat_activity where pid = any ($1) and wait_event_type = 'Lock'`,
            [pids],
          );
          const waiting = row?.waiting ?? 0;
          if (waiting === RETRIES) break;
          if (i > 500) throw new Error(`only ${waiting} of ${RETRIES} retries are waiting on the lock`);
          await new Promise((r) => setTimeout(r, 10));
        }
        await first.query('commit');
        const results = await Promise.allSettled(pending);
        expect(results.filter((r) => r.status === 'rejected')).toEqual([]);

        const calls = await rows('select status from public.calls where phone_id = $1 and call_sid = $2', [phone, sid]);
        expect(calls).toEqual([{ status }]);
        const [stats] = await rows<{ total: number; answered: number }>(
          `select coalesce(sum(total_calls), 0)::int as total, coalesce(sum(answered_calls), 0)::int as answered
             from public.daily_call_stats where phone_id = $1`,
          [phone],
        );
        const [counted] = await rows<{ total: number; answered: number }>(
          `select count(*)::int as total, (count(*) filter (where answered_at is not null))::int as answered
             from public.calls where phone_id = $1`,
          [phone],
        );
        expect(stats).toEqual(counted);
      } finally {
        await Promise.all(all.map((c) => c.end()));
      }
    },
  );
});
