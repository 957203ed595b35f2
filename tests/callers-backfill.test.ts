/**
 * The backfill of callers (supabase/migrations/20261130100200_callers_backfill.sql)
 * racing webhooks. pgTAP runs in one session (supabase/tests/callers/
 * backfill_between_the_steps.test.sql has the steps); the races live here.
 *
 * A caller the backfill has not reached yet holds only what changed since the
 * triggers' migration committed: no row, or a count that leaves out the calls
 * from before. This database already has the count rules that come after the
 * backfill (a count is never negative), so where a writer deletes, the
 * not-yet-backfilled row is made with a count too high rather than missing
 * (the pgTAP steps delete calls of missing rows). Then a writer and a recount
 * meet on the row in each order, held open at the meeting point, and the
 * migration's backfill loop runs while writers ingest, delete and move calls
 * in time;
 * every count must end equal to a recomputation from calls and archived calls.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { callersBackfill } from '../src/bench/harness.ts';
import { connect, url } from './support/db.ts';

const { rows } = connect();

const phones: string[] = [];
async function newPhone(label: string): Promise<string> {
  const id = `bfr-${label}-${process.pid}`;
  const n = phones.push(id);
  await rows(`insert into public.phone_numbers (id, number, business_name) values ($1, $2, 'Backfill race')`,
    [id, `+1556${String(process.pid * 10 + n).padStart(7, '0').slice(-7)}`]);
  return id;
}
afterAll(async () => {
  if (phones.length) await rows('delete from public.phone_numbers where id = any ($1)', [phones]);
});

async function clients(n: number): Promise<pg.Client[]> {
  return Promise.all(Array.from({ length: n }, async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    return c;
  }));
}

/** Waits until the backend of `c` waits for a lock (polling pg_stat_activity). */
async function blocked(c: pg.Client): Promise<void> {
  const pid = (c as unknown as { processID: number }).processID;
  for (let i = 0; ; i++) {
    const [r] = await rows<{ waiting: boolean }>(
      `select wait_event_type = 'Lock' as waiting from pg_stat_activity where pid = $1`, [pid]);
    if (r?.waiting) return;
    if (i > 1000) throw new Error(`backend ${pid} never waited for a lock`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The phone's callers rows with calls, and the recomputation they must equal. */
async function counted(phone: string) {
  const have = await rows(
    `select caller_number, call_count, first_call_at, last_call_at from public.callers
      where phone_id = $1 and call_count <> 0 order by 1`, [phone]);
  const want = await rows(
    `select caller_number, count(*)::int as call_count, min(created_at) as first_call_at, max(created_at) as last_call_at
       from (select caller_number, created_at from public.calls where phone_id = $1
             union all select caller_number, created_at from private.calls_archive where phone_id = $1) c
      group by 1 order by 1`, [phone]);
  return { have, want };
}

const X = '+13125550601';
const Y = '+13125550602';

/**
 * A phone whose callers X and Y have calls from before the triggers'
 * migration, not backfilled yet: no rows, or (`stale`) rows whose counts and
 * times are off.
 */
async function unbackfilled(label: string, stale = false): Promise<string> {
  const phone = await newPhone(label);
  await rows(
    `insert into public.calls (phone_id, call_sid, caller_number, created_at)
     select $1, 'CAbfr' || n, case when n % 2 = 0 then $2 else $3 end, now() - make_interval(days => n)
       from generate_series(1, 6) n`, [phone, X, Y]);
  if (stale) await rows(`update public.callers set call_count = 50, first_call_at = now(), last_call_at = now() where phone_id = $1`, [phone]);
  else await rows(`delete from public.callers where phone_id = $1`, [phone]);
  return phone;
}

const RECOUNT = 'select private.recount_callers($1::text[], $2::text[])';

describe('a recount and a webhook on the same caller', () => {
  it('a call committed while the recount waits for its row is counted once', async () => {
    const phone = await unbackfilled('insert-first');
    const [w, b] = (await clients(2)) as [pg.Client, pg.Client];
    try {
      // The webhook's trigger creates X's row and holds it, uncommitted.
      await w.query('begin');
      await w.query(`insert into public.calls (phone_id, call_sid, caller_number) values ($1, 'CAbfrlive', $2)`, [phone, X]);
      const recount = b.query(RECOUNT, [[phone, phone], [X, Y]]);
      await blocked(b);
      await w.query('commit');
      await recount;
      const { have, want } = await counted(phone);
      expect(want.find((r) => r.caller_number === X)?.call_count).toBe(4);
      expect(have).toEqual(want);
    } finally {
      await Promise.all([w.end(), b.end()]);
    }
  });

  it('a delete committed while the recount waits for its row is uncounted once', async () => {
    const phone = await unbackfilled('delete-first', true);
    const [w, b] = (await clients(2)) as [pg.Client, pg.Client];
    try {
      await w.query('begin');
      await w.query(`delete from public.calls where phone_id = $1 and call_sid = 'CAbfr2'`, [phone]);
      const recount = b.query(RECOUNT, [[phone, phone], [X, Y]]);
      await blocked(b);
      await w.query('commit');
      await recount;
      const { have, want } = await counted(phone);
      expect(want.find((r) => r.caller_number === X)?.call_count).toBe(2);
      expect(have).toEqual(want);
    } finally {
      await Promise.all([w.end(), b.end()]);
    }
  });

  it('a call written while the recount holds the row adds itself after it commits', async () => {
    const phone = await unbackfilled('recount-first');
    const [w, b] = (await clients(2)) as [pg.Client, pg.Client];
    try {
      await b.query('begin');
      await b.query(RECOUNT, [[phone, phone], [X, Y]]);
      const insert = w.query(`insert into public.calls (phone_id, call_sid, caller_number) values ($1, 'CAbfrlate', $2)`, [phone, Y]);
      await blocked(w);
      await b.query('commit');
      await insert;
      const { have, want } = await counted(phone);
      expect(want.find((r) => r.caller_number === Y)?.call_count).toBe(4);
      expect(have).toEqual(want);
    } finally {
      await Promise.all([w.end(), b.end()]);
    }
  });
});

describe('the backfill loop of 20261130100200_callers_backfill.sql', () => {
  it('recounts every caller exactly while 8 connections ingest, delete and move calls of the same callers in time', async () => {
    const phone = await newPhone('procedure');
    const callers = Array.from({ length: 40 }, (_, i) => `+1312555${String(7000 + i)}`);
    // Calls and archived calls from before the triggers' migration: rows not backfilled (stale).
    await rows(
      `insert into public.calls (phone_id, call_sid, caller_number, created_at)
       select $1, 'CAbfp' || n, ($2::text[])[1 + n % 40], now() - make_interval(days => n % 300, secs => n)
         from generate_series(1, 800) n`, [phone, callers]);
    await rows(
      `insert into private.calls_archive (phone_id, id, call_sid, caller_number, status, duration, created_at, updated_at)
       select $1, gen_random_uuid(), 'CAbfpold' || n, ($2::text[])[1 + n % 40], 'completed', 0,
              now() - make_interval(days => 400 + n), now() - make_interval(days => 400)
         from generate_series(1, 200) n`, [phone, callers]);
    await rows(`update public.callers set call_count = call_count + 100, first_call_at = now(), last_call_at = now() where phone_id = $1`,
      [phone]);

    const writers = await clients(8);
    const [backfill] = await clients(1);
    const errors: string[] = [];
    try {
      await Promise.all(writers.map((c) => c.query('set role service_role')));
      // The migration's own loop, in batches of 7 callers.
      const done = backfill!.query(callersBackfill(7));
      let stop = false;
      void done.finally(() => { stop = true; });
      await Promise.all(writers.map(async (c, w) => {
        // At least 30 writes each, and on until the backfill is over.
        for (let i = 0; i < 30 || !stop; i++) {
          const caller = callers[(w * 7 + i) % 40]!;
          const sid = `CAbfpw${w}x${i}`;
          await c.query(
            `select from public.ingest_call_event($1, $2, $3, now() - make_interval(mins => $4::int), 'ringing')`,
            [phone, sid, caller, i],
          ).catch((e: Error) => errors.push(`ingest ${sid}: ${e.message}`));
          if (i % 5 === 4) {
            await c.query(`delete from public.calls where phone_id = $1 and call_sid = $2`, [phone, `CAbfp${w * 100 + i}`])
              .catch((e: Error) => errors.push(`delete: ${e.message}`));
          }
          if (i % 9 === 8) {
            // A late "ringing" moves an earlier call back in time.
            await c.query(`select from public.ingest_call_event($1, $2, $3, now() - interval '2 days', 'ringing')`,
              [phone, `CAbfpw${w}x${i - 8}`, callers[(w * 7 + i - 8) % 40]])
              .catch((e: Error) => errors.push(`late ringing: ${e.message}`));
          }
        }
      }));
      await done;
    } finally {
      await Promise.all([...writers, backfill!].map((c) => c.end()));
    }
    expect(errors).toEqual([]);
    const { have, want } = await counted(phone);
    expect(want.length).toBe(40);
    expect(have).toEqual(want);
  });
});
