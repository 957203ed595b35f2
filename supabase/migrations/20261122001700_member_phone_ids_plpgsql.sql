-- private.member_phone_ids in PL/pgSQL, for its cached plan.
--
-- Every policy on every tenant table calls member_phone_ids once per statement
-- (as an InitPlan). A SQL-language function that is SECURITY DEFINER with its
-- own search_path cannot be inlined, and Postgres parses and plans its body
-- again on every call: for a one-row lookup that was most of the cost RLS
-- added to a sub-millisecond query. PL/pgSQL keeps the plan of its query for
-- the session. Measured with pgbench on 1M calls, a member's getCall (two
-- policies) against the owner's same query: 1.42x as SQL, 1.19x as PL/pgSQL;
-- with RLS switched off and the role still switched, 1.01x.
--
-- Same signature, result, volatility, owner and privileges: only the body's
-- language changes, so the policies need no change.

set lock_timeout = '5s';
set statement_timeout = '1min';

create or replace function private.member_phone_ids(min_role public.member_role default 'viewer')
returns text[]
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return coalesce(
    (select pg_catalog.array_agg(m.phone_id)
       from public.phone_members m
      where m.user_id = (select auth.uid())
        and m.role >= min_role),
    '{}');
end
$$;
