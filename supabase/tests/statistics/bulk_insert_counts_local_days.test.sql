-- One multi-row insert of calls of two phones (New York and Tokyo), several
-- statuses, several local days and calls near local midnight, fills
-- daily_call_stats by the phone's LOCAL day: equal to the recomputation, and
-- to hand-computed rows where a wrong time zone or a wrong unique-caller rule
-- would show.
begin;
select plan(10);

select tests.create_phone('stats-a', '+15550004001', 'America/New_York', 'Stats A Dental');
select tests.create_phone('stats-b', '+15550004002', 'Asia/Tokyo', 'Stats B Sushi');

-- stats-a (New York)                     stats-b (Tokyo)
--   day -5 08:00 X1 completed 300          day -4 23:59 Y2 completed 10
--          08:05 X1 completed 200          day -3 00:30 Y1 completed 45  (UTC: day -4)
--   day -3 10:00 X1 completed 120                 09:00 X1 completed 30
--          11:00 X2 completed 60                  12:00 Y1 completed 100
--          12:00 X1 failed, unanswered            23:30 Y3 failed, unanswered
--          23:30 X3 completed 30  (UTC: day -2)   day -2 15:00 Y2 answered
--   day -2 00:30 X1 answered
--          09:00 X4 ringing
--          14:00 X2 failed after 15 s of talk
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
select f.phone_id, f.sid, f.caller, f.status::public.call_status, t.at,
       case when f.answered then t.at + interval '5 seconds' end,
       case when f.status in ('completed', 'failed')
            then t.at + interval '5 seconds' + make_interval(secs => f.talk) + interval '15 seconds' * (not f.answered)::int end,
       f.talk
  from (values
    ('stats-a', 'CSA01', '+15550004101', 'completed', true,  3, '10:00', 120),
    ('stats-a', 'CSA02', '+15550004102', 'completed', true,  3, '11:00', 60),
    ('stats-a', 'CSA03', '+15550004101', 'failed',    false, 3, '12:00', 0),
    ('stats-a', 'CSA04', '+15550004103', 'completed', true,  3, '23:30', 30),
    ('stats-a', 'CSA05', '+15550004101', 'answered',  true,  2, '00:30', 0),
    ('stats-a', 'CSA06', '+15550004104', 'ringing',   false, 2, '09:00', 0),
    ('stats-a', 'CSA07', '+15550004102', 'failed',    true,  2, '14:00', 15),
    ('stats-a', 'CSA08', '+15550004101', 'completed', true,  5, '08:00', 300),
    ('stats-a', 'CSA09', '+15550004101', 'completed', true,  5, '08:05', 200),
    ('stats-b', 'CSB01', '+81310004001', 'completed', true,  3, '00:30', 45),
    ('stats-b', 'CSB02', '+81310004003', 'failed',    false, 3, '23:30', 0),
    ('stats-b', 'CSB03', '+81310004001', 'completed', true,  3, '12:00', 100),
    ('stats-b', 'CSB04', '+81310004002', 'completed', true,  4, '23:59', 10),
    ('stats-b', 'CSB05', '+81310004002', 'answered',  true,  2, '15:00', 0),
    ('stats-b', 'CSB06', '+15550004101', 'completed', true,  3, '09:00', 30)
  ) as f(phone_id, sid, caller, status, answered, days_ago, local_time, talk)
  join public.phone_numbers p on p.id = f.phone_id
 cross join lateral (select tests.at_local(p.timezone, f.days_ago, f.local_time::time) as at) t;

select * from tests.daily_call_stats_match(array['stats-a', 'stats-b'], 'after a bulk insert');

select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 3))$$,
  $$values (4, 3, 3, 1, 210::bigint, 70.00, 3)$$,
  'stats-a, New York day -3: the 23:30 call counts there, failed calls are not talk time, X1 counts once'
);
select is(
  (select (created_at at time zone 'UTC')::date from public.calls where phone_id = 'stats-a' and call_sid = 'CSA04'),
  tests.local_day('America/New_York', 3) + 1,
  'the 23:30 New York call (CSA04) is on the next UTC day, so the day above is the local one'
);
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 2))$$,
  $$values (3, 2, 0, 1, 0::bigint, null::numeric, 3)$$,
  'stats-a, day -2: an answered call in progress and a failed answered call are answered; no completed call, no average'
);
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 5))$$,
  $$values (2, 2, 2, 0, 500::bigint, 250.00, 1)$$,
  'stats-a, day -5: a caller calling twice the same day is one unique caller'
);
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-b', tests.local_day('Asia/Tokyo', 3))$$,
  $$values (4, 3, 3, 1, 175::bigint, 58.33, 3)$$,
  'stats-b, Tokyo day -3: the 00:30 call (previous UTC day) counts there; average rounded to 2 places'
);
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-b', tests.local_day('Asia/Tokyo', 4))$$,
  $$values (1, 1, 1, 0, 10::bigint, 10.00, 1)$$,
  'stats-b, Tokyo day -4 has only its 23:59 call, not the 00:30 call of the next local day'
);
select results_eq(
  $$select phone_id, (now() at time zone p.timezone)::date - s.day
      from public.daily_call_stats s join public.phone_numbers p on p.id = s.phone_id
     where s.phone_id in ('stats-a', 'stats-b') order by 1, 2$$,
  $$values ('stats-a', 2), ('stats-a', 3), ('stats-a', 5), ('stats-b', 2), ('stats-b', 3), ('stats-b', 4)$$,
  'stats rows exist for exactly the local days that have calls'
);

select * from finish();
rollback;
