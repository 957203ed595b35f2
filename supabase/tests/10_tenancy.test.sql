-- Tenancy core: public.phone_numbers (the tenant) and public.phone_members
-- (who reaches which tenant, as viewer < admin < owner). Everything runs in one
-- transaction that is rolled back; fixtures are created here, never taken
-- from the seed.
--
-- Fixtures (all ids are fixed so failures are easy to read):
--   test-a  +15550001001  owner ann 1111…, admin adam 2222…, viewer vic 3333…
--   test-b  +15550001002  owner bo  4444…, admin bea  5555…, viewer val 6666…
--   no membership: olly 7777… (later a second owner of test-b),
--                  nina 8888… (added and removed by owners), out 9999… (outsider)
begin;
create extension if not exists pgtap with schema extensions;


select plan(112);

-- Fixtures (as postgres, which bypasses RLS) ----------------------------------

insert into auth.users (id, aud, role, email) values
  ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ann@test-a.test'),
  ('22222222-2222-4222-8222-222222222222', 'authenticated', 'authenticated', 'adam@test-a.test'),
  ('33333333-3333-4333-8333-333333333333', 'authenticated', 'authenticated', 'vic@test-a.test'),
  ('44444444-4444-4444-8444-444444444444', 'authenticated', 'authenticated', 'bo@test-b.test'),
  ('55555555-5555-4555-8555-555555555555', 'authenticated', 'authenticated', 'bea@test-b.test'),
  ('66666666-6666-4666-8666-666666666666', 'authenticated', 'authenticated', 'val@test-b.test'),
  ('77777777-7777-4777-8777-777777777777', 'authenticated', 'authenticated', 'olly@test-b.test'),
  ('88888888-8888-4888-8888-888888888888', 'authenticated', 'authenticated', 'nina@test.test'),
  ('99999999-9999-4999-8999-999999999999', 'authenticated', 'authenticated', 'out@test.test');

insert into public.phone_numbers (id, number, display_name, business_name, timezone) values
  ('test-a', '+15550001001', 'A desk', 'Test A Dental', 'America/New_York'),
  ('test-b', '+15550001002', 'B desk', 'Test B Salon', 'Europe/London');

insert into public.phone_members (phone_id, user_id, role) values
  ('test-a', '11111111-1111-4111-8111-111111111111', 'owner'),
  ('test-a', '22222222-2222-4222-8222-222222222222', 'admin'),
  ('test-a', '33333333-3333-4333-8333-333333333333', 'viewer'),
  ('test-b', '44444444-4444-4444-8444-444444444444', 'owner'),
  ('test-b', '55555555-5555-4555-8555-555555555555', 'admin'),
  ('test-b', '66666666-6666-4666-8666-666666666666', 'viewer');

-- ============================================================================
-- Structure
-- ============================================================================

select is((select relrowsecurity from pg_class where oid = 'public.phone_numbers'::regclass), true,
  'RLS is enabled on phone_numbers');
select is((select relrowsecurity from pg_class where oid = 'public.phone_members'::regclass), true,
  'RLS is enabled on phone_members');

-- One policy per command; phone_numbers has no insert policy (the telephony
-- backend provisions numbers with the service role).
select results_eq(
  $$select cmd from pg_policies where schemaname = 'public' and tablename = 'phone_numbers' order by cmd$$,
  $$values ('DELETE'), ('SELECT'), ('UPDATE')$$,
  'phone_numbers has exactly one select, update and delete policy and no insert policy'
);
select results_eq(
  $$select cmd from pg_policies where schemaname = 'public' and tablename = 'phone_members' order by cmd$$,
  $$values ('DELETE'), ('INSERT'), ('SELECT'), ('UPDATE')$$,
  'phone_members has exactly one policy per command'
);
select is_empty(
  $$select policyname from pg_policies
     where schemaname = 'public' and tablename in ('phone_numbers', 'phone_members')
       and (roles <> '{authenticated}'::name[] or permissive <> 'PERMISSIVE')$$,
  'every tenancy policy is permissive and applies to authenticated only'
);
select is_empty(
  $$select policyname from pg_policies
     where schemaname = 'public' and tablename in ('phone_numbers', 'phone_members')
       and cmd in ('INSERT', 'UPDATE') and with_check is null$$,
  'every insert and update policy has a WITH CHECK'
);

