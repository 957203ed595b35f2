-- Values at the edge of what the constraints let through never make the
-- lifecycle trigger, ingest_call_event or the statistics fail with an
-- internal error: a call of a full day's talk, calls at the first and last
-- instants of the allowed time range, an answer in the same millisecond as
-- the start, and the longest tag are stored and counted, and
-- daily_call_stats still equals its recomputation. Refused values wrote no
-- statistics (supabase/tests/calls/malformed_values_are_refused_by_name).
begin;
select plan(11);

select tests.create_phone('lim-a', '+15550009301', 'Pacific/Kiritimati');
select tests.create_phone('lim-b', '+15550009302', 'Pacific/Pago_Pago');

select tests.authenticate_as_service_role();
select lives_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, created_at)
    values ('lim-a', 'CTday', '+13125559301', 'completed', now() - interval '2 days', now() - interval '1 day',
            now() - interval '2 days')$$,
  'a call of 86400 s of talk, its duration derived by the lifecycle trigger, is accepted');
select lives_ok(
  $$select public.ingest_call_event('lim-a', 'CTdayingest', '+13125559302', now() - interval '3 days', 'completed',
                                    duration => 86400)$$,
  'ingest_call_event accepts a completed event with 86400 s of talk');
select lives_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, created_at)
    values ('lim-a', 'CTfirst', '+13125559303', '2020-01-01 00:00:00+00'),
           ('lim-b', 'CTlast', '+13125559303', '2099-12-31 23:59:59.999+00')$$,
  'calls at the first and the last millisecond of the allowed range are accepted and counted on their local days');
select lives_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at)
    values ('lim-a', 'CTsamems', '+13125559304', 'answered', '2026-06-01 12:00:00.0006+00', '2026-06-01 12:00:00.0006+00')$$,
  'an answer in the same instant as the start (created_at rounded up to the millisecond) is accepted');
select lives_ok(
  $$select public.ingest_call_event('lim-a', 'CTsub', '+13125559305', '2026-06-01 12:00:00.0004+00', 'answered',
                                    answered_at => '2026-06-01 12:00:00.0004+00', tags => array[repeat('t', 32)])$$,
  'ingest_call_event: an answer within the start''s millisecond and a 32-character tag are accepted');
select lives_ok(
  $$update public.calls set status = 'completed', duration = 86400 where call_sid = 'CTsamems'$$,
  'completing a call with 86400 s of talk fills its end without error');

select tests.clear_authentication();
select results_eq(
  $$select duration from public.calls where call_sid in ('CTday', 'CTdayingest', 'CTsamems') order by call_sid$$,
  $$values (86400), (86400), (86400)$$,
  'the three day-long calls are stored with 86400 s');
select results_eq(
  $$select sum(total_duration)::bigint, max(average_duration) from public.daily_call_stats where phone_id = 'lim-a'$$,
  $$values (259200::bigint, 86400.00::numeric)$$,
  'their talk time is in the statistics: 3 x 86400 s, an average of 86400.00 that fits numeric(10,2)');
select * from tests.daily_call_stats_match(array['lim-a', 'lim-b'], 'after the calls at the limits');

select * from finish();
rollback;
