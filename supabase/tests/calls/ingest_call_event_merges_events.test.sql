-- public.ingest_call_event merges each provider event into its call: a late or
-- repeated event is ignored or merged without an error, a completed call
-- reported without its answer gets a stand-in answer until the answer arrives,
-- an admin's correction survives the provider's retries, metadata keys and
-- tags are united, and only the service role may call it. Random orders and
-- concurrency are proven in tests/ingest-convergence.test.ts.
begin;
select plan(18);

select tests.create_phone('ingest-a', '+15550002101', 'America/Chicago');
select tests.add_member('ingest-a', 'ingest-admin', 'admin');

select tests.authenticate_as_service_role();

-- Completed first, answered late: the stand-in answer, then the real one.
select results_eq(
  $$select status::text, answered_at, ended_at, duration from public.ingest_call_event(
      'ingest-a', 'CAlate', '+13125550170', '2026-11-20 15:10:00+00', 'completed', duration => 542)$$,
  $$values ('completed', '2026-11-20 15:00:58+00'::timestamptz, '2026-11-20 15:10:00+00'::timestamptz, 542)$$,
  'a call first reported completed is stored with answered_at = ended_at - duration');
select results_eq(
  $$select status::text, answered_at, created_at from public.ingest_call_event(
      'ingest-a', 'CAlate', '+13125550170', '2026-11-20 15:00:58.4+00', 'answered')$$,
  $$values ('completed', '2026-11-20 15:00:58.4+00'::timestamptz, '2026-11-20 15:00:58+00'::timestamptz)$$,
  'the late "answered" is not a step back: the call stays completed, takes the reported answer time and keeps the start its end minus talk time implied');
select results_eq(
  $$select status::text, created_at, answered_at, duration from public.ingest_call_event(
      'ingest-a', 'CAlate', '+13125550170', '2026-11-20 15:00:40+00', 'ringing')$$,
  $$values ('completed', '2026-11-20 15:00:40+00'::timestamptz, '2026-11-20 15:00:58.4+00'::timestamptz, 542)$$,
  'the late "ringing" moves created_at back to when the call rang and changes nothing else');
select lives_ok(
  $$select public.ingest_call_event('ingest-a', 'CAlate', '+13125550170', '2026-11-20 15:00:58.4+00', 'answered')$$,
  'a step backwards is no error');

-- A retry that adds nothing writes nothing.
create temporary table before_retry on commit drop as
select xmin::text as version from public.calls where phone_id = 'ingest-a' and call_sid = 'CAlate';
select from public.ingest_call_event('ingest-a', 'CAlate', '+13125550170', '2026-11-20 15:10:00+00', 'completed', duration => 542);
select is(
  (select xmin::text from public.calls where phone_id = 'ingest-a' and call_sid = 'CAlate'),
  (select version from before_retry),
  'a retried event that adds nothing leaves the row untouched (no new row version, no trigger)');

-- Times: an answered call that fails gets its talk time; the times win over a wrong duration.
select from public.ingest_call_event('ingest-a', 'CAfail', '+13125550171', '2026-11-20 16:00:00+00', 'ringing');
select from public.ingest_call_event('ingest-a', 'CAfail', '+13125550171', '2026-11-20 16:00:10+00', 'answered');
select results_eq(
  $$select status::text, duration from public.ingest_call_event(
      'ingest-a', 'CAfail', '+13125550171', '2026-11-20 16:01:10+00', 'failed')$$,
  $$values ('failed', 60)$$,
  'a call that fails after being answered gets its talk time (60 s) as duration');
select results_eq(
  $$select status::text from public.ingest_call_event(
      'ingest-a', 'CAfail', '+13125550171', '2026-11-20 16:01:12+00', 'completed', duration => 62)$$,
  $$values ('failed')$$,
  'completed after failed is sideways: ignored, the call stays failed');
select from public.ingest_call_event('ingest-a', 'CAoff', '+13125550172', '2026-11-20 17:00:00+00', 'answered');
select results_eq(
  $$select duration from public.ingest_call_event(
      'ingest-a', 'CAoff', '+13125550172', '2026-11-20 17:02:00+00', 'completed', duration => 300)$$,
  $$values (120)$$,
  'a reported duration more than a second off the times gives way to the times (120 s, not 300)');

