/**
 * Outbound campaigns under contention, as the dialer's workers reach them:
 * 20 dialers, each on its own connection as the service role, claim and
 * finish contacts of two campaigns of one phone number at once. No contact
 * goes to two dialers, neither campaign ever has more contacts dialing than
 * its max_concurrent, the phone never more calls in progress than its limit,
 * and the counts add up. A pause stops the hand-out at once, and resume goes
 * on where it stopped. Admins create campaigns and import 10,000 numbers in
 * one call through the typed queries; progress is counted from its index.
 * Needs committed rows seen by many sessions, so it creates its own tenant
 * and removes it afterwards.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser } from '../src/as-user.ts';
import { createDb } from '../src/db.ts';
import {
  campaignProgress,
  createCampaign,
  importCampaignContacts,
  pauseCampaign,
  resumeCampaign,
  scheduleCampaign,
  type CampaignProgress,
} from '../src/queries.ts';
import { connect, url } from './support/db.ts';

const DIALERS = 20;
/** The phone's limit, and the inbound calls in progress all along: 4 calls left for the campaigns. */
const PHONE_LIMIT = 6;
const LIVE = 2;
/** Each campaign's max_concurrent: together they could dial 6, the phone leaves them 4. */
const CAMPAIGN_LIMIT = 3;
const CONTACTS = 300;

const { pool } = connect();
const db = createDb(url, { max: 4 });
const phone = `camp-${process.pid}`;
const users = { admin: randomUUID(), viewer: randomUUID() };
const as = (id: string) => ({ role: 'authenticated', sub: id }) as const;
const admin = as(users.admin);
const dialers: pg.Client[] = [];

beforeAll(async () => {
  await pool.query(`delete from public.phone_numbers where id = $1`, [phone]);
  await pool.query(`insert into public.phone_numbers (id, number, business_name, timezone, max_concurrent_calls)
                    values ($1, '+15005550996', 'Campaigns test', 'America/Denver', $2)`, [phone, PHONE_LIMIT]);
  await pool.query(`insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
                    select $1, d, '00:00', '24:00' from generate_series(0, 6) d`, [phone]);
  await pool.query(
    `insert into auth.users (id, aud, role, email)
     select u::uuid, 'authenticated', 'authenticated', u || '@campaigns.test' from unnest($1::text[]) u`,
    [Object.values(users)],
  );
  await pool.query(`insert into public.phone_members (phone_id, user_id, role) values ($1, $2, 'admin'), ($1, $3, 'viewer')`,
    [phone, users.admin, users.viewer]);
  for (let i = 0; i < DIALERS; i++) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('set role service_role');
    dialers.push(c);
  }
});

afterAll(async () => {
  await Promise.all(dialers.map((c) => c.end()));
  await pool.query(`delete from public.phone_numbers where id = $1`, [phone]);
  await pool.query(`delete from auth.users where id = any ($1::uuid[])`, [Object.values(users)]);
  await db.destroy();
});

/** A campaign of the test's phone, dialing all day, created and filled by the admin through the typed queries. */
async function campaign(name: string, numbers: string[], p: { maxConcurrent: number; maxAttempts: number }): Promise<string> {
  return asUser(db, admin, async (trx) => {
    const c = await createCampaign(trx, {
      phoneId: phone, name, callerId: '+15005550996', windowStart: '00:00', windowEnd: '24:00', maxConcurrent: p.maxConcurrent,
    });
    await importCampaignContacts(trx, { phoneId: phone, campaignId: c.id, numbers, maxAttempts: p.maxAttempts });
    await scheduleCampaign(trx, { phoneId: phone, campaignId: c.id });
    return c.id;
  });
}

const numbers = (prefix: string, n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `+1${prefix}${String(from + i).padStart(7, '0')}`);

/** What the dialer reports for a number: decided by its last digit. */
function outcomeOf(number: string): 'answered' | 'voicemail' | 'no_answer' | 'invalid_number' {
  const d = Number(number.at(-1));
  return d <= 5 ? 'answered' : d === 6 ? 'voicemail' : d <= 8 ? 'no_answer' : 'invalid_number';
}

