-- Who may do what with appointments and resources, through row level security
-- and column privileges: admins and owners book, reschedule, confirm, cancel
-- and close their phone's appointments and manage its staff and rooms, but
-- never choose an id, created_by, the timestamps or the calendar provider's
-- columns, never move a row to another phone and never delete an appointment;
-- viewers read; members of another phone, outsiders and anon reach nothing;
-- the receptionist (service role) books during a call at any phone, with the
-- provider's event, and may delete.
begin;
select plan(34);

select tests.create_appointments_fixture();
insert into public.appointments (phone_id, id, caller_number, resource_id, starts_at, ends_at) values
  ('appt-a', 'a6000000-0000-4000-8000-000000000001', '+13105550701', 'a1000000-0000-4000-8000-000000000001',
   '2031-01-06 09:00 America/Los_Angeles', '2031-01-06 09:30 America/Los_Angeles'),
  ('appt-b', 'b6000000-0000-4000-8000-000000000001', '+447700900701', 'b1000000-0000-4000-8000-000000000001',
   '2031-01-06 09:00 Europe/London', '2031-01-06 09:30 Europe/London');

-- Admins book, reschedule and change the status -------------------------------------------
select tests.authenticate_as('appt-a-admin');
select results_eq(
  $$insert into public.appointments (phone_id, caller_number, caller_name, resource_id, starts_at, ends_at, notes)
    values ('appt-a', '+13105550702', 'Ann Lee', 'a1000000-0000-4000-8000-000000000001',
            '2031-01-06 10:00 America/Los_Angeles', '2031-01-06 10:30 America/Los_Angeles', 'First visit.')
    returning status::text, created_by = auth.uid(), provider is null$$,
  $$values ('booked', true, true)$$,
  'an admin books an appointment at appt-a: booked, created_by is the admin, no provider event'
);
select results_eq(
  $$update public.appointments set starts_at = '2031-01-06 10:30 America/Los_Angeles', ends_at = '2031-01-06 11:00 America/Los_Angeles'
     where phone_id = 'appt-a' and caller_number = '+13105550702' returning to_char(starts_at at time zone 'America/Los_Angeles', 'HH24:MI')$$,
  $$values ('10:30')$$,
  'the admin reschedules it to 10:30'
);
select results_eq(
  $$update public.appointments set status = 'confirmed' where id = 'a6000000-0000-4000-8000-000000000001' returning status::text$$,
  $$values ('confirmed')$$,
  'the admin confirms an appointment the receptionist booked'
);
select throws_ok(
  $$insert into public.appointments (phone_id, caller_number, starts_at, ends_at)
    values ('appt-b', '+13105550703', '2031-01-06 09:00 Europe/London', '2031-01-06 09:30 Europe/London')$$,
  '42501', 'new row violates row-level security policy for table "appointments"',
  'an admin of appt-a cannot book at appt-b (42501, RLS)');
select throws_ok(
  $$insert into public.appointments (phone_id, id, caller_number, starts_at, ends_at)
    values ('appt-a', gen_random_uuid(), '+13105550704', '2031-01-06 14:00 America/Los_Angeles', '2031-01-06 14:30 America/Los_Angeles')$$,
  '42501', 'permission denied for table appointments', 'an admin cannot choose an appointment''s id (column privileges)');
select throws_ok(
  $$insert into public.appointments (phone_id, caller_number, starts_at, ends_at, created_by)
    values ('appt-a', '+13105550705', '2031-01-06 14:00 America/Los_Angeles', '2031-01-06 14:30 America/Los_Angeles',
            tests.get_supabase_uid('appt-a-owner'))$$,
  '42501', 'permission denied for table appointments', 'an admin cannot book in another member''s name (created_by)');
select throws_ok(
  $$insert into public.appointments (phone_id, caller_number, starts_at, ends_at, provider, provider_event_id)
    values ('appt-a', '+13105550706', '2031-01-06 14:00 America/Los_Angeles', '2031-01-06 14:30 America/Los_Angeles',
            'google_calendar', 'evt-admin')$$,
  '42501', 'permission denied for table appointments', 'an admin cannot set the calendar provider''s event (the sync''s)');
select throws_ok(
  $$update public.appointments set provider_event_id = 'evt-taken' where phone_id = 'appt-a'$$,
  '42501', 'permission denied for table appointments', 'an admin cannot change a provider event id');
select throws_ok(
  $$update public.appointments set phone_id = 'appt-b' where phone_id = 'appt-a'$$,
  '42501', 'permission denied for table appointments', 'an admin cannot move an appointment to another phone');
select throws_ok(
  $$update public.appointments set created_at = '2030-01-01' where phone_id = 'appt-a'$$,
  '42501', 'permission denied for table appointments', 'an admin cannot backdate created_at');
select throws_ok(
  $$delete from public.appointments where phone_id = 'appt-a'$$,
  '42501', 'permission denied for table appointments', 'an admin cannot delete appointments: cancel instead');
select is_empty(
  $$update public.appointments set notes = 'Not yours' where phone_id = 'appt-b' returning id$$,
  'an admin of appt-a changes nothing at appt-b (RLS filters the rows)');
select results_eq(
  $$select phone_id, count(*)::int from public.appointments group by phone_id$$,
  $$values ('appt-a', 2)$$,
  'an admin of appt-a reads appt-a''s two appointments and nothing of appt-b'
);

-- Admins manage staff and rooms ---------------------------------------------------------------
select results_eq(
  $$insert into public.resources (phone_id, name, kind) values ('appt-a', 'Dr Park', 'staff') returning active$$,
  $$values (true)$$, 'an admin adds a staff member, active');
