-- The membership lookup behind every tenancy policy reads phone_members through
-- phone_members_user_id_idx once the table is large enough for the planner to
-- care: a plain lookup of one user's phones, the body of private.member_phone_ids
-- as it runs for a signed-in user, and a real call of that function.
begin;
select plan(4);

-- 2000 users, each a member of 10 of 40 phones: 20000 memberships. The number
-- of phones does not matter here; selectivity by user_id does.
do $$
begin
  perform tests.create_supabase_user('bulk-' || u) from generate_series(1, 2000) u;
end
$$;
insert into public.phone_numbers (id, number, business_name)
select 'bulk-' || p, '+1555100' || lpad(p::text, 4, '0'), 'Bulk ' || p
  from generate_series(1, 40) p;
insert into public.phone_members (phone_id, user_id, role)
select 'bulk-' || (1 + (g.u + k.k) % 40), usr.id,
       (array['viewer', 'admin', 'owner']::public.member_role[])[1 + (g.u + k.k) % 3]
  from generate_series(1, 2000) as g(u)
  join auth.users usr on usr.raw_user_meta_data ->> 'test_identifier' = 'bulk-' || g.u
  cross join generate_series(0, 9) as k(k);
analyze public.phone_members;

-- Runs EXPLAIN (ANALYZE) so the scan really happens (and is counted in the
-- index's usage statistics), and returns the plan. SECURITY DEFINER, like
-- private.member_phone_ids: called by a signed-in user it runs as postgres (no
-- RLS) with that user's claims and authenticated's settings. Accepted shapes: an
-- index scan, an index-only scan (after VACUUM, as in production), or a bitmap
-- scan of the index, which the planner naturally prefers here for ~10 rows
-- scattered over 10 heap pages whose visibility map is not yet set.
create function pg_temp.explain_analyze(query text) returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  plan jsonb;
begin
  execute 'explain (analyze, costs off, timing off, format json) ' || query into plan;
  return plan;
end
$$;

-- The scans of phone_members in a plan, as "Node Type on index".
create function pg_temp.member_scans(plan jsonb) returns text
language sql as $$
  select string_agg(n ->> 'Node Type' || coalesce(' on ' || (n ->> 'Index Name'), ''), ', ')
    from jsonb_path_query(plan, 'strict $.**') n
   where jsonb_typeof(n) = 'object'
     and (n ->> 'Relation Name' = 'phone_members'
          or n ->> 'Index Name' like 'phone_members%')
$$;
grant execute on function pg_temp.explain_analyze(text), pg_temp.member_scans(jsonb) to authenticated;

select matches(
  pg_temp.member_scans(pg_temp.explain_analyze(format(
    'select phone_id from public.phone_members where user_id = %L', tests.get_supabase_uid('bulk-1000')))),
  '^(Index (Only )?Scan on phone_members_user_id_idx|Bitmap Heap Scan, Bitmap Index Scan on phone_members_user_id_idx)$',
  'the phones of one user are read through phone_members_user_id_idx, not a sequential scan'
);

-- The body of private.member_phone_ids, as it runs for a signed-in user.
select tests.authenticate_as('bulk-1000');
select matches(
  pg_temp.member_scans(pg_temp.explain_analyze(
    $$select coalesce(pg_catalog.array_agg(m.phone_id), '{}')
        from public.phone_members m
       where m.user_id = (select auth.uid()) and m.role >= 'viewer'$$)),
  '^(Index (Only )?Scan on phone_members_user_id_idx|Bitmap Heap Scan, Bitmap Index Scan on phone_members_user_id_idx)$',
  'member_phone_ids'' lookup, run for a signed-in user, reads phone_members through phone_members_user_id_idx'
);
select tests.clear_authentication();

-- And the function itself, called by the signed-in user: it scans the index.
create temporary table idx_scans on commit drop as
select pg_stat_get_xact_numscans('public.phone_members_user_id_idx'::regclass) as before;
select tests.authenticate_as('bulk-1000');
select is(cardinality(private.member_phone_ids()), 10,
  'member_phone_ids() returns the 10 phones of a bulk user');
select tests.clear_authentication();
select cmp_ok(
  pg_stat_get_xact_numscans('public.phone_members_user_id_idx'::regclass), '>', (select before from idx_scans),
  'calling private.member_phone_ids() scanned phone_members_user_id_idx'
);

select * from finish();
rollback;