/** The inbound calls in progress all along (their heartbeats fresh, so the reaper leaves them). */
async function holdLiveCalls(): Promise<void> {
  await pool.query(`delete from public.live_calls where phone_id = $1`, [phone]);
  await pool.query(`insert into public.live_calls (phone_id, call_sid) select $1, 'CAcampaignLive' || g from generate_series(1, $2) g`,
    [phone, LIVE]);
}

type Handout = { id: string; number: string; campaign: string; at: number };

/**
 * The dialers' side: what they were handed, and how many contacts they held
 * at most. A dialer counts a contact from the commit of its claim to the
 * moment before it reports the call, a span within which the database
 * counts it dialing: what a dialer holds is at most what the database does.
 */
class Floor {
  handed: Handout[] = [];
  holding = new Map<string, number>();
  maxHolding = new Map<string, number>();
  maxTotal = 0;
  claimsAfter = 0;
  handedAfter = 0;
  mark: number | null = null;

  claims = 0;
  errors: string[] = [];

  took(campaign: string, rows: { id: string; number: string }[]): void {
    const now = performance.now();
    this.claims++;
    if (this.mark !== null) {
      this.claimsAfter++;
      this.handedAfter += rows.length;
    }
    for (const r of rows) this.handed.push({ ...r, campaign, at: now });
    this.holding.set(campaign, (this.holding.get(campaign) ?? 0) + rows.length);
    this.maxHolding.set(campaign, Math.max(this.maxHolding.get(campaign) ?? 0, this.holding.get(campaign)!));
    this.maxTotal = Math.max(this.maxTotal, [...this.holding.values()].reduce((a, b) => a + b, 0));
  }

  released(campaign: string): void {
    this.holding.set(campaign, (this.holding.get(campaign) ?? 0) - 1);
  }

  count(campaign: string): number {
    return this.handed.filter((h) => h.campaign === campaign).length;
  }
}

/**
 * One dialer: claims up to 2 contacts, "calls" them for a few milliseconds,
 * reports each, and goes on until `done`; with nothing to claim it asks again
 * shortly. With `holdTurn` (seconds), a claim that got contacts keeps its
 * transaction open that long before committing, as a slow dialer might: a
 * hand-out that is not yet committed must still hold back every other.
 */
async function dial(client: pg.Client, floor: Floor, campaignId: string, worker: string, done: () => boolean, holdTurn = 0) {
  const claim = 'select id, number from public.claim_campaign_contacts($1, $2, 2, $3)';
  try {
    while (!done()) {
      let rows: { id: string; number: string }[];
      if (holdTurn > 0) {
        await client.query('begin');
        try {
          ({ rows } = await client.query<{ id: string; number: string }>(claim, [phone, campaignId, worker]));
          if (rows.length > 0) await client.query('select pg_sleep($1)', [holdTurn]);
          await client.query('commit');
        } catch (e) {
          await client.query('rollback');
          throw e;
        }
      } else {
        ({ rows } = await client.query<{ id: string; number: string }>(claim, [phone, campaignId, worker]));
      }
      floor.took(campaignId, rows);
      if (rows.length === 0) {
        await delay(25);
        continue;
      }
      await delay(5);
      for (const r of rows) {
        floor.released(campaignId);
        await client.query('select public.finish_campaign_contact($1, $2, $3, $4)',
          [phone, r.id, outcomeOf(r.number), `CA${r.id.replaceAll('-', '')}`]);
      }
    }
  } catch (e) {
    // This dialer stops; the others go on, and the test names what happened.
    floor.errors.push(`${worker}: ${(e as Error).message}`);
  }
}