select col_is_pk('public', 'phone_members', array['phone_id', 'user_id'],
  'the primary key of phone_members is (phone_id, user_id)');

-- Column privileges: members edit descriptive columns and roles, nothing else.
select results_eq(
  $$select a.attname::text collate "default" from pg_attribute a
     where a.attrelid = 'public.phone_numbers'::regclass and a.attnum > 0 and not a.attisdropped
       and has_column_privilege('authenticated', a.attrelid, a.attnum, 'UPDATE')
     order by 1$$,
  $$values ('business_name'), ('display_name'), ('timezone')$$,
  'authenticated may update only display_name, business_name and timezone of phone_numbers'
);
select results_eq(
  $$select a.attname::text collate "default" from pg_attribute a
     where a.attrelid = 'public.phone_members'::regclass and a.attnum > 0 and not a.attisdropped
       and has_column_privilege('authenticated', a.attrelid, a.attnum, 'UPDATE')
     order by 1$$,
  $$values ('role')$$,
  'authenticated may update only the role of phone_members'
);
select is_empty(
  $$select a.attrelid::regclass::text || '.' || a.attname from pg_attribute a
     where a.attrelid in ('public.phone_numbers'::regclass, 'public.phone_members'::regclass)
       and a.attnum > 0 and not a.attisdropped
       and has_column_privilege('anon', a.attrelid, a.attnum, 'UPDATE')$$,
  'anon may update no column of the tenancy tables'
);
select table_privs_are('public', 'phone_numbers', 'authenticated', array['SELECT', 'INSERT', 'DELETE'],
  'authenticated has no TRUNCATE, REFERENCES, TRIGGER or table-wide UPDATE on phone_numbers');
select table_privs_are('public', 'phone_members', 'authenticated', array['SELECT', 'INSERT', 'DELETE'],
  'authenticated has no TRUNCATE, REFERENCES, TRIGGER or table-wide UPDATE on phone_members');

-- Helpers: SECURITY DEFINER with an empty search_path; the policy helpers STABLE.
select ok(
  (select prosecdef and proconfig @> array['search_path=""'] and provolatile = 's'
     from pg_proc where oid = 'private.member_phone_ids(public.member_role)'::regprocedure),
  'private.member_phone_ids is STABLE SECURITY DEFINER with search_path = '''''
);
-- Every policy calls member_phone_ids once per statement: PL/pgSQL keeps its
-- query's plan for the session, where a SQL function's body is planned anew.
select is(
  (select array_agg(l.lanname::text order by p.proname) from pg_proc p join pg_language l on l.oid = p.prolang
    where p.oid in ('private.member_phone_ids(public.member_role)'::regprocedure,
                    'private.member_phone_performance_summary()'::regprocedure)),
  array['plpgsql', 'plpgsql'],
  'private.member_phone_ids and member_phone_performance_summary are PL/pgSQL, so their plans are cached'
);
-- The planner cost that keeps misestimated RLS listings on the ordered index.
select is(
  (select s.setting from pg_db_role_setting r, unnest(r.setconfig) as s(setting)
    where r.setrole = 'authenticated'::regrole and r.setdatabase = 0 and s.setting like 'random_page_cost=%'),
  'random_page_cost=1.1',
  'authenticated has random_page_cost = 1.1'
);
select ok(
  (select prosecdef and proconfig @> array['search_path=""'] and provolatile = 's'
     from pg_proc where oid = 'private.has_phone_role(text, public.member_role)'::regprocedure),
  'private.has_phone_role is STABLE SECURITY DEFINER with search_path = '''''
);
select ok(
  (select prosecdef and proconfig @> array['search_path=""']
     from pg_proc where oid = 'private.keep_an_owner()'::regprocedure),
  'private.keep_an_owner is SECURITY DEFINER with search_path = '''''
);
select is_empty(
  $$select p.oid::regprocedure::text from pg_proc p
     where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace)
       and p.prosecdef and not coalesce(p.proconfig @> array['search_path=""'], false)$$,
  'no SECURITY DEFINER function in public or private lacks search_path = '''''
);

