-- Test helpers every pgTAP file uses: create users, act as one of them, as anon
-- or as the service role, and go back to postgres. `pg_prove` (and therefore
-- `supabase test db`) runs the files in name order, so this file runs first and
-- installs the helpers in the `tests` schema; they stay installed, like any
-- test-only extension, and are replaced on every run. The `tests` schema is not
-- an API schema and holds no data; nothing in supabase/migrations uses it.
--
-- Acting as someone does what PostgREST does for a request: switch to the
-- role, set `request.jwt.claims`, and apply the role's own settings (those set
-- with `alter role ... set`, e.g. authenticated's random_page_cost), all local
-- to the transaction. The pattern is that of basejump's supabase-test-helpers:
--
--   select tests.create_supabase_user('ann');
--   select tests.authenticate_as('ann');          -- auth.uid() is ann's id
--   select tests.authenticate_as_anon();
--   select tests.authenticate_as_service_role();
--   select tests.clear_authentication();          -- postgres again, no claims
--
-- and for tenants: tests.create_phone(id, number, timezone) and
-- tests.add_member(phone_id, user, role), which creates the user when needed.

create extension if not exists pgtap with schema extensions;
create schema if not exists tests;
comment on schema tests is
  'pgTAP helpers installed by supabase/tests/000_test_helpers.sql; not part of the application schema.';

create or replace function tests.create_supabase_user(identifier text, email text default null)
returns uuid
language plpgsql
security invoker
set search_path = ''
as $$
declare
  uid uuid;
begin
  insert into auth.users (id, aud, role, email, raw_user_meta_data, created_at, updated_at)
  values (gen_random_uuid(), 'authenticated', 'authenticated',
          coalesce(email, identifier || '@test.test'),
          jsonb_build_object('test_identifier', identifier), now(), now())
  returning id into uid;
  return uid;
end
$$;
comment on function tests.create_supabase_user(text, text) is
  'Creates a signed-up user known to the tests by identifier (email defaults to identifier@test.test); returns the id.';

-- SECURITY DEFINER because a test acting as authenticated or anon must still
-- find another test user's id, and those roles cannot read auth.users.
create or replace function tests.get_supabase_uid(identifier text)
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  uid uuid;
begin
  select u.id into uid from auth.users u where u.raw_user_meta_data ->> 'test_identifier' = identifier;
  if uid is null then
    raise exception 'no test user %; create it with tests.create_supabase_user(%)', identifier, quote_literal(identifier);
  end if;
  return uid;
end
$$;
comment on function tests.get_supabase_uid(text) is
  'The id of the test user created with this identifier; raises when there is none.';

-- The part of acting as someone that every role shares. SET ROLE cannot run in
-- a SECURITY DEFINER function, so this and its callers are invokers.
create or replace function tests.act_as(api_role text, claims jsonb)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  s text;
begin
  perform tests.clear_authentication();
  -- The role's own settings, as PostgREST applies them to every request.
  for s in
    select unnest(rs.setconfig)
      from pg_catalog.pg_db_role_setting rs
     where rs.setrole = api_role::regrole
       and rs.setdatabase in (0, (select oid from pg_catalog.pg_database where datname = current_database()))
  loop
    perform set_config(split_part(s, '=', 1), substr(s, strpos(s, '=') + 1), true);
  end loop;
  perform set_config('request.jwt.claims', claims::text, true);
  perform set_config('role', api_role, true);
end
$$;
comment on function tests.act_as(text, jsonb) is
  'Switches to an API role with these JWT claims and the role''s own settings, for the rest of the transaction.';

create or replace function tests.authenticate_as(identifier text)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  uid uuid := tests.get_supabase_uid(identifier);
begin
  perform tests.act_as('authenticated', jsonb_build_object(
    'sub', uid, 'role', 'authenticated', 'aud', 'authenticated',
    'email', (select identifier || '@test.test')));
end
$$;
comment on function tests.authenticate_as(text) is
  'Acts as the signed-in test user (role authenticated, claims with sub) until the transaction ends or clear_authentication.';

create or replace function tests.authenticate_as_anon()
returns void
language sql
security invoker
set search_path = ''
as $$ select tests.act_as('anon', '{"role": "anon"}') $$;
comment on function tests.authenticate_as_anon() is
  'Acts as a visitor who is not signed in (role anon).';

