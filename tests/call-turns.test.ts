/**
 * Turns as providers deliver them: the same turns many times at once, each
 * delivery on its own connection as the service role, end as one row per turn
 * and no delivery fails; a delivery held open makes the others wait on the
 * key, then report the turn as already there, and a changed turn among them
 * is refused without storing anything; overlapping batches in any order give
 * the same rows. Needs committed rows seen by many sessions, so it creates its
 * own tenant and removes it afterwards.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, url } from './support/db.ts';

const DELIVERIES = 16;
const { pool } = connect();
const senders = new pg.Pool({ connectionString: url, max: DELIVERIES + 1 });
const phone = `turns-${process.pid}`;

type Turn = { sequence: number; speaker: string; content?: string; offset_ms: number; tool_name?: string; tool_arguments?: object };
type Recorded = { sequence: number; recorded: boolean };

const conversation: Turn[] = [
  { sequence: 0, speaker: 'assistant', content: 'Thanks for calling, how can I help?', offset_ms: 0 },
  { sequence: 1, speaker: 'caller', content: 'Can I move my appointment to Friday?', offset_ms: 3100 },
  { sequence: 2, speaker: 'tool', tool_name: 'move_appointment', tool_arguments: { to: 'Friday' }, offset_ms: 6000 },
  { sequence: 3, speaker: 'assistant', content: 'Done, see you on Friday.', offset_ms: 7400 },
  { sequence: 4, speaker: 'caller', content: 'Thank you!', offset_ms: 9900 },
];

async function newCall(): Promise<string> {
  const id = randomUUID();
  await pool.query(
    `insert into public.calls (phone_id, id, call_sid, caller_number, status) values ($1, $2, $3, '+15005550998', 'answered')`,
    [phone, id, `CA${id.replace(/-/g, '').slice(0, 20)}`],
  );
  return id;
}

/** One delivery as the service role on its own connection; `hold` returns before committing. */
async function deliver(callId: string, turns: Turn[], client?: pg.PoolClient): Promise<Recorded[]> {
  const c = client ?? (await senders.connect());
  try {
    await c.query('begin');
    await c.query('set local role service_role');
    const { rows } = await c.query<Recorded>(`select * from public.record_call_turns($1, $2, $3)`, [phone, callId, JSON.stringify(turns)]);
    if (!client) await c.query('commit');
    return rows;
  } catch (e) {
    await c.query('rollback');
    throw e;
  } finally {
    if (!client) c.release();
  }
}

async function stored(callId: string): Promise<unknown[]> {
  const { rows } = await pool.query(
    `select sequence, speaker, content, offset_ms, tool_name, tool_arguments from public.call_turns
      where phone_id = $1 and call_id = $2 order by sequence`, [phone, callId]);
  return rows;
}

/** Waits until `n` sessions of this test wait for a lock (a delivery held open blocks the others on the key). */
async function waitingOnLocks(n: number): Promise<void> {
  for (;;) {
    const { rows } = await pool.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%record_call_turns%'`);
    if ((rows[0]?.n ?? 0) >= n) return;
  }
}

beforeAll(async () => {
  await pool.query(`insert into public.phone_numbers (id, number, business_name) values ($1, '+15005550997', 'Turns test')`, [phone]);
});

afterAll(async () => {
  await pool.query(`delete from public.phone_numbers where id = $1`, [phone]);
  await senders.end();
});

describe('record_call_turns', () => {
  it(`stores each turn once for ${DELIVERIES} concurrent deliveries of the whole conversation, none failing`, async () => {
    const callId = await newCall();
    const results = await Promise.all(Array.from({ length: DELIVERIES }, () => deliver(callId, conversation)));
    for (const sequence of conversation.map((t) => t.sequence)) {
      expect(results.filter((r) => r.find((x) => x.sequence === sequence)?.recorded)).toHaveLength(1);
    }
    expect(await stored(callId)).toHaveLength(conversation.length);
  });

  it('makes deliveries wait for one held open, then reports its turns as there; a changed turn among them is refused', async () => {
    const callId = await newCall();
    const holder = await senders.connect();
    try {
      expect((await deliver(callId, conversation.slice(0, 2), holder)).map((r) => r.recorded)).toEqual([true, true]);
      const same = Array.from({ length: 4 }, () => deliver(callId, conversation.slice(0, 3)));
      const changed = deliver(callId, [{ ...conversation[1]!, content: 'Can I cancel my appointment?' }]).then(
        () => 'stored', (e: { code?: string; constraint?: string }) => `${e.code} ${e.constraint}`);
      await waitingOnLocks(5);
      await holder.query('commit');
      const results = await Promise.all(same);
      for (const r of results) expect(r.filter((x) => x.sequence < 2).map((x) => x.recorded)).toEqual([false, false]);
      expect(results.filter((r) => r.find((x) => x.sequence === 2)?.recorded)).toHaveLength(1);
      expect(await changed).toBe('23505 call_turns_pkey');
    } finally {
      holder.release();
    }
    const rows = (await stored(callId)) as { content: string | null }[];
    expect(rows).toHaveLength(3);
    expect(rows[1]?.content).toBe(conversation[1]!.content);
  });

  it('gives the same rows for overlapping batches, duplicated and in any order', async () => {
    const batches = [conversation.slice(0, 2), conversation.slice(1, 4), conversation.slice(3), [conversation[2]!, conversation[0]!]];
    const orders = [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1, 2], [1, 3, 0, 2, 0]];
    const outcomes: unknown[][] = [];
    for (const order of orders) {
      const callId = await newCall();
      for (const i of order) await deliver(callId, batches[i]!);
      outcomes.push(await stored(callId));
    }
    expect(outcomes[0]).toHaveLength(conversation.length);
    for (const o of outcomes) expect(o).toEqual(outcomes[0]);
  });
});
