-- Every member of a phone number, whatever their role (owner, admin, viewer),
-- sees that phone and its members and nothing of another tenant. Also checks
-- what private.member_phone_ids answers for each.
begin;
select plan(19);

-- test-a: owner ann, admin adam, viewer vic. test-b: owner bo.
select tests.create_phone('test-a', '+15550001001', 'America/New_York', 'Test A Dental');
select tests.create_phone('test-b', '+15550001002', 'Europe/London', 'Test B Salon');
select tests.add_member('test-a', 'ann-owner', 'owner');
select tests.add_member('test-a', 'adam-admin', 'admin');
select tests.add_member('test-a', 'vic-viewer', 'viewer');
select tests.add_member('test-b', 'bo-owner', 'owner');

-- Owner of test-a
select tests.authenticate_as('ann-owner');
select results_eq($$select id from public.phone_numbers$$, $$values ('test-a')$$,
  'owner ann sees exactly one phone number, her own test-a');
select results_eq(
  $$select m.user_id, m.role::text from public.phone_members m order by m.role desc$$,
  $$values (tests.get_supabase_uid('ann-owner'), 'owner'),
           (tests.get_supabase_uid('adam-admin'), 'admin'),
           (tests.get_supabase_uid('vic-viewer'), 'viewer')$$,
  'owner ann sees exactly the three members of test-a with their roles'
);
select is_empty($$select 1 from public.phone_numbers where id = 'test-b'$$,
  'owner ann cannot read test-b''s phone number');
select is_empty($$select 1 from public.phone_members where phone_id = 'test-b'$$,
  'owner ann cannot read the members of test-b');
select is(private.member_phone_ids('owner'), '{test-a}'::text[],
  'member_phone_ids(owner) is {test-a} for owner ann');

-- Admin of test-a
select tests.authenticate_as('adam-admin');
select results_eq($$select id from public.phone_numbers$$, $$values ('test-a')$$,
  'admin adam sees exactly one phone number, test-a');
select results_eq($$select count(*)::int from public.phone_members where phone_id = 'test-a'$$,
  $$values (3)$$, 'admin adam sees all three members of test-a');
select is_empty($$select 1 from public.phone_numbers where id = 'test-b'$$,
  'admin adam cannot read test-b''s phone number');
select is_empty($$select 1 from public.phone_members where phone_id <> 'test-a'$$,
  'admin adam sees no membership of any phone other than test-a');
select is(private.member_phone_ids('admin'), '{test-a}'::text[],
  'member_phone_ids(admin) is {test-a} for admin adam');
select is(private.member_phone_ids('owner'), '{}'::text[],
  'member_phone_ids(owner) is empty for admin adam, who owns nothing');

-- Viewer of test-a
select tests.authenticate_as('vic-viewer');
select results_eq($$select id from public.phone_numbers$$, $$values ('test-a')$$,
  'viewer vic sees exactly one phone number, test-a');
select results_eq($$select count(*)::int from public.phone_members where phone_id = 'test-a'$$,
  $$values (3)$$, 'viewer vic sees all three members of test-a');
select is_empty($$select 1 from public.phone_numbers where id = 'test-b'$$,
  'viewer vic cannot read test-b''s phone number');
select is_empty($$select 1 from public.phone_members where phone_id <> 'test-a'$$,
  'viewer vic sees no membership of any phone other than test-a');
select ok('test-a' = any (private.member_phone_ids('viewer')) and not 'test-a' = any (private.member_phone_ids('admin')),
  'member_phone_ids says viewer vic is a viewer of test-a but not an admin');

-- Owner of test-b sees the other side of the same wall
select tests.authenticate_as('bo-owner');
select results_eq($$select id from public.phone_numbers$$, $$values ('test-b')$$,
  'owner bo sees exactly one phone number, his own test-b');
select is_empty($$select 1 from public.phone_members where phone_id = 'test-a'$$,
  'owner bo cannot read the members of test-a');
select is('test-a' = any (private.member_phone_ids()), false,
  'member_phone_ids says owner bo has no role on test-a');

select * from finish();
rollback;
