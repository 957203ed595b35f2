-- The non-unique indexes of calls each serve the query they were created for,
-- by the planner's own choice on calls of production shape (no planner switch
-- is touched; a bitmap scan of the intended index counts): the call list's
-- keyset pages and the dashboard's 30 days use calls_phone_created_idx, one
-- caller's calls calls_phone_caller_idx, calls in progress the partial
-- calls_in_progress_idx, and the archive's scan the BRIN calls_created_brin.
begin;
select plan(12);

-- Phones idx-a .. idx-e and 60 000 calls; the queries look at idx-a (2 400).
select tests.create_index_usage_calls();

-- The plans, run with EXPLAIN ANALYZE so each index's scan counter moves.
create temp table plans (query text primary key, index_name text, plan text, scans bigint);

-- The call list, newest first, one page after a cursor (the 100th newest call).
insert into plans
select 'keyset', 'public.calls_phone_created_idx', e.*
  from (select created_at, id from public.calls where phone_id = 'idx-a'
         order by created_at desc, id desc offset 100 limit 1) c,
       tests.explain_analyze(format(
         $q$select * from public.calls where phone_id = 'idx-a' and (created_at, id) < (%L::timestamptz, %L::uuid)
             order by created_at desc, id desc limit 20$q$, c.created_at, c.id), 'public.calls_phone_created_idx') e;
-- The dashboard's daily aggregation of one phone's last 30 days.
insert into plans
select 'daily', 'public.calls_phone_created_idx', e.* from tests.explain_analyze(
  $q$select (created_at at time zone 'America/Chicago')::date as day, count(*),
            count(*) filter (where status = 'completed'), sum(duration) filter (where status = 'completed')
       from public.calls where phone_id = 'idx-a' and created_at >= now() - interval '30 days'
      group by 1 order by 1$q$, 'public.calls_phone_created_idx') e;
-- The history of one caller.
insert into plans
select 'caller', 'public.calls_phone_caller_idx', e.* from tests.explain_analyze(
  $q$select * from public.calls where phone_id = 'idx-a' and caller_number = '+155500500007'
      order by created_at desc$q$, 'public.calls_phone_caller_idx') e;
-- The calls ringing or answered right now.
insert into plans
select 'active', 'public.calls_in_progress_idx', e.* from tests.explain_analyze(
  $q$select * from public.calls where phone_id = 'idx-a' and status in ('ringing', 'answered')
      order by created_at desc, id desc$q$, 'public.calls_in_progress_idx') e;
-- The archive's scan (private.archive_calls, default batch).
insert into plans
select 'archive', 'public.calls_created_brin', e.* from tests.explain_analyze(
  $q$select phone_id, id from public.calls where created_at < now() - interval '365 days' limit 5000$q$,
  'public.calls_created_brin') e;

-- Fixture sanity: the shape the plans depend on.
select results_eq(
  $$select count(*)::integer, count(distinct caller_number)::integer,
           count(*) filter (where status in ('ringing', 'answered'))::integer
      from public.calls where phone_id = 'idx-a'$$,
  $$values (2400, 200, 24)$$,
  'idx-a has 2 400 calls from 200 callers, 24 of them in progress'
);

-- The plans ---------------------------------------------------------------------

select matches((select plan from plans where query = 'keyset'), 'Index Scan using calls_phone_created_idx on calls',
  'keyset pagination of the call list walks calls_phone_created_idx');
select doesnt_match((select plan from plans where query = 'keyset'), 'Seq Scan on calls\M',
  'keyset pagination does not scan calls sequentially');
select matches((select plan from plans where query = 'daily'), '\mcalls_phone_created_idx\M',
  'the 30-day daily aggregation of one phone uses calls_phone_created_idx');
select doesnt_match((select plan from plans where query = 'daily'), 'Seq Scan on calls\M',
  'the 30-day daily aggregation does not scan calls sequentially');
select matches((select plan from plans where query = 'caller'), '\mcalls_phone_caller_idx\M',
  'the calls of one caller use calls_phone_caller_idx');
select doesnt_match((select plan from plans where query = 'caller'), 'Seq Scan on calls\M',
  'the calls of one caller do not scan calls sequentially');
select matches((select plan from plans where query = 'active'), '\mcalls_in_progress_idx\M',
  'the calls in progress use the partial calls_in_progress_idx');
select doesnt_match((select plan from plans where query = 'active'), 'Seq Scan on calls\M',
  'the calls in progress do not scan calls sequentially');
select matches((select plan from plans where query = 'archive'), 'Bitmap Index Scan on calls_created_brin',
  'the archive''s scan for calls older than 365 days uses the BRIN index calls_created_brin');
select doesnt_match((select plan from plans where query = 'archive'), 'Seq Scan on calls\M',
  'the archive''s scan does not read calls sequentially');

-- Each index was scanned by the query that is its reason to exist.
select results_eq(
  $$select index_name, bool_and(scans > 0) from plans group by 1 order by 1$$,
  $$values ('public.calls_created_brin', true), ('public.calls_in_progress_idx', true),
           ('public.calls_phone_caller_idx', true), ('public.calls_phone_created_idx', true)$$,
  'every query above added to the scan counter of the calls index it is meant to use'
);

select * from finish();
rollback;
