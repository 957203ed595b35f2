-- calls_recording_url_https and calls_ai_confidence_range: a recording is
-- only ever an https URL, and the AI's confidence is 0 to 1 or null (not
-- scored), on insert and on update. Refused values store nothing. As
-- postgres, so only the constraint can refuse; CTcheck1 takes the updates.
begin;
select plan(8);

select tests.create_phone('calls-a', '+15550002001', 'America/Chicago');
insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTcheck1', '+13125550120');

-- calls_recording_url_https -------------------------------------------------------
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, recording_url)
    values ('calls-a', 'CTurl1', '+13125550124', 'http://recordings.example.com/CTurl1.mp3')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_recording_url_https"',
  'an http recording_url is refused (calls_recording_url_https)');
select throws_ok(
  $$update public.calls set recording_url = 'recordings.example.com/CTcheck1.mp3' where call_sid = 'CTcheck1'$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_recording_url_https"',
  'a recording_url without a scheme is refused on update');
select is_empty(
  $$select 1 from public.calls where call_sid = 'CTurl1' or (call_sid = 'CTcheck1' and recording_url is not null)$$,
  'the refused recording urls stored nothing');

-- calls_ai_confidence_range -------------------------------------------------------
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, ai_confidence) values ('calls-a', 'CTconf1', '+13125550129', 1.5)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ai_confidence_range"',
  'an ai_confidence of 1.5 is refused (calls_ai_confidence_range)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, ai_confidence) values ('calls-a', 'CTconf2', '+13125550129', -0.1)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ai_confidence_range"',
  'an ai_confidence of -0.1 is refused (calls_ai_confidence_range)');
select throws_ok(
  $$update public.calls set ai_confidence = 1.01 where call_sid = 'CTcheck1'$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ai_confidence_range"',
  'an ai_confidence of 1.01 is refused on update');
select is_empty(
  $$select 1 from public.calls where call_sid in ('CTconf1', 'CTconf2') or (call_sid = 'CTcheck1' and ai_confidence is not null)$$,
  'the refused confidences stored nothing');
select results_eq(
  $$insert into public.calls (phone_id, call_sid, caller_number, ai_confidence)
    values ('calls-a', 'CTconf3', '+13125550129', 0), ('calls-a', 'CTconf4', '+13125550129', 1),
           ('calls-a', 'CTconf5', '+13125550129', null)
    returning ai_confidence$$,
  $$values (0.00::numeric(3,2)), (1.00::numeric(3,2)), (null::numeric(3,2))$$,
  'ai_confidence 0, 1 and null (not scored) are accepted');

select * from finish();
rollback;
