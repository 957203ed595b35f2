-- Changes to a phone number itself. When its owner changes its time zone, its
-- statistics are rebuilt on the new local days (equal to the recomputation,
-- hand-computed rows where calls change date, no empty day left behind) and
-- no other phone's are touched. When its owner deletes it, its calls, stats
-- and per-caller counts go with it, without error.
begin;
select plan(18);

select tests.create_phone('stats-a', '+15550004001', 'America/New_York', 'Stats A Dental');
select tests.create_phone('stats-b', '+15550004002', 'Asia/Tokyo', 'Stats B Sushi');
select tests.add_member('stats-a', 'ann-owner', 'owner');
select tests.add_member('stats-b', 'bob-owner', 'owner');

-- stats-a (New York)                          stats-b (Tokyo)
--   day -4 10:00 X5 completed 20                day -3 00:30 Y1 completed 45
--          20:00 X5 completed 40                       09:00 X1 completed 30
--   day -3 11:00 X2 completed 60                       12:00 Y1 completed 100
--          15:00 X2 completed 60                       23:30 Y3 failed, unanswered
--          23:30 X3 completed 30
--   day -2 00:30 X1 completed 42
--          09:00 X4 failed, unanswered
--          14:00 X2 failed after 15 s of talk
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
select f.phone_id, f.sid, f.caller, f.status::public.call_status, t.at,
       case when f.answered then t.at + interval '5 seconds' end,
       t.at + interval '5 seconds' + make_interval(secs => f.talk) + interval '15 seconds' * (not f.answered)::int,
       f.talk
  from (values
    ('stats-a', 'CSA11', '+15550004105', 'completed', true,  4, '10:00', 20),
    ('stats-a', 'CSA12', '+15550004105', 'completed', true,  4, '20:00', 40),
    ('stats-a', 'CSA02', '+15550004102', 'completed', true,  3, '11:00', 60),
    ('stats-a', 'CSA10', '+15550004102', 'completed', true,  3, '15:00', 60),
    ('stats-a', 'CSA04', '+15550004103', 'completed', true,  3, '23:30', 30),
    ('stats-a', 'CSA05', '+15550004101', 'completed', true,  2, '00:30', 42),
    ('stats-a', 'CSA06', '+15550004104', 'failed',    false, 2, '09:00', 0),
    ('stats-a', 'CSA07', '+15550004102', 'failed',    true,  2, '14:00', 15),
    ('stats-b', 'CSB01', '+81310004001', 'completed', true,  3, '00:30', 45),
    ('stats-b', 'CSB02', '+81310004003', 'failed',    false, 3, '23:30', 0),
    ('stats-b', 'CSB03', '+81310004001', 'completed', true,  3, '12:00', 100),
    ('stats-b', 'CSB06', '+15550004101', 'completed', true,  3, '09:00', 30)
  ) as f(phone_id, sid, caller, status, answered, days_ago, local_time, talk)
  join public.phone_numbers p on p.id = f.phone_id
 cross join lateral (select tests.at_local(p.timezone, f.days_ago, f.local_time::time) as at) t;

-- A day whose only call was deleted keeps a stats row of zeros.
insert into public.calls (phone_id, call_sid, caller_number, status, created_at)
values ('stats-a', 'CSA13', '+15550004106', 'ringing', tests.at_local('America/New_York', 6, '12:00'));
delete from public.calls where phone_id = 'stats-a' and call_sid = 'CSA13';
select results_eq(
  $$select day from public.daily_call_stats where phone_id = 'stats-a' and total_calls = 0$$,
  $$values (tests.local_day('America/New_York', 6))$$,
  'before the change, stats-a keeps a zero row for day -6, whose only call was deleted'
);

-- In Berlin (6 hours ahead of New York; 5 for a few weeks a year, when only
-- one of the two observes daylight saving time) CSA04 (23:30, NY day -3)
-- moves to NY day -2's date and CSA12 (20:00, NY day -4) to NY day -3's
-- date; the other calls keep their dates.
select tests.authenticate_as('ann-owner');
select lives_ok(
  $$update public.phone_numbers set timezone = 'Europe/Berlin' where id = 'stats-a'$$,
  'the owner of stats-a changes its time zone to Europe/Berlin'
);
select tests.clear_authentication();
select * from tests.daily_call_stats_match(array['stats-a', 'stats-b'], 'after a time zone change');
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 2))$$,
  $$values (4, 3, 2, 2, 72::bigint, 36.00, 4)$$,
  'in Berlin, the date of NY day -2 gains the 23:30 call of the day before and its caller'
);
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 3))$$,
  $$values (3, 3, 3, 0, 160::bigint, 53.33, 2)$$,
  'in Berlin, the date of NY day -3 loses CSA04 and gains the 20:00 call of the day before'
);
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 4))$$,
  $$values (1, 1, 1, 0, 20::bigint, 20.00, 1)$$,
  'in Berlin, the date of NY day -4 keeps one of the two calls of its caller'
);
select is_empty(
  $$select day from public.daily_call_stats where phone_id = 'stats-a' and total_calls = 0$$,
  'the rebuild leaves no empty day behind'
);
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-b', tests.local_day('Asia/Tokyo', 3))$$,
  $$values (4, 3, 3, 1, 175::bigint, 58.33, 3)$$,
  'another phone''s statistics are not touched by the rebuild'
);

-- Deleting a whole phone number: the call triggers find no phone to count for.

select results_eq(
  $$select (select count(*)::integer from public.daily_call_stats where phone_id = 'stats-b'),
           (select count(*)::integer from private.daily_call_callers where phone_id = 'stats-b')$$,
  $$values (1, 3)$$,
  'before the deletion, stats-b has one day of stats and three per-caller counts'
);
select tests.authenticate_as('bob-owner');
select lives_ok($$delete from public.phone_numbers where id = 'stats-b'$$,
  'the owner of stats-b deletes the phone number, calls and all, without error');
select tests.clear_authentication();
select is_empty($$select day from public.daily_call_stats where phone_id = 'stats-b'$$,
  'the deleted phone''s stats are gone');
select is_empty($$select day from private.daily_call_callers where phone_id = 'stats-b'$$,
  'the deleted phone''s per-caller counts are gone');
select is_empty($$select id from public.calls where phone_id = 'stats-b'$$,
  'the deleted phone''s calls are gone');
select * from tests.daily_call_stats_match(array['stats-a', 'stats-b'], 'after deleting a phone number');

select * from finish();
rollback;
