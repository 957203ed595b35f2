-- Down of 20261129170000_api_role_privileges: the privileges Supabase's
-- defaults had given the API roles on what existed then, the owners' insert
-- policy on phone_members, and the default privileges that grant postgres's new
-- public tables, sequences and functions to anon and authenticated. (No
-- sequence existed and every public function had been revoked from anon by the
-- migration that made it, so only table privileges come back. The migration's
-- per-schema revoke of EXECUTE from PUBLIC changed nothing: the global default
-- privileges of 20261122000200_private_schema had revoked it already.)
set lock_timeout = '5s';
set statement_timeout = '60s';

grant select on public.calls, public.call_metadata, public.daily_call_stats, public.voice_settings to anon;
grant select, delete on public.business_closures, public.business_hours, public.conversation_rules to anon;
grant select, insert, delete on public.phone_numbers, public.phone_members to anon;
grant insert on public.phone_numbers, public.phone_members to authenticated;

create policy "owners add members"
  on public.phone_members for insert to authenticated
  with check (phone_id = any ((select private.member_phone_ids('owner'))::text[]));
comment on policy "owners add members" on public.phone_members is
  'Only owners add members to a phone number (at any level, including owner).';

alter default privileges for role postgres in schema public grant all on tables to anon, authenticated;
alter default privileges for role postgres in schema public grant all on sequences to anon, authenticated;
alter default privileges for role postgres in schema public grant all on functions to anon, authenticated;

comment on table public.phone_members is
  'Membership of users in phone numbers (tenants). Owners manage it; every member sees the '
  'other members of their own phone numbers. A phone number always keeps at least one owner.';
