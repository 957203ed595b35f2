-- The counts of callers follow the calls through ingest_call_event, whatever
-- the order and repetition of the webhooks: the same events, in order on one
-- phone and reversed and repeated on another, give the same callers rows,
-- equal to a recomputation; a late "ringing" moves first and last back with
-- the call's start; archiving changes nothing; deleting uncounts (and a caller
-- left without calls keeps the row, empty); a call moved to another caller or
-- phone moves its count; a phone's deletion takes its callers. The race of
-- many connections is in tests/ingest-convergence.test.ts.
begin;
select plan(18);

select tests.create_phone('callers-a', '+15550003101', 'America/Chicago');
select tests.create_phone('callers-b', '+15550003102', 'America/Chicago');

-- Three calls of two callers, each with its events.
create temp table events (n integer, call_sid text, caller text, occurred_at timestamptz, status public.call_status,
                          duration integer) on commit drop;
insert into events values
  (1, 'CAone', '+13125550101', '2026-11-20 15:00:00+00', 'ringing', null),
  (2, 'CAone', '+13125550101', '2026-11-20 15:00:08+00', 'answered', null),
  (3, 'CAone', '+13125550101', '2026-11-20 15:05:08+00', 'completed', 300),
  (4, 'CAtwo', '+13125550102', '2026-11-21 09:00:00+00', 'ringing', null),
  (5, 'CAtwo', '+13125550102', '2026-11-21 09:00:30+00', 'failed', null),
  (6, 'CAthree', '+13125550101', '2026-11-22 18:30:00+00', 'ringing', null),
  (7, 'CAthree', '+13125550101', '2026-11-22 18:30:05+00', 'answered', null),
  (8, 'CAthree', '+13125550101', '2026-11-22 18:32:05+00', 'completed', 120);
grant select on events to service_role;

select tests.authenticate_as_service_role();
-- In order on callers-a; on callers-b reversed, every event twice.
select count(*) from (
  select public.ingest_call_event('callers-a', e.call_sid, e.caller, e.occurred_at, e.status, duration => e.duration)
    from events e order by e.n) x;
select count(*) from (
  select public.ingest_call_event('callers-b', e.call_sid, e.caller, e.occurred_at, e.status, duration => e.duration)
    from events e, generate_series(1, 2) g order by e.n desc, g) x;
select tests.clear_authentication();

select results_eq(
  $$select caller_number, call_count, first_call_at, last_call_at from public.callers where phone_id = 'callers-a' order by 1$$,
  $$values ('+13125550101', 2, '2026-11-20 15:00:00+00'::timestamptz, '2026-11-22 18:30:00+00'::timestamptz),
           ('+13125550102', 1, '2026-11-21 09:00:00+00'::timestamptz, '2026-11-21 09:00:00+00'::timestamptz)$$,
  'events in order: one row per caller, counting calls (not events), first and last the calls'' starts'
);
select results_eq(
  $$select caller_number, call_count, first_call_at, last_call_at from public.callers where phone_id = 'callers-b' order by 1$$,
  $$select caller_number, call_count, first_call_at, last_call_at from public.callers where phone_id = 'callers-a' order by 1$$,
  'the same events reversed and each sent twice give the same callers rows'
);
select tests.callers_match(array['callers-a', 'callers-b'], 'after the events');

-- A retry that changes nothing writes nothing.
create temp table before_retry on commit drop as
select caller_number, ctid::text as version from public.callers where phone_id = 'callers-a';
select tests.authenticate_as_service_role();
select from public.ingest_call_event('callers-a', 'CAthree', '+13125550101', '2026-11-22 18:32:05+00', 'completed', duration => 120);
select from public.ingest_call_event('callers-a', 'CAthree', '+13125550101', '2026-11-22 18:32:06+00', transcript => 'Booked.');
select tests.clear_authentication();
select is_empty(
  $$select caller_number, ctid::text from public.callers where phone_id = 'callers-a'
    except select * from before_retry$$,
  'a retried event and a transcript leave the callers rows untouched (no new row version)'
);

