-- The API roles a Supabase project has before any migration: anon,
-- authenticated and service_role, which only PostgREST's authenticator (and
-- postgres, which runs the migrations) may switch to; only service_role
-- bypasses row level security, and postgres does without being a superuser.
begin;
select plan(14);

-- The roles exist ------------------------------------------------------------

select has_role('anon', 'anon exists (the role of visitors who are not signed in)');
select has_role('authenticated', 'authenticated exists (the role of signed-in users)');
select has_role('service_role', 'service_role exists (the role of trusted backends)');
select has_role('authenticator', 'authenticator exists (the role PostgREST connects as)');

-- Only authenticator logs in; it switches to the others ------------------------

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
  'authenticator can log in (PostgREST connects as it)'
);
select ok(
  pg_has_role('authenticator', 'anon', 'member')
    and pg_has_role('authenticator', 'authenticated', 'member')
    and pg_has_role('authenticator', 'service_role', 'member'),
  'authenticator may switch to anon, authenticated and service_role'
);

-- Who bypasses row level security -------------------------------------------

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

-- postgres, which runs the migrations and the test fixtures --------------------

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
  'postgres may switch to anon, authenticated and service_role (the test helpers rely on it)'
);

select * from finish();
rollback;
