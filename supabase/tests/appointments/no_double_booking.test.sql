-- No double-booking (exclusion constraint appointments_no_double_booking): the
-- booked and confirmed appointments of one resource never overlap, on insert
-- or when rescheduled, as postgres, the receptionist (service role) or an
-- admin (racing bookings: tests/appointments.test.ts). Back-to-back appointments,
-- another resource, no resource and another phone do not collide; a
-- canceled, completed or no-show appointment frees its time. All on Monday
-- 2031-01-06 at appt-a (open 08:00-12:00, 13:00-17:00 local).
begin;
select plan(17);

select tests.create_appointments_fixture();

-- Dr Lee 09:00-10:00.
insert into public.appointments (phone_id, id, caller_number, resource_id, starts_at, ends_at) values
  ('appt-a', 'a3000000-0000-4000-8000-000000000001', '+13105550301', 'a1000000-0000-4000-8000-000000000001',
   '2031-01-06 09:00 America/Los_Angeles', '2031-01-06 10:00 America/Los_Angeles');

create function pg_temp.book(starts text, ends text, resource uuid default 'a1000000-0000-4000-8000-000000000001',
                             phone text default 'appt-a', status text default 'booked') returns text
language sql as $$
  select tests.error_of(format(
    'insert into public.appointments (phone_id, caller_number, resource_id, starts_at, ends_at, status)
     values (%L, %L, %L, %L, %L, %L)', phone, '+13105550399', resource, starts, ends, status))
$$;
grant execute on function pg_temp.book(text, text, uuid, text, text) to authenticated, service_role;

-- Overlaps are refused ------------------------------------------------------------------
select is(pg_temp.book('2031-01-06 09:30 America/Los_Angeles', '2031-01-06 10:30 America/Los_Angeles'),
  '23P01 appointments_no_double_booking: conflicting key value violates exclusion constraint "appointments_no_double_booking"',
  'Dr Lee 09:30-10:30 overlapping 09:00-10:00 is refused with 23P01 naming appointments_no_double_booking');
select matches(pg_temp.book('2031-01-06 08:30 America/Los_Angeles', '2031-01-06 09:01 America/Los_Angeles'),
  '^23P01 appointments_no_double_booking', 'Dr Lee 08:30-09:01, one minute into 09:00-10:00, is refused');
select matches(pg_temp.book('2031-01-06 09:15 America/Los_Angeles', '2031-01-06 09:45 America/Los_Angeles'),
  '^23P01 appointments_no_double_booking', 'Dr Lee 09:15-09:45, inside 09:00-10:00, is refused');
select matches(pg_temp.book('2031-01-06 08:00 America/Los_Angeles', '2031-01-06 11:00 America/Los_Angeles', status => 'confirmed'),
  '^23P01 appointments_no_double_booking', 'Dr Lee 08:00-11:00 around 09:00-10:00 is refused, also when confirmed');

-- What does not collide ------------------------------------------------------------------
select is(pg_temp.book('2031-01-06 10:00 America/Los_Angeles', '2031-01-06 10:30 America/Los_Angeles'), 'no error',
  'Dr Lee 10:00-10:30, starting as 09:00-10:00 ends, is allowed (half-open times)');
select is(pg_temp.book('2031-01-06 08:30 America/Los_Angeles', '2031-01-06 09:00 America/Los_Angeles'), 'no error',
  'Dr Lee 08:30-09:00, ending as 09:00-10:00 starts, is allowed');
select is(pg_temp.book('2031-01-06 09:00 America/Los_Angeles', '2031-01-06 10:00 America/Los_Angeles',
                       'a1000000-0000-4000-8000-000000000002'), 'no error',
  'Room 1 at 09:00-10:00, the same time as Dr Lee, is allowed');
select is(
  tests.error_of($$insert into public.appointments (phone_id, caller_number, starts_at, ends_at)
                   select 'appt-a', '+13105550302', '2031-01-06 09:00 America/Los_Angeles', '2031-01-06 10:00 America/Los_Angeles'
                     from generate_series(1, 2)$$),
  'no error',
  'two appointments without a resource at 09:00-10:00 are allowed: only a resource can be double-booked');
select is(pg_temp.book('2031-01-06 09:00 America/Los_Angeles', '2031-01-06 10:00 America/Los_Angeles', status => 'canceled'),
  'no error', 'a canceled appointment may lie over Dr Lee''s 09:00-10:00 (recording a cancellation)');

-- A cancellation, a no-show or a completion frees the time ---------------------------------
update public.appointments set status = 'canceled' where id = 'a3000000-0000-4000-8000-000000000001';
select is(pg_temp.book('2031-01-06 09:30 America/Los_Angeles', '2031-01-06 10:00 America/Los_Angeles'), 'no error',
  'after 09:00-10:00 is canceled, Dr Lee 09:30-10:00 is allowed');
select is(
  tests.error_of($$update public.appointments set status = 'booked' where id = 'a3000000-0000-4000-8000-000000000001'$$),
  format('23514 appointments_status_transition: appointment %s cannot change status from canceled to booked',
         'a3000000-0000-4000-8000-000000000001'),
  'the canceled appointment cannot take its time back (canceled is final)');

insert into public.appointments (phone_id, id, caller_number, resource_id, starts_at, ends_at, outside_hours_override) values
  ('appt-a', 'a3000000-0000-4000-8000-000000000002', '+13105550303', 'a1000000-0000-4000-8000-000000000001',
   now() - interval '3 hours', now() - interval '2 hours', true);
update public.appointments set status = 'no_show' where id = 'a3000000-0000-4000-8000-000000000002';
select is(
  tests.error_of($$insert into public.appointments (phone_id, caller_number, resource_id, starts_at, ends_at, outside_hours_override)
                   values ('appt-a', '+13105550304', 'a1000000-0000-4000-8000-000000000001',
                           now() - interval '3 hours', now() - interval '2 hours', true)$$),
  'no error',
  'Dr Lee''s time three hours ago, freed by a no-show, can be booked again (a walk-in)');

-- Rescheduling -------------------------------------------------------------------------
select matches(
  tests.error_of($$update public.appointments set starts_at = '2031-01-06 09:45 America/Los_Angeles',
                                                  ends_at = '2031-01-06 10:15 America/Los_Angeles'
                    where phone_id = 'appt-a' and resource_id = 'a1000000-0000-4000-8000-000000000001'
                      and starts_at = '2031-01-06 10:00 America/Los_Angeles'$$),
  '^23P01 appointments_no_double_booking',
  'moving Dr Lee''s 10:00-10:30 to 09:45-10:15, over the 09:30-10:00 booked after the cancellation, is refused');
select matches(
  tests.error_of($$update public.appointments set resource_id = 'a1000000-0000-4000-8000-000000000001'
                    where phone_id = 'appt-a' and resource_id = 'a1000000-0000-4000-8000-000000000002'$$),
  '^23P01 appointments_no_double_booking',
  'moving Room 1''s 09:00-10:00 to Dr Lee, who is busy then, is refused');

-- As the receptionist and as an admin; another phone ---------------------------------------
select tests.authenticate_as_service_role();
select matches(pg_temp.book('2031-01-06 09:40 America/Los_Angeles', '2031-01-06 09:50 America/Los_Angeles'),
  '^23P01 appointments_no_double_booking', 'the receptionist (service role) is refused an overlapping booking too');
select tests.authenticate_as('appt-a-admin');
select matches(pg_temp.book('2031-01-06 09:40 America/Los_Angeles', '2031-01-06 09:50 America/Los_Angeles'),
  '^23P01 appointments_no_double_booking', 'an admin is refused an overlapping booking too');
select tests.clear_authentication();
select is(pg_temp.book('2031-01-06 09:30 Europe/London', '2031-01-06 10:30 Europe/London',
                       'b1000000-0000-4000-8000-000000000001', 'appt-b'), 'no error',
  'appt-b''s Mia is booked independently of appt-a''s resources');

select * from finish();
rollback;
