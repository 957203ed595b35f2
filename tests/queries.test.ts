/**
 * The call list's keyset pagination walks every call exactly once, in order,
 * even when many calls share a timestamp (a batch inserted in one
 * transaction shares now()). The plan suite checks the queries' plans; this
 * checks the pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../src/db.ts';
import { cursorOf, latestCalls, listCalls, type Call } from '../src/queries.ts';
import { connect, url } from './support/db.ts';

const { rows } = connect();
const db = createDb(url, { max: 2 });
const phone = `page-${process.pid}`;
const other = `page2-${process.pid}`;

beforeAll(async () => {
  await rows(`insert into public.phone_numbers (id, number, business_name) values ($1, $2, 'Paging test')`, [
    phone,
    `+1666${String(process.pid).padStart(7, '0').slice(-7)}`,
  ]);
  // Seven calls: five in the same microsecond, one just before, one just after.
  await rows(
    `insert into public.calls (phone_id, call_sid, caller_number, created_at)
     select $1, 'CAPAGE' || n, '+14155550100',
            case when n <= 5 then timestamptz '2026-01-01 00:00:00.123456+00'
                 when n = 6 then timestamptz '2026-01-01 00:00:00.122999+00'
                 else timestamptz '2026-01-01 00:00:00.124001+00' end
       from generate_series(1, 7) n`,
    [phone],
  );
  // A second phone whose four calls fall between and on the first one's timestamps.
  await rows(`insert into public.phone_numbers (id, number, business_name) values ($1, $2, 'Paging test 2')`, [
    other,
    `+1667${String(process.pid).padStart(7, '0').slice(-7)}`,
  ]);
  await rows(
    `insert into public.calls (phone_id, call_sid, caller_number, created_at)
     select $1, 'CAPAGF' || n, '+14155550101',
            case n when 1 then timestamptz '2026-01-01 00:00:00.123456+00'
                   when 2 then timestamptz '2026-01-01 00:00:00.123000+00'
                   when 3 then timestamptz '2026-01-01 00:00:00.125000+00'
                   else timestamptz '2025-12-31 23:59:59+00' end
       from generate_series(1, 4) n`,
    [other],
  );
});
afterAll(async () => {
  await rows('delete from public.phone_numbers where id = any ($1)', [[phone, other]]);
  await db.destroy();
});

describe('listCalls keyset pagination', () => {
  it.each([[1], [2], [3], [7]])('with pages of %i returns every call once, newest first', async (limit) => {
    const seen: Call[] = [];
    let page = await listCalls(db, { phoneId: phone, limit });
    while (page.length > 0) {
      seen.push(...page);
      const last = page[page.length - 1];
      if (!last || page.length < limit) break;
      page = await listCalls(db, { phoneId: phone, limit, after: cursorOf(last) });
    }
    const expected = await rows<{ call_sid: string }>(
      'select call_sid from public.calls where phone_id = $1 order by created_at desc, id desc',
      [phone],
    );
    expect(seen.map((c) => c.call_sid)).toEqual(expected.map((r) => r.call_sid));
    expect(new Set(seen.map((c) => c.id)).size).toBe(7);
  });

  it('refuses a page size outside 1..100 before querying', async () => {
    await expect(listCalls(db, { phoneId: phone, limit: 0 })).rejects.toThrow(RangeError);
    await expect(listCalls(db, { phoneId: phone, limit: 101 })).rejects.toThrow(RangeError);
  });
});

describe('latestCalls over a set of phones', () => {
  it.each([[1], [3], [6], [11], [50]])('returns the newest %i of both phones, in order, ties included', async (limit) => {
    const got = await latestCalls(db, { phoneIds: [phone, other], limit });
    const expected = await rows<{ call_sid: string }>(
      'select call_sid from public.calls where phone_id = any ($1) order by created_at desc, id desc limit $2',
      [[phone, other], limit],
    );
    expect(expected.length).toBe(Math.min(limit, 11));
    expect(got.map((c) => c.call_sid)).toEqual(expected.map((r) => r.call_sid));
  });

  it('with one phone returns only that phone', async () => {
    const got = await latestCalls(db, { phoneIds: [other] });
    expect(got.map((c) => c.call_sid).sort()).toEqual(['CAPAGF1', 'CAPAGF2', 'CAPAGF3', 'CAPAGF4']);
  });

  it('counts a phone named twice once', async () => {
    const got = await latestCalls(db, { phoneIds: [phone, other, phone], limit: 6 });
    const expected = await latestCalls(db, { phoneIds: [phone, other], limit: 6 });
    expect(got).toHaveLength(6);
    expect(got.map((c) => c.id)).toEqual(expected.map((c) => c.id));
  });

  it('refuses a page size outside 1..100 before querying', async () => {
    await expect(latestCalls(db, { phoneIds: [phone], limit: 0 })).rejects.toThrow(RangeError);
    await expect(latestCalls(db, { phoneIds: [phone], limit: 101 })).rejects.toThrow(RangeError);
  });
});
