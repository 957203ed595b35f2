/**
 * The call list's, a caller's history's and the callers list's keyset
 * pagination walk every row exactly once, in order, even when many share a
 * timestamp (a batch inserted in one transaction shares now()). The plan
 * suites check the queries' plans; this checks the pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../src/db.ts';
import {
  callerCursorOf, callsByCaller, cursorOf, getCaller, latestCalls, listCallers, listCalls, updateCaller, type Call, type Caller,
} from '../src/queries.ts';
import { connect, url } from './support/db.ts';

const { rows } = connect();
const db = createDb(url, { max: 2 });
const phone = `page-${process.pid}`;
const other = `page2-${process.pid}`;
const directory = `page3-${process.pid}`;

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
  // A directory: six callers, four whose last calls share a millisecond, and
  // one whose only call is deleted (it keeps its row, with no calls).
  await rows(`insert into public.phone_numbers (id, number, business_name) values ($1, $2, 'Paging test 3')`, [
    directory,
    `+1668${String(process.pid).padStart(7, '0').slice(-7)}`,
  ]);
  await rows(
    `insert into public.calls (phone_id, call_sid, caller_number, created_at)
     select $1, 'CAPAGD' || n, '+1415555020' || (n % 7),
            case when n % 7 <= 3 then timestamptz '2026-01-02 00:00:00.5+00' - make_interval(days => n / 7)
                 else timestamptz '2026-01-01 00:00:00+00' + make_interval(secs => n) end
       from generate_series(0, 20) n`,
    [directory],
  );
  await rows(`delete from public.calls where phone_id = $1 and caller_number = '+14155550206'`, [directory]);
});
afterAll(async () => {
  await rows('delete from public.phone_numbers where id = any ($1)', [[phone, other, directory]]);
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

describe('callsByCaller keyset pagination', () => {
  it.each([[1], [2], [3]])('with pages of %i returns every call of the caller once, newest first', async (limit) => {
    const seen: Call[] = [];
    let page = await callsByCaller(db, { phoneId: phone, callerNumber: '+14155550100', limit });
    while (page.length > 0) {
      seen.push(...page);
      const last = page[page.length - 1];
      if (!last || page.length < limit) break;
      page = await callsByCaller(db, { phoneId: phone, callerNumber: '+14155550100', limit, after: cursorOf(last) });
    }
    const expected = await rows<{ call_sid: string }>(
      'select call_sid from public.calls where phone_id = $1 order by created_at desc, id desc', [phone]);
    expect(seen.map((c) => c.call_sid)).toEqual(expected.map((r) => r.call_sid));
    expect(new Set(seen.map((c) => c.id)).size).toBe(7);
  });
});

describe('listCallers keyset pagination', () => {
  it.each([[1], [2], [4]])('with pages of %i returns every caller with calls once, most recent first', async (limit) => {
    const seen: Caller[] = [];
    let page = await listCallers(db, { phoneId: directory, limit });
    while (page.length > 0) {
      seen.push(...page);
      const last = page[page.length - 1];
      if (!last || page.length < limit) break;
      page = await listCallers(db, { phoneId: directory, limit, after: callerCursorOf(last) });
    }
    const expected = await rows<{ caller_number: string }>(
      `select caller_number from public.callers where phone_id = $1 and call_count > 0
        order by last_call_at desc, caller_number desc`, [directory]);
    expect(expected).toHaveLength(6);
    expect(seen.map((c) => c.caller_number)).toEqual(expected.map((r) => r.caller_number));
  });

  it('leaves out a caller whose calls were all deleted, which getCaller still finds', async () => {
    const listed = await listCallers(db, { phoneId: directory, limit: 100 });
    expect(listed.map((c) => c.caller_number)).not.toContain('+14155550206');
    const gone = await getCaller(db, { phoneId: directory, callerNumber: '+14155550206' });
    expect(gone).toMatchObject({ call_count: 0, first_call_at: null, last_call_at: null });
    expect(() => callerCursorOf(gone!)).toThrow(RangeError);
  });
});

describe('updateCaller', () => {
  it('writes the given fields only, and the database stamps the opt-out', async () => {
    const number = '+14155550201';
    const named = await updateCaller(db, { phoneId: directory, callerNumber: number, displayName: 'Dana Lee', notes: 'Prefers email.' });
    expect(named).toMatchObject({ display_name: 'Dana Lee', notes: 'Prefers email.', opted_out: false, opted_out_at: null });
    const opted = await updateCaller(db, { phoneId: directory, callerNumber: number, optedOut: true });
    expect(opted).toMatchObject({ display_name: 'Dana Lee', notes: 'Prefers email.', opted_out: true });
    expect(opted?.opted_out_at).toBeInstanceOf(Date);
    const cleared = await updateCaller(db, { phoneId: directory, callerNumber: number, notes: null, optedOut: false });
    expect(cleared).toMatchObject({ display_name: 'Dana Lee', notes: null, opted_out: false, opted_out_at: null });
  });

  it('returns undefined for a number that has no row, and refuses an edit of nothing', async () => {
    expect(await updateCaller(db, { phoneId: directory, callerNumber: '+14155550299', displayName: 'Nobody' })).toBeUndefined();
    await expect(updateCaller(db, { phoneId: directory, callerNumber: '+14155550201' })).rejects.toThrow(RangeError);
  });
});
