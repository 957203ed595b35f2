-- calls_call_sid_format and calls_caller_number_e164 refuse malformed input:
-- a call_sid is 1 to 64 letters, digits, _ or -; a caller number is E.164
-- (+, a non-zero digit, 7 to 15 digits in all). Refused rows store nothing;
-- the longest valid values are accepted. As postgres, so only the
-- constraint can refuse.
begin;
select plan(16);

select tests.create_phone('calls-a', '+15550002001', 'America/Chicago');

-- calls_call_sid_format ---------------------------------------------------------
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CT bad 1', '+13125550121')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_call_sid_format"',
  'a call_sid with spaces is refused (calls_call_sid_format)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', '', '+13125550121')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_call_sid_format"',
  'an empty call_sid is refused (calls_call_sid_format)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CT' || repeat('x', 63), '+13125550121')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_call_sid_format"',
  'a call_sid of 65 characters is refused (calls_call_sid_format)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CT/../1', '+13125550121')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_call_sid_format"',
  'a call_sid with / and . is refused (calls_call_sid_format)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTnl1' || chr(10), '+13125550121')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_call_sid_format"',
  'a call_sid with a trailing newline is refused ($ anchors at the very end)');
select is_empty(
  $$select call_sid from public.calls where phone_id = 'calls-a' and caller_number = '+13125550121'$$,
  'the refused call_sids stored nothing');
select lives_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CT' || repeat('x', 62), '+13125550122')$$,
  'a call_sid of 64 letters is accepted');

-- calls_caller_number_e164 ------------------------------------------------------
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164a', '4155551234')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_caller_number_e164"',
  'a caller number without + is refused (calls_caller_number_e164)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164b', '+0123')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_caller_number_e164"',
  'a caller number starting +0 is refused (calls_caller_number_e164)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164c', '+1234567890123456')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_caller_number_e164"',
  'a caller number of 16 digits (longer than E.164) is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164d', '+123456')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_caller_number_e164"',
  'a caller number of 6 digits (shorter than 7) is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164e', '+1 415 555 1234')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_caller_number_e164"',
  'a caller number with spaces is refused (calls_caller_number_e164)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164f', 'anonymous')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_caller_number_e164"',
  'a withheld caller id sent as the text "anonymous" is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164g', '+13125550123' || chr(10))$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_caller_number_e164"',
  'a caller number with a trailing newline is refused (calls_caller_number_e164)');
select is_empty($$select call_sid from public.calls where call_sid like 'CTe164%'$$,
  'the refused caller numbers stored nothing');
select lives_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164ok', '+123456789012345')$$,
  'a caller number of 15 digits is accepted');

select * from finish();
rollback;