/** The database's side: contacts dialing per campaign and calls in progress on the phone, sampled until `done`. */
async function watch(done: () => boolean) {
  const seen = { maxByCampaign: new Map<string, number>(), maxPhone: 0, samples: 0 };
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    while (!done()) {
      const { rows } = await c.query<{ campaign_id: string | null; n: number }>(
        `select campaign_id, count(*)::int as n from public.campaign_contacts where phone_id = $1 and status = 'dialing' group by campaign_id
         union all select null, count(*)::int from public.live_calls where phone_id = $1`, [phone]);
      let phoneTotal = 0;
      for (const r of rows) {
        phoneTotal += r.n;
        if (r.campaign_id) seen.maxByCampaign.set(r.campaign_id, Math.max(seen.maxByCampaign.get(r.campaign_id) ?? 0, r.n));
      }
      seen.maxPhone = Math.max(seen.maxPhone, phoneTotal);
      seen.samples++;
      await delay(5);
    }
  } finally {
    await c.end();
  }
  return seen;
}

const progress = async (campaignId: string): Promise<CampaignProgress> => {
  const [p] = await asUser(db, as(users.viewer), (trx) => campaignProgress(trx, { phoneId: phone, campaignIds: [campaignId] }));
  if (!p) throw new Error(`no progress for ${campaignId}`);
  return p;
};

/**
 * A campaign's progress as a viewer, with what it read: scans of
 * campaign_contacts (sequential) and of campaign_contacts_progress_idx, from
 * the transaction's own statistics (EXPLAIN cannot see into the function).
 */
async function progressReads(campaignId: string) {
  return asUser(db, as(users.viewer), async (trx) => {
    const stats = async () => (await sql<{ seq: string; idx: string }>`
      select pg_stat_get_xact_numscans('public.campaign_contacts'::regclass) as seq,
             pg_stat_get_xact_numscans('public.campaign_contacts_progress_idx'::regclass) as idx`.execute(trx)).rows[0]!;
    const before = await stats();
    const result = await campaignProgress(trx, { phoneId: phone, campaignIds: [campaignId] });
    const after = await stats();
    return { result, seq: Number(after.seq) - Number(before.seq), idx: Number(after.idx) - Number(before.idx) };
  });
}

/** Expected counts from the outcomes the dialers reported, each contact dialed once. */
function expected(campaignId: string, all: string[], maxAttempts: number): CampaignProgress {
  const tally = { answered: 0, voicemail: 0, no_answer: 0, invalid_number: 0 };
  for (const n of all) tally[outcomeOf(n)]++;
  const retried = maxAttempts > 1 ? tally.no_answer : 0;
  return {
    campaignId, pending: retried, dialing: 0, completed: tally.answered + tally.voicemail,
    failed: tally.invalid_number + tally.no_answer - retried, skipped: 0, total: all.length,
  };
}

