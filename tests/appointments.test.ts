/**
 * The appointment screens' queries (src/queries.ts) return exactly the
 * appointments that overlap their window, in order: one begun before the
 * window (up to the 12-hour maximum) included, one ending as it starts or
 * starting as it ends left out, days and weeks in the phone's own time zone
 * (a 25-hour day when clocks go back). Members read them under row level
 * security, others get none. And two bookings racing for one resource's time:
 * exactly one is stored. The plans are checked in tests/appointment-plans.test.ts.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser } from '../src/as-user.ts';
import { createDb } from '../src/db.ts';
import {
  appointmentsBetween,
  MAX_APPOINTMENT_HOURS,
  resourcesOf,
  todaysAppointments,
  weeksAppointments,
  type Appointment,
} from '../src/queries.ts';
import { connect, url } from './support/db.ts';

const { rows } = connect();
const db = createDb(url, { max: 2 });
const phone = `appt-q-${process.pid}`;
const digits = String(process.pid).padStart(7, '0').slice(-7);
const viewer = randomUUID();
const outsider = randomUUID();
const drLee = randomUUID();
const room = randomUUID();

/** The appointments, by name: [start, end, resource]. All booked with the override, so only the times matter here. */
const APPOINTMENTS: Record<string, [string, string, string | null]> = {
  // Around the UTC window 2030-03-04 00:00 .. 2030-03-05 00:00.
  twelveHoursIn: ['2030-03-03 12:00:01+00', '2030-03-04 00:00:01+00', drLee], // 12 hours, its last second in the window
  endsAsItStarts: ['2030-03-03 20:00+00', '2030-03-04 00:00+00', null],
  twelveHoursBefore: ['2030-03-03 11:59+00', '2030-03-03 23:59+00', room],
  morning: ['2030-03-04 09:00+00', '2030-03-04 09:30+00', drLee],
  morningToo: ['2030-03-04 09:00+00', '2030-03-04 10:00+00', null],
  lateEvening: ['2030-03-04 23:30+00', '2030-03-05 00:30+00', room],
  startsAsItEnds: ['2030-03-05 00:00+00', '2030-03-05 01:00+00', null],
  // Los Angeles: clocks go back on Sunday 2026-11-01 (a day of 25 hours).
  overnightIntoSunday: ['2026-10-31 23:30-07', '2026-11-01 00:30-07', null],
  sundayLate: ['2026-11-01 23:30-08', '2026-11-01 23:59-08', null],
  mondayMidnight: ['2026-11-02 00:00-08', '2026-11-02 00:30-08', null],
  sundayNextWeek: ['2026-11-08 23:00-08', '2026-11-08 23:59-08', null],
  mondayNextWeek: ['2026-11-09 00:00-08', '2026-11-09 00:30-08', null],
};
const ids = new Map<string, string>();
const names = (found: Appointment[]) => found.map((a) => [...ids].find(([, id]) => id === a.id)?.[0] ?? a.id);

beforeAll(async () => {
  await rows(`delete from public.phone_numbers where id = $1`, [phone]);
  await rows(
    `insert into auth.users (id, aud, role, email)
     values ($1::uuid, 'authenticated', 'authenticated', $1::text || '@appointments.test'),
            ($2::uuid, 'authenticated', 'authenticated', $2::text || '@appointments.test')`,
    [viewer, outsider],
  );
  await rows(`insert into public.phone_numbers (id, number, business_name, timezone) values ($1, $2, 'Appointments test', 'America/Los_Angeles')`,
    [phone, `+1668${digits}`]);
  await rows(`insert into public.phone_members (phone_id, user_id, role) values ($1, $2, 'viewer')`, [phone, viewer]);
  await rows(`insert into public.resources (phone_id, id, name, kind) values ($1, $2, 'Dr Lee', 'staff'), ($1, $3, 'Room 1', 'room')`,
    [phone, drLee, room]);
  for (const [name, [starts, ends, resource]] of Object.entries(APPOINTMENTS)) {
    const [r] = await rows<{ id: string }>(
      `insert into public.appointments (phone_id, caller_number, resource_id, starts_at, ends_at, outside_hours_override)
       values ($1, '+14155550170', $2, $3, $4, true) returning id`,
      [phone, resource, starts, ends],
    );
    ids.set(name, r!.id);
  }
});

afterAll(async () => {
  await rows(`delete from public.phone_numbers where id = $1`, [phone]);
  await rows(`delete from auth.users where id in ($1, $2)`, [viewer, outsider]);
  await db.destroy();
});

