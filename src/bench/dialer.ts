/**
 * The dialer's hand-out rate: one dialer on one connection as the service
 * role claims contacts of a running campaign in batches and reports every
 * call (claim_campaign_contacts, then finish_campaign_contact per contact,
 * each statement its own transaction, as the dialer sends them), against a
 * campaign and phone whose limits never hold it back. Claims of one campaign
 * take turns on its row, so the claim rate is about the most one campaign
 * hands out however many dialers ask. Everything it creates (a phone number,
 * its campaign and contacts) is removed.
 */
import type pg from 'pg';

const PHONE = 'bench-dialer';
const CAMPAIGN = '00000000-0000-4000-8000-0000000000bd';

export type DialerResult = { contacts: number; batch: number; claimedPerSecond: number; finishedPerSecond: number };

async function tearDown(db: pg.Client): Promise<void> {
  await db.query(`delete from public.phone_numbers where id = $1`, [PHONE]);
}

export async function measureDialer(db: pg.Client, opts: { contacts: number; batch: number }): Promise<DialerResult> {
  await tearDown(db);
  try {
    await db.query(`insert into public.phone_numbers (id, number, business_name, max_concurrent_calls)
                    values ($1, '+15559990001', 'Dialer benchmark', 1000)`, [PHONE]);
    await db.query(`insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
                    select $1, d, '00:00', '24:00' from generate_series(0, 6) d`, [PHONE]);
    await db.query(`insert into public.campaigns (phone_id, id, name, caller_id, window_start, window_end, max_concurrent, status)
                    values ($1, $2, 'Dialer benchmark', '+15559990001', '00:00', '24:00', 1000, 'running')`, [PHONE, CAMPAIGN]);
    await db.query(`insert into public.campaign_contacts (phone_id, campaign_id, number)
                    select $1, $2, '+1555' || lpad(g::text, 7, '0') from generate_series(1, $3) g`, [PHONE, CAMPAIGN, opts.contacts]);
    await db.query('analyze public.campaign_contacts');
    await db.query('set role service_role');
    let claimMs = 0;
    let finishMs = 0;
    let handed = 0;
    for (;;) {
      let t0 = performance.now();
      const { rows } = await db.query<{ id: string }>('select id from public.claim_campaign_contacts($1, $2, $3)',
        [PHONE, CAMPAIGN, opts.batch]);
      claimMs += performance.now() - t0;
      if (rows.length === 0) break;
      handed += rows.length;
      t0 = performance.now();
      for (const r of rows) {
        await db.query(`select from public.finish_campaign_contact($1, $2, 'answered', $3)`, [PHONE, r.id, 'CABENCHDIAL' + handed]);
      }
      finishMs += performance.now() - t0;
    }
    return {
      contacts: handed,
      batch: opts.batch,
      claimedPerSecond: handed / (claimMs / 1000),
      finishedPerSecond: handed / ((claimMs + finishMs) / 1000),
    };
  } finally {
    await db.query('reset role');
    await tearDown(db).catch(() => undefined);
  }
}
