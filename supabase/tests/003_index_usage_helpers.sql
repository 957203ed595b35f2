-- Helpers for the index-usage tests in supabase/tests/index_usage/: the call
-- history whose shape makes each index the planner's own choice, and
-- EXPLAIN ANALYZE of a query together with the scans it added to one index.
-- Installed in the `tests` schema like 000_test_helpers.sql (which runs first)
-- and replaced on every run; they hold no data: the calls are created inside
-- each test's transaction and rolled back with it.
--
--   select tests.create_index_usage_calls();   -- phones idx-a .. idx-e, 60 000 calls
--   select * from tests.explain_analyze('select ...', 'public.calls_phone_created_idx');

-- Five phones, idx-a .. idx-e (+15550005001 .. 5005, America/Chicago), and
-- 60 000 calls over 18 months (548 days), oldest first, as calls arrive
-- (which is what makes a BRIN index on created_at useful), at a rate that
-- grows steadily to three times what it was 18 months ago (a growing
-- business: 22% of the calls are older than 365 days, 8% are from the last
-- 30 days), interleaved over the five phones.
-- idx-a, which the tests look at, is a small practice: 1 call in 25 (2 400,
-- ~4 a day); idx-b .. idx-e share the rest (14 400 each). Five tenants of
-- equal size would each hold a fifth of the table, which no production
-- tenant does, and a scan by time alone would then compete with the tenant's
-- own index.
-- 1 call in 17 failed, the rest completed, except the newest 1% (600), still
-- ringing or answered. Caller: one of 200 per phone, +1555005PNNNN (7919 is
-- prime to 200, so the multiples cycle through the residues).
create or replace function tests.create_index_usage_calls()
returns bigint
language plpgsql
security invoker
set search_path = ''
as $$
declare
  created bigint;
begin
  perform tests.create_phone('idx-' || p.c, '+1555000500' || p.i, 'America/Chicago', 'Index ' || upper(p.c))
     from unnest(array['a', 'b', 'c', 'd', 'e']) with ordinality as p(c, i);

  insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
  select case when g % 25 = 0 then 'idx-a' else 'idx-' || chr(98 + g % 4) end,
         'CSIDX' || g,
         case when g % 25 = 0 then '+15550050' || lpad((((g / 25) * 7919) % 200)::text, 4, '0')
              else '+1555005' || (1 + g % 4) || lpad((((g / 4) * 7919) % 200)::text, 4, '0') end,
         s.status, s.created_at,
         case when s.status in ('completed', 'answered') then s.created_at + interval '4 seconds' end,
         case when s.status = 'completed' then s.created_at + interval '4 seconds' + make_interval(secs => s.talk)
              when s.status = 'failed' then s.created_at + interval '30 seconds' end,
         case when s.status = 'completed' then s.talk else 0 end
    from generate_series(1, 60000) g
   cross join lateral (
     -- x: the fraction of the 18 months elapsed when call g arrives, where
     -- the rate is 1 + 2x, so (x + x^2) / 2 = g / 60000.
     select now() - interval '548 days'
              + (interval '548 days' - interval '1 hour') * ((sqrt(1 + 8 * g / 60000.0) - 1) / 2) as created_at,
            case when g > 59400 then (case when g % 2 = 0 then 'ringing' else 'answered' end)::public.call_status
                 when g % 17 = 0 then 'failed'::public.call_status
                 else 'completed'::public.call_status end as status,
            30 + (g * 37) % 600 as talk
   ) s;
  get diagnostics created = row_count;

  -- What autovacuum does after a bulk load: gather statistics.
  analyze public.calls;
  return created;
end
$$;
comment on function tests.create_index_usage_calls() is
  'Creates phones idx-a .. idx-e and 60 000 calls of production shape (idx-a small, 18 months, growing), analyzed; returns the number of calls.';

-- EXPLAIN ANALYZE runs the query, so the index's scan counter (this
-- transaction's, pg_stat_get_xact_numscans) moves; the counters are not
-- transactional, so the scans stay counted after the rollback.
create or replace function tests.explain_analyze(query text, index_name regclass, out plan text, out index_scans bigint)
language plpgsql
security invoker
set search_path = ''
as $$
declare
  line text;
  before bigint := pg_catalog.pg_stat_get_xact_numscans(index_name);
begin
  plan := '';
  for line in execute 'explain (analyze, costs off, timing off, summary off) ' || query loop
    plan := plan || line || E'\n';
  end loop;
  index_scans := pg_catalog.pg_stat_get_xact_numscans(index_name) - before;
end
$$;
comment on function tests.explain_analyze(text, regclass) is
  'Runs EXPLAIN ANALYZE of the query; returns the plan as text and how many scans of index_name the run added.';

-- The helpers themselves, proved in a transaction that leaves nothing behind.
begin;
select plan(6);

select is(tests.create_index_usage_calls(), 60000::bigint, 'create_index_usage_calls creates 60 000 calls');
select results_eq(
  $$select phone_id, count(*)::integer from public.calls where phone_id like 'idx-_' group by 1 order by 1$$,
  $$values ('idx-a', 2400), ('idx-b', 14400), ('idx-c', 14400), ('idx-d', 14400), ('idx-e', 14400)$$,
  'idx-a holds 1 call in 25 and idx-b .. idx-e share the rest equally'
);
select results_eq(
  $$select round(100.0 * count(*) filter (where created_at < now() - interval '365 days') / count(*))::integer,
           round(100.0 * count(*) filter (where created_at >= now() - interval '30 days') / count(*))::integer,
           count(*) filter (where status in ('ringing', 'answered'))::integer
      from public.calls where phone_id like 'idx-_'$$,
  $$values (22, 8, 600)$$,
  'the calls grow over time: 22% older than 365 days, 8% from the last 30 days, the newest 600 in progress'
);

create temp table probe as
select i.index_name, e.*
  from (select format('select * from public.calls where phone_id = %L and id = %L', 'idx-a', id) as query
          from public.calls where phone_id = 'idx-a' order by created_at limit 1) q,
       unnest(array['public.calls_pkey', 'public.calls_created_brin']::regclass[]) i(index_name),
       tests.explain_analyze(q.query, i.index_name) e;
select matches((select plan from probe where index_name = 'public.calls_pkey'::regclass),
  'Index Scan using calls_pkey on calls', 'explain_analyze returns the plan of the query it ran');
select is((select index_scans from probe where index_name = 'public.calls_pkey'::regclass), 1::bigint,
  'explain_analyze counts the one scan of the index the query used');
select is((select index_scans from probe where index_name = 'public.calls_created_brin'::regclass), 0::bigint,
  'explain_analyze counts no scan of an index the query did not use');

select * from finish();
rollback;
