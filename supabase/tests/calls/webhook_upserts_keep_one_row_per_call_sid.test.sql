-- Webhook upserts by the telephony backend (service role) on (phone_id,
-- call_sid): ringing, answered and completed, each delivered twice, leave one
-- row with the first id; a stale retry after completion is refused by the
-- lifecycle, or acknowledged without a change by the guarded upsert the table
-- comment recommends. call_sid is unique per tenant, not globally.
begin;
select plan(17);

select tests.create_phone('calls-a', '+15550002001', 'America/Chicago');
select tests.create_phone('calls-b', '+15550002002', 'Europe/Berlin');

select tests.authenticate_as_service_role();
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('calls-a', 'CTwebhook1', '+13125550160', 'ringing')
    on conflict (phone_id, call_sid) do update set status = excluded.status$$,
  'the ringing webhook inserts the call');

-- The id the first webhook created, kept as postgres to compare at the end.
select tests.clear_authentication();
create temporary table webhook_first on commit drop as
select id from public.calls where phone_id = 'calls-a' and call_sid = 'CTwebhook1';
select tests.authenticate_as_service_role();

select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('calls-a', 'CTwebhook1', '+13125550160', 'ringing')
    on conflict (phone_id, call_sid) do update set status = excluded.status$$,
  'a retried ringing webhook is accepted');
select results_eq(
  $$select status::text, answered_at, ended_at from public.calls where phone_id = 'calls-a' and call_sid = 'CTwebhook1'$$,
  $$values ('ringing', null::timestamptz, null::timestamptz)$$,
  'after the ringing webhook and its retry there is one ringing call');
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('calls-a', 'CTwebhook1', '+13125550160', 'answered')
    on conflict (phone_id, call_sid) do update set status = excluded.status$$,
  'the answered webhook upserts the call');
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('calls-a', 'CTwebhook1', '+13125550160', 'answered')
    on conflict (phone_id, call_sid) do update set status = excluded.status$$,
  'a retried answered webhook is accepted');
select results_eq(
  $$select status::text, answered_at = now() from public.calls where phone_id = 'calls-a' and call_sid = 'CTwebhook1'$$,
  $$values ('answered', true)$$,
  'after the answered webhooks there is one answered call, answered_at set');
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status, duration, recording_url)
    values ('calls-a', 'CTwebhook1', '+13125550160', 'completed', 42, 'https://recordings.example.com/CTwebhook1.mp3')
    on conflict (phone_id, call_sid) do update
      set status = excluded.status, duration = excluded.duration, recording_url = excluded.recording_url$$,
  'the completed webhook upserts the call');
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status, duration, recording_url)
    values ('calls-a', 'CTwebhook1', '+13125550160', 'completed', 42, 'https://recordings.example.com/CTwebhook1.mp3')
    on conflict (phone_id, call_sid) do update
      set status = excluded.status, duration = excluded.duration, recording_url = excluded.recording_url$$,
  'a retried completed webhook is accepted');
select results_eq(
  $$select count(*)::int, min(status::text), min(duration), bool_and(ended_at = answered_at + interval '42 seconds'),
           min(recording_url)
      from public.calls where phone_id = 'calls-a' and call_sid = 'CTwebhook1'$$,
  $$values (1, 'completed', 42, true, 'https://recordings.example.com/CTwebhook1.mp3')$$,
  'ringing, answered and completed webhooks, each delivered twice, leave exactly one completed call of 42 s'
);

-- A stale retry after the call completed ---------------------------------------------
select throws_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('calls-a', 'CTwebhook1', '+13125550160', 'answered')
    on conflict (phone_id, call_sid) do update set status = excluded.status$$,
  '23514', 'call CTwebhook1 cannot change status from completed to answered',
  'an answered webhook retried after the call completed is refused by the lifecycle');
select results_eq(
  $$select count(*)::int, min(status::text) from public.calls where phone_id = 'calls-a' and call_sid = 'CTwebhook1'$$,
  $$values (1, 'completed')$$,
  'the late answered webhook left the completed call as it was');
select is_empty(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('calls-a', 'CTwebhook1', '+13125550160', 'answered')
    on conflict (phone_id, call_sid) do update set status = excluded.status
      where c.status in ('ringing', 'answered') and c.status < excluded.status
    returning 1$$,
  'a stale answered retry through the guarded upsert updates nothing and raises nothing');
select throws_ok(
  $$update public.calls set answered_at = null where phone_id = 'calls-a' and call_sid = 'CTwebhook1'$$,
  '23514', null,
  'clearing answered_at of a completed call is refused by a check constraint (23514), not silently refilled');
select isnt_empty(
  $$select 1 from public.calls where phone_id = 'calls-a' and call_sid = 'CTwebhook1' and answered_at is not null$$,
  'the completed call kept its answered_at');

-- The same call_sid on the other tenant ------------------------------------------------
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('calls-b', 'CTwebhook1', '+49305550160', 'ringing')
    on conflict (phone_id, call_sid) do update set status = excluded.status$$,
  'the same call_sid is accepted for the other tenant');
select results_eq(
  $$select phone_id, status::text from public.calls where call_sid = 'CTwebhook1' order by phone_id$$,
  $$values ('calls-a', 'completed'), ('calls-b', 'ringing')$$,
  'call_sid is unique per tenant, not globally: each tenant has its own CTwebhook1, untouched by the other');

select tests.clear_authentication();
select results_eq(
  $$select id from public.calls where phone_id = 'calls-a' and call_sid = 'CTwebhook1'$$,
  $$select id from webhook_first$$,
  'the upserts kept the id the first webhook created');

select * from finish();
rollback;
