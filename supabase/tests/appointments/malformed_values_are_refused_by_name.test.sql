-- Malformed values written to appointments and resources, by the receptionist
-- (service role, which may write every column) and by an admin in the app, are
-- refused with 23514 naming the constraint, never accepted and never an
-- internal error (22000, 22008, 2201B), and nothing is stored. Values at the
-- limits are accepted. Bookings use outside_hours_override, so only the values
-- are judged.
begin;
select plan(40);

select tests.create_appointments_fixture();

-- An appointment at appt-a with these columns changed from a valid one; the error, or 'no error'.
create function pg_temp.write(columns text) returns text
language plpgsql as $$
declare
  row jsonb := jsonb_build_object('phone_id', 'appt-a', 'caller_number', '+13105550501',
                                  'starts_at', '2031-02-03 09:00+00', 'ends_at', '2031-02-03 10:00+00',
                                  'outside_hours_override', true) || columns::jsonb;
begin
  return tests.error_of(format('insert into public.appointments (%s) select %s from jsonb_populate_record(null::public.appointments, %L)',
    (select string_agg(quote_ident(k), ', ') from jsonb_object_keys(row) k),
    (select string_agg(quote_ident(k), ', ') from jsonb_object_keys(row) k), row));
end
$$;
grant execute on function pg_temp.write(text) to authenticated, service_role;
create function pg_temp.resource(columns text) returns text
language plpgsql as $$
declare
  row jsonb := jsonb_build_object('phone_id', 'appt-a', 'name', 'Dr Park', 'kind', 'staff') || columns::jsonb;
begin
  return tests.error_of(format('insert into public.resources (%s) select %s from jsonb_populate_record(null::public.resources, %L)',
    (select string_agg(quote_ident(k), ', ') from jsonb_object_keys(row) k),
    (select string_agg(quote_ident(k), ', ') from jsonb_object_keys(row) k), row));
end
$$;
grant execute on function pg_temp.resource(text) to authenticated, service_role;
-- The constraint a refusal names.
create function pg_temp.named(error text) returns text
language sql as $$ select split_part(error, ':', 1) $$;
grant execute on function pg_temp.named(text) to authenticated, service_role;

select tests.authenticate_as_service_role();

-- Caller -------------------------------------------------------------------------------
select is(pg_temp.named(pg_temp.write('{"caller_number": "555-0101"}')), '23514 appointments_caller_number_e164',
  'a caller number not in E.164 form is refused by appointments_caller_number_e164');
select is(pg_temp.named(pg_temp.write('{"caller_number": "+01234567"}')), '23514 appointments_caller_number_e164',
  'a caller number starting +0 is refused by appointments_caller_number_e164');
select is(pg_temp.named(pg_temp.write('{"caller_name": ""}')), '23514 appointments_caller_name_length',
  'an empty caller name is refused by appointments_caller_name_length');
select is(pg_temp.named(pg_temp.write(format('{"caller_name": "%s"}', repeat('a', 201)))), '23514 appointments_caller_name_length',
  'a caller name of 201 characters is refused by appointments_caller_name_length');
select is(pg_temp.named(pg_temp.write('{"caller_name": "\u00a0\u200b"}')), '23514 appointments_caller_name_not_blank',
  'a caller name of a no-break and a zero-width space is refused by appointments_caller_name_not_blank');
select is(pg_temp.named(pg_temp.write('{"caller_name": " Ann Lee"}')), '23514 appointments_caller_name_trimmed',
  'a caller name with a leading space is refused by appointments_caller_name_trimmed');
select is(pg_temp.named(pg_temp.write('{"caller_name": "Ann\nLee"}')), '23514 appointments_caller_name_single_line',
  'a caller name on two lines is refused by appointments_caller_name_single_line');
select is(pg_temp.write(format('{"caller_name": "%s"}', repeat('ä', 200))), 'no error',
  'a caller name of 200 characters is accepted');

-- Times --------------------------------------------------------------------------------
select is(pg_temp.named(pg_temp.write('{"ends_at": "2031-02-03 08:00+00"}')), '23514 appointments_ends_after_starts',
  'an end before the start is refused by appointments_ends_after_starts (not 22000 from a range)');
select is(pg_temp.named(pg_temp.write('{"ends_at": "2031-02-03 09:00+00"}')), '23514 appointments_ends_after_starts',
  'an end equal to the start is refused by appointments_ends_after_starts');
select is(pg_temp.named(pg_temp.write('{"ends_at": "2031-02-03 21:00:01+00"}')), '23514 appointments_length_max',
  'an appointment of 12 hours and a second is refused by appointments_length_max');
select is(pg_temp.write('{"ends_at": "2031-02-03 21:00+00"}'), 'no error', 'an appointment of exactly 12 hours is accepted');
select is(pg_temp.named(pg_temp.write('{"starts_at": "-infinity"}')), '23514 appointments_starts_at_range',
  'a start at -infinity is refused by appointments_starts_at_range (not 22008)');
select is(pg_temp.named(pg_temp.write('{"starts_at": "1999-12-31 23:00+00", "ends_at": "2000-01-01 00:00+00"}')),
  '23514 appointments_ends_at_range', 'an appointment in 1999 is refused by appointments_ends_at_range, the first range checked');
select is(pg_temp.named(pg_temp.write('{"ends_at": "infinity"}')), '23514 appointments_ends_at_range',
  'an end at infinity is refused by appointments_ends_at_range');
select is(pg_temp.named(pg_temp.write('{"starts_at": "2100-01-01 00:00+00", "ends_at": "2100-01-01 01:00+00"}')),
  '23514 appointments_ends_at_range', 'an appointment in 2100 is refused by appointments_ends_at_range');