-- Content: the first report is kept, so an admin's correction survives retries.
select from public.ingest_call_event('ingest-a', 'CAlate', '+13125550170', '2026-11-20 15:10:05+00',
  transcript => 'Hello, I would like to book.', recording_url => 'https://recordings.example.com/CAlate.mp3');
select tests.authenticate_as('ingest-admin');
update public.calls set transcript = 'Hello, I would like to book a cleaning.' where call_sid = 'CAlate';
select tests.authenticate_as_service_role();
select results_eq(
  $$select transcript, recording_url from public.ingest_call_event('ingest-a', 'CAlate', '+13125550170',
      '2026-11-20 15:10:05+00', transcript => 'Hello, I would like to book.',
      recording_url => 'https://recordings.example.com/other.mp3')$$,
  $$values ('Hello, I would like to book a cleaning.', 'https://recordings.example.com/CAlate.mp3')$$,
  'a retried transcript does not overwrite the admin''s correction, nor a second recording the first');

-- Metadata: keys united (the first value of a key kept), tags united and sorted.
select from public.ingest_call_event('ingest-a', 'CAlate', '+13125550170', '2026-11-20 15:10:06+00',
  metadata => '{"intent": "booking"}', tags => array['vip', 'inbound']);
select from public.ingest_call_event('ingest-a', 'CAlate', '+13125550170', '2026-11-20 15:10:07+00',
  metadata => '{"intent": "question", "language": "en"}', tags => array['inbound', 'new-patient']);
select results_eq(
  $$select m.metadata, m.tags from public.call_metadata m join public.calls c on c.phone_id = m.phone_id and c.id = m.call_id
     where c.call_sid = 'CAlate'$$,
  $$values ('{"intent": "booking", "language": "en"}'::jsonb, array['inbound', 'new-patient', 'vip'])$$,
  'metadata keys are united keeping the first value of each, tags united without duplicates');

-- The statistics follow: one call moved to the day it rang, counted once.
select tests.clear_authentication();
select results_eq(
  $$select day, total_calls, answered_calls, completed_calls, failed_calls, total_duration
      from public.daily_call_stats where phone_id = 'ingest-a' and total_calls > 0 order by day$$,
  $$values ('2026-11-20'::date, 3, 3, 2, 1, 662::bigint)$$,
  'daily_call_stats counts the three calls once each, on the day they rang in Chicago');

-- Bad input is still refused by name.
select tests.authenticate_as_service_role();
select throws_ok(
  $$select public.ingest_call_event('ingest-a', 'CAbad', '+13125550173', null, 'ringing')$$,
  '22004', 'ingest_call_event needs occurred_at, the provider''s finite time of the event',
  'an event without its time is refused (22004)');
select throws_ok(
  $$select public.ingest_call_event('ingest-a', 'CAbad', '+13125550173', 'infinity', 'ringing')$$,
  '22004', null, 'an event at infinity is refused (22004)');
select throws_ok(
  $$select public.ingest_call_event('ingest-a', 'CA bad', '+13125550173', now(), 'ringing')$$,
  '23514', null, 'a malformed call sid is refused by calls_call_sid_format (23514)');

-- Only the telephony backend ingests.
select tests.authenticate_as('ingest-admin');
select throws_ok(
  $$select public.ingest_call_event('ingest-a', 'CAmember', '+13125550174', now(), 'ringing')$$,
  '42501', 'permission denied for function ingest_call_event',
  'an admin cannot call ingest_call_event (42501)');
select tests.authenticate_as_anon();
select throws_ok(
  $$select public.ingest_call_event('ingest-a', 'CAanon', '+13125550174', now(), 'ringing')$$,
  '42501', 'permission denied for function ingest_call_event',
  'anon cannot call ingest_call_event (42501)');
select tests.clear_authentication();
select is(has_function_privilege('service_role',
  'public.ingest_call_event(text, text, text, timestamptz, public.call_status, timestamptz, timestamptz, timestamptz, integer, text, text, text, numeric, jsonb, text[], public.call_direction, public.call_ended_reason, integer, numeric, text, text)',
  'execute'), true, 'the service role may call ingest_call_event');

-- People's direct edits keep the strict lifecycle.
select tests.authenticate_as_service_role();
select throws_ok(
  $$update public.calls set status = 'answered' where phone_id = 'ingest-a' and call_sid = 'CAlate'$$,
  '23514', 'call CAlate cannot change status from completed to answered',
  'a direct update backwards is still refused by name (23514), unlike the same event through ingest_call_event');

select * from finish();
rollback;
