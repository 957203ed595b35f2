-- loses data: public.phone_members
-- Down of 20261122000500_phone_members: the memberships, their helpers and
-- the phone_numbers policies that call them.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop policy "members read their phone numbers" on public.phone_numbers;
drop policy "owners edit their phone numbers" on public.phone_numbers;
drop policy "owners delete their phone numbers" on public.phone_numbers;
drop table public.phone_members;
drop function private.keep_an_owner();
drop function private.has_phone_role(text, public.member_role);
drop function private.member_phone_ids(public.member_role);
drop type public.member_role;
