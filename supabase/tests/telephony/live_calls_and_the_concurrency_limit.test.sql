-- Live calls: the service role admits calls while a phone number has free
-- slots and refuses the next with 53400; a retried claim admits the same call
-- again; heartbeats and releases report a slot that is gone; the reaper frees
-- silent slots and fails their calls. Members read their live calls, nobody
-- else does, and no API role writes them or sets the limit.
begin;
select plan(25);

-- live-a: limit 2, owner ann, viewer vic. live-b: owner bo.
select tests.create_phone('live-a', '+15550008001', 'America/Chicago', 'Live A');
select tests.create_phone('live-b', '+15550008002', 'America/Chicago', 'Live B');
select tests.add_member('live-a', 'ann-owner', 'owner');
select tests.add_member('live-a', 'vic-viewer', 'viewer');
select tests.add_member('live-b', 'bo-owner', 'owner');
update public.phone_numbers set max_concurrent_calls = 2 where id = 'live-a';

-- Admission ---------------------------------------------------------------------------
select tests.authenticate_as_service_role();
select is((public.claim_call_slot('live-a', 'CAlive1', 'worker-1')).call_sid, 'CAlive1', 'the first call on live-a is admitted');
select is((public.claim_call_slot('live-a', 'CAlive2')).call_sid, 'CAlive2', 'the second call on live-a is admitted');
select throws_ok($$select public.claim_call_slot('live-a', 'CAlive3')$$,
  '53400', 'phone number live-a has 2 calls in progress, its limit', 'a third call on live-a is refused (53400)');
select is((public.claim_call_slot('live-a', 'CAlive1')).worker, 'worker-1',
  'a retried claim of an admitted call admits it again, keeping its worker');
select is((select count(*)::int from public.live_calls where phone_id = 'live-a'), 2, 'live-a still has two live calls');
select is((public.claim_call_slot('live-b', 'CAlive3')).phone_id, 'live-b', 'the same sid on live-b is live-b''s own slot');
select throws_ok($$select public.claim_call_slot('live-z', 'CAlive9')$$, 'P0002', 'no phone number live-z',
  'a claim for an unknown phone number is refused (P0002)');
select throws_ok($$select public.claim_call_slot('live-b', 'not a sid!')$$, '23514',
  'new row for relation "live_calls" violates check constraint "live_calls_call_sid_format"',
  'a malformed call sid is refused by name');

-- Releasing and beating.
select is(public.release_call_slot('live-a', 'CAlive2'), true, 'releasing a live call frees its slot');
select is(public.release_call_slot('live-a', 'CAlive2'), false, 'releasing it again reports it was already free');
select is(public.heartbeat_call_slot('live-a', 'CAlive2'), false, 'a heartbeat for a released call reports it gone');
select is(public.heartbeat_call_slot('live-a', 'CAlive1'), true, 'a heartbeat for a live call keeps it');
select is((public.claim_call_slot('live-a', 'CAlive4')).call_sid, 'CAlive4', 'the freed slot admits another call');

select tests.clear_authentication();
select ok(exists (select from pg_publication_tables where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = 'live_calls'),
  'Realtime streams live_calls (publication supabase_realtime)');

-- Reaping -------------------------------------------------------------------------------
-- CAlive1 has a call row (answered) and falls silent; CAlive4 keeps beating.
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at)
values ('live-a', 'CAlive1', '+13125550101', 'answered', now() - interval '5 minutes', now() - interval '4 minutes');
update public.live_calls set claimed_at = now() - interval '5 minutes', heartbeat_at = now() - interval '2 minutes'
 where phone_id = 'live-a' and call_sid = 'CAlive1';
select is(private.reap_call_slots(), 1, 'the reaper frees the one slot silent for more than 90 seconds');
select results_eq($$select call_sid from public.live_calls where phone_id = 'live-a'$$, $$values ('CAlive4')$$,
  'the beating call keeps its slot');
select results_eq(
  $$select status::text, ended_at is not null, ended_reason::text
      from public.calls c where c.phone_id = 'live-a' and c.call_sid = 'CAlive1'$$,
  $$values ('failed', true, 'heartbeat_lost')$$,
  'the reaped call failed, ended, with ended_reason heartbeat_lost');
select is(private.reap_call_slots(), 0, 'reaping again frees nothing');
select is((select count(*)::int from cron.job where jobname = 'reap-call-slots' and command like '%reap_call_slots%'), 1,
  'pg_cron runs the reaper');

-- Who reads and writes them ----------------------------------------------------------
select tests.authenticate_as('vic-viewer');
select results_eq($$select phone_id, call_sid from public.live_calls order by 1, 2$$, $$values ('live-a', 'CAlive4')$$,
  'viewer vic sees live-a''s live call and not live-b''s');
select throws_ok($$select public.claim_call_slot('live-a', 'CAvic')$$, '42501', null,
  'a member cannot claim a slot (42501)');
select throws_ok($$delete from public.live_calls$$, '42501', 'permission denied for table live_calls',
  'a member cannot delete live calls (42501)');
select tests.authenticate_as('ann-owner');
select throws_ok($$update public.phone_numbers set max_concurrent_calls = 100 where id = 'live-a'$$, '42501',
  'permission denied for table phone_numbers', 'an owner cannot raise her own limit (42501)');
select tests.authenticate_as('bo-owner');
select results_eq($$select phone_id from public.live_calls$$, $$values ('live-b')$$, 'owner bo sees only live-b''s live call');
select tests.authenticate_as_anon();
select throws_ok($$select 1 from public.live_calls$$, '42501', 'permission denied for table live_calls',
  'anon cannot read live calls (42501)');

select * from finish();
rollback;