select ok(
  has_function_privilege('authenticated', 'private.member_phone_ids(public.member_role)', 'execute'),
  'authenticated may execute private.member_phone_ids (policies call it)'
);
select is(
  has_function_privilege('anon', 'private.member_phone_ids(public.member_role)', 'execute'), false,
  'anon may not execute private.member_phone_ids'
);
select is(
  has_function_privilege('anon', 'private.has_phone_role(text, public.member_role)', 'execute'), false,
  'anon may not execute private.has_phone_role'
);

-- Functions called by CHECK constraints run with the privileges of whoever
-- writes the row, so every role that writes a tenant table needs EXECUTE on them.
select is_empty(
  $$select distinct d.refobjid::regprocedure::text || ' for ' || r.rolname
      from pg_constraint c
      join pg_depend d on d.classid = 'pg_constraint'::regclass and d.objid = c.oid
                      and d.refclassid = 'pg_proc'::regclass
      cross join (values ('authenticated'), ('service_role')) as r(rolname)
     where c.conrelid in ('public.phone_numbers'::regclass, 'public.phone_members'::regclass)
       and not has_function_privilege(r.rolname, d.refobjid, 'execute')$$,
  'authenticated and service_role may execute every function a tenancy CHECK constraint calls'
);

-- ============================================================================
-- Constraints refuse bad input (as postgres, so only the constraint can refuse)
-- ============================================================================

select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-x', '4155550123', 'X')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_number_e164"',
  'a number without + is not E.164'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-x', '+04155550123', 'X')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_number_e164"',
  'a number whose country code starts with 0 is not E.164'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-x', '+1 415 555 0123', 'X')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_number_e164"',
  'a number with spaces is not E.164'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-x', '+15550001001', 'X')$$,
  '23505', 'duplicate key value violates unique constraint "phone_numbers_number_key"',
  'a number belongs to one phone_numbers row only'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name, timezone) values ('test-x', '+15550001099', 'X', 'Mars/Olympus')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_timezone_iana"',
  'an unknown time zone is refused'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name, timezone) values ('test-x', '+15550001099', 'X', 'EST5EDT')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_timezone_iana"',
  'a POSIX time zone string (EST5EDT) is refused'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name, timezone) values ('test-x', '+15550001099', 'X', '+05')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_timezone_iana"',
  'a bare UTC offset (+05) is refused'
);
select lives_ok(
  $$insert into public.phone_numbers (id, number, business_name, timezone)
    values ('test-tz', '+15550001098', 'X', 'America/Argentina/Buenos_Aires')$$,
  'a three-part IANA zone (America/Argentina/Buenos_Aires) is accepted'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('Test X', '+15550001099', 'X')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_id_format"',
  'an id with capitals and spaces is refused'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('x', '+15550001099', 'X')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_id_format"',
  'a one-character id is refused'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-x', '+15550001099', '')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_business_name_length"',
  'an empty business name is refused'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-x', '+15550001099', '   ')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_business_name_length"',
  'a blank business name is refused'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, display_name, business_name) values ('test-x', '+15550001099', '', 'X')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_display_name_length"',
  'an empty display name is refused (use null)'
);
select throws_ok(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-a', '99999999-9999-4999-8999-999999999999', 'superuser')$$,
  '22P02', 'invalid input value for enum member_role: "superuser"',
  'a member role outside viewer/admin/owner is refused'
);

-- ============================================================================
-- Reads: each member sees their own phone and its members, nothing else
-- ============================================================================

-- Owner of test-a
set local role authenticated;
set local request.jwt.claims = '{"sub":"11111111-1111-4111-8111-111111111111","role":"authenticated"}';
select results_eq($$select id from public.phone_numbers$$, $$values ('test-a')$$,
  'owner ann sees exactly her phone number');
select results_eq(
  $$select user_id::text, role::text from public.phone_members order by user_id$$,
  $$values ('11111111-1111-4111-8111-111111111111', 'owner'),
           ('22222222-2222-4222-8222-222222222222', 'admin'),
           ('33333333-3333-4333-8333-333333333333', 'viewer')$$,
  'owner ann sees exactly the members of test-a'
);
select is_empty($$select 1 from public.phone_numbers where id = 'test-b'$$,
  'owner ann does not see test-b');
