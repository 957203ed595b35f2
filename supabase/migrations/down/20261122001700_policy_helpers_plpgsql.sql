-- Down of 20261122001700_policy_helpers_plpgsql: the two helpers in SQL again,
-- with the bodies they had before (comments, owners and privileges stay).
set lock_timeout = '5s';
set statement_timeout = '1min';

create or replace function private.member_phone_ids(min_role public.member_role default 'viewer')
returns text[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(pg_catalog.array_agg(m.phone_id), '{}')
    from public.phone_members m
   where m.user_id = (select auth.uid())
     and m.role >= min_role
$$;

create or replace function private.member_phone_performance_summary()
returns setof private.phone_performance_summary
language sql
stable
security definer
set search_path = ''
as $$
  select s.* from private.phone_performance_summary s
   where s.phone_id = any ((select private.member_phone_ids())::text[])
$$;