select results_eq(
  $$update public.resources set name = 'Dr Park-Lee', active = false where phone_id = 'appt-a' and name = 'Dr Park' returning name$$,
  $$values ('Dr Park-Lee')$$, 'an admin renames and deactivates it');
select results_eq(
  $$delete from public.resources where phone_id = 'appt-a' and name = 'Dr Park-Lee' returning kind::text$$,
  $$values ('staff')$$, 'an admin deletes a resource that was never booked');
select throws_ok(
  $$insert into public.resources (phone_id, name, kind) values ('appt-b', 'Intruder', 'room')$$,
  '42501', 'new row violates row-level security policy for table "resources"', 'an admin of appt-a adds no resource to appt-b');
select throws_ok(
  $$update public.resources set phone_id = 'appt-b' where phone_id = 'appt-a'$$,
  '42501', 'permission denied for table resources', 'an admin cannot move a resource to another phone');

-- Owners do what admins do ------------------------------------------------------------------
select tests.authenticate_as('appt-a-owner');
select results_eq(
  $$update public.appointments set status = 'canceled' where phone_id = 'appt-a' and caller_number = '+13105550702' returning status::text$$,
  $$values ('canceled')$$,
  'the owner cancels an appointment');

-- Viewers read ---------------------------------------------------------------------------------
select tests.authenticate_as('appt-a-viewer');
select results_eq(
  $$select count(*)::int from public.appointments where phone_id = 'appt-a'$$, $$values (2)$$,
  'a viewer reads appt-a''s appointments');
select results_eq(
  $$select count(*)::int from public.resources where phone_id = 'appt-a'$$, $$values (3)$$,
  'a viewer reads appt-a''s resources');
select throws_ok(
  $$insert into public.appointments (phone_id, caller_number, starts_at, ends_at)
    values ('appt-a', '+13105550707', '2031-01-06 14:00 America/Los_Angeles', '2031-01-06 14:30 America/Los_Angeles')$$,
  '42501', 'new row violates row-level security policy for table "appointments"', 'a viewer cannot book (42501, RLS)');
select is_empty(
  $$update public.appointments set status = 'canceled' where phone_id = 'appt-a' returning id$$,
  'a viewer cancels nothing (RLS filters the rows)');
select is_empty(
  $$update public.resources set active = false where phone_id = 'appt-a' returning id$$,
  'a viewer deactivates no resource');

-- Other tenants, outsiders, anon ------------------------------------------------------------
select tests.authenticate_as('appt-b-owner');
select is_empty($$select id from public.appointments where phone_id = 'appt-a'$$, 'the owner of appt-b sees no appointment of appt-a');
select is_empty($$update public.appointments set notes = 'x' where phone_id = 'appt-a' returning id$$,
  'the owner of appt-b changes no appointment of appt-a');
select tests.authenticate_as('appt-outsider');
select is_empty($$select id from public.appointments union all select id from public.resources$$,
  'an outsider sees no appointment and no resource');
select tests.authenticate_as_anon();
select throws_ok($$select id from public.appointments$$, '42501', 'permission denied for table appointments',
  'anon cannot read appointments');
select throws_ok($$select id from public.resources$$, '42501', 'permission denied for table resources',
  'anon cannot read resources');

-- The receptionist -----------------------------------------------------------------------------
select tests.authenticate_as_service_role();
select results_eq(
  $$insert into public.appointments (phone_id, id, caller_number, call_id, resource_id, starts_at, ends_at, provider, provider_event_id)
    values ('appt-b', 'b6000000-0000-4000-8000-000000000002', '+447700900101', 'c7000000-0000-4000-8000-0000000000b1',
            'b1000000-0000-4000-8000-000000000001', '2031-01-06 11:00 Europe/London', '2031-01-06 11:45 Europe/London',
            'google_calendar', 'evt-b-1')
    returning created_by is null, call_id$$,
  $$values (true, 'c7000000-0000-4000-8000-0000000000b1'::uuid)$$,
  'the receptionist books at appt-b during its call, with its own id and the provider''s event; created_by stays null'
);
select results_eq(
  $$insert into public.appointments (phone_id, id, caller_number, call_id, resource_id, starts_at, ends_at)
    values ('appt-b', 'b6000000-0000-4000-8000-000000000002', '+447700900101', 'c7000000-0000-4000-8000-0000000000b1',
            'b1000000-0000-4000-8000-000000000001', '2031-01-06 11:00 Europe/London', '2031-01-06 11:45 Europe/London')
    on conflict (phone_id, id) do nothing returning id$$,
  $$select null::uuid where false$$,
  'a retried booking with the same id is a no-op (on conflict do nothing)'
);
select results_eq(
  $$update public.appointments set status = 'confirmed' where phone_id = 'appt-b' and provider_event_id = 'evt-b-1' returning status::text$$,
  $$values ('confirmed')$$,
  'the calendar sync finds the appointment by its event id and confirms it');
select results_eq(
  $$delete from public.appointments where id = 'b6000000-0000-4000-8000-000000000001' returning phone_id$$,
  $$values ('appt-b')$$,
  'the service role may delete an appointment');
select tests.clear_authentication();

select results_eq(
  $$select phone_id, count(*)::int from public.appointments where phone_id like 'appt-_' group by phone_id order by 1$$,
  $$values ('appt-a', 2), ('appt-b', 1)$$,
  'afterwards appt-a has its two appointments (one canceled) and appt-b the receptionist''s'
);

select * from finish();
rollback;
