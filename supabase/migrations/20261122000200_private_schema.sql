-- The private schema: helpers, SECURITY DEFINER functions, internal tables and
-- materialized views. It is not in api.schemas (supabase/config.toml), so
-- PostgREST never exposes it, and nothing in it is granted by default.
set lock_timeout = '5s';
set statement_timeout = '60s';

create schema if not exists private;
comment on schema private is
  'Internals of the Replytics schema: helpers called by policies, SECURITY DEFINER functions, '
  'internal tables and materialized views. Not exposed by the API; anon and authenticated get '
  'only EXECUTE on the few helpers that policies call.';

-- Revoke by default. Postgres grants EXECUTE on every new function to PUBLIC
-- (which includes anon and authenticated); that default cannot be revoked per
-- schema, so it is revoked for every function postgres creates. Functions in
-- public stay callable by the API roles through Supabase's own per-schema
-- default privileges; functions in private are callable only where granted.
alter default privileges for role postgres revoke execute on functions from public;
revoke all on schema private from public;
grant usage on schema private to authenticated, service_role;
alter default privileges for role postgres in schema private revoke all on tables from public;
alter default privileges for role postgres in schema private revoke all on sequences from public;
