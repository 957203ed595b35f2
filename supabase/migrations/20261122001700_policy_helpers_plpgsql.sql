-- The functions RLS calls on every request, in PL/pgSQL for their cached plans.
--
-- Every policy on every tenant table calls private.member_phone_ids once per
-- statement (as an InitPlan), and public.phone_performance_summary reads
-- through private.member_phone_performance_summary. A SQL-language function
-- that is SECURITY DEFINER with its own search_path cannot be inlined, and
-- Postgres parses and plans its body again on every call: for a one-row
-- lookup that was most of what RLS added to a sub-millisecond query.
-- PL/pgSQL keeps the plan of each of its queries for the session. Measured
-- with pgbench on 1M calls, a member's getCall (two policies) against the
-- owner's same query: 1.42x as SQL, 1.19x as PL/pgSQL; with RLS switched off
-- and the role still switched, 1.01x.
--
-- Same signatures, results, volatility, owners and privileges: only the
-- bodies' language changes, so the policies and the view need no change.

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

create or replace function private.member_phone_performance_summary()
returns setof private.phone_performance_summary
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return query
    select s.* from private.phone_performance_summary s
     where s.phone_id = any ((select private.member_phone_ids())::text[]);
end
$$;
