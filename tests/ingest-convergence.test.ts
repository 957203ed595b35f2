/**
 * Call events converge: the telephony backend posts each call's events
 * through public.ingest_call_event late, out of order, repeated and from many
 * connections at once. Whatever the order, the calls, their metadata and the
 * statistics must equal what the same events give applied once, in order, on
 * one connection, and so must the caller directory. pgTAP runs in one
 * session, so the race lives here.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, url } from './support/db.ts';

const { rows } = connect();
const SENDERS = 64;
const CALLS = 20;
const ROUNDS = 3;
const TZ = 'America/Los_Angeles';

type Event = {
  call_sid: string;
  caller_number: string;
  occurred_at: string;
  status: 'ringing' | 'answered' | 'completed' | 'failed' | null;
  duration?: number;
  transcript?: string;
  recording_url?: string;
  metadata?: Record<string, string>;
  tags?: string[];
  direction?: 'inbound' | 'outbound';
  ended_reason?: 'heartbeat_lost' | 'caller_hung_up' | 'transferred';
  billed_seconds?: number;
  cost?: number;
  transferred_to?: string;
};

/** A small seeded generator, so a failing round can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The events of CALLS calls, in the order they happened. Calls start around
 * local midnight, so a late "ringing" can move a call to the day before; some
 * calls never report "answered", some fail, some lose "ringing", and content
 * (transcript, recording, metadata, tags) arrives in events of its own.
 */
function callEvents(rand: () => number): Event[] {
  const midnight = Date.parse('2026-11-21T08:00:00Z'); // 00:00 in Los Angeles
  const events: Event[] = [];
  for (let i = 0; i < CALLS; i++) {
    const call_sid = `CAconv${String(i).padStart(3, '0')}`;
    const caller_number = `+1415555${String(1000 + (i % 7)).slice(-4)}`;
    const start = midnight + Math.round((rand() - 0.5) * 120_000) + (i % 3) * 0.123;
    const answer = start + 3_000 + Math.round(rand() * 20_000) + 0.456;
    const talk = 5 + Math.floor(rand() * 600);
    // The provider's duration is the talk time rounded either way, so the stand-in
    // answer (end - duration) falls before or after the reported one.
    const end = answer + talk * 1000 + Math.round((rand() - 0.5) * 1800);
    const at = (ms: number) => new Date(ms).toISOString();
    const kind = i % 5;
    const call = (e: Omit<Event, 'call_sid' | 'caller_number'>) => events.push({ call_sid, caller_number, ...e });
    if (kind !== 4) call({ occurred_at: at(start), status: 'ringing' });
    if (kind === 0 || kind === 3 || kind === 4) call({ occurred_at: at(answer), status: 'answered' });
    if (kind === 2) call({ occurred_at: at(end), status: 'failed' });
    else if (kind === 3) call({ occurred_at: at(end), status: 'failed' });
    else call({ occurred_at: at(end), status: 'completed', duration: kind === 1 && i % 2 ? undefined : talk });
    if (kind !== 2) {
      call({ occurred_at: at(end + 5_000), status: null, transcript: `Transcript of ${call_sid}` });
      call({ occurred_at: at(end + 6_000), status: null, recording_url: `https://recordings.example.com/${call_sid}.mp3` });
    }
    call({ occurred_at: at(end + 7_000), status: null, metadata: { intent: i % 2 ? 'booking' : 'question' }, tags: ['inbound'] });
    call({ occurred_at: at(end + 8_000), status: null, metadata: { language: 'en' }, tags: i % 3 ? ['vip'] : ['new-patient', 'inbound'] });
    // Hangup data, with events that disagree: the reaper's heartbeat_lost and
    // the provider's own reason, a first and a final bill.
    if (i % 4 === 0) call({ occurred_at: at(start), status: null, direction: 'outbound' });
    if (kind === 3) call({ occurred_at: at(end + 1_000), status: null, ended_reason: 'heartbeat_lost' });
    call({ occurred_at: at(end + 9_000), status: null, ended_reason: i % 6 ? 'caller_hung_up' : 'transferred',
           billed_seconds: talk, cost: talk * 0.0001, ...(i % 6 ? {} : { transferred_to: '+14155550999' }) });
    if (i % 2) call({ occurred_at: at(end + 10_000), status: null, billed_seconds: talk + 60, cost: (talk + 60) * 0.0001 });
  }
  return events;
}

const INGEST = `select 1 from public.ingest_call_event(
  phone_id => $1, call_sid => $2, caller_number => $3, occurred_at => $4, status => $5,
  duration => $6, transcript => $7, recording_url => $8, metadata => $9, tags => $10,
  direction => $11, ended_reason => $12, billed_seconds => $13, cost => $14, currency => $15, transferred_to => $16)`;

