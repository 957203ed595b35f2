-- A phone number always keeps an owner (trigger private.keep_an_owner): a member
-- may leave, but the last owner can neither leave nor be demoted, not even by
-- the service role; with a second owner, one may step down. Deleting the phone
-- number itself removes all its memberships, last owner included.
begin;
select plan(13);

-- test-a: sole owner ann, viewer vic. test-b: owner bo, admin bea, viewer val;
-- olly becomes a second owner of test-b.
select tests.create_phone('test-a', '+15550001001', 'America/New_York', 'Test A Dental');
select tests.create_phone('test-b', '+15550001002', 'Europe/London', 'Test B Salon');
select tests.add_member('test-a', 'ann-owner', 'owner');
select tests.add_member('test-a', 'vic-viewer', 'viewer');
select tests.add_member('test-b', 'bo-owner', 'owner');
select tests.add_member('test-b', 'bea-admin', 'admin');
select tests.add_member('test-b', 'val-viewer', 'viewer');
select tests.create_supabase_user('olly-co-owner');

-- A member who is not the last owner may leave.
select tests.authenticate_as('vic-viewer');
select results_eq(
  $$delete from public.phone_members
     where phone_id = 'test-a' and user_id = tests.get_supabase_uid('vic-viewer') returning user_id$$,
  $$values (tests.get_supabase_uid('vic-viewer'))$$,
  'viewer vic removes his own membership of test-a'
);
select is_empty($$select id from public.phone_numbers$$,
  'after leaving test-a, vic no longer sees it');

-- The sole owner stays.
select tests.authenticate_as_service_role();
select throws_ok(
  $$update public.phone_members set role = 'admin'
     where phone_id = 'test-b' and user_id = tests.get_supabase_uid('bo-owner')$$,
  '23514', 'phone number test-b must keep at least one owner',
  'even service_role cannot demote the sole owner of test-b (23514)'
);

select tests.authenticate_as('ann-owner');
select throws_ok(
  $$update public.phone_members set role = 'admin'
     where phone_id = 'test-a' and user_id = tests.get_supabase_uid('ann-owner')$$,
  '23514', 'phone number test-a must keep at least one owner',
  'ann, sole owner of test-a, cannot demote herself (23514)'
);
select throws_ok(
  $$delete from public.phone_members
     where phone_id = 'test-a' and user_id = tests.get_supabase_uid('ann-owner')$$,
  '23514', 'phone number test-a must keep at least one owner',
  'ann, sole owner of test-a, cannot leave it (23514)'
);

-- With two owners, one may step down; then the other is the last one.
select tests.authenticate_as_service_role();
select results_eq(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-b', tests.get_supabase_uid('olly-co-owner'), 'owner') returning role::text$$,
  $$values ('owner')$$,
  'the service role makes olly a second owner of test-b'
);
select tests.authenticate_as('bo-owner');
select results_eq(
  $$update public.phone_members set role = 'admin'
     where phone_id = 'test-b' and user_id = tests.get_supabase_uid('bo-owner') returning role::text$$,
  $$values ('admin')$$,
  'with olly also an owner, bo may demote himself to admin'
);
select is_empty(
  $$update public.phone_members set role = 'owner'
     where phone_id = 'test-b' and user_id = tests.get_supabase_uid('bo-owner') returning 1$$,
  'once an admin, bo''s promotion of himself back to owner matches no row'
);

select tests.authenticate_as('olly-co-owner');
select throws_ok(
  $$update public.phone_members set role = 'viewer'
     where phone_id = 'test-b' and user_id = tests.get_supabase_uid('olly-co-owner')$$,
  '23514', 'phone number test-b must keep at least one owner',
  'olly, now the sole owner of test-b, cannot demote himself (23514)'
);
select results_eq(
  $$delete from public.phone_members
     where phone_id = 'test-b' and user_id = tests.get_supabase_uid('bo-owner') returning role::text$$,
  $$values ('admin')$$,
  'owner olly removes bo, the former owner, now an admin'
);

-- Releasing a phone number cascades to its memberships without tripping the trigger.
select tests.authenticate_as('ann-owner');
select results_eq($$delete from public.phone_numbers where id = 'test-a' returning id$$,
  $$values ('test-a')$$, 'owner ann deletes her phone number test-a');
select tests.clear_authentication();
select is_empty($$select 1 from public.phone_members where phone_id = 'test-a'$$,
  'deleting test-a deleted its memberships, including its last owner');
select results_eq(
  $$select count(*)::int from public.phone_members where phone_id = 'test-b'$$, $$values (3)$$,
  'deleting test-a left test-b''s three memberships alone'
);

select * from finish();
rollback;
