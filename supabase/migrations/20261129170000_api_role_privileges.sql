-- The API roles hold only the privileges some policy or design rule uses.
--
-- Supabase's default privileges grant ALL on every new public table, sequence
-- and function to anon and authenticated, leaving row level security as the
-- only barrier. That barrier holds for rows, but a privilege is more than rows:
-- DELETE lets a role take LOCK TABLE ... ACCESS EXCLUSIVE, INSERT on every
-- column lets a member backdate created_at, and a signed-out visitor holds
-- privileges on tables no policy lets it read. Server code reaches the
-- database as these roles through a direct SQL session (asUser), not only
-- through PostgREST, so what a privilege allows is what a caller can do.
--
--   anon           nothing in public: no policy is written for it, and the
--                  app shows signed-out visitors no tenant data.
--   authenticated  per table, the commands it has a policy for; inserts and
--                  updates by column, never of the columns the database fills
--                  (ids, created_at, updated_at, the tenant key on update);
--                  EXECUTE on the functions the app calls and the helpers that
--                  policies and constraints call (granted where each is made).
--
-- New objects start with nothing: the default privileges below no longer
-- grant postgres's new public tables, sequences and functions to anon or
-- authenticated (the service role keeps them), so each migration grants what
-- its policies use, and tests/privileges.test.ts checks the whole catalog
-- against the policies.
--
-- Members are no longer added by user id through the API. An owner who
-- inserts a membership for a user id learns from the outcome whether that
-- account exists (a foreign key error, or a new member), for any id they try,
-- and no check on the insert can hide it: success itself is the answer. Only
-- the service role adds members, on behalf of a flow that asks the invitee
-- (an invitation sent to an email address, which says nothing about accounts).
--
-- Not covered here: the API roles' privileges in extensions. Every one of
-- them was granted by supabase_admin, Supabase's superuser: the preinstalled
-- extensions (pg_stat_statements among them) and the trusted ones migrations
-- create (pg_trgm, btree_gist), whose objects Postgres creates as the
-- bootstrap superuser. postgres, which runs migrations, cannot revoke a grant
-- it did not make (REVOKE only warns). README, "Privileges", says what that
-- exposes and how to have it removed.
set lock_timeout = '5s';
set statement_timeout = '60s';

-- anon: nothing in public -------------------------------------------------------

revoke all on all tables in schema public from anon;
revoke all on all sequences in schema public from anon;
revoke all on all functions in schema public from anon;

-- authenticated: no command without a policy -----------------------------------

-- Phone numbers are provisioned by the service role (no insert policy).
revoke insert on public.phone_numbers from authenticated;

-- Members are added by the service role (above).
drop policy "owners add members" on public.phone_members;
revoke insert on public.phone_members from authenticated;

-- New objects: granted by the migration that creates them ----------------------

alter default privileges for role postgres in schema public revoke all on tables from anon, authenticated;
alter default privileges for role postgres in schema public revoke all on sequences from anon, authenticated;
alter default privileges for role postgres in schema public revoke all on functions from anon, authenticated;
-- Postgres itself grants EXECUTE on every new function to PUBLIC.
alter default privileges for role postgres in schema public revoke execute on functions from public;

comment on table public.phone_members is
  'Membership of users in phone numbers (tenants). The service role adds members (never the API: adding a '
  'user id would tell the caller whether that account exists); owners change roles and remove members; '
  'every member sees the other members of their own phone numbers and may leave. A phone number always '
  'keeps at least one owner.';
