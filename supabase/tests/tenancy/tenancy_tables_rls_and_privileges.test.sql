-- The tenancy tables, public.phone_numbers (the tenant) and public.phone_members
-- (who reaches which tenant), are guarded by row level security with one policy
-- per command, and authenticated may update only the descriptive columns of a
-- phone number and the role of a membership; nobody inserts into either
-- through the API. Catalog checks only; no fixtures.
begin;
select plan(12);

select is((select relrowsecurity from pg_class where oid = 'public.phone_numbers'::regclass), true,
  'row level security is enabled on phone_numbers');
select is((select relrowsecurity from pg_class where oid = 'public.phone_members'::regclass), true,
  'row level security is enabled on phone_members');

-- phone_numbers has no insert policy: the telephony backend provisions numbers
-- with the service role.
select results_eq(
  $$select cmd from pg_policies where schemaname = 'public' and tablename = 'phone_numbers' order by cmd$$,
  $$values ('DELETE'), ('SELECT'), ('UPDATE')$$,
  'phone_numbers has exactly one select, update and delete policy and no insert policy'
);
-- phone_members has no insert policy: adding a user id would tell the caller
-- whether that account exists; the service role adds members.
select results_eq(
  $$select cmd from pg_policies where schemaname = 'public' and tablename = 'phone_members' order by cmd$$,
  $$values ('DELETE'), ('SELECT'), ('UPDATE')$$,
  'phone_members has exactly one select, update and delete policy and no insert policy'
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
  'every tenancy insert and update policy has a WITH CHECK'
);

select col_is_pk('public', 'phone_members', array['phone_id', 'user_id'],
  'the primary key of phone_members is (phone_id, user_id), so a user has one role per phone');

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
  'authenticated may update only the role column of phone_members'
);
select is_empty(
  $$select a.attrelid::regclass::text || '.' || a.attname from pg_attribute a
     where a.attrelid in ('public.phone_numbers'::regclass, 'public.phone_members'::regclass)
       and a.attnum > 0 and not a.attisdropped
       and has_column_privilege('anon', a.attrelid, a.attnum, 'UPDATE')$$,
  'anon may update no column of phone_numbers or phone_members'
);
select table_privs_are('public', 'phone_numbers', 'authenticated', array['SELECT', 'DELETE'],
  'authenticated has no INSERT, TRUNCATE, REFERENCES, TRIGGER or table-wide UPDATE on phone_numbers');
select table_privs_are('public', 'phone_members', 'authenticated', array['SELECT', 'DELETE'],
  'authenticated has no INSERT, TRUNCATE, REFERENCES, TRIGGER or table-wide UPDATE on phone_members');

select * from finish();
rollback;