select is_empty($$select 1 from public.phone_members where phone_id = 'test-b'$$,
  'owner ann does not see the members of test-b');
select is(private.member_phone_ids('owner'), '{test-a}'::text[],
  'member_phone_ids(owner) is {test-a} for owner ann');
reset role;

-- Admin of test-a
set local role authenticated;
set local request.jwt.claims = '{"sub":"22222222-2222-4222-8222-222222222222","role":"authenticated"}';
select results_eq($$select id from public.phone_numbers$$, $$values ('test-a')$$,
  'admin adam sees exactly his phone number');
select results_eq($$select count(*)::int from public.phone_members where phone_id = 'test-a'$$,
  $$values (3)$$, 'admin adam sees the three members of test-a');
select is_empty($$select 1 from public.phone_numbers where id = 'test-b'$$,
  'admin adam does not see test-b');
select is_empty($$select 1 from public.phone_members where phone_id <> 'test-a'$$,
  'admin adam sees no membership of another phone');
select is(private.member_phone_ids('admin'), '{test-a}'::text[],
  'member_phone_ids(admin) is {test-a} for admin adam');
select is(private.member_phone_ids('owner'), '{}'::text[],
  'member_phone_ids(owner) is empty for admin adam');
reset role;

-- Viewer of test-a
set local role authenticated;
set local request.jwt.claims = '{"sub":"33333333-3333-4333-8333-333333333333","role":"authenticated"}';
select results_eq($$select id from public.phone_numbers$$, $$values ('test-a')$$,
  'viewer vic sees exactly his phone number');
select results_eq($$select count(*)::int from public.phone_members where phone_id = 'test-a'$$,
  $$values (3)$$, 'viewer vic sees the three members of test-a');
select is_empty($$select 1 from public.phone_numbers where id = 'test-b'$$,
  'viewer vic does not see test-b');
select is_empty($$select 1 from public.phone_members where phone_id <> 'test-a'$$,
  'viewer vic sees no membership of another phone');
select ok(private.has_phone_role('test-a') and not private.has_phone_role('test-a', 'admin'),
  'has_phone_role: viewer vic is a viewer of test-a but not an admin');
reset role;

-- Owner of test-b sees the other side of the same wall
set local role authenticated;
set local request.jwt.claims = '{"sub":"44444444-4444-4444-8444-444444444444","role":"authenticated"}';
select results_eq($$select id from public.phone_numbers$$, $$values ('test-b')$$,
  'owner bo sees exactly test-b');
select is_empty($$select 1 from public.phone_members where phone_id = 'test-a'$$,
  'owner bo does not see the members of test-a');
select is(private.has_phone_role('test-a'), false,
  'has_phone_role: owner bo has no role on test-a');
reset role;

-- Outsider: signed in, no membership
set local role authenticated;
set local request.jwt.claims = '{"sub":"99999999-9999-4999-8999-999999999999","role":"authenticated"}';
select is_empty($$select id from public.phone_numbers$$, 'the outsider sees no phone number');
select is_empty($$select phone_id from public.phone_members$$, 'the outsider sees no membership');
select is(private.member_phone_ids(), '{}'::text[], 'member_phone_ids() is empty for the outsider');
reset role;

-- anon: Supabase grants SELECT to anon; RLS (no anon policy) filters every row.
set local role anon;
set local request.jwt.claims = '{"role":"anon"}';
select is((select count(*)::int from public.phone_numbers), 0, 'anon reads 0 phone numbers, without error');
select is((select count(*)::int from public.phone_members), 0, 'anon reads 0 memberships, without error');
select throws_ok($$select private.member_phone_ids()$$, '42501', 'permission denied for schema private',
  'anon cannot call private.member_phone_ids');
reset role;

-- ============================================================================
-- Writes
-- ============================================================================

