-- An update that changes only what the statistics do not count (an admin
-- correcting transcripts) does not write daily_call_stats at all: no stats
-- row of any phone gets a new row version or a new updated_at, and the
-- statistics still equal the recomputation.
begin;
select plan(5);

select tests.create_phone('stats-a', '+15550004001', 'America/New_York', 'Stats A Dental');
select tests.create_phone('stats-b', '+15550004002', 'Asia/Tokyo', 'Stats B Sushi');
select tests.add_member('stats-a', 'abe-admin', 'admin');

-- Ten calls of stats-a over about five days, from three callers; two of stats-b.
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
select f.phone_id, f.phone_id || '-' || i, '+1555000410' || (i % 3), 'completed', t.at,
       t.at + interval '2 seconds', t.at + interval '2 seconds' + make_interval(secs => 10 * i), 10 * i
  from (values ('stats-a', 10), ('stats-b', 2)) f(phone_id, n)
 cross join lateral generate_series(1, f.n) i
 cross join lateral (select now() - interval '11 hours' * i as at) t;

-- now() is fixed for the transaction, so updated_at alone could not show a
-- rewrite; the row version (ctid) changes on any update, even a no-op one.
create temp table stats_rows_before as
select phone_id, day, ctid::text as row_version, updated_at
  from public.daily_call_stats where phone_id in ('stats-a', 'stats-b');

select tests.authenticate_as('abe-admin');
select results_eq(
  $$with u as (update public.calls set transcript = 'Corrected by the admin' where phone_id = 'stats-a' returning 1)
    select count(*)::integer from u$$,
  $$values (10)$$,
  'admin of stats-a corrects the transcript of all 10 calls of stats-a in one statement'
);
select tests.clear_authentication();
select results_eq(
  $$select phone_id, day, ctid::text, updated_at from public.daily_call_stats
     where phone_id in ('stats-a', 'stats-b') order by 1, 2$$,
  $$select phone_id, day, row_version, updated_at from stats_rows_before order by 1, 2$$,
  'a transcript-only update leaves every stats row untouched (same row version, same updated_at)'
);
select * from tests.daily_call_stats_match(array['stats-a', 'stats-b'], 'after a transcript correction');

select * from finish();
rollback;
