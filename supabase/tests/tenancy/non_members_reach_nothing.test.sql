-- Whoever is not a member of a phone number reaches none of it: a signed-in
-- user with no membership and a visitor who is not signed in (anon) read no
-- phone number and no membership, provision nothing and join nothing. Row
-- level security filters what a signed-in user reads; anon holds no privilege
-- on any public table, so each of its statements is refused outright.
begin;
select plan(12);

-- test-a: owner ann. oscar: signed in, no membership.
select tests.create_phone('test-a', '+15550001001', 'America/New_York', 'Test A Dental');
select tests.add_member('test-a', 'ann-owner', 'owner');
select tests.create_supabase_user('oscar-outsider');

-- Signed in, no membership
select tests.authenticate_as('oscar-outsider');
select is_empty($$select id from public.phone_numbers$$,
  'a signed-in user with no membership sees no phone number');
select is_empty($$select phone_id from public.phone_members$$,
  'a signed-in user with no membership sees no membership');
select is(private.member_phone_ids(), '{}'::text[],
  'member_phone_ids() is empty for a signed-in user with no membership');
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-z', '+15550001999', 'Z')$$,
  '42501', 'permission denied for table phone_numbers',
  'a signed-in user with no membership cannot provision a phone number: no INSERT privilege (42501)'
);
select throws_ok(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-a', tests.get_supabase_uid('oscar-outsider'), 'owner')$$,
  '42501', 'permission denied for table phone_members',
  'a signed-in user with no membership cannot make themselves an owner of test-a: no INSERT privilege (42501)'
);

-- Not signed in
select tests.authenticate_as_anon();
select throws_ok($$select count(*) from public.phone_numbers$$, '42501', 'permission denied for table phone_numbers',
  'anon cannot read phone numbers: no SELECT privilege (42501)');
select throws_ok($$select count(*) from public.phone_members$$, '42501', 'permission denied for table phone_members',
  'anon cannot read memberships: no SELECT privilege (42501)');
select throws_ok($$select private.member_phone_ids()$$, '42501', 'permission denied for schema private',
  'anon cannot call private.member_phone_ids: no usage on schema private (42501)');
select throws_ok(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-a', tests.get_supabase_uid('oscar-outsider'), 'owner')$$,
  '42501', 'permission denied for table phone_members',
  'anon cannot add a member to a phone, even as owner (42501)'
);
select throws_ok($$update public.phone_numbers set display_name = 'anon' where id = 'test-a'$$,
  '42501', 'permission denied for table phone_numbers',
  'anon cannot update a phone number: no UPDATE privilege on any column (42501)');
select throws_ok($$delete from public.phone_members$$, '42501', 'permission denied for table phone_members',
  'anon cannot delete memberships: no DELETE privilege (42501)');

-- Nothing above changed test-a.
select tests.clear_authentication();
select results_eq(
  $$select p.id, m.user_id, m.role::text from public.phone_numbers p join public.phone_members m on m.phone_id = p.id
     where p.id = 'test-a'$$,
  $$values ('test-a', tests.get_supabase_uid('ann-owner'), 'owner')$$,
  'after all these attempts test-a still exists with ann as its only member'
);

select * from finish();
rollback;
