-- Deleting calls takes them out of their local day, and unique_callers
-- follows the callers exactly: it drops only with a caller's last call of the
-- day, a day whose only call goes keeps zeros, a repeat caller adds a call
-- but no caller, and the same number calling another phone counts there.
begin;
select plan(12);

select tests.create_phone('stats-a', '+15550004001', 'America/New_York', 'Stats A Dental');
select tests.create_phone('stats-b', '+15550004002', 'Asia/Tokyo', 'Stats B Sushi');

-- stats-a (New York)                     stats-b (Tokyo)
--   day -3 10:00 X1 completed 120          day -4 23:59 Y2 completed 10
--          11:00 X2 completed 60           day -3 00:30 Y1 completed 45
--          12:00 X1 failed, unanswered            09:00 X1 completed 30
--          23:30 X3 completed 30                  12:00 Y1 completed 100
--                                                 23:30 Y3 failed, unanswered
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
select f.phone_id, f.sid, f.caller, f.status::public.call_status, t.at,
       case when f.status = 'completed' then t.at + interval '5 seconds' end,
       t.at + interval '5 seconds' + make_interval(secs => f.talk) + interval '15 seconds' * (f.status = 'failed')::int,
       f.talk
  from (values
    ('stats-a', 'CSA01', '+15550004101', 'completed', 3, '10:00', 120),
    ('stats-a', 'CSA02', '+15550004102', 'completed', 3, '11:00', 60),
    ('stats-a', 'CSA03', '+15550004101', 'failed',    3, '12:00', 0),
    ('stats-a', 'CSA04', '+15550004103', 'completed', 3, '23:30', 30),
    ('stats-b', 'CSB01', '+81310004001', 'completed', 3, '00:30', 45),
    ('stats-b', 'CSB02', '+81310004003', 'failed',    3, '23:30', 0),
    ('stats-b', 'CSB03', '+81310004001', 'completed', 3, '12:00', 100),
    ('stats-b', 'CSB04', '+81310004002', 'completed', 4, '23:59', 10),
    ('stats-b', 'CSB06', '+15550004101', 'completed', 3, '09:00', 30)
  ) as f(phone_id, sid, caller, status, days_ago, local_time, talk)
  join public.phone_numbers p on p.id = f.phone_id
 cross join lateral (select tests.at_local(p.timezone, f.days_ago, f.local_time::time) as at) t;

select tests.authenticate_as_service_role();
select lives_ok($$delete from public.calls where phone_id = 'stats-a' and call_sid = 'CSA01'$$,
  'the service role deletes one of X1''s two calls of day -3');
select tests.clear_authentication();
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 3))$$,
  $$values (3, 2, 2, 1, 90::bigint, 45.00, 3)$$,
  'deleting a call of a caller who called again that day keeps unique_callers'
);
select tests.authenticate_as_service_role();
select lives_ok($$delete from public.calls where phone_id = 'stats-a' and call_sid = 'CSA03'$$,
  'the service role deletes X1''s last call of day -3');
select tests.clear_authentication();
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 3))$$,
  $$values (2, 2, 2, 0, 90::bigint, 45.00, 2)$$,
  'deleting a caller''s last call of the day decreases unique_callers'
);
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-b', tests.local_day('Asia/Tokyo', 3))$$,
  $$values (4, 3, 3, 1, 175::bigint, 58.33, 3)$$,
  'X1''s calls to stats-b still count there after X1''s calls to stats-a are deleted'
);
select tests.authenticate_as_service_role();
select lives_ok($$delete from public.calls where phone_id = 'stats-b' and call_sid = 'CSB04'$$,
  'the service role deletes the only call of stats-b''s day -4');
select tests.clear_authentication();
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-b', tests.local_day('Asia/Tokyo', 4))$$,
  $$values (0, 0, 0, 0, 0::bigint, null::numeric, 0)$$,
  'a day whose only call is deleted drops to zero everywhere'
);

insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
values ('stats-a', 'CSA10', '+15550004102', 'completed', tests.at_local('America/New_York', 3, '15:00'),
        tests.at_local('America/New_York', 3, '15:00') + interval '2 seconds',
        tests.at_local('America/New_York', 3, '15:00') + interval '62 seconds', 60);
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 3))$$,
  $$values (3, 3, 3, 0, 150::bigint, 50.00, 2)$$,
  'a repeat caller (X2 again on day -3) adds a call but no unique caller'
);
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
select 'stats-a', v.sid, '+15550004105', 'completed', v.at, v.at + interval '1 second',
       v.at + interval '1 second' + make_interval(secs => v.talk), v.talk
  from (values ('CSA11', tests.at_local('America/New_York', 4, '10:00'), 20),
               ('CSA12', tests.at_local('America/New_York', 4, '20:00'), 40)) v(sid, at, talk);
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 4))$$,
  $$values (2, 2, 2, 0, 60::bigint, 30.00, 1)$$,
  'two calls of a new caller inserted by one statement make one unique caller'
);
select * from tests.daily_call_stats_match(array['stats-a', 'stats-b'], 'after deletes and repeat callers');

select * from finish();
rollback;