function ingest(c: pg.Client, phone: string, e: Event) {
  return c.query(INGEST, [
    phone, e.call_sid, e.caller_number, e.occurred_at, e.status, e.duration ?? null, e.transcript ?? null,
    e.recording_url ?? null, e.metadata ? JSON.stringify(e.metadata) : null, e.tags ?? null,
    e.direction ?? null, e.ended_reason ?? null, e.billed_seconds ?? null, e.cost ?? null,
    e.cost === undefined ? null : 'USD', e.transferred_to ?? null,
  ]);
}

/** What a phone's calls, metadata, statistics and callers hold, without ids or bookkeeping times. */
async function stateOf(phone: string) {
  const calls = await rows(
    `select call_sid, caller_number, status, created_at, answered_at, ended_at, duration, transcript, recording_url,
            direction, ended_reason, billed_seconds, cost, currency, transferred_to
       from public.calls where phone_id = $1 order by call_sid`, [phone]);
  const metadata = await rows(
    `select c.call_sid, m.metadata, m.tags from public.call_metadata m
       join public.calls c on c.phone_id = m.phone_id and c.id = m.call_id
      where m.phone_id = $1 order by c.call_sid`, [phone]);
  const stats = await rows(
    `select day, total_calls, answered_calls, completed_calls, failed_calls, total_duration, unique_callers
       from public.daily_call_stats where phone_id = $1 and total_calls > 0 order by day`, [phone]);
  const callers = await rows(
    `select caller_number, call_count, first_call_at, last_call_at from public.callers where phone_id = $1 order by 1`, [phone]);
  return { calls, metadata, stats, callers };
}

const phones: string[] = [];
async function newPhone(label: string): Promise<string> {
  const id = `conv-${label}-${process.pid}`;
  const n = phones.push(id);
  await rows(`insert into public.phone_numbers (id, number, business_name, timezone) values ($1, $2, 'Convergence test', $3)`,
    [id, `+1555${String(process.pid * 10 + n).padStart(7, '0').slice(-7)}`, TZ]);
  return id;
}
afterAll(async () => {
  if (phones.length) await rows('delete from public.phone_numbers where id = any ($1)', [phones]);
});

async function serviceRoleClients(n: number): Promise<pg.Client[]> {
  return Promise.all(Array.from({ length: n }, async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('set role service_role');
    return c;
  }));
}

describe('ingest_call_event', () => {
  it.each(Array.from({ length: ROUNDS }, (_, r) => [20261129 + r]))(
    `gives the same calls, metadata, statistics and callers for events shuffled, repeated and sent by ${SENDERS} connections at once (seed %i)`,
    async (seed) => {
      const rand = random(seed);
      const events = callEvents(rand);

      // The reference: every event once, in the order it happened, one connection.
      const inOrder = await newPhone(`ref${seed}`);
      const [single] = await serviceRoleClients(1);
      try {
        for (const e of events) await ingest(single!, inOrder, e);
      } finally {
        await single!.end();
      }

      // The race: each event one to three times, all shuffled, shared by the senders.
      const raced = await newPhone(`race${seed}`);
      const queue = events.flatMap((e) => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => e));
      for (let i = queue.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [queue[i], queue[j]] = [queue[j]!, queue[i]!];
      }
      const senders = await serviceRoleClients(SENDERS);
      const errors: string[] = [];
      try {
        let next = 0;
        await Promise.all(senders.map(async (c) => {
          while (next < queue.length) {
            const e = queue[next++]!;
            await ingest(c, raced, e).catch((err: Error) => errors.push(`${e.call_sid} ${e.status}: ${err.message}`));
          }
        }));
      } finally {
        await Promise.all(senders.map((c) => c.end()));
      }

      expect(errors).toEqual([]);
      const [want, got] = [await stateOf(inOrder), await stateOf(raced)];
      expect(want.calls).toHaveLength(CALLS);
      expect(got.calls).toEqual(want.calls);
      expect(got.metadata).toEqual(want.metadata);
      expect(got.stats).toEqual(want.stats);
      expect(got.callers).toEqual(want.callers);
      // And the statistics are those of the calls (the triggers kept up with the race).
      const recomputed = await rows(
        `select (created_at at time zone $2)::date as day, count(*)::int as total_calls,
                (count(*) filter (where answered_at is not null))::int as answered_calls,
                (count(*) filter (where status = 'completed'))::int as completed_calls,
                (count(*) filter (where status = 'failed'))::int as failed_calls,
                coalesce(sum(duration) filter (where status = 'completed'), 0)::int as total_duration,
                count(distinct caller_number)::int as unique_callers
           from public.calls where phone_id = $1 group by 1 order by 1`, [raced, TZ]);
      expect(got.stats.map((s) => ({ ...s, total_duration: Number(s.total_duration) }))).toEqual(recomputed);
      // And the callers are those of the calls: counted once each, first and last their starts.
      expect(got.callers).toEqual(await rows(
        `select caller_number, count(*)::int as call_count, min(created_at) as first_call_at, max(created_at) as last_call_at
           from public.calls where phone_id = $1 group by 1 order by 1`, [raced]));
      expect(got.callers).toHaveLength(7);
    },
    120_000,
  );
});