describe('campaigns', () => {
  it('import 10,000 numbers in one call and skip duplicates; the dialer finds due contacts by their index', async ({ annotate }) => {
    const first = numbers('666', 10_000);
    const again = numbers('666', 10_000, 5_000);
    const c = await asUser(db, admin, (trx) => createCampaign(trx, {
      phoneId: phone, name: 'Bulk', callerId: '+15005550996', windowStart: '00:00', windowEnd: '24:00',
    }));
    let t0 = performance.now();
    const imported = await asUser(db, admin, (trx) => importCampaignContacts(trx, { phoneId: phone, campaignId: c.id, numbers: first }));
    const firstMs = performance.now() - t0;
    t0 = performance.now();
    const overlapping = await asUser(db, admin, (trx) => importCampaignContacts(trx, { phoneId: phone, campaignId: c.id, numbers: again }));
    const againMs = performance.now() - t0;
    await annotate(`10,000 new numbers imported in ${firstMs.toFixed(0)} ms; 10,000 of which 5,000 already there in ${againMs.toFixed(0)} ms`);
    expect(imported).toEqual({ submitted: 10_000, imported: 10_000, duplicates: 0 });
    expect(overlapping).toEqual({ submitted: 10_000, imported: 5_000, duplicates: 5_000 });

    expect(await progress(c.id)).toEqual({ campaignId: c.id, pending: 15_000, dialing: 0, completed: 0, failed: 0, skipped: 0, total: 15_000 });

    // The dialer's claim reads the due contacts from campaign_contacts_due_idx
    // (rolled back), with the table as autovacuum keeps it.
    await pool.query('vacuum analyze public.campaign_contacts');
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`update public.campaigns set status = 'scheduled' where phone_id = $1 and id = $2`, [phone, c.id]);
      await client.query('set local role service_role');
      const before = await client.query<{ seq: string; idx: string }>(
        `select pg_stat_get_xact_numscans('public.campaign_contacts'::regclass) as seq,
                pg_stat_get_xact_numscans('public.campaign_contacts_due_idx'::regclass) as idx`);
      const claimed = await client.query('select * from public.claim_campaign_contacts($1, $2, 1)', [phone, c.id]);
      const after = await client.query<{ seq: string; idx: string }>(
        `select pg_stat_get_xact_numscans('public.campaign_contacts'::regclass) as seq,
                pg_stat_get_xact_numscans('public.campaign_contacts_due_idx'::regclass) as idx`);
      expect(claimed.rowCount).toBe(1);
      expect(Number(after.rows[0]!.seq) - Number(before.rows[0]!.seq), 'sequential scans of campaign_contacts').toBe(0);
      expect(Number(after.rows[0]!.idx) - Number(before.rows[0]!.idx), 'scans of campaign_contacts_due_idx').toBeGreaterThan(0);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });

  it(`${DIALERS} concurrent dialers never share a contact, never exceed the campaign's or the phone's limit, and the counts add up`, async ({ annotate }) => {
    await holdLiveCalls();
    const listA = numbers('555', CONTACTS);
    const listB = numbers('556', CONTACTS);
    const a = await campaign('Dialers A', listA, { maxConcurrent: CAMPAIGN_LIMIT, maxAttempts: 2 });
    const b = await campaign('Dialers B', listB, { maxConcurrent: CAMPAIGN_LIMIT, maxAttempts: 1 });

    const floor = new Floor();
    let running = true;
    const watching = watch(() => !running);
    const t0 = performance.now();
    await Promise.all(dialers.map((client, i) => {
      const id = i % 2 === 0 ? a : b;
      return dial(client, floor, id, `dialer-${i}`, () => floor.count(id) >= CONTACTS);
    })).finally(() => { running = false; });
    const ms = performance.now() - t0;
    const seen = await watching;
    await annotate(`${2 * CONTACTS} contacts handed out and finished by ${DIALERS} dialers in ${ms.toFixed(0)} ms ` +
      `(${floor.claims} claims); ${seen.samples} samples of the database while they ran`);

    // Never the same contact to two dialers: each handed out once, all of them.
    const ids = floor.handed.map((h) => h.id);
    expect(ids.length - new Set(ids).size, 'contacts handed out twice').toBe(0);
    expect(floor.errors, 'what stopped a dialer').toEqual([]);
    expect([floor.count(a), floor.count(b)]).toEqual([CONTACTS, CONTACTS]);

    // Never over a limit, as the dialers held them and as the database counted them.
    expect(Math.max(floor.maxHolding.get(a)!, floor.maxHolding.get(b)!), "most contacts a campaign's dialers held").toBeLessThanOrEqual(CAMPAIGN_LIMIT);
    expect(floor.maxTotal, 'most contacts all dialers held').toBeLessThanOrEqual(PHONE_LIMIT - LIVE);
    expect(Math.max(seen.maxByCampaign.get(a) ?? 0, seen.maxByCampaign.get(b) ?? 0), 'most contacts of a campaign dialing').toBeLessThanOrEqual(CAMPAIGN_LIMIT);
    expect(seen.maxPhone, 'most calls in progress on the phone').toBeLessThanOrEqual(PHONE_LIMIT);
    // The phone's limit was reached, so it was what held the dialers back.
    expect(seen.maxPhone, "the phone's limit was reached").toBe(PHONE_LIMIT);

    // The counts add up: what the dialers reported is what the campaigns say,
    // counted from the progress index (the table also holds the 15,000
    // contacts of Bulk), never by reading the table.
    await pool.query('vacuum analyze public.campaign_contacts');
    const read = await progressReads(a);
    expect(read.result).toEqual([expected(a, listA, 2)]);
    expect(read.seq, 'sequential scans of campaign_contacts').toBe(0);
    expect(read.idx, 'scans of campaign_contacts_progress_idx').toBeGreaterThan(0);
    expect(await progress(b)).toEqual(expected(b, listB, 1));
    const { rows } = await pool.query<{ id: string; status: string; attempts: number }>(
      `select c.id, c.status::text, (select sum(k.attempts)::int from public.campaign_contacts k where k.phone_id = c.phone_id and k.campaign_id = c.id) as attempts
         from public.campaigns c where c.phone_id = $1 and c.id in ($2, $3) order by c.id = $2 desc`, [phone, a, b]);
    // A still has its unanswered contacts to retry; B (one attempt each) has nothing left and completed.
    expect(rows).toEqual([{ id: a, status: 'running', attempts: CONTACTS }, { id: b, status: 'completed', attempts: CONTACTS }]);
  });

  it('a pause stops the hand-out at once, and resume goes on where it stopped', async () => {
    await holdLiveCalls();
    const list = numbers('557', 200);
    const c = await campaign('Paused', list, { maxConcurrent: PHONE_LIMIT - LIVE, maxAttempts: 1 });
    const handedInDb = async () =>
      Number((await pool.query<{ n: string }>(`select count(*) as n from public.campaign_contacts where phone_id = $1 and campaign_id = $2 and attempts > 0`,
        [phone, c])).rows[0]!.n);

    // Ten dialers, each holding its turn 10 ms after a claim: a claim is
    // under way at almost any moment, also when the pause comes.
    const floor = new Floor();
    let paused = false;
    const ten = dialers.slice(0, 10);
    const before = Promise.all(ten.map((client, i) =>
      dial(client, floor, c, `dialer-${i}`, () => paused && floor.claimsAfter >= 5 * ten.length, 0.01)));
    while (floor.count(c) < 60 && floor.errors.length === 0) await delay(5);
    await asUser(db, admin, (trx) => pauseCampaign(trx, { phoneId: phone, campaignId: c }));
    paused = true;
    floor.mark = performance.now();
    const atPause = await handedInDb();
    await before;

    expect(floor.errors, 'what stopped a dialer').toEqual([]);
    // Every claim after the pause returned got nothing, and the database
    // handed out nothing after it either.
    expect(floor.claimsAfter).toBeGreaterThanOrEqual(5 * ten.length);
    expect(floor.handedAfter, 'contacts handed to claims made after the pause').toBe(0);
    expect(await handedInDb(), 'contacts handed out after the pause returned').toBe(atPause);
    expect(floor.count(c)).toBe(atPause);
    expect(atPause).toBeLessThan(list.length);

    await asUser(db, admin, (trx) => resumeCampaign(trx, { phoneId: phone, campaignId: c }));
    floor.mark = null;
    await Promise.all(ten.map((client, i) => dial(client, floor, c, `dialer-${i}`, () => floor.count(c) >= list.length)));

    // Resumed, it handed out the rest: each contact once, none twice.
    expect(floor.errors, 'what stopped a dialer').toEqual([]);
    const ids = floor.handed.map((h) => h.id);
    expect(new Set(ids).size).toBe(list.length);
    expect(ids).toHaveLength(list.length);
    expect(await handedInDb()).toBe(list.length);
    expect(await progress(c)).toEqual(expected(c, list, 1));
    const { rows } = await pool.query(`select status::text from public.campaigns where phone_id = $1 and id = $2`, [phone, c]);
    expect(rows).toEqual([{ status: 'completed' }]);
  });

  it('refuses a claim or a finish in a transaction whose snapshot could hide another dialer\'s', async () => {
    const client = dialers[0]!;
    for (const statement of [
      `select public.claim_campaign_contacts('${phone}', '${randomUUID()}', 1)`,
      `select public.finish_campaign_contact('${phone}', '${randomUUID()}', 'answered')`,
    ]) {
      await client.query('begin isolation level repeatable read');
      const outcome = await client.query(statement).then(() => 'ran', (e: { code?: string }) => e.code);
      await client.query('rollback');
      expect(outcome, statement).toBe('25000');
    }
  });
});
