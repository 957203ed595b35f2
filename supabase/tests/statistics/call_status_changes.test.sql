-- A call's status changes move its counts within its local day and never
-- count it twice: one call through the webhooks (ringing, retried, answered,
-- completed), calls that fail (after ringing, or reported failed at once) and
-- one update completing answered calls of two phones and days.
begin;
select plan(24);

select tests.create_phone('stats-a', '+15550004001', 'America/New_York', 'Stats A Dental');
select tests.create_phone('stats-b', '+15550004002', 'Asia/Tokyo', 'Stats B Sushi');

-- stats-a (New York) day -2: 00:30 X1 answered, 09:00 X4 ringing,
--                            14:00 X2 failed after 15 s of talk
-- stats-b (Tokyo)    day -2: 15:00 Y2 answered
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
select f.phone_id, f.sid, f.caller, f.status::public.call_status, t.at,
       case when f.status <> 'ringing' then t.at + interval '5 seconds' end,
       case when f.status = 'failed' then t.at + interval '5 seconds' + make_interval(secs => f.talk) end,
       f.talk
  from (values
    ('stats-a', 'CSA05', '+15550004101', 'answered', '00:30', 0),
    ('stats-a', 'CSA06', '+15550004104', 'ringing',  '09:00', 0),
    ('stats-a', 'CSA07', '+15550004102', 'failed',   '14:00', 15),
    ('stats-b', 'CSB05', '+81310004002', 'answered', '15:00', 0)
  ) as f(phone_id, sid, caller, status, local_time, talk)
  join public.phone_numbers p on p.id = f.phone_id
 cross join lateral (select tests.at_local(p.timezone, 2, f.local_time::time) as at) t;

-- One call through the webhooks: ringing -> (retried) -> answered -> completed.
-- Each webhook is the telephony backend's upsert, as the service role.

select tests.authenticate_as_service_role();
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('stats-a', 'CSW01', '+15550004102', 'ringing')
    on conflict (phone_id, call_sid) do update
      set status = excluded.status, answered_at = coalesce(excluded.answered_at, c.answered_at),
          ended_at = coalesce(excluded.ended_at, c.ended_at), duration = greatest(excluded.duration, c.duration)$$,
  'the ringing webhook (service role upsert) inserts call CSW01'
);
select tests.clear_authentication();
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 0))$$,
  $$values (1, 0, 0, 0, 0::bigint, null::numeric, 1)$$,
  'a ringing call counts as a call of today, not answered'
);
select tests.authenticate_as_service_role();
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('stats-a', 'CSW01', '+15550004102', 'ringing')
    on conflict (phone_id, call_sid) do update
      set status = excluded.status, answered_at = coalesce(excluded.answered_at, c.answered_at),
          ended_at = coalesce(excluded.ended_at, c.ended_at), duration = greatest(excluded.duration, c.duration)$$,
  'a retry of the ringing webhook upserts CSW01 again without error'
);
select tests.clear_authentication();
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 0))$$,
  $$values (1, 0, 0, 0, 0::bigint, null::numeric, 1)$$,
  'a retried webhook does not count the call twice'
);
select tests.authenticate_as_service_role();
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status, answered_at)
    values ('stats-a', 'CSW01', '+15550004102', 'answered', now() + interval '3 seconds')
    on conflict (phone_id, call_sid) do update
      set status = excluded.status, answered_at = coalesce(excluded.answered_at, c.answered_at),
          ended_at = coalesce(excluded.ended_at, c.ended_at), duration = greatest(excluded.duration, c.duration)$$,
  'the answered webhook moves CSW01 to answered'
);
select tests.clear_authentication();
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 0))$$,
  $$values (1, 1, 0, 0, 0::bigint, null::numeric, 1)$$,
  'the answered call is counted as answered, once'
);
select tests.authenticate_as_service_role();
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration)
    values ('stats-a', 'CSW01', '+15550004102', 'completed', now() + interval '3 seconds', now() + interval '93 seconds', 90)
    on conflict (phone_id, call_sid) do update
      set status = excluded.status, answered_at = coalesce(excluded.answered_at, c.answered_at),
          ended_at = coalesce(excluded.ended_at, c.ended_at), duration = greatest(excluded.duration, c.duration)$$,
  'the completed webhook moves CSW01 to completed with a duration of 90 s'
);
select tests.clear_authentication();
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 0))$$,
  $$values (1, 1, 1, 0, 90::bigint, 90.00, 1)$$,
  'the completed call adds its 90 s of talk time'
);
select * from tests.daily_call_stats_match(array['stats-a', 'stats-b'], 'after the webhook flow');

-- Failed calls.

select tests.authenticate_as_service_role();
select lives_ok(
  $$update public.calls set status = 'failed' where phone_id = 'stats-a' and call_sid = 'CSA06'$$,
  'the service role marks the ringing call CSA06 failed'
);
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('stats-b', 'CSW02', '+81310004003', 'failed')
    on conflict (phone_id, call_sid) do update set status = excluded.status$$,
  'a call whose first webhook reports it failed (CSW02) is inserted'
);
select tests.clear_authentication();
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 2))$$,
  $$values (3, 2, 0, 2, 0::bigint, null::numeric, 3)$$,
  'a ringing call that fails moves from in-progress to failed, still one call'
);
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-b', tests.local_day('Asia/Tokyo', 0))$$,
  $$values (1, 0, 0, 1, 0::bigint, null::numeric, 1)$$,
  'a call reported failed straight away counts as failed and unanswered'
);
select * from tests.daily_call_stats_match(array['stats-a', 'stats-b'], 'after failed calls');

-- A multi-row update across phones and days.

select results_eq(
  $$with u as (
      update public.calls set status = 'completed', ended_at = answered_at + interval '42 seconds', duration = 42
       where phone_id in ('stats-a', 'stats-b') and status = 'answered'
      returning call_sid)
    select call_sid from u order by 1$$,
  $$values ('CSA05'), ('CSB05')$$,
  'one statement completes the two answered calls, of two phones'
);
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-a', tests.local_day('America/New_York', 2))$$,
  $$values (3, 2, 1, 2, 42::bigint, 42.00, 3)$$,
  'stats-a, day -2 gains one completed call of 42 s'
);
select results_eq(
  $$select * from tests.daily_call_stats_of('stats-b', tests.local_day('Asia/Tokyo', 2))$$,
  $$values (1, 1, 1, 0, 42::bigint, 42.00, 1)$$,
  'stats-b, day -2 gains one completed call of 42 s'
);
select * from tests.daily_call_stats_match(array['stats-a', 'stats-b'], 'after a multi-row update');

select * from finish();
rollback;
