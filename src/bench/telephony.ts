/**
 * The telephony backend's hot writes under contention, each statement its own
 * transaction as the service role, as the workers send them:
 *
 *   call slots     `workers` connections claim a slot on one phone number
 *                  (limit 5), hold it for `holdMs`, release it, and start
 *                  again, for `seconds`: admitted and refused claims per
 *                  second, and the p99 of a claim (claims of one phone take
 *                  turns on its row, so this is the rate one phone sustains)
 *   webhook events `workers` connections record distinct events (and every
 *                  tenth one again, a provider's retry) into webhook_events
 *                  for `seconds`: events stored per second and the p99 of a
 *                  record_webhook_event call
 *
 * Everything it creates (a phone number, its slots, events and their keys)
 * is removed.
 */
import pg from 'pg';
import { benchUrl, p99 } from './harness.ts';

const PHONE = 'bench-telephony';

export type ContentionResult = {
  workers: number;
  seconds: number;
  slots: { admittedPerSecond: number; refusedPerSecond: number; p99Ms: number };
  events: { storedPerSecond: number; duplicates: number; p99Ms: number };
};

async function serviceRole(n: number): Promise<pg.Client[]> {
  return Promise.all(Array.from({ length: n }, async () => {
    const c = new pg.Client({ connectionString: benchUrl() });
    await c.connect();
    await c.query('set role service_role');
    return c;
  }));
}

async function tearDown(db: pg.Client): Promise<void> {
  await db.query(`delete from private.webhook_event_keys where phone_id = $1`, [PHONE]);
  await db.query(`delete from public.phone_numbers where id = $1`, [PHONE]);
}

export async function measureContention(
  db: pg.Client,
  opts: { workers: number; seconds: number; holdMs: number },
): Promise<ContentionResult> {
  await tearDown(db);
  const clients = await serviceRole(opts.workers);
  try {
    await db.query(`insert into public.phone_numbers (id, number, business_name, max_concurrent_calls)
                    values ($1, '+15559990002', 'Telephony benchmark', 5)`, [PHONE]);

    // Call slots.
    let admitted = 0;
    let refused = 0;
    const claimMs: number[] = [];
    const until = performance.now() + opts.seconds * 1000;
    await Promise.all(clients.map(async (c, w) => {
      for (let i = 0; performance.now() < until; i++) {
        const sid = `CABENCH${w}x${i}`;
        const t0 = performance.now();
        try {
          await c.query('select public.claim_call_slot($1, $2)', [PHONE, sid]);
          claimMs.push(performance.now() - t0);
          admitted++;
          await new Promise((r) => setTimeout(r, opts.holdMs));
          await c.query('select public.release_call_slot($1, $2)', [PHONE, sid]);
        } catch (e) {
          if ((e as { code?: string }).code !== '53400') throw e;
          claimMs.push(performance.now() - t0);
          refused++;
        }
      }
    }));

    // Webhook events.
    let stored = 0;
    let duplicates = 0;
    const recordMs: number[] = [];
    const eventsUntil = performance.now() + opts.seconds * 1000;
    await Promise.all(clients.map(async (c, w) => {
      for (let i = 0; performance.now() < eventsUntil; i++) {
        // Every tenth delivery repeats the one before it, as a provider's retry.
        const id = `EVBENCH${w}x${i % 10 === 9 ? i - 1 : i}`;
        const t0 = performance.now();
        const { rows } = await c.query<{ duplicate: boolean }>(
          `select duplicate from public.record_webhook_event($1, 'twilio', $2, 'call.completed', '{"CallStatus": "completed"}')`,
          [PHONE, id]);
        recordMs.push(performance.now() - t0);
        if (rows[0]?.duplicate) duplicates++;
        else stored++;
      }
    }));

    return {
      workers: opts.workers,
      seconds: opts.seconds,
      slots: { admittedPerSecond: admitted / opts.seconds, refusedPerSecond: refused / opts.seconds, p99Ms: p99(claimMs) },
      events: { storedPerSecond: stored / opts.seconds, duplicates, p99Ms: p99(recordMs) },
    };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
    await tearDown(db).catch(() => undefined);
  }
}