-- phone_numbers: viewers and admins are filtered out of updates.
set local role authenticated;
set local request.jwt.claims = '{"sub":"33333333-3333-4333-8333-333333333333","role":"authenticated"}';
select is_empty($$update public.phone_numbers set display_name = 'vic was here' where id = 'test-a' returning 1$$,
  'viewer vic cannot update his phone number');
reset role;

set local role authenticated;
set local request.jwt.claims = '{"sub":"22222222-2222-4222-8222-222222222222","role":"authenticated"}';
select is_empty($$update public.phone_numbers set display_name = 'adam was here' where id = 'test-a' returning 1$$,
  'admin adam cannot update his phone number');
select throws_ok(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-a', '88888888-8888-4888-8888-888888888888', 'viewer')$$,
  '42501', 'new row violates row-level security policy for table "phone_members"',
  'admin adam cannot add a member'
);
select is_empty(
  $$update public.phone_members set role = 'admin'
     where phone_id = 'test-a' and user_id = '33333333-3333-4333-8333-333333333333' returning 1$$,
  'admin adam cannot change a member''s role'
);
select is_empty(
  $$delete from public.phone_members
     where phone_id = 'test-a' and user_id = '33333333-3333-4333-8333-333333333333' returning 1$$,
  'admin adam cannot remove another member'
);
reset role;

-- Owner: edits the descriptive columns, never the number or the id.
set local role authenticated;
set local request.jwt.claims = '{"sub":"11111111-1111-4111-8111-111111111111","role":"authenticated"}';
select lives_ok(
  $$update public.phone_numbers
       set display_name = 'Reception', business_name = 'Test A Dental Care', timezone = 'America/Chicago'
     where id = 'test-a'$$,
  'owner ann may update display_name, business_name and timezone'
);
select results_eq(
  $$select display_name, business_name, timezone from public.phone_numbers where id = 'test-a'$$,
  $$values ('Reception', 'Test A Dental Care', 'America/Chicago')$$,
  'owner ann''s edits are stored'
);
select throws_ok($$update public.phone_numbers set number = '+15550001999' where id = 'test-a'$$,
  '42501', 'permission denied for table phone_numbers', 'owner ann cannot change the number itself');
select throws_ok($$update public.phone_numbers set id = 'test-z' where id = 'test-a'$$,
  '42501', 'permission denied for table phone_numbers', 'owner ann cannot change the tenant id');
select is_empty($$update public.phone_numbers set display_name = 'ann was here' where id = 'test-b' returning 1$$,
  'owner ann cannot update another tenant''s phone number');
select is_empty($$delete from public.phone_numbers where id = 'test-b' returning 1$$,
  'owner ann cannot delete another tenant''s phone number');
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-z', '+15550001999', 'Z')$$,
  '42501', 'new row violates row-level security policy for table "phone_numbers"',
  'owner ann cannot provision a phone number'
);
reset role;

set local role authenticated;
set local request.jwt.claims = '{"sub":"99999999-9999-4999-8999-999999999999","role":"authenticated"}';
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-z', '+15550001999', 'Z')$$,
  '42501', 'new row violates row-level security policy for table "phone_numbers"',
  'the outsider cannot provision a phone number'
);
select throws_ok(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-a', '99999999-9999-4999-8999-999999999999', 'owner')$$,
  '42501', 'new row violates row-level security policy for table "phone_members"',
  'the outsider cannot make themselves a member'
);
reset role;

-- phone_members: only owners add members and change roles, on their own phones only.
set local role authenticated;
set local request.jwt.claims = '{"sub":"33333333-3333-4333-8333-333333333333","role":"authenticated"}';
select throws_ok(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-a', '88888888-8888-4888-8888-888888888888', 'viewer')$$,
  '42501', 'new row violates row-level security policy for table "phone_members"',
  'viewer vic cannot add a member'
);
select is_empty(
  $$update public.phone_members set role = 'owner'
     where phone_id = 'test-a' and user_id = '33333333-3333-4333-8333-333333333333' returning 1$$,
  'viewer vic cannot promote himself'
);
select is_empty(
  $$delete from public.phone_members
     where phone_id = 'test-a' and user_id = '22222222-2222-4222-8222-222222222222' returning 1$$,
  'viewer vic deleting another member deletes nothing'
);
reset role;

