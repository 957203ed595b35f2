-- Test helpers the files in supabase/tests/appointments/ share: two tenants
-- with members, opening hours, closures, staff and rooms, so each file can
-- prove one rule of appointments against the same small world, and
-- tests.error_of to read the SQLSTATE and constraint a refusal names. Like
-- 000_test_helpers.sql it installs functions in the `tests` schema that stay
-- installed and are replaced on every run; the fixture creates rows only in
-- the transaction of the test that calls it.
--
--   select tests.create_appointments_fixture();   -- as postgres, inside the test's transaction
--
--   appt-a  +15550007001  America/Los_Angeles  appt-a-owner, appt-a-admin, appt-a-viewer
--   appt-b  +15550007002  Europe/London        appt-b-owner, appt-b-admin
--   appt-outsider: signed up, member of no phone
--
--   appt-a hours (local):  Mon-Wed  08:00-12:00, 13:00-17:00 (a lunch break)
--                          Thu      08:00-12:00, 12:00-18:00 (touching: no break)
--                          Fri      08:00-12:00, 13:00-17:00, 21:00-01:00 (past midnight)
--                          Sat      09:00-13:00
--          closures:       Wed 2031-01-15 (Inventory), Fri 2031-01-17 (Staff training)
--   appt-b hours (local):  Mon-Fri  09:00-17:00
--
--   resources  a1000000-0000-4000-8000-000000000001  appt-a  Dr Lee   staff
--              a1000000-0000-4000-8000-000000000002  appt-a  Room 1   room
--              a1000000-0000-4000-8000-000000000003  appt-a  Room 2   room, inactive
--              b1000000-0000-4000-8000-000000000001  appt-b  Mia      staff
--   calls      c7000000-0000-4000-8000-0000000000a1  appt-a  CTappt-a1 completed
--              c7000000-0000-4000-8000-0000000000b1  appt-b  CTappt-b1 completed
--
-- Mondays to book on: 2031-01-06 (an ordinary week) and 2031-01-13 (the week
-- with both closures).

create or replace function tests.create_appointments_fixture()
returns void
language plpgsql
security invoker
set search_path = ''
as $$
begin
  perform tests.create_phone('appt-a', '+15550007001', 'America/Los_Angeles', 'Appointments A Dental');
  perform tests.create_phone('appt-b', '+15550007002', 'Europe/London', 'Appointments B Salon');
  perform tests.add_member('appt-a', 'appt-a-owner', 'owner');
  perform tests.add_member('appt-a', 'appt-a-admin', 'admin');
  perform tests.add_member('appt-a', 'appt-a-viewer', 'viewer');
  perform tests.add_member('appt-b', 'appt-b-owner', 'owner');
  perform tests.add_member('appt-b', 'appt-b-admin', 'admin');
  perform tests.create_supabase_user('appt-outsider');

  insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
  select 'appt-a', d, s.opens_at, s.closes_at
    from generate_series(1, 5) d, (values (time '08:00', time '12:00'), (time '13:00', time '17:00')) s(opens_at, closes_at)
   where d <> 4
  union all select 'appt-a', 4, '08:00', '12:00'
  union all select 'appt-a', 4, '12:00', '18:00'
  union all select 'appt-a', 5, '21:00', '01:00'
  union all select 'appt-a', 6, '09:00', '13:00'
  union all select 'appt-b', d, '09:00', '17:00' from generate_series(1, 5) d;
  insert into public.business_closures (phone_id, starts_on, ends_on, reason) values
    ('appt-a', '2031-01-15', '2031-01-15', 'Inventory'),
    ('appt-a', '2031-01-17', '2031-01-17', 'Staff training');

  insert into public.resources (phone_id, id, name, kind, active) values
    ('appt-a', 'a1000000-0000-4000-8000-000000000001', 'Dr Lee', 'staff', true),
    ('appt-a', 'a1000000-0000-4000-8000-000000000002', 'Room 1', 'room', true),
    ('appt-a', 'a1000000-0000-4000-8000-000000000003', 'Room 2', 'room', false),
    ('appt-b', 'b1000000-0000-4000-8000-000000000001', 'Mia', 'staff', true);

  insert into public.calls (phone_id, id, call_sid, caller_number, status, answered_at, ended_at, duration, created_at)
  values
    ('appt-a', 'c7000000-0000-4000-8000-0000000000a1', 'CTappt-a1', '+13105550101', 'completed',
     now() - interval '29 minutes', now() - interval '25 minutes', 240, now() - interval '30 minutes'),
    ('appt-b', 'c7000000-0000-4000-8000-0000000000b1', 'CTappt-b1', '+447700900101', 'completed',
     now() - interval '29 minutes', now() - interval '25 minutes', 240, now() - interval '30 minutes');
end
$$;
comment on function tests.create_appointments_fixture() is
  'Creates phones appt-a and appt-b with members, opening hours, closures, resources and a call each (see supabase/tests/004_appointments_helpers.sql).';

-- The error a statement raises, as 'SQLSTATE constraint: message', or 'no error'.
create or replace function tests.error_of(query text)
returns text
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_state text;
  v_constraint text;
  v_message text;
begin
  execute query;
  return 'no error';
exception when others then
  get stacked diagnostics v_state = returned_sqlstate, v_constraint = constraint_name, v_message = message_text;
  return v_state || ' ' || coalesce(nullif(v_constraint, ''), '-') || ': ' || v_message;
end
$$;
comment on function tests.error_of(text) is
  'Runs query and returns the error it raised as ''SQLSTATE constraint: message'' (- for no constraint), or ''no error''.';

-- Acting as an API role must keep the helper callable.
grant execute on function tests.error_of(text) to anon, authenticated, service_role;

-- The helpers themselves, proved in a transaction that leaves nothing behind.
begin;
select plan(5);

select lives_ok($$select tests.create_appointments_fixture()$$, 'create_appointments_fixture creates the fixture');
select results_eq(
  $$select phone_id, count(*)::int from public.business_hours where phone_id like 'appt-_' group by 1 order by 1$$,
  $$values ('appt-a', 12), ('appt-b', 5)$$,
  'appt-a has twelve opening intervals and appt-b five'
);
select results_eq(
  $$select phone_id, count(*)::int, count(*) filter (where active)::int from public.resources
     where phone_id like 'appt-_' group by 1 order by 1$$,
  $$values ('appt-a', 3, 2), ('appt-b', 1, 1)$$,
  'appt-a has three resources (two active) and appt-b one'
);
select is(tests.error_of($$select 1 / 0$$), '22012 -: division by zero',
  'error_of reports the SQLSTATE and message of an error without a constraint');
select is(tests.error_of($$select 1$$), 'no error', 'error_of reports a statement that succeeds');

select * from finish();
rollback;