describe('appointmentsBetween', () => {
  const from = new Date('2030-03-04T00:00:00Z');
  const to = new Date('2030-03-05T00:00:00Z');

  it('returns the appointments overlapping the window, in start order, ties by id', async () => {
    const found = await appointmentsBetween(db, { phoneId: phone, from, to });
    const ties = ['morning', 'morningToo'].sort((a, b) => (ids.get(a)! < ids.get(b)! ? -1 : 1));
    expect(names(found)).toEqual(['twelveHoursIn', ...ties, 'lateEvening']);
  });

  it('with a resource, returns that resource\'s only', async () => {
    expect(names(await appointmentsBetween(db, { phoneId: phone, from, to, resourceId: drLee }))).toEqual(['twelveHoursIn', 'morning']);
    expect(names(await appointmentsBetween(db, { phoneId: phone, from, to, resourceId: room }))).toEqual(['lateEvening']);
  });

  it('looks back exactly as far as the longest appointment the database accepts', async () => {
    // A second longer than MAX_APPOINTMENT_HOURS is refused; exactly that long, it is found from a window
    // starting a second before its end.
    await expect(rows(
      `insert into public.appointments (phone_id, caller_number, starts_at, ends_at, outside_hours_override)
       values ($1, '+14155550171', '2030-03-10 00:00+00', timestamptz '2030-03-10 00:00+00' + make_interval(hours => $2::int, secs => 1), true)`,
      [phone, MAX_APPOINTMENT_HOURS],
    )).rejects.toMatchObject({ code: '23514', constraint: 'appointments_length_max' });
    const [exact] = await rows<{ id: string }>(
      `insert into public.appointments (phone_id, caller_number, starts_at, ends_at, outside_hours_override)
       values ($1, '+14155550171', '2030-03-10 00:00+00', timestamptz '2030-03-10 00:00+00' + make_interval(hours => $2::int), true)
       returning id`,
      [phone, MAX_APPOINTMENT_HOURS],
    );
    try {
      const found = await appointmentsBetween(db, {
        phoneId: phone, from: new Date('2030-03-10T11:59:59Z'), to: new Date('2030-03-10T12:30:00Z'),
      });
      expect(found.map((a) => a.id)).toEqual([exact!.id]);
    } finally {
      await rows(`delete from public.appointments where id = $1`, [exact!.id]);
    }
  });

  it('refuses a window that ends before it starts or spans more than six weeks, before querying', async () => {
    await expect(appointmentsBetween(db, { phoneId: phone, from: to, to: from })).rejects.toThrow(RangeError);
    await expect(appointmentsBetween(db, { phoneId: phone, from, to: from })).rejects.toThrow(RangeError);
    await expect(appointmentsBetween(db, { phoneId: phone, from, to: new Date(from.getTime() + 43 * 86_400_000) })).rejects.toThrow(RangeError);
  });
});

describe('todaysAppointments and weeksAppointments, in the phone\'s time zone', () => {
  it('today is the local day of 25 hours when clocks go back, with what ran into it from the night before', async () => {
    const found = await todaysAppointments(db, { phoneId: phone, at: new Date('2026-11-01T19:00:00Z') });
    expect(names(found)).toEqual(['overnightIntoSunday', 'sundayLate']);
  });

  it('this week runs from Monday 00:00 to Sunday 24:00 local time', async () => {
    const found = await weeksAppointments(db, { phoneId: phone, at: new Date('2026-11-04T20:00:00Z') });
    expect(names(found)).toEqual(['mondayMidnight', 'sundayNextWeek']);
    const before = await weeksAppointments(db, { phoneId: phone, at: new Date('2026-11-01T19:00:00Z') });
    expect(names(before)).toEqual(['overnightIntoSunday', 'sundayLate']);
  });

  it('a resource\'s day', async () => {
    const found = await todaysAppointments(db, { phoneId: phone, at: new Date('2030-03-04T18:00:00Z'), resourceId: drLee });
    // 2030-03-04 in Los Angeles is 08:00 UTC to 08:00 UTC the next day.
    expect(names(found)).toEqual(['morning']);
  });

  it('a viewer reads them under row level security, an outsider gets none', async () => {
    const at = new Date('2026-11-01T19:00:00Z');
    const seen = await asUser(db, { role: 'authenticated', sub: viewer }, (trx) => todaysAppointments(trx, { phoneId: phone, at }), { readOnly: true });
    expect(names(seen)).toEqual(['overnightIntoSunday', 'sundayLate']);
    const none = await asUser(db, { role: 'authenticated', sub: outsider }, (trx) => todaysAppointments(trx, { phoneId: phone, at }), { readOnly: true });
    expect(none).toEqual([]);
    const resources = await asUser(db, { role: 'authenticated', sub: viewer }, (trx) => resourcesOf(trx, { phoneId: phone }), { readOnly: true });
    expect(resources.map((r) => r.name)).toEqual(['Dr Lee', 'Room 1']);
  });
});

describe('two bookings racing for one resource', () => {
  it('store exactly one: the second waits for the first and is refused with 23P01', async () => {
    const t1 = new pg.Client({ connectionString: url });
    const t2 = new pg.Client({ connectionString: url });
    await t1.connect();
    await t2.connect();
    const book = (c: pg.Client, starts: string, ends: string) =>
      c.query(
        `insert into public.appointments (phone_id, caller_number, resource_id, starts_at, ends_at, outside_hours_override)
         values ($1, '+14155550172', $2, $3, $4, true)`,
        [phone, drLee, starts, ends],
      );
    try {
      await t1.query('begin');
      await t2.query('begin');
      await book(t1, '2030-03-06 10:00+00', '2030-03-06 11:00+00');
      const second = book(t2, '2030-03-06 10:30+00', '2030-03-06 11:30+00').then(
        () => t2.query('commit').then(() => 'committed'),
        async (e: { code?: string; constraint?: string }) => {
          await t2.query('rollback');
          return `${e.code} ${e.constraint}`;
        },
      );
      await t1.query('commit');
      expect(await second).toBe('23P01 appointments_no_double_booking');
      const stored = await rows<{ n: number }>(
        `select count(*)::int as n from public.appointments where phone_id = $1 and caller_number = '+14155550172'`, [phone]);
      expect(stored[0]?.n).toBe(1);
    } finally {
      await t1.end();
      await t2.end();
    }
  });
});
