-- private.phone_performance_summary (a materialized view of each phone's last
-- 30 days) and the members' view public.phone_performance_summary: the API
-- roles cannot read or refresh the materialized view; a refresh counts only
-- the last 30 days, gives a call-less phone a row of zeros and drops a
-- deleted phone; members read exactly their phones' rows, others none.
begin;
select plan(14);

select tests.create_phone('stats-a', '+15550004001', 'America/New_York', 'Stats A Dental');
select tests.create_phone('stats-b', '+15550004002', 'Asia/Tokyo', 'Stats B Sushi');
select tests.create_phone('stats-c', '+15550004003', 'UTC', 'Stats C Quiet');
select tests.add_member('stats-a', 'ann-owner', 'owner');
select tests.add_member('stats-b', 'bob-owner', 'owner');
select tests.add_member('stats-c', 'bob-owner', 'owner');
select tests.create_supabase_user('otto-outsider');

-- stats-a: two calls older than 30 days (364 days and 31 days) and four in
-- the last 30 days; stats-b: one call; stats-c: none.
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
select f.phone_id, f.sid, f.caller, f.status::public.call_status, t.at,
       case when f.talk > 0 then t.at + interval '1 second' end,
       t.at + interval '1 second' + make_interval(secs => f.talk) + interval '8 seconds' * (f.talk = 0)::int,
       f.talk
  from (values
    ('stats-a', 'CSR01', '+15550004107', 'completed', interval '364 days 23 hours', 30),
    ('stats-a', 'CSM01', '+15550004108', 'completed', interval '31 days', 10),
    ('stats-a', 'CSM02', '+15550004108', 'failed',    interval '29 days', 0),
    ('stats-a', 'CSR02', '+15550004107', 'completed', interval '10 days', 50),
    ('stats-a', 'CSA01', '+15550004101', 'completed', interval '3 days', 120),
    ('stats-a', 'CSA02', '+15550004102', 'failed',    interval '2 days', 0),
    ('stats-b', 'CSB01', '+81310004001', 'completed', interval '3 days', 45)
  ) as f(phone_id, sid, caller, status, age, talk)
 cross join lateral (select now() - f.age as at) t;

select has_materialized_view('private', 'phone_performance_summary',
  'phone_performance_summary is a materialized view in schema private');
select is_empty(
  $$select r.rolname, p.priv
      from (values ('anon'), ('authenticated')) r(rolname)
     cross join (values ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) p(priv)
     where has_table_privilege(r.rolname, 'private.phone_performance_summary', p.priv)$$,
  'anon and authenticated hold no privilege on the materialized view'
);
select ok(
  (select reloptions @> array['security_invoker=true'] from pg_class where oid = 'public.phone_performance_summary'::regclass),
  'public.phone_performance_summary is a security_invoker view'
);
select is_empty(
  $$select r.rolname, f.fn
      from (values ('anon'), ('authenticated')) r(rolname)
     cross join (values ('private.refresh_phone_performance_summary()')) f(fn)
     where has_function_privilege(r.rolname, f.fn, 'execute')
    union all
    select 'anon', 'private.member_phone_performance_summary()'
     where has_function_privilege('anon', 'private.member_phone_performance_summary()', 'execute')$$,
  'the API roles cannot refresh the summary, and anon cannot call the members'' function'
);

-- stats-b is in the summary, then deleted before the refresh under test.
select private.refresh_phone_performance_summary();
select isnt_empty($$select 1 from private.phone_performance_summary where phone_id = 'stats-b'$$,
  'before its deletion, stats-b has a row in the refreshed summary');
delete from public.phone_numbers where id = 'stats-b';

select lives_ok($$select private.refresh_phone_performance_summary()$$,
  'the summary refreshes concurrently inside a transaction');

create temp table expected_summary as
select 'stats-a'::text as phone_id, count(*)::integer as total_calls,
       count(*) filter (where status = 'completed')::integer as completed_calls,
       round(count(*) filter (where status = 'completed') * 100.0 / count(*), 2) as success_rate
  from public.calls
 where phone_id = 'stats-a' and created_at >= now() - interval '30 days';
grant select on expected_summary to authenticated;

select is(
  (select total_calls from private.phone_performance_summary where phone_id = 'stats-a'),
  (select count(*)::integer from public.calls where phone_id = 'stats-a') - 2,
  'the summary of stats-a leaves out its two calls older than 30 days (31 and 364 days)'
);
select results_eq(
  $$select total_calls, answered_calls, completed_calls, failed_calls, average_duration, unique_callers, success_rate
      from private.phone_performance_summary where phone_id = 'stats-c'$$,
  $$values (0, 0, 0, 0, null::numeric, 0, null::numeric)$$,
  'a phone without calls has a row with zero calls and no average or success rate'
);
select is_empty($$select 1 from private.phone_performance_summary where phone_id = 'stats-b'$$,
  'a deleted phone number is gone from the refreshed summary');

select tests.authenticate_as('ann-owner');
select results_eq(
  $$select phone_id, total_calls, completed_calls, success_rate from public.phone_performance_summary$$,
  $$select phone_id, total_calls, completed_calls, success_rate from expected_summary$$,
  'the owner of stats-a reads exactly stats-a''s row, equal to a recomputation of its last 30 days'
);
select throws_ok($$select * from private.phone_performance_summary$$,
  '42501', 'permission denied for materialized view phone_performance_summary',
  'authenticated cannot read the materialized view directly (42501)');
select tests.authenticate_as('bob-owner');
select results_eq(
  $$select phone_id, total_calls, success_rate from public.phone_performance_summary$$,
  $$values ('stats-c'::text, 0, null::numeric)$$,
  'the owner of the call-less stats-c (and of the deleted stats-b) reads only its row: 0 calls, null success rate'
);
select tests.authenticate_as('otto-outsider');
select is_empty($$select * from public.phone_performance_summary$$,
  'a user who is a member of no phone reads no summary row');
select tests.authenticate_as_anon();
select throws_ok($$select * from public.phone_performance_summary$$,
  '42501', 'permission denied for view phone_performance_summary', 'anon cannot read the summary view (42501)');
select tests.clear_authentication();

select * from finish();
rollback;
