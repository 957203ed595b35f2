-- A booked or confirmed appointment lies within one stretch of the business's
-- opening time (trigger private.check_appointment_hours, 23514 naming
-- appointments_within_business_hours) unless outside_hours_override is set:
-- hours are read in the phone's time zone (also across a DST change), a lunch
-- break splits the day, touching intervals join, an interval running past
-- midnight covers the night, and an interval that opens on a closed date does
-- not open, its part after midnight included. Checked when an appointment is
-- made, moved or loses its override; canceled and past appointments are
-- records, not bookings. private.opening_time agrees with is_open.
-- appt-a (America/Los_Angeles): Mon-Wed 08-12, 13-17; Thu 08-12, 12-18;
-- Fri 08-12, 13-17, 21-01; Sat 09-13; closed Wed 2031-01-15 and Fri 2031-01-17.
begin;
select plan(34);

select tests.create_appointments_fixture();

create function pg_temp.book(starts text, ends text, phone text default 'appt-a', override boolean default false,
                             status text default 'booked') returns text
language sql as $$
  select tests.error_of(format(
    'insert into public.appointments (phone_id, caller_number, starts_at, ends_at, outside_hours_override, status)
     values (%L, %L, %L, %L, %L, %L)', phone, '+13105550499', starts, ends, override, status))
$$;
grant execute on function pg_temp.book(text, text, text, boolean, text) to authenticated, service_role;
-- An appointment at these local times of America/Los_Angeles.
create function pg_temp.la(local text) returns text
language sql as $$ select (local::timestamp at time zone 'America/Los_Angeles')::text $$;
grant execute on function pg_temp.la(text) to authenticated, service_role;

-- A week (Monday 2031-01-06) --------------------------------------------------------------
select is(pg_temp.book(pg_temp.la('2031-01-06 09:00'), pg_temp.la('2031-01-06 10:00')), 'no error',
  'Monday 09:00-10:00, inside 08:00-12:00, is booked');
select is(pg_temp.book(pg_temp.la('2031-01-06 16:30'), pg_temp.la('2031-01-06 17:00')), 'no error',
  'Monday 16:30-17:00, ending at closing time, is booked');
select matches(pg_temp.book(pg_temp.la('2031-01-06 11:30'), pg_temp.la('2031-01-06 12:30')),
  '^23514 appointments_within_business_hours: appointment .* is outside the opening hours of appt-a$',
  'Monday 11:30-12:30, into the lunch break, is refused with 23514 naming appointments_within_business_hours');
select matches(pg_temp.book(pg_temp.la('2031-01-06 11:30'), pg_temp.la('2031-01-06 13:30')),
  '^23514 appointments_within_business_hours', 'Monday 11:30-13:30, across the whole lunch break, is refused');
select matches(pg_temp.book(pg_temp.la('2031-01-06 07:30'), pg_temp.la('2031-01-06 08:30')),
  '^23514 appointments_within_business_hours', 'Monday 07:30-08:30, starting before opening, is refused');
select matches(pg_temp.book(pg_temp.la('2031-01-06 16:30'), pg_temp.la('2031-01-06 17:01')),
  '^23514 appointments_within_business_hours', 'Monday 16:30-17:01, a minute past closing, is refused');
select is(pg_temp.book(pg_temp.la('2031-01-09 11:30'), pg_temp.la('2031-01-09 12:30')), 'no error',
  'Thursday 11:30-12:30 runs from 08:00-12:00 into the touching 12:00-18:00: one stretch, booked');
select is(pg_temp.book(pg_temp.la('2031-01-09 08:00'), pg_temp.la('2031-01-09 18:00')), 'no error',
  'Thursday 08:00-18:00, the whole open day, is booked');
select is(pg_temp.book(pg_temp.la('2031-01-10 23:00'), pg_temp.la('2031-01-11 00:30')), 'no error',
  'Friday 23:00 to Saturday 00:30, inside Friday''s 21:00-01:00, is booked');
select is(pg_temp.book(pg_temp.la('2031-01-11 00:15'), pg_temp.la('2031-01-11 00:45')), 'no error',
  'Saturday 00:15-00:45, the part of Friday''s interval after midnight, is booked');
select matches(pg_temp.book(pg_temp.la('2031-01-10 23:30'), pg_temp.la('2031-01-11 01:30')),
  '^23514 appointments_within_business_hours', 'Friday 23:30 to Saturday 01:30, past the 01:00 close, is refused');
select matches(pg_temp.book(pg_temp.la('2031-01-10 16:30'), pg_temp.la('2031-01-10 21:30')),
  '^23514 appointments_within_business_hours', 'Friday 16:30-21:30, across the evening break, is refused');
select matches(pg_temp.book(pg_temp.la('2031-01-12 10:00'), pg_temp.la('2031-01-12 11:00')),
  '^23514 appointments_within_business_hours', 'Sunday 10:00-11:00, a day without hours, is refused');

-- The phone's time zone, and a DST change ------------------------------------------------------
select matches(pg_temp.book('2031-01-06 09:00+00', '2031-01-06 10:00+00'),
  '^23514 appointments_within_business_hours', 'Monday 09:00-10:00 UTC is 01:00-02:00 in Los Angeles: refused');
select is(pg_temp.book('2031-01-06 09:00+00', '2031-01-06 10:00+00', 'appt-b'), 'no error',
  'the same hour is 09:00-10:00 in London and booked for appt-b');
-- Clocks go forward on Sunday 2031-03-09: Monday 08:00 is 15:00 UTC, no longer 16:00.
select is(pg_temp.book(pg_temp.la('2031-03-10 08:00'), pg_temp.la('2031-03-10 09:00')), 'no error',
  'Monday 08:00-09:00 after clocks went forward is booked (08:00 local, 15:00 UTC)');
select matches(pg_temp.book('2031-03-10 23:30+00', '2031-03-11 00:30+00'),
  '^23514 appointments_within_business_hours',
  'Monday 23:30-00:30 UTC after clocks went forward is 16:30-17:30 local, past closing: refused');

-- Closures ---------------------------------------------------------------------------------
select matches(pg_temp.book(pg_temp.la('2031-01-15 09:00'), pg_temp.la('2031-01-15 10:00')),
  '^23514 appointments_within_business_hours', 'Wednesday 2031-01-15, closed for inventory: refused');
select matches(pg_temp.book(pg_temp.la('2031-01-17 23:00'), pg_temp.la('2031-01-17 23:30')),
  '^23514 appointments_within_business_hours', 'Friday 2031-01-17 23:00, closed for training: refused');
select matches(pg_temp.book(pg_temp.la('2031-01-18 00:15'), pg_temp.la('2031-01-18 00:45')),
  '^23514 appointments_within_business_hours',
  'Saturday 00:15 after the closed Friday: that night''s interval opened on a closed date, so refused');
select is(pg_temp.book(pg_temp.la('2031-01-18 10:00'), pg_temp.la('2031-01-18 11:00')), 'no error',
  'Saturday 2031-01-18 10:00, an open day after the closure, is booked');

-- The override, and what is not a booking -------------------------------------------------
select is(pg_temp.book(pg_temp.la('2031-01-12 10:00'), pg_temp.la('2031-01-12 11:00'), override => true), 'no error',
  'Sunday 10:00-11:00 with outside_hours_override is booked');
select is(pg_temp.book(pg_temp.la('2031-01-15 09:00'), pg_temp.la('2031-01-15 10:00'), override => true), 'no error',
  'the closed Wednesday with outside_hours_override is booked');
select is(pg_temp.book(pg_temp.la('2031-01-12 10:00'), pg_temp.la('2031-01-12 11:00'), status => 'canceled'), 'no error',
  'a canceled appointment on Sunday is recorded without the override (it occupies no time)');
select is(pg_temp.book((now() - interval '2 days')::text, (now() - interval '2 days' + interval '20 minutes')::text,
                       status => 'completed'), 'no error',
  'a completed appointment two days ago is recorded whatever the hours were (a record, not a booking)');

-- Rescheduling and the override's removal --------------------------------------------------
insert into public.appointments (phone_id, id, caller_number, starts_at, ends_at, outside_hours_override) values
  ('appt-a', 'a4000000-0000-4000-8000-000000000001', '+13105550401',
   '2031-01-07 10:00 America/Los_Angeles', '2031-01-07 11:00 America/Los_Angeles', false),
  ('appt-a', 'a4000000-0000-4000-8000-000000000002', '+13105550402',
   '2031-01-12 10:00 America/Los_Angeles', '2031-01-12 11:00 America/Los_Angeles', true);
select matches(
  tests.error_of($$update public.appointments set starts_at = '2031-01-07 11:30 America/Los_Angeles',
                                                  ends_at = '2031-01-07 12:30 America/Los_Angeles'
                    where id = 'a4000000-0000-4000-8000-000000000001'$$),
  '^23514 appointments_within_business_hours', 'moving Tuesday 10:00-11:00 into the lunch break is refused');
select matches(
  tests.error_of($$update public.appointments set outside_hours_override = false where id = 'a4000000-0000-4000-8000-000000000002'$$),
  '^23514 appointments_within_business_hours', 'taking the override off the Sunday appointment is refused');
select is(
  tests.error_of($$update public.appointments set status = 'confirmed', notes = 'Confirmed by text.'
                    where id = 'a4000000-0000-4000-8000-000000000002'$$),
  'no error', 'confirming the Sunday appointment booked with the override is allowed');
delete from public.business_hours where phone_id = 'appt-a' and day_of_week = 2;
select is(
  tests.error_of($$update public.appointments set status = 'confirmed', starts_at = starts_at, ends_at = ends_at
                    where id = 'a4000000-0000-4000-8000-000000000001'$$),
  'no error', 'after Tuesday''s hours are removed, the Tuesday appointment can still be confirmed (its time is unchanged)');
select matches(
  tests.error_of($$update public.appointments set starts_at = '2031-01-07 10:15 America/Los_Angeles',
                                                  ends_at = '2031-01-07 11:15 America/Los_Angeles'
                    where id = 'a4000000-0000-4000-8000-000000000001'$$),
  '^23514 appointments_within_business_hours', 'but moving it by a quarter of an hour is checked against today''s hours: refused');

-- Who books: the same rule for an admin and the receptionist ------------------------------
select tests.authenticate_as('appt-a-admin');
select matches(pg_temp.book(pg_temp.la('2031-01-06 12:15'), pg_temp.la('2031-01-06 12:45')),
  '^23514 appointments_within_business_hours', 'an admin is refused a booking in the lunch break');
select tests.authenticate_as_service_role();
select matches(pg_temp.book(pg_temp.la('2031-01-06 12:15'), pg_temp.la('2031-01-06 12:45')),
  '^23514 appointments_within_business_hours', 'the receptionist (service role) is refused a booking in the lunch break');
select tests.clear_authentication();

-- private.opening_time agrees with is_open ------------------------------------------------------
-- appt-dst opens at night around both DST changes of 2026 in Los Angeles (clocks
-- back on Sunday 1 November at 02:00, forward on Sunday 14 March 2027 at 02:00).
select tests.create_phone('appt-dst', '+15550007003', 'America/Los_Angeles');
insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values
  ('appt-dst', 0, '01:00', '03:00'), ('appt-dst', 1, '08:00', '12:00'), ('appt-dst', 1, '12:00', '13:00'),
  ('appt-dst', 2, '20:00', '24:00'), ('appt-dst', 3, '00:00', '24:00'), ('appt-dst', 5, '21:00', '01:30'),
  ('appt-dst', 6, '22:00', '00:30');
insert into public.business_closures (phone_id, starts_on, ends_on) values ('appt-dst', '2026-11-06', '2026-11-06');
select results_eq(
  $$select count(*)::int, count(*) filter (where public.is_open('appt-dst', t))::int
      from (select generate_series(timestamptz '2026-10-25 00:00+00', '2026-11-09 00:00+00', '10 minutes') t
            union all
            select generate_series(timestamptz '2027-03-06 00:00+00', '2027-03-22 00:00+00', '10 minutes')) g
     where (private.opening_time('appt-dst', t, t) @> t) is distinct from public.is_open('appt-dst', t)
       and not (t >= '2026-11-01 08:00+00' and t < '2026-11-01 09:00+00')$$,
  $$values (0, 0)$$,
  'opening_time and is_open agree every 10 minutes over two weeks around each DST change, outside the repeated hour'
);
-- In the repeated hour (01:00-02:00 twice), Sunday's 01:00 opening is read by
-- is_open on the wall clock (open from the first 01:00) and by opening_time at
-- the later 01:00 instant, as Postgres converts the ambiguous time.
select results_eq(
  $$select bool_and(public.is_open('appt-dst', t)), bool_or(private.opening_time('appt-dst', t, t) @> t),
           public.is_open('appt-dst', '2026-11-01 09:00+00'), private.opening_time('appt-dst', '2026-11-01 09:00+00', '2026-11-01 09:00+00') @> timestamptz '2026-11-01 09:00+00'
      from generate_series(timestamptz '2026-11-01 08:00+00', '2026-11-01 08:50+00', '10 minutes') t$$,
  $$values (true, false, true, true)$$,
  'in the repeated hour they differ as documented: the first 01:00-02:00 is open for is_open only, the second for both'
);

select * from finish();
rollback;