set local role authenticated;
set local request.jwt.claims = '{"sub":"11111111-1111-4111-8111-111111111111","role":"authenticated"}';
select results_eq(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-a', '88888888-8888-4888-8888-888888888888', 'viewer') returning user_id::text, role::text$$,
  $$values ('88888888-8888-4888-8888-888888888888', 'viewer')$$,
  'owner ann adds nina as a viewer of test-a'
);
select results_eq(
  $$update public.phone_members set role = 'admin'
     where phone_id = 'test-a' and user_id = '88888888-8888-4888-8888-888888888888' returning role::text$$,
  $$values ('admin')$$,
  'owner ann promotes nina to admin'
);
select throws_ok(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-b', '88888888-8888-4888-8888-888888888888', 'viewer')$$,
  '42501', 'new row violates row-level security policy for table "phone_members"',
  'owner ann cannot add a member to another tenant''s phone'
);
select throws_ok(
  $$update public.phone_members set phone_id = 'test-b'
     where phone_id = 'test-a' and user_id = '88888888-8888-4888-8888-888888888888'$$,
  '42501', 'permission denied for table phone_members',
  'owner ann cannot move a membership to another phone'
);
select throws_ok(
  $$update public.phone_members set user_id = '99999999-9999-4999-8999-999999999999'
     where phone_id = 'test-a' and user_id = '88888888-8888-4888-8888-888888888888'$$,
  '42501', 'permission denied for table phone_members',
  'owner ann cannot hand a membership to another user'
);
select is_empty(
  $$update public.phone_members set role = 'viewer'
     where phone_id = 'test-b' and user_id = '55555555-5555-4555-8555-555555555555' returning 1$$,
  'owner ann cannot change roles on another tenant''s phone'
);
select is_empty(
  $$delete from public.phone_members
     where phone_id = 'test-b' and user_id = '55555555-5555-4555-8555-555555555555' returning 1$$,
  'owner ann cannot remove members of another tenant''s phone'
);
select results_eq(
  $$delete from public.phone_members
     where phone_id = 'test-a' and user_id = '88888888-8888-4888-8888-888888888888' returning user_id::text$$,
  $$values ('88888888-8888-4888-8888-888888888888')$$,
  'owner ann removes nina'
);
reset role;

-- A member may leave.
set local role authenticated;
set local request.jwt.claims = '{"sub":"33333333-3333-4333-8333-333333333333","role":"authenticated"}';
select results_eq(
  $$delete from public.phone_members
     where phone_id = 'test-a' and user_id = '33333333-3333-4333-8333-333333333333' returning user_id::text$$,
  $$values ('33333333-3333-4333-8333-333333333333')$$,
  'viewer vic leaves test-a'
);
select is_empty($$select id from public.phone_numbers$$, 'after leaving, vic no longer sees test-a');
reset role;

-- anon writes nothing.
set local role anon;
set local request.jwt.claims = '{"role":"anon"}';
select throws_ok(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-a', '99999999-9999-4999-8999-999999999999', 'owner')$$,
  '42501', 'new row violates row-level security policy for table "phone_members"',
  'anon cannot add a member'
);
select throws_ok($$update public.phone_numbers set display_name = 'anon' where id = 'test-a'$$,
  '42501', 'permission denied for table phone_numbers', 'anon cannot update a phone number');
select is_empty($$delete from public.phone_members returning 1$$, 'anon deletes no membership');
reset role;

-- ============================================================================
-- service_role bypasses RLS: the telephony backend sees and writes everything
-- ============================================================================