select is(pg_temp.named(pg_temp.write('{"created_at": "infinity"}')), '23514 appointments_created_at_range',
  'a created_at at infinity (the service role may set it) is refused by appointments_created_at_range');
select is(pg_temp.named(pg_temp.write('{"updated_at": "1900-01-01 00:00+00"}')), '23514 appointments_updated_at_range',
  'an updated_at in 1900 is refused by appointments_updated_at_range');

-- The calendar provider -----------------------------------------------------------------
select is(pg_temp.named(pg_temp.write('{"provider": "Google Calendar", "provider_event_id": "evt1"}')),
  '23514 appointments_provider_format', 'a provider that is not a lowercase slug is refused by appointments_provider_format');
select is(pg_temp.named(pg_temp.write('{"provider": "google_calendar", "provider_event_id": "evt 1"}')),
  '23514 appointments_provider_event_id_format', 'an event id with a space is refused by appointments_provider_event_id_format');
select is(pg_temp.named(pg_temp.write('{"provider": "google_calendar", "provider_event_id": "evté"}')),
  '23514 appointments_provider_event_id_format', 'an event id with a non-ASCII letter is refused by appointments_provider_event_id_format');
select is(pg_temp.named(pg_temp.write('{"provider": "google_calendar", "provider_event_id": ""}')),
  '23514 appointments_provider_event_id_format', 'an empty event id is refused by appointments_provider_event_id_format');
select is(pg_temp.named(pg_temp.write(format('{"provider": "google_calendar", "provider_event_id": "%s"}', repeat('x', 1025)))),
  '23514 appointments_provider_event_id_length', 'an event id of 1025 characters is refused by appointments_provider_event_id_length');
select is(pg_temp.write(format('{"provider": "outlook", "provider_event_id": "%s"}', repeat('A=-_', 256))), 'no error',
  'an event id of 1024 printable characters is accepted');
select is(pg_temp.named(pg_temp.write('{"provider": "google_calendar"}')), '23514 appointments_provider_event_pair',
  'a provider without an event id is refused by appointments_provider_event_pair');
select is(pg_temp.named(pg_temp.write('{"provider_event_id": "evt2"}')), '23514 appointments_provider_event_pair',
  'an event id without a provider is refused by appointments_provider_event_pair');

-- Notes --------------------------------------------------------------------------------
select is(pg_temp.named(pg_temp.write('{"notes": ""}')), '23514 appointments_notes_length',
  'empty notes are refused by appointments_notes_length (leave them null)');
select is(pg_temp.named(pg_temp.write(format('{"notes": "%s"}', repeat('n', 2001)))), '23514 appointments_notes_length',
  'notes of 2001 characters are refused by appointments_notes_length');
select is(pg_temp.named(pg_temp.write('{"notes": " \n\t"}')), '23514 appointments_notes_not_blank',
  'blank notes are refused by appointments_notes_not_blank');
select is(pg_temp.named(pg_temp.write('{"notes": "Bring x-rays\u0007"}')), '23514 appointments_notes_printable',
  'notes with a control character are refused by appointments_notes_printable');
select is(pg_temp.write('{"notes": "Bring x-rays.\nAllergic to latex."}'), 'no error', 'notes on two lines are accepted');

-- Resources ------------------------------------------------------------------------------
select is(pg_temp.named(pg_temp.resource('{"name": ""}')), '23514 resources_name_length',
  'an empty resource name is refused by resources_name_length');
select is(pg_temp.named(pg_temp.resource(format('{"name": "%s"}', repeat('r', 101)))), '23514 resources_name_length',
  'a resource name of 101 characters is refused by resources_name_length');
select is(pg_temp.named(pg_temp.resource('{"name": "\u3000"}')), '23514 resources_name_not_blank',
  'an ideographic space as a resource name is refused by resources_name_not_blank');
select is(pg_temp.named(pg_temp.resource('{"name": "Room 3 "}')), '23514 resources_name_trimmed',
  'a resource name with a trailing space is refused by resources_name_trimmed');
select is(pg_temp.named(pg_temp.resource('{"name": "Room\t3"}')), '23514 resources_name_single_line',
  'a resource name with a tab is refused by resources_name_single_line');
select is(pg_temp.named(pg_temp.resource('{"created_at": "infinity"}')), '23514 resources_created_at_range',
  'a resource created at infinity is refused by resources_created_at_range');

-- The same refusals reach an admin in the app; nothing was stored -----------------------------
select tests.authenticate_as('appt-a-admin');
select is(pg_temp.named(tests.error_of($$insert into public.appointments (phone_id, caller_number, starts_at, ends_at, outside_hours_override)
                                         values ('appt-a', 'call me', '2031-02-03 09:00+00', '2031-02-03 10:00+00', true)$$)),
  '23514 appointments_caller_number_e164', 'an admin''s malformed caller number is refused by appointments_caller_number_e164');
select is(pg_temp.named(tests.error_of($$update public.appointments set ends_at = starts_at - interval '1 hour' where phone_id = 'appt-a'$$)),
  '23514 appointments_ends_after_starts', 'an admin''s reversed reschedule is refused by appointments_ends_after_starts');
select tests.clear_authentication();
select results_eq(
  $$select (select count(*)::int from public.appointments where phone_id = 'appt-a'),
           (select count(*)::int from public.resources where phone_id = 'appt-a')$$,
  $$values (4, 3)$$,
  'only the four accepted appointments were stored, and no resource'
);

select * from finish();
rollback;