create or replace function tests.authenticate_as_service_role()
returns void
language sql
security invoker
set search_path = ''
as $$ select tests.act_as('service_role', '{"role": "service_role"}') $$;
comment on function tests.authenticate_as_service_role() is
  'Acts as the service role (the telephony backend; bypasses RLS, not privileges).';

create or replace function tests.clear_authentication()
returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  s text;
begin
  perform set_config('role', 'none', true);
  perform set_config('request.jwt.claims', '', true);
  for s in
    select distinct split_part(unnest(rs.setconfig), '=', 1)
      from pg_catalog.pg_db_role_setting rs
     where rs.setrole in ('anon'::regrole, 'authenticated'::regrole, 'service_role'::regrole)
  loop
    execute format('reset %I', s);
  end loop;
end
$$;
comment on function tests.clear_authentication() is
  'Back to the session user (postgres, which bypasses RLS) with no JWT claims and no API role settings.';

create or replace function tests.create_phone(phone_id text, number text, timezone text default 'UTC',
                                              business_name text default null)
returns text
language sql
security invoker
set search_path = ''
as $$
  insert into public.phone_numbers (id, number, display_name, business_name, timezone)
  values (phone_id, number, phone_id || ' desk', coalesce(business_name, 'Business ' || phone_id), timezone)
  returning id
$$;
comment on function tests.create_phone(text, text, text, text) is
  'Creates a phone number (a tenant) as the current role; returns its id.';

create or replace function tests.add_member(phone_id text, identifier text, role text)
returns uuid
language plpgsql
security invoker
set search_path = ''
as $$
declare
  uid uuid;
begin
  select u.id into uid from auth.users u where u.raw_user_meta_data ->> 'test_identifier' = identifier;
  if uid is null then
    uid := tests.create_supabase_user(identifier);
  end if;
  insert into public.phone_members (phone_id, user_id, role) values (phone_id, uid, role::public.member_role);
  return uid;
end
$$;
comment on function tests.add_member(text, text, text) is
  'Makes the test user (created if needed) a member of the phone with this role; returns the user id.';

-- Acting as an API role must keep the helpers callable (to switch again or clear).
grant usage on schema tests to anon, authenticated, service_role;
grant execute on function tests.get_supabase_uid(text), tests.act_as(text, jsonb), tests.authenticate_as(text),
  tests.authenticate_as_anon(), tests.authenticate_as_service_role(), tests.clear_authentication()
  to anon, authenticated, service_role;

-- The helpers themselves, proved in a transaction that leaves nothing behind.
begin;
select plan(12);

select lives_ok($$select tests.create_supabase_user('helper-ann')$$, 'create_supabase_user creates a user');
select isnt(tests.get_supabase_uid('helper-ann'), null, 'get_supabase_uid finds the user by identifier');
select throws_ok($$select tests.get_supabase_uid('nobody')$$, 'P0001', null,
  'get_supabase_uid refuses an identifier no test user has');

select tests.authenticate_as('helper-ann');
select is(current_user::text, 'authenticated', 'authenticate_as switches to the authenticated role');
select is(auth.uid(), tests.get_supabase_uid('helper-ann'), 'authenticate_as makes auth.uid() the user''s id');
select is(current_setting('random_page_cost'), '1.1', 'authenticate_as applies authenticated''s own settings');

select tests.authenticate_as_anon();
select is(current_user::text || ' ' || coalesce(auth.uid()::text, 'no uid'), 'anon no uid',
  'authenticate_as_anon is anon with no user id');

select tests.authenticate_as_service_role();
select is(current_user::text || ' ' || auth.role(), 'service_role service_role',
  'authenticate_as_service_role is the service role in both role and claims');

select tests.clear_authentication();
select is(current_user::text, 'postgres', 'clear_authentication goes back to postgres');
select is(nullif(current_setting('request.jwt.claims', true), ''), null, 'clear_authentication clears the claims');
select is(current_setting('random_page_cost'), '4', 'clear_authentication drops the API role settings');

select tests.create_phone('helper-phone', '+15550000999');
select tests.add_member('helper-phone', 'helper-bo', 'admin');
select is(
  (select role::text from public.phone_members
    where phone_id = 'helper-phone' and user_id = tests.get_supabase_uid('helper-bo')),
  'admin',
  'add_member creates the user and gives them the role on the phone'
);

select * from finish();
rollback;
