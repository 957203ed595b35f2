-- The status changes the lifecycle allows: the same status again (a retried
-- webhook) changes nothing, and the five forward changes (ringing -> answered,
-- ringing or answered -> completed, ringing or answered -> failed) are accepted
-- and fill in answered_at, ended_at and duration. As postgres. One call per (from, to)
-- pair, in the from state: CTpair-<from>-<to>.
begin;
select plan(10);

select tests.create_phone('calls-a', '+15550002001', 'America/Chicago');

-- Each call started ringing five minutes ago, before its answer and end.
insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration, created_at)
select 'calls-a', 'CTpair-' || f || '-' || t, '+13125550150', f::public.call_status,
       case f when 'answered' then now() - interval '30 seconds' when 'completed' then now() - interval '100 seconds' end,
       case f when 'completed' then now() - interval '40 seconds' when 'failed' then now() - interval '50 seconds' end,
       case f when 'completed' then 60 else 0 end,
       now() - interval '5 minutes'
  from (values ('ringing', 'ringing'), ('answered', 'answered'), ('completed', 'completed'), ('failed', 'failed'),
               ('ringing', 'answered'), ('answered', 'completed'), ('ringing', 'failed'), ('answered', 'failed'),
               ('ringing', 'completed'))
       as pair(f, t);

create temporary table pair_before on commit drop as
select call_sid, status, answered_at, ended_at, duration from public.calls
 where phone_id = 'calls-a' and call_sid like 'CTpair-%';

-- The same status again (a retried webhook) changes nothing. ----------------------
select results_eq(
  $$update public.calls set status = 'ringing' where phone_id = 'calls-a' and call_sid = 'CTpair-ringing-ringing'
    returning status, answered_at, ended_at, duration$$,
  $$select status, answered_at, ended_at, duration from pair_before where call_sid = 'CTpair-ringing-ringing'$$,
  'ringing -> ringing is accepted and changes nothing');
select results_eq(
  $$update public.calls set status = 'answered' where phone_id = 'calls-a' and call_sid = 'CTpair-answered-answered'
    returning status, answered_at, ended_at, duration$$,
  $$select status, answered_at, ended_at, duration from pair_before where call_sid = 'CTpair-answered-answered'$$,
  'answered -> answered is accepted and keeps the original answered_at');
select results_eq(
  $$update public.calls set status = 'completed' where phone_id = 'calls-a' and call_sid = 'CTpair-completed-completed'
    returning status, answered_at, ended_at, duration$$,
  $$select status, answered_at, ended_at, duration from pair_before where call_sid = 'CTpair-completed-completed'$$,
  'completed -> completed is accepted and keeps the times and duration');
select results_eq(
  $$update public.calls set status = 'failed' where phone_id = 'calls-a' and call_sid = 'CTpair-failed-failed'
    returning status, answered_at, ended_at, duration$$,
  $$select status, answered_at, ended_at, duration from pair_before where call_sid = 'CTpair-failed-failed'$$,
  'failed -> failed is accepted and changes nothing');

-- The five allowed changes, and what they fill in. ---------------------------------
select results_eq(
  $$update public.calls set status = 'answered' where phone_id = 'calls-a' and call_sid = 'CTpair-ringing-answered'
    returning status::text, answered_at = now(), ended_at is null, duration$$,
  $$values ('answered', true, true, 0)$$,
  'ringing -> answered is accepted and sets answered_at to now()');
select results_eq(
  $$update public.calls set status = 'completed' where phone_id = 'calls-a' and call_sid = 'CTpair-answered-completed'
    returning status::text, answered_at = now() - interval '30 seconds', ended_at = now(), duration$$,
  $$values ('completed', true, true, 30)$$,
  'answered -> completed without ended_at or duration is accepted: ends now(), duration derived (30 s)');
select results_eq(
  $$update public.calls set status = 'failed' where phone_id = 'calls-a' and call_sid = 'CTpair-ringing-failed'
    returning status::text, answered_at is null, ended_at = now(), duration$$,
  $$values ('failed', true, true, 0)$$,
  'ringing -> failed is accepted, sets ended_at to now() and keeps duration 0');
select results_eq(
  $$update public.calls set status = 'failed' where phone_id = 'calls-a' and call_sid = 'CTpair-answered-failed'
    returning status::text, answered_at = now() - interval '30 seconds', ended_at = now(), duration$$,
  $$values ('failed', true, true, 30)$$,
  'answered -> failed is accepted: ends now(), keeps answered_at, and the talk time (30 s) is the duration');
-- "answered" is an optional callback: a call may be reported completed straight from ringing.
select results_eq(
  $$update public.calls set status = 'completed', ended_at = now(), duration = 45
     where phone_id = 'calls-a' and call_sid = 'CTpair-ringing-completed'
    returning status::text, answered_at = now() - interval '45 seconds', ended_at = now(), duration$$,
  $$values ('completed', true, true, 45)$$,
  'ringing -> completed is accepted: answered_at is taken as ended_at minus the 45 s duration');
select results_eq(
  $$update public.calls set status = 'completed' where phone_id = 'calls-a' and call_sid = 'CTpair-ringing-completed'
    returning duration$$,
  $$values (45)$$,
  'completing the same call again changes nothing');

select * from finish();
rollback;
