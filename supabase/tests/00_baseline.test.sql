-- The Supabase baseline the migrations rely on: API roles, the auth schema and
-- its JWT helpers, and Supabase's default privileges (under which row level
-- security is the only barrier). Fails when the local stack drifts from what a
-- Supabase project has before any migration.
begin;
create extension if not exists pgtap with schema extensions;


select plan(38);

-- Roles ----------------------------------------------------------------------

select has_role('anon');
select has_role('authenticated');
select has_role('service_role');
select has_role('authenticator');

select is(
  (select rolcanlogin from pg_roles where rolname = 'anon'), false,
  'anon cannot log in (PostgREST switches to it)'
);
select is(
  (select rolcanlogin from pg_roles where rolname = 'authenticated'), false,
  'authenticated cannot log in (PostgREST switches to it)'
);
select is(
  (select rolcanlogin from pg_roles where rolname = 'service_role'), false,
  'service_role cannot log in (PostgREST switches to it)'
);
select is(
  (select rolcanlogin from pg_roles where rolname = 'authenticator'), true,
  'authenticator logs in'
);
select ok(
  pg_has_role('authenticator', 'anon', 'member')
    and pg_has_role('authenticator', 'authenticated', 'member')
    and pg_has_role('authenticator', 'service_role', 'member'),
  'authenticator may switch to anon, authenticated and service_role'
);
select is(
  (select rolbypassrls from pg_roles where rolname = 'service_role'), true,
  'service_role bypasses row level security'
);
select is(
  (select array_agg(rolname::text order by rolname) from pg_roles
    where rolname in ('anon', 'authenticated', 'authenticator') and (rolbypassrls or rolsuper)),
  null,
  'anon, authenticated and authenticator neither bypass RLS nor are superusers'
);
select is(
  (select rolsuper from pg_roles where rolname = 'postgres'), false,
  'postgres is not a superuser (as on a hosted project)'
);
select is(
  (select rolbypassrls from pg_roles where rolname = 'postgres'), true,
  'postgres bypasses row level security (test fixtures rely on it)'
);
select ok(
  pg_has_role('postgres', 'anon', 'member')
    and pg_has_role('postgres', 'authenticated', 'member')
    and pg_has_role('postgres', 'service_role', 'member'),
  'postgres may impersonate anon, authenticated and service_role'
);

-- auth schema and JWT helpers -------------------------------------------------

select has_table('auth', 'users', 'auth.users exists');
select is(
  (select relrowsecurity from pg_class where oid = 'auth.users'::regclass), true,
  'auth.users has row level security enabled'
);
select ok(
  not has_table_privilege('anon', 'auth.users', 'select')
    and not has_table_privilege('authenticated', 'auth.users', 'select'),
  'anon and authenticated cannot read auth.users'
);

-- `set local` is set_config(name, value, true): the claims last until rollback,
-- as PostgREST sets them per request transaction.
set local request.jwt.claims =
  '{"sub":"11111111-1111-4111-8111-111111111111","role":"authenticated","email":"ann@test-a.test"}';
select is(auth.uid(), '11111111-1111-4111-8111-111111111111'::uuid,
  'auth.uid() reads sub from request.jwt.claims');
select is(auth.role(), 'authenticated', 'auth.role() reads role from request.jwt.claims');
select is(auth.jwt() ->> 'email', 'ann@test-a.test', 'auth.jwt() returns request.jwt.claims');

-- Impersonated as PostgREST would: the API roles can call the helpers.
set local role authenticated;
select is(auth.uid(), '11111111-1111-4111-8111-111111111111'::uuid,
  'authenticated can call auth.uid()');
reset role;

set local role anon;
set local request.jwt.claims = '{"role":"anon"}';
select is(auth.uid(), null, 'auth.uid() is null for anon claims');
select is(auth.role(), 'anon', 'anon can call auth.role()');
reset role;

set local request.jwt.claims = '';
select is(auth.uid(), null, 'auth.uid() is null without claims');

-- Schemas -------------------------------------------------------------------

select ok(
  has_schema_privilege('anon', 'public', 'usage')
    and has_schema_privilege('authenticated', 'public', 'usage')
    and has_schema_privilege('service_role', 'public', 'usage'),
  'the API roles use schema public'
);
select ok(
  not has_schema_privilege('anon', 'public', 'create')
    and not has_schema_privilege('authenticated', 'public', 'create'),
  'anon and authenticated cannot create objects in public'
);
select ok(
  has_schema_privilege('anon', 'extensions', 'usage')
    and has_schema_privilege('authenticated', 'extensions', 'usage'),
  'the API roles use schema extensions'
);
select has_extension('extensions', 'pgcrypto', 'pgcrypto is installed in extensions');
select is(
  has_schema_privilege('anon', 'private', 'usage'), false,
  'anon cannot use schema private'
);
select is(
  has_schema_privilege('authenticated', 'private', 'usage'), true,
  'authenticated uses schema private (policies call its helpers)'
);

-- Default privileges: a new public object is granted to the API roles --------
-- Created by postgres, as a migration would; rolled back with the transaction.

create table public.baseline_probe (id bigint generated by default as identity primary key);
create function public.baseline_probe_fn() returns int language sql as 'select 1';

select table_privs_are('public', 'baseline_probe', 'anon',
  array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'],
  'anon gets ALL on a new public table');
select table_privs_are('public', 'baseline_probe', 'authenticated',
  array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'],
  'authenticated gets ALL on a new public table');
select table_privs_are('public', 'baseline_probe', 'service_role',
  array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'],
  'service_role gets ALL on a new public table');
select ok(
  has_sequence_privilege('anon', 'public.baseline_probe_id_seq', 'usage,select,update')
    and has_sequence_privilege('authenticated', 'public.baseline_probe_id_seq', 'usage,select,update')
    and has_sequence_privilege('service_role', 'public.baseline_probe_id_seq', 'usage,select,update'),
  'the API roles get ALL on a new public sequence'
);
select ok(
  has_function_privilege('anon', 'public.baseline_probe_fn()', 'execute')
    and has_function_privilege('authenticated', 'public.baseline_probe_fn()', 'execute')
    and has_function_privilege('service_role', 'public.baseline_probe_fn()', 'execute'),
  'the API roles may execute a new public function'
);

-- Functions postgres creates elsewhere are not executable by PUBLIC (the
-- private schema's revoke-by-default); in extensions they are, as on Supabase.
create function extensions.baseline_probe_ext() returns int language sql as 'select 1';
create schema baseline_probe_schema;
create function baseline_probe_schema.fn() returns int language sql as 'select 1';
select ok(
  has_function_privilege('anon', 'extensions.baseline_probe_ext()', 'execute')
    and has_function_privilege('authenticated', 'extensions.baseline_probe_ext()', 'execute'),
  'the API roles may execute a new function in extensions (extensions postgres creates work for them)'
);
select is(
  has_function_privilege('authenticated', 'baseline_probe_schema.fn()', 'execute'), false,
  'PUBLIC gets no EXECUTE on a new function outside public and extensions'
);
select is(
  (select count(*)::int from pg_class c, aclexplode(c.relacl) a
    where c.oid = 'public.baseline_probe'::regclass and a.grantee = 0),
  0,
  'PUBLIC gets nothing on a new public table'
);

select * from finish();
rollback;
