-- The keys and references of appointments and resources: a calendar
-- provider's event id is stored once per phone and provider; a resource's name
-- once per phone; an appointment names a resource and a call of its own phone
-- only; an inactive resource takes no new bookings; a booked resource is not
-- deleted; a call that is archived or deleted leaves its appointments with
-- call_id null and their phone and caller kept; deleting a phone number or a
-- user removes what hangs on it. As postgres and the service role.
begin;
select plan(21);

select tests.create_appointments_fixture();

create function pg_temp.named(error text) returns text
language sql as $$ select split_part(error, ':', 1) $$;

-- The calendar provider's event id -----------------------------------------------------
insert into public.appointments (phone_id, id, caller_number, starts_at, ends_at, outside_hours_override, provider, provider_event_id)
values ('appt-a', 'a5000000-0000-4000-8000-000000000001', '+13105550601', '2031-02-03 09:00+00', '2031-02-03 10:00+00', true,
        'google_calendar', 'evt-0001');
select is(
  tests.error_of($$insert into public.appointments (phone_id, caller_number, starts_at, ends_at, outside_hours_override, provider, provider_event_id)
                   values ('appt-a', '+13105550602', '2031-02-04 09:00+00', '2031-02-04 10:00+00', true, 'google_calendar', 'evt-0001')$$),
  '23505 appointments_provider_event_key: duplicate key value violates unique constraint "appointments_provider_event_key"',
  'a second appointment with Google event evt-0001 at appt-a is refused (23505, appointments_provider_event_key)');
insert into public.appointments (phone_id, id, caller_number, starts_at, ends_at, outside_hours_override)
values ('appt-a', 'a5000000-0000-4000-8000-000000000002', '+13105550603', '2031-02-05 09:00+00', '2031-02-05 10:00+00', true),
       ('appt-a', 'a5000000-0000-4000-8000-000000000003', '+13105550604', '2031-02-06 09:00+00', '2031-02-06 10:00+00', true);
select is(pg_temp.named(tests.error_of(
    $$update public.appointments set provider = 'google_calendar', provider_event_id = 'evt-0001'
       where id = 'a5000000-0000-4000-8000-000000000002'$$)),
  '23505 appointments_provider_event_key', 'the calendar sync cannot give a second appointment the same event id');
select is(tests.error_of(
    $$insert into public.appointments (phone_id, caller_number, starts_at, ends_at, outside_hours_override, provider, provider_event_id)
      values ('appt-b', '+447700900601', '2031-02-03 09:00+00', '2031-02-03 10:00+00', true, 'google_calendar', 'evt-0001')$$),
  'no error', 'the same Google event id is stored for another phone (appt-b)');
select is(tests.error_of(
    $$insert into public.appointments (phone_id, caller_number, starts_at, ends_at, outside_hours_override, provider, provider_event_id)
      values ('appt-a', '+13105550605', '2031-02-07 09:00+00', '2031-02-07 10:00+00', true, 'outlook', 'evt-0001')$$),
  'no error', 'the same event id from another provider (outlook) is stored for appt-a');
select results_eq(
  $$select count(*)::int from public.appointments where phone_id = 'appt-a' and provider is null$$,
  $$values (2)$$,
  'appointments without a provider do not collide on the key (two of them)');

-- Resource names -----------------------------------------------------------------------
select is(tests.error_of($$insert into public.resources (phone_id, name, kind) values ('appt-a', 'Dr Lee', 'room')$$),
  '23505 resources_name_key: duplicate key value violates unique constraint "resources_name_key"',
  'a second resource named Dr Lee at appt-a is refused (23505, resources_name_key)');
select is(tests.error_of($$insert into public.resources (phone_id, name, kind) values ('appt-b', 'Dr Lee', 'staff')$$),
  'no error', 'a resource named Dr Lee at appt-b is allowed');

-- References stay within the tenant ------------------------------------------------------
select is(pg_temp.named(tests.error_of(
    $$insert into public.appointments (phone_id, caller_number, resource_id, starts_at, ends_at, outside_hours_override)
      values ('appt-a', '+13105550606', 'b1000000-0000-4000-8000-000000000001', '2031-02-03 11:00+00', '2031-02-03 12:00+00', true)$$)),
  '23503 appointments_resource_fkey', 'appt-a cannot book appt-b''s resource Mia (23503, appointments_resource_fkey)');
select is(pg_temp.named(tests.error_of(
    $$insert into public.appointments (phone_id, caller_number, call_id, starts_at, ends_at, outside_hours_override)
      values ('appt-a', '+13105550607', 'c7000000-0000-4000-8000-0000000000b1', '2031-02-03 11:00+00', '2031-02-03 12:00+00', true)$$)),
  '23503 appointments_call_fkey', 'appt-a cannot link appt-b''s call (23503, appointments_call_fkey)');

-- Inactive resources --------------------------------------------------------------------
select is(tests.error_of(
    $$insert into public.appointments (phone_id, caller_number, resource_id, starts_at, ends_at, outside_hours_override)
      values ('appt-a', '+13105550608', 'a1000000-0000-4000-8000-000000000003', '2031-02-03 11:00+00', '2031-02-03 12:00+00', true)$$),
  '23514 appointments_resource_active: resource a1000000-0000-4000-8000-000000000003 of appt-a is inactive and takes no new appointments',
  'Room 2, inactive, takes no booking (23514, appointments_resource_active)');
