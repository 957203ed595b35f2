-- What the lifecycle trigger fills in when a webhook leaves times out: on an
-- update to completed or failed it derives ended_at or duration from what was
-- sent (never ending before the answer), and a call inserted directly as
-- answered, completed or failed gets consistent answered_at, ended_at and
-- duration; times sent explicitly are kept. As postgres.
begin;
select plan(10);

select tests.create_phone('calls-a', '+15550002001', 'America/Chicago');
-- Each call started ringing five minutes ago, before its answer.
insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, created_at) values
  ('calls-a', 'CTlife-dur42', '+13125550151', 'answered', now() - interval '50 seconds', now() - interval '5 minutes'),
  ('calls-a', 'CTlife-ended', '+13125550151', 'answered', now() - interval '80 seconds', now() - interval '5 minutes'),
  ('calls-a', 'CTlife-skew', '+13125550151', 'answered', now() + interval '5 seconds', now() - interval '5 minutes'),
  ('calls-a', 'CTlife-failsent', '+13125550151', 'ringing', null, now() - interval '5 minutes');

-- Updates that end a call ----------------------------------------------------------
select results_eq(
  $$update public.calls set status = 'completed', duration = 42 where phone_id = 'calls-a' and call_sid = 'CTlife-dur42'
    returning ended_at = answered_at + interval '42 seconds', answered_at = now() - interval '50 seconds', duration$$,
  $$values (true, true, 42)$$,
  'completed with duration 42 and no ended_at: ended_at = answered_at + 42 s');
select results_eq(
  $$update public.calls set status = 'completed', ended_at = answered_at + interval '75 seconds'
     where phone_id = 'calls-a' and call_sid = 'CTlife-ended'
    returning ended_at = now() - interval '5 seconds', duration$$,
  $$values (true, 75)$$,
  'completed with ended_at and no duration: duration derived from answered_at -> ended_at (75 s)');
select results_eq(
  $$update public.calls set status = 'completed' where phone_id = 'calls-a' and call_sid = 'CTlife-skew'
    returning ended_at = answered_at, duration$$,
  $$values (true, 0)$$,
  'completed for a call answered "in the future" (clock skew) ends at answered_at, never before it');
select results_eq(
  $$update public.calls set status = 'failed', ended_at = now() - interval '3 seconds'
     where phone_id = 'calls-a' and call_sid = 'CTlife-failsent'
    returning ended_at = now() - interval '3 seconds', answered_at is null, duration$$,
  $$values (true, true, 0)$$,
  'failed with an ended_at sent by the webhook keeps that ended_at and duration 0');

-- Calls inserted directly in a later status ------------------------------------------
select results_eq(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, duration)
    values ('calls-a', 'CTlife-direct60', '+13125550152', 'completed', 60)
    returning answered_at = now() - interval '60 seconds', ended_at = now(), duration$$,
  $$values (true, true, 60)$$,
  'a call inserted as completed with only duration 60: answered 60 s before it ended, ended now()');
select results_eq(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, ended_at, duration)
    values ('calls-a', 'CTlife-directend', '+13125550152', 'completed', now() - interval '1 hour', 90)
    returning answered_at = now() - interval '1 hour 90 seconds', ended_at = now() - interval '1 hour', duration$$,
  $$values (true, true, 90)$$,
  'a call inserted as completed with ended_at and duration 90: answered_at = ended_at - 90 s');
select results_eq(
  $$insert into public.calls (phone_id, call_sid, caller_number, status)
    values ('calls-a', 'CTlife-directbare', '+13125550152', 'completed')
    returning answered_at = now(), ended_at = now(), duration$$,
  $$values (true, true, 0)$$,
  'a call inserted as completed with nothing else: answered and ended now(), duration 0');
select results_eq(
  $$insert into public.calls (phone_id, call_sid, caller_number, status)
    values ('calls-a', 'CTlife-directans', '+13125550152', 'answered')
    returning answered_at = now(), ended_at is null, duration$$,
  $$values (true, true, 0)$$,
  'a call inserted as answered gets answered_at = now()');
select results_eq(
  $$insert into public.calls (phone_id, call_sid, caller_number, status)
    values ('calls-a', 'CTlife-directfail', '+13125550152', 'failed')
    returning answered_at is null, ended_at = now(), duration$$,
  $$values (true, true, 0)$$,
  'a call inserted as failed gets ended_at = now() and duration 0');
select results_eq(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration, created_at)
    values ('calls-a', 'CTlife-explicit', '+13125550152', 'completed',
            now() - interval '3 minutes', now() - interval '1 minute', 120, now() - interval '4 minutes')
    returning answered_at = now() - interval '3 minutes', ended_at = now() - interval '1 minute', duration$$,
  $$values (true, true, 120)$$,
  'a completed call with every time and the duration sent keeps them as sent');

select * from finish();
rollback;
