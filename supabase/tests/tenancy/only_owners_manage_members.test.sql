-- Only an owner changes members' roles and removes them, and only on their own
-- phone numbers; a membership can never be moved to another phone or user.
-- Nobody adds a member by user id through the API, owners included: the
-- outcome would tell whether that account exists. The service role adds
-- members. Admins' and viewers' attempts are refused or match no row.
begin;
select plan(14);

-- test-a: owner ann, admin adam, viewer vic. test-b: owner bo, admin bea.
-- nina (added by the service role, removed by ann) and oscar: no membership.
select tests.create_phone('test-a', '+15550001001', 'America/New_York', 'Test A Dental');
select tests.create_phone('test-b', '+15550001002', 'Europe/London', 'Test B Salon');
select tests.add_member('test-a', 'ann-owner', 'owner');
select tests.add_member('test-a', 'adam-admin', 'admin');
select tests.add_member('test-a', 'vic-viewer', 'viewer');
select tests.add_member('test-b', 'bo-owner', 'owner');
select tests.add_member('test-b', 'bea-admin', 'admin');
select tests.create_supabase_user('nina-newcomer');
select tests.create_supabase_user('oscar-outsider');

-- An admin manages no member.
select tests.authenticate_as('adam-admin');
select throws_ok(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-a', tests.get_supabase_uid('nina-newcomer'), 'viewer')$$,
  '42501', 'permission denied for table phone_members',
  'admin adam cannot add a member to his phone: no INSERT privilege (42501)'
);
select is_empty(
  $$update public.phone_members set role = 'admin'
     where phone_id = 'test-a' and user_id = tests.get_supabase_uid('vic-viewer') returning 1$$,
  'admin adam''s change of viewer vic''s role matches no row'
);
select is_empty(
  $$delete from public.phone_members
     where phone_id = 'test-a' and user_id = tests.get_supabase_uid('vic-viewer') returning 1$$,
  'admin adam''s removal of viewer vic matches no row'
);

-- Neither does a viewer, not even for himself.
select tests.authenticate_as('vic-viewer');
select throws_ok(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-a', tests.get_supabase_uid('nina-newcomer'), 'viewer')$$,
  '42501', 'permission denied for table phone_members',
  'viewer vic cannot add a member to his phone: no INSERT privilege (42501)'
);
select is_empty(
  $$update public.phone_members set role = 'owner'
     where phone_id = 'test-a' and user_id = tests.get_supabase_uid('vic-viewer') returning 1$$,
  'viewer vic''s promotion of himself to owner matches no row'
);
select is_empty(
  $$delete from public.phone_members
     where phone_id = 'test-a' and user_id = tests.get_supabase_uid('adam-admin') returning 1$$,
  'viewer vic''s removal of admin adam matches no row'
);

-- The owner manages the members of her own phone, and only there.
select tests.authenticate_as('ann-owner');
select throws_ok(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-a', tests.get_supabase_uid('nina-newcomer'), 'viewer')$$,
  '42501', 'permission denied for table phone_members',
  'owner ann cannot add nina by user id either: no INSERT privilege (42501)'
);
select tests.authenticate_as_service_role();
select results_eq(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-a', tests.get_supabase_uid('nina-newcomer'), 'viewer') returning user_id, role::text$$,
  $$values (tests.get_supabase_uid('nina-newcomer'), 'viewer')$$,
  'the service role adds nina as a viewer of test-a'
);
select tests.authenticate_as('ann-owner');
select results_eq(
  $$update public.phone_members set role = 'admin'
     where phone_id = 'test-a' and user_id = tests.get_supabase_uid('nina-newcomer') returning role::text$$,
  $$values ('admin')$$,
  'owner ann promotes nina from viewer to admin'
);
select throws_ok(
  $$update public.phone_members set phone_id = 'test-b'
     where phone_id = 'test-a' and user_id = tests.get_supabase_uid('nina-newcomer')$$,
  '42501', 'permission denied for table phone_members',
  'owner ann cannot move a membership to another phone: no UPDATE privilege on phone_id (42501)'
);
select throws_ok(
  $$update public.phone_members set user_id = tests.get_supabase_uid('oscar-outsider')
     where phone_id = 'test-a' and user_id = tests.get_supabase_uid('nina-newcomer')$$,
  '42501', 'permission denied for table phone_members',
  'owner ann cannot hand a membership to another user: no UPDATE privilege on user_id (42501)'
);
select is_empty(
  $$update public.phone_members set role = 'viewer'
     where phone_id = 'test-b' and user_id = tests.get_supabase_uid('bea-admin') returning 1$$,
  'owner ann''s change of a role on another tenant''s phone matches no row'
);
select is_empty(
  $$delete from public.phone_members
     where phone_id = 'test-b' and user_id = tests.get_supabase_uid('bea-admin') returning 1$$,
  'owner ann''s removal of a member of another tenant''s phone matches no row'
);
select results_eq(
  $$delete from public.phone_members
     where phone_id = 'test-a' and user_id = tests.get_supabase_uid('nina-newcomer') returning user_id$$,
  $$values (tests.get_supabase_uid('nina-newcomer'))$$,
  'owner ann removes nina from test-a'
);

select * from finish();
rollback;