select is(pg_temp.named(tests.error_of(
    $$update public.appointments set resource_id = 'a1000000-0000-4000-8000-000000000003'
       where id = 'a5000000-0000-4000-8000-000000000002'$$)),
  '23514 appointments_resource_active', 'an appointment cannot be moved to the inactive Room 2');
update public.appointments set resource_id = 'a1000000-0000-4000-8000-000000000002' where id = 'a5000000-0000-4000-8000-000000000002';
update public.resources set active = false where id = 'a1000000-0000-4000-8000-000000000002';
select is(tests.error_of(
    $$update public.appointments set status = 'confirmed', notes = 'Room 1 still holds it.'
       where id = 'a5000000-0000-4000-8000-000000000002'$$),
  'no error', 'an appointment on Room 1 stays and is confirmed after Room 1 is deactivated');
select is(pg_temp.named(tests.error_of(
    $$update public.appointments set resource_id = 'a1000000-0000-4000-8000-000000000002'
       where id = 'a5000000-0000-4000-8000-000000000003'$$)),
  '23514 appointments_resource_active', 'but no other appointment moves onto the deactivated Room 1');
select is(tests.error_of(
    $$insert into public.appointments (phone_id, caller_number, resource_id, starts_at, ends_at, status, outside_hours_override)
      values ('appt-a', '+13105550609', 'a1000000-0000-4000-8000-000000000003', '2031-02-03 11:00+00', '2031-02-03 12:00+00', 'canceled', true)$$),
  'no error', 'a canceled appointment may name the inactive Room 2 (recording a cancellation)');

-- Deleting a resource -----------------------------------------------------------------------
select is(pg_temp.named(tests.error_of($$delete from public.resources where id = 'a1000000-0000-4000-8000-000000000002'$$)),
  '23503 appointments_resource_fkey', 'Room 1, which has an appointment, cannot be deleted (23503): deactivate it');
select is(tests.error_of($$delete from public.resources where phone_id = 'appt-b' and name = 'Dr Lee'$$),
  'no error', 'appt-b''s Dr Lee, never booked, can be deleted');

-- Calls archived or deleted ------------------------------------------------------------------
do $$ begin perform private.archive_calls(p_batch_size => 100000); end $$;  -- anything already due elsewhere
insert into public.calls (phone_id, id, call_sid, caller_number, status, answered_at, ended_at, duration, created_at)
values ('appt-a', 'c7000000-0000-4000-8000-0000000000a9', 'CTappt-old', '+13105550610', 'completed',
        now() - interval '400 days' + interval '5 seconds', now() - interval '400 days' + interval '65 seconds', 60,
        now() - interval '400 days');
insert into public.appointments (phone_id, id, caller_number, call_id, starts_at, ends_at, status, outside_hours_override) values
  ('appt-a', 'a5000000-0000-4000-8000-000000000004', '+13105550610', 'c7000000-0000-4000-8000-0000000000a9',
   now() - interval '398 days', now() - interval '398 days' + interval '1 hour', 'completed', true),
  ('appt-a', 'a5000000-0000-4000-8000-000000000005', '+13105550101', 'c7000000-0000-4000-8000-0000000000a1',
   '2031-02-10 09:00+00', '2031-02-10 10:00+00', 'booked', true);
select results_eq(
  $$select calls_archived from private.archive_calls()$$, $$values (1::bigint)$$,
  'the archive moves the 400-day-old call out of calls');
select results_eq(
  $$select phone_id, call_id, caller_number, status::text from public.appointments where id = 'a5000000-0000-4000-8000-000000000004'$$,
  $$values ('appt-a', null::uuid, '+13105550610', 'completed')$$,
  'its appointment remains at appt-a with its caller, and call_id null (on delete set null of call_id alone)');
delete from public.calls where id = 'c7000000-0000-4000-8000-0000000000a1';
select results_eq(
  $$select phone_id, call_id, caller_number from public.appointments where id = 'a5000000-0000-4000-8000-000000000005'$$,
  $$values ('appt-a', null::uuid, '+13105550101')$$,
  'deleting a call keeps the appointment booked during it, with call_id null');

-- A deleted user, a deleted phone number ------------------------------------------------------
select tests.authenticate_as('appt-a-admin');
insert into public.appointments (phone_id, caller_number, starts_at, ends_at, outside_hours_override)
values ('appt-a', '+13105550611', '2031-02-11 09:00+00', '2031-02-11 10:00+00', true);
select tests.clear_authentication();
create temporary table admin_booked on commit drop as
select id, created_by, tests.get_supabase_uid('appt-a-admin') as admin
  from public.appointments where phone_id = 'appt-a' and caller_number = '+13105550611';
delete from auth.users where id = tests.get_supabase_uid('appt-a-admin');
select results_eq(
  $$select b.created_by = b.admin, a.created_by from admin_booked b join public.appointments a on a.id = b.id$$,
  $$values (true, null::uuid)$$,
  'an appointment the admin booked names them in created_by, and keeps existing with created_by null once they are deleted');
delete from public.phone_numbers where id = 'appt-a';
select results_eq(
  $$select (select count(*)::int from public.appointments where phone_id = 'appt-a'),
           (select count(*)::int from public.resources where phone_id = 'appt-a')$$,
  $$values (0, 0)$$,
  'deleting the phone number appt-a deletes its appointments and resources'
);

select * from finish();
rollback;
