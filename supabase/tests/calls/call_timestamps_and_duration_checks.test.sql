-- The CHECK constraints that keep a call's times consistent: which timestamps
-- each status requires (calls_status_timestamps), an end never before the
-- answer (calls_ended_after_answered), and a duration that is non-negative and
-- matches answered_at -> ended_at within a second. As postgres, so only the
-- constraint can refuse; CTcheck1, a ringing call, takes the update cases.
begin;
select plan(15);

select tests.create_phone('calls-a', '+15550002001', 'America/Chicago');
insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTcheck1', '+13125550120');

-- calls_duration_nonnegative: ended_at = answered_at keeps every other constraint satisfied.
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration, created_at)
    values ('calls-a', 'CTdurneg', '+13125550123', 'completed', now() - interval '1 minute', now() - interval '1 minute', -1,
            now() - interval '2 minutes')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_duration_nonnegative"',
  'a negative duration is refused (calls_duration_nonnegative)');
select is_empty($$select 1 from public.calls where call_sid = 'CTdurneg'$$,
  'the negative duration stored nothing');

-- calls_status_timestamps ---------------------------------------------------------
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at)
    values ('calls-a', 'CTts1', '+13125550125', 'ringing', now())$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_status_timestamps"',
  'a ringing call with answered_at is refused (calls_status_timestamps)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration, created_at)
    values ('calls-a', 'CTts2', '+13125550125', 'answered', now() - interval '10 seconds', now(), 10, now() - interval '1 minute')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_status_timestamps"',
  'an answered call with ended_at is refused (calls_status_timestamps)');
select throws_ok(
  $$update public.calls set answered_at = now() where call_sid = 'CTcheck1'$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_status_timestamps"',
  'setting answered_at on a ringing call without changing its status is refused');
select is_empty(
  $$select 1 from public.calls where call_sid in ('CTts1', 'CTts2') or (call_sid = 'CTcheck1' and answered_at is not null)$$,
  'the refused timestamps stored nothing');

-- calls_ended_after_answered: only an end less than a second before the answer
-- passes the duration check, so that is the case where this constraint speaks.
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at)
    values ('calls-a', 'CTend1', '+13125550126', 'completed', now(), now() - interval '0.4 seconds')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ended_after_answered"',
  'a call that ends 0.4 s before it was answered is refused (calls_ended_after_answered)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at)
    values ('calls-a', 'CTend2', '+13125550126', 'failed', now(), now() - interval '1 hour')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ended_after_answered"',
  'a call that ends an hour before it was answered is refused by calls_ended_after_answered');
select is_empty($$select 1 from public.calls where call_sid in ('CTend1', 'CTend2')$$,
  'the calls ending before their answer stored nothing');

-- calls_duration_matches_times ----------------------------------------------------
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration, created_at)
    values ('calls-a', 'CTdur1', '+13125550127', 'completed', now() - interval '60 seconds', now(), 30, now() - interval '2 minutes')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_duration_matches_times"',
  'a duration of 30 s for a 60 s call is refused (calls_duration_matches_times)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration, created_at)
    values ('calls-a', 'CTdur2', '+13125550127', 'completed', now() - interval '60 seconds', now(), 62, now() - interval '2 minutes')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_duration_matches_times"',
  'a duration 2 s off the answered -> ended span is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, duration) values ('calls-a', 'CTdur3', '+13125550127', 5)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_duration_matches_times"',
  'a ringing call with a duration is refused (calls_duration_matches_times)');
select throws_ok(
  $$update public.calls set duration = 5 where call_sid = 'CTcheck1'$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_duration_matches_times"',
  'giving a ringing call a duration on update is refused');
select is_empty(
  $$select 1 from public.calls where call_sid in ('CTdur1', 'CTdur2', 'CTdur3') or (call_sid = 'CTcheck1' and duration <> 0)$$,
  'the mismatched durations stored nothing');
select lives_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration, created_at)
    values ('calls-a', 'CTdurok', '+13125550128', 'completed', now() - interval '60 seconds', now(), 61, now() - interval '2 minutes')$$,
  'a duration within a second of the answered -> ended span is accepted (provider rounding)');

select * from finish();
rollback;
