-- A call needs its phone_id, call_sid, caller_number, status and duration
-- (NOT NULL), a status from the lifecycle enum, a phone number that exists,
-- and a call_sid its phone does not have yet. Refused calls store nothing. As
-- postgres, so only the constraint can refuse.
begin;
select plan(9);

select tests.create_phone('calls-a', '+15550002001', 'America/Chicago');
insert into public.calls (phone_id, call_sid, caller_number) values
  ('calls-a', 'CTa1', '+13125550101'),
  ('calls-a', 'CTcheck1', '+13125550120');

select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTnull1', null)$$,
  '23502', 'null value in column "caller_number" of relation "calls" violates not-null constraint',
  'a call without caller_number is refused (23502)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', null, '+13125550130')$$,
  '23502', 'null value in column "call_sid" of relation "calls" violates not-null constraint',
  'a call without call_sid is refused (23502)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status) values ('calls-a', 'CTnull3', '+13125550130', null)$$,
  '23502', 'null value in column "status" of relation "calls" violates not-null constraint',
  'a call with a null status is refused (23502)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values (null, 'CTnull4', '+13125550130')$$,
  '23502', 'null value in column "phone_id" of relation "calls" violates not-null constraint',
  'a call without phone_id is refused (23502)');
select throws_ok(
  $$update public.calls set duration = null where call_sid = 'CTcheck1'$$,
  '23502', 'null value in column "duration" of relation "calls" violates not-null constraint',
  'setting a call''s duration to null is refused (23502)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status) values ('calls-a', 'CTenum', '+13125550130', 'busy')$$,
  '22P02', 'invalid input value for enum call_status: "busy"',
  'a status outside the lifecycle (busy) is refused (22P02)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-zz', 'CTfk1', '+13125550130')$$,
  '23503', 'insert or update on table "calls" violates foreign key constraint "calls_phone_id_fkey"',
  'a call of an unknown phone number is refused (calls_phone_id_fkey)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTa1', '+13125550130')$$,
  '23505', 'duplicate key value violates unique constraint "calls_call_sid_key"',
  'a plain insert of a call_sid the phone already has is refused (calls_call_sid_key)');
select is_empty(
  $$select call_sid from public.calls where call_sid in ('CTnull1', 'CTnull3', 'CTnull4', 'CTenum', 'CTfk1')
     or caller_number = '+13125550130'$$,
  'the refused calls stored nothing');

select * from finish();
rollback;