set local role service_role;
set local request.jwt.claims = '{"role":"service_role"}';
select results_eq(
  $$select id from public.phone_numbers where id in ('test-a', 'test-b') order by id$$,
  $$values ('test-a'), ('test-b')$$,
  'service_role sees every tenant''s phone number'
);
select results_eq(
  $$select phone_id, count(*)::int from public.phone_members
     where phone_id in ('test-a', 'test-b') group by phone_id order by phone_id$$,
  $$values ('test-a', 2), ('test-b', 3)$$,
  'service_role sees every tenant''s members'
);
select lives_ok(
  $$insert into public.phone_numbers (id, number, business_name, timezone)
    values ('test-c', '+15550001003', 'Test C Garage', 'Europe/Berlin')$$,
  'service_role provisions a phone number'
);
select lives_ok(
  $$update public.phone_numbers set number = '+15550001012' where id = 'test-b'$$,
  'service_role changes a number''s digits'
);
select results_eq(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-b', '99999999-9999-4999-8999-999999999999', 'viewer') returning phone_id$$,
  $$values ('test-b')$$,
  'service_role adds a member to any phone'
);
select results_eq(
  $$delete from public.phone_members
     where phone_id = 'test-b' and user_id = '99999999-9999-4999-8999-999999999999' returning phone_id$$,
  $$values ('test-b')$$,
  'service_role removes a member from any phone'
);
select throws_ok(
  $$update public.phone_members set role = 'admin'
     where phone_id = 'test-b' and user_id = '44444444-4444-4444-8444-444444444444'$$,
  '23514', 'phone number test-b must keep at least one owner',
  'even service_role cannot demote the last owner'
);
reset role;

-- ============================================================================
-- Last-owner protection (trigger private.keep_an_owner)
-- ============================================================================

set local role authenticated;
set local request.jwt.claims = '{"sub":"11111111-1111-4111-8111-111111111111","role":"authenticated"}';
select throws_ok(
  $$update public.phone_members set role = 'admin'
     where phone_id = 'test-a' and user_id = '11111111-1111-4111-8111-111111111111'$$,
  '23514', 'phone number test-a must keep at least one owner',
  'the sole owner cannot demote herself'
);
select throws_ok(
  $$delete from public.phone_members
     where phone_id = 'test-a' and user_id = '11111111-1111-4111-8111-111111111111'$$,
  '23514', 'phone number test-a must keep at least one owner',
  'the sole owner cannot leave'
);
reset role;

-- With two owners, one may step down; then the other is the last one.
set local role authenticated;
set local request.jwt.claims = '{"sub":"44444444-4444-4444-8444-444444444444","role":"authenticated"}';
select results_eq(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-b', '77777777-7777-4777-8777-777777777777', 'owner') returning role::text$$,
  $$values ('owner')$$,
  'owner bo makes olly a second owner of test-b'
);
select results_eq(
  $$update public.phone_members set role = 'admin'
     where phone_id = 'test-b' and user_id = '44444444-4444-4444-8444-444444444444' returning role::text$$,
  $$values ('admin')$$,
  'with two owners, bo may demote himself to admin'
);
select is_empty(
  $$update public.phone_members set role = 'owner'
     where phone_id = 'test-b' and user_id = '44444444-4444-4444-8444-444444444444' returning 1$$,
  'once an admin, bo cannot promote himself back'
);
reset role;

set local role authenticated;
set local request.jwt.claims = '{"sub":"77777777-7777-4777-8777-777777777777","role":"authenticated"}';
select throws_ok(
  $$update public.phone_members set role = 'viewer'
     where phone_id = 'test-b' and user_id = '77777777-7777-4777-8777-777777777777'$$,
  '23514', 'phone number test-b must keep at least one owner',
  'olly, now the sole owner, cannot demote himself'
);
select results_eq(
  $$delete from public.phone_members
     where phone_id = 'test-b' and user_id = '44444444-4444-4444-8444-444444444444' returning role::text$$,
  $$values ('admin')$$,
  'owner olly removes the former owner bo'
);
reset role;

-- Releasing a phone number cascades to its memberships without tripping the trigger.
set local role authenticated;
set local request.jwt.claims = '{"sub":"11111111-1111-4111-8111-111111111111","role":"authenticated"}';
select results_eq($$delete from public.phone_numbers where id = 'test-a' returning id$$,
  $$values ('test-a')$$, 'owner ann deletes her phone number');
reset role;
select is_empty($$select 1 from public.phone_members where phone_id = 'test-a'$$,
  'deleting test-a deleted its memberships, including its last owner');
select results_eq(
  $$select count(*)::int from public.phone_members where phone_id = 'test-b'$$, $$values (3)$$,
  'deleting test-a left test-b''s memberships alone'
);

