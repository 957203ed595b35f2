-- Turns leave public.call_turns only with their call: archive_calls moves a
-- due call's turns to private.call_turns_archive with every value kept (and
-- reports how many), in the same run as the call, leaving no turn behind and
-- none twice; deleting a call deletes its turns; deleting a phone number
-- deletes its turns and its archived turns.
begin;
select plan(11);

select tests.create_phone('turn-a', '+15550008101', 'America/Chicago', 'Turn A');
-- Calls already due elsewhere are archived first, so the counts below are this file's.
do $$ begin perform private.archive_calls(p_batch_size => 100000); end $$;

insert into public.calls (phone_id, id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
values ('turn-a', '00000000-0000-4000-8000-00000000a001', 'CAOLD1', '+15550008201', 'completed',
        now() - interval '400 days', now() - interval '400 days' + interval '2 seconds',
        now() - interval '400 days' + interval '62 seconds', 60),
       ('turn-a', '00000000-0000-4000-8000-00000000a002', 'CAOLD2', '+15550008202', 'completed',
        now() - interval '390 days', now() - interval '390 days' + interval '2 seconds',
        now() - interval '390 days' + interval '32 seconds', 30),
       ('turn-a', '00000000-0000-4000-8000-00000000a003', 'CANEW1', '+15550008203', 'completed',
        now() - interval '3 days', now() - interval '3 days' + interval '2 seconds',
        now() - interval '3 days' + interval '32 seconds', 30),
       ('turn-a', '00000000-0000-4000-8000-00000000a004', 'CANEW2', '+15550008204', 'completed',
        now() - interval '2 days', now() - interval '2 days' + interval '2 seconds',
        now() - interval '2 days' + interval '32 seconds', 30);
insert into public.call_turns (phone_id, call_id, sequence, offset_ms, speaker, content, tool_name, tool_arguments)
select 'turn-a', c.id, s, s * 1000,
       case when s = 2 then 'tool' when s % 2 = 0 then 'assistant' else 'caller' end::public.turn_speaker,
       case when s = 2 then null else 'Turn ' || s || ' of ' || c.call_sid end,
       case when s = 2 then 'lookup_patient' end, case when s = 2 then jsonb_build_object('sid', c.call_sid) end
  from public.calls c, generate_series(0, 4) s where c.phone_id = 'turn-a';
create temp table turns_before as
select * from public.call_turns where phone_id = 'turn-a' and call_id = '00000000-0000-4000-8000-00000000a001';

select results_eq($$select calls_archived, metadata_archived, turns_archived from private.archive_calls()$$,
  $$values (2::bigint, 0::bigint, 10::bigint)$$, 'the run moves the 2 due calls and their 10 turns, and says so');
select results_eq(
  $$select call_id::text, count(*)::int from public.call_turns where phone_id = 'turn-a' group by 1 order by 1$$,
  $$values ('00000000-0000-4000-8000-00000000a003', 5), ('00000000-0000-4000-8000-00000000a004', 5)$$,
  'only the turns of recent calls are left in call_turns');
select results_eq(
  $$select call_id::text, count(*)::int from private.call_turns_archive where phone_id = 'turn-a' group by 1 order by 1$$,
  $$values ('00000000-0000-4000-8000-00000000a001', 5), ('00000000-0000-4000-8000-00000000a002', 5)$$,
  'the archived calls'' turns are all in call_turns_archive');
select is(
  (select jsonb_agg(to_jsonb(a) - 'archived_at' order by a.sequence) from private.call_turns_archive a
    where a.phone_id = 'turn-a' and a.call_id = '00000000-0000-4000-8000-00000000a001'),
  (select jsonb_agg(to_jsonb(b) order by b.sequence) from turns_before b),
  'an archived turn keeps every column value it had, tool name and arguments included');
select is_empty(
  $$select 1 from private.call_turns_archive a left join private.calls_archive c on c.phone_id = a.phone_id and c.id = a.call_id
     where c.id is null$$,
  'every archived turn belongs to an archived call');
select results_eq($$select calls_archived, turns_archived from private.archive_calls()$$,
  $$values (0::bigint, 0::bigint)$$, 'a second run moves nothing');

select tests.authenticate_as_service_role();
select throws_ok(
  $$select * from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a001',
      '[{"sequence": 9, "speaker": "caller", "content": "A year late.", "offset_ms": 90000}]')$$,
  '23503', null, 'a turn arriving for an archived call is refused (23503), not stored apart from its call');
select tests.clear_authentication();

delete from public.calls where phone_id = 'turn-a' and id = '00000000-0000-4000-8000-00000000a003';
select is_empty($$select 1 from public.call_turns where call_id = '00000000-0000-4000-8000-00000000a003'$$,
  'deleting a call deletes its turns');
select is((select count(*)::int from public.call_turns where phone_id = 'turn-a'), 5, 'the other call keeps its turns');

delete from public.phone_numbers where id = 'turn-a';
select is_empty($$select 1 from public.call_turns where phone_id = 'turn-a'$$, 'deleting the phone number deletes its turns');
select is_empty($$select 1 from private.call_turns_archive where phone_id = 'turn-a'$$,
  'and its archived turns, with its archived calls');

select * from finish();
rollback;
