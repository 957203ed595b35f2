-- Only an owner edits a phone number, and only its descriptive columns
-- (display_name, business_name, timezone): never its digits or id, never
-- another tenant's number, and she provisions none (that is the service
-- role's job). Viewers' and admins' updates of the number match no row.
begin;
select plan(9);

-- test-a: owner ann, admin adam, viewer vic. test-b: another tenant.
select tests.create_phone('test-a', '+15550001001', 'America/New_York', 'Test A Dental');
select tests.create_phone('test-b', '+15550001002', 'Europe/London', 'Test B Salon');
select tests.add_member('test-a', 'ann-owner', 'owner');
select tests.add_member('test-a', 'adam-admin', 'admin');
select tests.add_member('test-a', 'vic-viewer', 'viewer');

-- Viewers and admins are filtered out of updates.
select tests.authenticate_as('vic-viewer');
select is_empty($$update public.phone_numbers set display_name = 'vic was here' where id = 'test-a' returning 1$$,
  'viewer vic''s update of his own phone number matches no row');

select tests.authenticate_as('adam-admin');
select is_empty($$update public.phone_numbers set display_name = 'adam was here' where id = 'test-a' returning 1$$,
  'admin adam''s update of his own phone number matches no row');

-- The owner edits the descriptive columns, never the number or the id.
select tests.authenticate_as('ann-owner');
select lives_ok(
  $$update public.phone_numbers
       set display_name = 'Reception', business_name = 'Test A Dental Care', timezone = 'America/Chicago'
     where id = 'test-a'$$,
  'owner ann may update display_name, business_name and timezone of test-a'
);
select results_eq(
  $$select display_name, business_name, timezone from public.phone_numbers where id = 'test-a'$$,
  $$values ('Reception', 'Test A Dental Care', 'America/Chicago')$$,
  'owner ann''s new display name, business name and time zone are stored'
);
select throws_ok($$update public.phone_numbers set number = '+15550001999' where id = 'test-a'$$,
  '42501', 'permission denied for table phone_numbers',
  'owner ann cannot change the digits of her number: no UPDATE privilege on number (42501)');
select throws_ok($$update public.phone_numbers set id = 'test-z' where id = 'test-a'$$,
  '42501', 'permission denied for table phone_numbers',
  'owner ann cannot change the tenant id: no UPDATE privilege on id (42501)');
select is_empty($$update public.phone_numbers set display_name = 'ann was here' where id = 'test-b' returning 1$$,
  'owner ann''s update of another tenant''s phone number matches no row');
select is_empty($$delete from public.phone_numbers where id = 'test-b' returning 1$$,
  'owner ann''s delete of another tenant''s phone number matches no row');
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-z', '+15550001999', 'Z')$$,
  '42501', 'permission denied for table phone_numbers',
  'owner ann cannot provision a phone number: no insert policy, so no INSERT privilege (42501)'
);

select * from finish();
rollback;