-- ============================================================================
-- Index usage: the membership lookup behind every policy uses
-- phone_members_user_id_idx on data large enough for the planner to care
-- ============================================================================

-- 2000 users, each a member of 10 of 40 phones: 20000 memberships. The
-- number of phones does not matter here; selectivity by user_id does.
insert into auth.users (id, aud, role)
select ('bbbbbbbb-0000-4000-8000-' || lpad(to_hex(u), 12, '0'))::uuid, 'authenticated', 'authenticated'
  from generate_series(1, 2000) u;
insert into public.phone_numbers (id, number, business_name)
select 'bulk-' || p, '+1555100' || lpad(p::text, 4, '0'), 'Bulk ' || p
  from generate_series(1, 40) p;
insert into public.phone_members (phone_id, user_id, role)
select 'bulk-' || (1 + (u + k) % 40),
       ('bbbbbbbb-0000-4000-8000-' || lpad(to_hex(u), 12, '0'))::uuid,
       (array['viewer', 'admin', 'owner']::public.member_role[])[1 + (u + k) % 3]
  from generate_series(1, 2000) u, generate_series(0, 9) k;
analyze public.phone_members;

-- Runs EXPLAIN (ANALYZE) so the scan really happens (the unused_index advisor
-- run after the tests counts it), and returns the plan. Accepted shapes: an
-- index scan, an index-only scan (after VACUUM, as in production), or a bitmap
-- scan of the index, which the planner naturally prefers here for ~10 rows
-- scattered over 10 heap pages whose visibility map is not yet set.
create function pg_temp.explain_analyze(query text) returns jsonb
language plpgsql as $$
declare
  plan jsonb;
begin
  execute 'explain (analyze, costs off, timing off, format json) ' || query into plan;
  return plan;
end
$$;

-- The scans of phone_members in a plan, as "Node Type on index".
create function pg_temp.member_scans(plan jsonb) returns text
language sql as $$
  select string_agg(n ->> 'Node Type' || coalesce(' on ' || (n ->> 'Index Name'), ''), ', ')
    from jsonb_path_query(plan, 'strict $.**') n
   where jsonb_typeof(n) = 'object'
     and (n ->> 'Relation Name' = 'phone_members'
          or n ->> 'Index Name' like 'phone_members%')
$$;

select matches(
  pg_temp.member_scans(pg_temp.explain_analyze(
    $$select phone_id from public.phone_members where user_id = 'bbbbbbbb-0000-4000-8000-0000000003e8'$$)),
  '^(Index (Only )?Scan on phone_members_user_id_idx|Bitmap Heap Scan, Bitmap Index Scan on phone_members_user_id_idx)$',
  'the phones of one user are read through phone_members_user_id_idx, not a sequential scan'
);

-- The body of private.member_phone_ids, as it runs for a signed-in user
-- (the function is SECURITY DEFINER, owned by postgres, so no RLS applies).
set local request.jwt.claims = '{"sub":"bbbbbbbb-0000-4000-8000-0000000003e8","role":"authenticated"}';
select matches(
  pg_temp.member_scans(pg_temp.explain_analyze(
    $$select coalesce(pg_catalog.array_agg(m.phone_id), '{}')
        from public.phone_members m
       where m.user_id = (select auth.uid()) and m.role >= 'viewer'$$)),
  '^(Index (Only )?Scan on phone_members_user_id_idx|Bitmap Heap Scan, Bitmap Index Scan on phone_members_user_id_idx)$',
  'member_phone_ids'' lookup reads phone_members through phone_members_user_id_idx'
);

-- And the function itself, called by an impersonated user: it scans the index.
create temporary table idx_scans on commit drop as
select pg_stat_get_xact_numscans('public.phone_members_user_id_idx'::regclass) as before;
set local role authenticated;
select is(cardinality(private.member_phone_ids()), 10,
  'a bulk user is a member of 10 phones');
reset role;
select cmp_ok(
  pg_stat_get_xact_numscans('public.phone_members_user_id_idx'::regclass), '>', (select before from idx_scans),
  'calling private.member_phone_ids() scanned phone_members_user_id_idx'
);

select * from finish();
rollback;