-- A late "ringing" that moves the caller's last call back in time.
select tests.authenticate_as_service_role();
select from public.ingest_call_event('callers-a', 'CAthree', '+13125550101', '2026-11-22 18:29:00+00', 'ringing');
select tests.clear_authentication();
select results_eq(
  $$select call_count, first_call_at, last_call_at from public.callers where phone_id = 'callers-a' and caller_number = '+13125550101'$$,
  $$values (2, '2026-11-20 15:00:00+00'::timestamptz, '2026-11-22 18:29:00+00'::timestamptz)$$,
  'a late ringing that moves the latest call''s start back moves last_call_at back with it'
);
-- ... and one that moves the first call back.
select tests.authenticate_as_service_role();
select from public.ingest_call_event('callers-a', 'CAone', '+13125550101', '2026-11-20 14:59:00+00', 'ringing');
select tests.clear_authentication();
select results_eq(
  $$select call_count, first_call_at from public.callers where phone_id = 'callers-a' and caller_number = '+13125550101'$$,
  $$values (2, '2026-11-20 14:59:00+00'::timestamptz)$$,
  'a late ringing of the first call moves first_call_at back'
);
select tests.callers_match(array['callers-a'], 'after late ringings');

-- Archiving changes nothing.
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
values ('callers-a', 'CAold', '+13125550103', 'completed', now() - interval '400 days',
        now() - interval '400 days' + interval '5 seconds', now() - interval '400 days' + interval '65 seconds', 60);
update public.calls set created_at = now() - interval '400 days' where phone_id = 'callers-a' and call_sid = 'CAone';
create temp table archived on commit drop as
select caller_number, call_count, first_call_at, last_call_at, ctid::text as version from public.callers where phone_id = 'callers-a';
select is((select calls_archived from private.archive_calls()) >= 2, true, 'the archive moves the two old calls');
select is((select count(*)::int from private.calls_archive where phone_id = 'callers-a'), 2, 'both are in the archive');
select results_eq(
  $$select caller_number, call_count, first_call_at, last_call_at, ctid::text from public.callers where phone_id = 'callers-a' order by 1$$,
  $$select * from archived order by 1$$,
  'archiving changes no callers row, nor writes one (no new row version): archived calls still count'
);
select tests.callers_match(array['callers-a'], 'after archiving');

-- Deleting: the archived first call, then a caller's only call.
delete from private.calls_archive where phone_id = 'callers-a' and call_sid = 'CAone';
select results_eq(
  $$select call_count, first_call_at, last_call_at from public.callers where phone_id = 'callers-a' and caller_number = '+13125550101'$$,
  $$select 1, created_at, created_at from public.calls where phone_id = 'callers-a' and call_sid = 'CAthree'$$,
  'deleting the caller''s first (archived) call uncounts it and makes the next call the first'
);
update public.callers set notes = 'Prefers mornings.', opted_out = true
 where phone_id = 'callers-a' and caller_number = '+13125550102';
delete from public.calls where phone_id = 'callers-a' and call_sid = 'CAtwo';
select results_eq(
  $$select call_count, first_call_at, last_call_at, notes, opted_out from public.callers
     where phone_id = 'callers-a' and caller_number = '+13125550102'$$,
  $$values (0, null::timestamptz, null::timestamptz, 'Prefers mornings.', true)$$,
  'a caller whose only call is deleted keeps the row, with no calls, the notes and the opt-out'
);
select tests.callers_match(array['callers-a'], 'after deletes');

-- A call moved to another caller (a corrected number) and to another phone.
update public.calls set caller_number = '+13125550104' where phone_id = 'callers-a' and call_sid = 'CAthree';
select results_eq(
  $$select caller_number, call_count from public.callers where phone_id = 'callers-a' and call_count > 0 order by 1$$,
  $$values ('+13125550103', 1), ('+13125550104', 1)$$,
  'a call given another number leaves its old caller and counts for the new one'
);
update private.calls_archive set phone_id = 'callers-b' where phone_id = 'callers-a' and call_sid = 'CAold';
select tests.callers_match(array['callers-a', 'callers-b'], 'after calls moved to another caller and phone');

-- Deleting a phone takes its callers and leaves the other phone's as they are.
delete from public.phone_numbers where id = 'callers-b';
select is_empty($$select from public.callers where phone_id = 'callers-b'$$, 'a deleted phone''s callers go with it');
select tests.callers_match(array['callers-a'], 'after another phone was deleted');

select * from finish();
rollback;
