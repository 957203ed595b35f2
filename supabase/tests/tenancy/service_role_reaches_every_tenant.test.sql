-- The service role (the telephony backend) bypasses row level security: it
-- sees every tenant's phone number and members, provisions numbers, changes a
-- number's digits, and adds or removes members on any phone.
begin;
select plan(6);

-- test-a: owner ann, admin adam. test-b: owner bo, admin bea, viewer val. oscar: no membership.
select tests.create_phone('test-a', '+15550001001', 'America/New_York', 'Test A Dental');
select tests.create_phone('test-b', '+15550001002', 'Europe/London', 'Test B Salon');
select tests.add_member('test-a', 'ann-owner', 'owner');
select tests.add_member('test-a', 'adam-admin', 'admin');
select tests.add_member('test-b', 'bo-owner', 'owner');
select tests.add_member('test-b', 'bea-admin', 'admin');
select tests.add_member('test-b', 'val-viewer', 'viewer');
select tests.create_supabase_user('oscar-outsider');

select tests.authenticate_as_service_role();
select results_eq(
  $$select id from public.phone_numbers where id in ('test-a', 'test-b') order by id$$,
  $$values ('test-a'), ('test-b')$$,
  'service_role sees the phone numbers of both tenants'
);
select results_eq(
  $$select phone_id, count(*)::int from public.phone_members
     where phone_id in ('test-a', 'test-b') group by phone_id order by phone_id$$,
  $$values ('test-a', 2), ('test-b', 3)$$,
  'service_role sees every member of both tenants (2 on test-a, 3 on test-b)'
);
select lives_ok(
  $$insert into public.phone_numbers (id, number, business_name, timezone)
    values ('test-c', '+15550001003', 'Test C Garage', 'Europe/Berlin')$$,
  'service_role provisions a new phone number'
);
select lives_ok(
  $$update public.phone_numbers set number = '+15550001012' where id = 'test-b'$$,
  'service_role changes the digits of an existing number'
);
select results_eq(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-b', tests.get_supabase_uid('oscar-outsider'), 'viewer') returning phone_id$$,
  $$values ('test-b')$$,
  'service_role adds a member to a phone it is not a member of'
);
select results_eq(
  $$delete from public.phone_members
     where phone_id = 'test-b' and user_id = tests.get_supabase_uid('oscar-outsider') returning phone_id$$,
  $$values ('test-b')$$,
  'service_role removes a member from any phone'
);

select * from finish();
rollback;
