-- Cluster-level part of the Supabase baseline, run as the bootstrap superuser
-- (supabase_admin) once per cluster. Idempotent.
--
-- Mirrors a hosted Supabase project: `postgres` is not a superuser; it owns the
-- application schema, can create roles and bypass RLS, and may switch to the API
-- roles. PostgREST logs in as `authenticator` and switches to anon/authenticated/
-- service_role per request.

do $$
declare
  r record;
begin
  for r in
    select * from (values
      ('anon',          'nologin noinherit'),
      ('authenticated', 'nologin noinherit'),
      ('service_role',  'nologin noinherit bypassrls'),
      ('authenticator', 'login noinherit'),
      ('postgres',      'login createrole createdb replication bypassrls nosuperuser'),
      ('supabase_auth_admin', 'login noinherit createrole')
    ) as v(name, opts)
  loop
    if exists (select from pg_catalog.pg_roles where rolname = r.name) then
      execute format('alter role %I with %s', r.name, r.opts);
    else
      execute format('create role %I with %s', r.name, r.opts);
    end if;
  end loop;
end
$$;

alter role postgres with password 'postgres';
alter role authenticator with password 'postgres';
alter role supabase_auth_admin with password 'postgres';

grant anon, authenticated, service_role to authenticator;
grant anon, authenticated, service_role to postgres;
grant pg_read_all_data, pg_signal_backend, pg_monitor to postgres;

-- PostgREST applies these per role on every request (the role's own settings).
alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';
alter role authenticator set statement_timeout = '8s';
alter role authenticator set lock_timeout = '8s';
alter role postgres set search_path = "$user", public, extensions;

-- Supabase lets postgres set session_replication_role: its restore procedure
-- loads data with `set session_replication_role = replica`, so that triggers
-- and foreign keys do not fire again for rows that satisfied them at the
-- source. Postgres reserves the setting to superusers; 15 can grant it.
grant set on parameter session_replication_role to postgres;
