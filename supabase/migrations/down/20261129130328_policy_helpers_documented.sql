-- Down of 20261129130328_policy_helpers_documented: private.has_phone_role
-- again, as 20261122000500_phone_members created it, and the helpers'
-- comments as they were before.
set lock_timeout = '5s';
set statement_timeout = '1min';

create or replace function private.has_phone_role(p_phone_id text, min_role public.member_role default 'viewer')
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1
      from public.phone_members m
     where m.user_id = (select auth.uid())
       and m.phone_id = p_phone_id
       and m.role >= min_role
  )
$$;
comment on function private.has_phone_role(text, public.member_role) is
  'True when the signed-in user has at least min_role on p_phone_id. For single-tenant checks in '
  'functions; SECURITY DEFINER for the same reason as member_phone_ids.';
revoke all on function private.has_phone_role(text, public.member_role) from public;
grant execute on function private.has_phone_role(text, public.member_role) to authenticated, service_role;

comment on function private.member_phone_ids(public.member_role) is
  'Ids of the phone numbers on which the signed-in user has at least min_role; empty for anon. '
  'SECURITY DEFINER because it reads phone_members, whose own policies call it: as invoker it '
  'would recurse into those policies. Policies call it as `phone_id = any ((select '
  'private.member_phone_ids(...)))` so it runs once per statement, not once per row.';

comment on function private.member_phone_performance_summary() is
  'The rows of phone_performance_summary for the signed-in user''s phone numbers. SECURITY DEFINER '
  'because the materialized view itself is not readable by authenticated: this is the only path.';
