-- Who may do what to a phone's callers: every member reads them; admins and
-- owners write display_name, notes and opted_out (opted_out_at and updated_at
-- are stamped by the database), never the counts or the number; viewers,
-- outsiders and other tenants change nothing; nobody inserts or deletes a
-- caller through the API, the service role included, which may set an opt-out.
-- A malformed name or note is refused by name. The isolation matrix
-- (tests/support/access-matrix.ts) has the same cells for every actor; this
-- keeps what only SQL shows.
begin;
select plan(17);

select tests.create_phone('edit-a', '+15550003201', 'UTC');
select tests.create_phone('edit-b', '+15550003202', 'UTC');
select tests.add_member('edit-a', 'edit-owner', 'owner');
select tests.add_member('edit-a', 'edit-admin', 'admin');
select tests.add_member('edit-a', 'edit-viewer', 'viewer');
select tests.add_member('edit-b', 'edit-other', 'owner');
insert into public.calls (phone_id, call_sid, caller_number, created_at) values
  ('edit-a', 'CAedit1', '+13125550201', now() - interval '2 days'),
  ('edit-a', 'CAedit2', '+13125550201', now() - interval '1 day'),
  ('edit-b', 'CAedit3', '+13125550201', now() - interval '1 day');

select tests.authenticate_as('edit-viewer');
select results_eq(
  $$select phone_id, caller_number, call_count from public.callers order by 1$$,
  $$values ('edit-a', '+13125550201', 2)$$,
  'a viewer reads the callers of their phone only'
);
select is_empty(
  $$update public.callers set notes = 'Viewer note.' where phone_id = 'edit-a' returning 1$$,
  'a viewer''s update of a caller changes no row'
);

select tests.authenticate_as('edit-admin');
select results_eq(
  $$update public.callers set display_name = 'Jo Rivera', notes = E'Allergic to latex.\nPrefers mornings.', opted_out = true
     where phone_id = 'edit-a' and caller_number = '+13125550201'
    returning display_name, notes, opted_out, opted_out_at = now(), updated_at = now()$$,
  $$values ('Jo Rivera', E'Allergic to latex.\nPrefers mornings.', true, true, true)$$,
  'an admin writes the display name, notes and opt-out; opted_out_at and updated_at are stamped now'
);
select throws_ok(
  $$update public.callers set call_count = 99 where phone_id = 'edit-a'$$,
  '42501', 'permission denied for table callers', 'an admin may not write the count (42501)');
select throws_ok(
  $$update public.callers set opted_out_at = now() - interval '1 year' where phone_id = 'edit-a'$$,
  '42501', 'permission denied for table callers', 'an admin may not backdate the opt-out (42501)');
select throws_ok(
  $$update public.callers set caller_number = '+13125550299' where phone_id = 'edit-a'$$,
  '42501', 'permission denied for table callers', 'an admin may not change a caller''s number (42501)');
select throws_ok(
  $$insert into public.callers (phone_id, caller_number) values ('edit-a', '+13125550298')$$,
  '42501', 'permission denied for table callers', 'an admin may not insert a caller (42501)');
select throws_ok(
  $$delete from public.callers where phone_id = 'edit-a'$$,
  '42501', 'permission denied for table callers', 'an admin may not delete a caller (42501)');
select throws_ok(
  $$update public.callers set display_name = ' Jo' where phone_id = 'edit-a'$$,
  '23514', 'new row for relation "callers" violates check constraint "callers_display_name_trimmed"',
  'a padded display name is refused by name');
select throws_ok(
  $$update public.callers set display_name = E'Jo\nRivera' where phone_id = 'edit-a'$$,
  '23514', 'new row for relation "callers" violates check constraint "callers_display_name_single_line"',
  'a display name on two lines is refused by name');
select throws_ok(
  $$update public.callers set notes = repeat('x', 2001) where phone_id = 'edit-a'$$,
  '23514', 'new row for relation "callers" violates check constraint "callers_notes_length"',
  'notes over 2000 characters are refused by name');

-- As if the opt-out had been set yesterday.
select tests.clear_authentication();
update public.callers set opted_out_at = now() - interval '1 day' where phone_id = 'edit-a';
select tests.authenticate_as('edit-owner');
select results_eq(
  $$update public.callers set opted_out = true where phone_id = 'edit-a' returning opted_out_at = now() - interval '1 day'$$,
  $$values (true)$$,
  'setting an opt-out again keeps the time it was first set'
);
select results_eq(
  $$update public.callers set opted_out = false where phone_id = 'edit-a' returning opted_out, opted_out_at$$,
  $$values (false, null::timestamptz)$$,
  'an owner lifts the opt-out; its time goes with it'
);

select tests.authenticate_as('edit-other');
select is_empty(
  $$update public.callers set notes = 'Not mine.' where phone_id = 'edit-a' returning 1$$,
  'the owner of another phone changes nothing of this phone''s callers'
);

select tests.authenticate_as_service_role();
select results_eq(
  $$update public.callers set opted_out = true where phone_id = 'edit-b' and caller_number = '+13125550201'
    returning opted_out, opted_out_at is not null$$,
  $$values (true, true)$$,
  'the service role records an opt-out the caller asked the receptionist for'
);
select throws_ok(
  $$insert into public.callers (phone_id, caller_number) values ('edit-b', '+13125550297')$$,
  '42501', 'permission denied for table callers', 'the service role may not insert a caller (42501)');
select throws_ok(
  $$update public.callers set call_count = 0 where phone_id = 'edit-b'$$,
  '42501', 'permission denied for table callers', 'the service role may not write the count (42501)');

select * from finish();
rollback;
