-- record_call_turns, as the telephony backend calls it with the service role:
-- turns are stored once, a retry of the same turns (alone, overlapping new
-- ones, in another order) is a no-op that says so, a changed turn is refused
-- with 23505 naming call_turns_pkey and nothing of its batch is stored, a
-- turn of a call not recorded yet is refused by the foreign key, a malformed
-- batch by name, and the rules of tool turns by their constraints.
begin;
select plan(17);

select tests.create_phone('turn-a', '+15550008101', 'America/Chicago', 'Turn A');
insert into public.calls (phone_id, id, call_sid, caller_number, status)
values ('turn-a', '00000000-0000-4000-8000-00000000a001', 'CATURN1', '+15550008201', 'answered');

select tests.authenticate_as_service_role();
create temp table sent (name text, sequence integer, recorded boolean);
grant all on sent to service_role;

insert into sent select 'first', r.* from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a001',
  '[{"sequence": 0, "speaker": "assistant", "content": "Hello, Turn A.", "offset_ms": 0},
    {"sequence": 1, "speaker": "caller", "content": "Hi, can I book a visit?", "offset_ms": 2400}]') r;
select results_eq($$select sequence, recorded from sent where name = 'first' order by 1$$,
  $$values (0, true), (1, true)$$, 'a new batch is stored, and each turn says so');

insert into sent select 'retry', r.* from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a001',
  '[{"sequence": 1, "speaker": "caller", "content": "Hi, can I book a visit?", "offset_ms": 2400},
    {"sequence": 0, "speaker": "assistant", "content": "Hello, Turn A.", "offset_ms": 0}]') r;
select results_eq($$select sequence, recorded from sent where name = 'retry' order by 1$$,
  $$values (0, false), (1, false)$$, 'the same turns again, in another order: no error, nothing stored, each says it was there');

insert into sent select 'overlap', r.* from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a001',
  '[{"sequence": 3, "speaker": "assistant", "content": "Booked for Tuesday at ten.", "offset_ms": 9100},
    {"sequence": 1, "speaker": "caller", "content": "Hi, can I book a visit?", "offset_ms": 2400},
    {"sequence": 2, "speaker": "tool", "tool_name": "book_appointment", "tool_arguments": {"day": "Tuesday", "time": "10:00"},
     "offset_ms": 6000},
    {"sequence": 2, "speaker": "tool", "tool_name": "book_appointment", "tool_arguments": {"time": "10:00", "day": "Tuesday"},
     "offset_ms": 6000}]') r;
select results_eq($$select sequence, recorded from sent where name = 'overlap' order by 1$$,
  $$values (1, false), (2, true), (3, true)$$,
  'a batch overlapping stored turns (and repeating one of its own) stores only the new ones, late turn first');
select results_eq(
  $$select sequence, speaker::text, offset_ms from public.call_turns
     where phone_id = 'turn-a' and call_id = '00000000-0000-4000-8000-00000000a001' order by sequence$$,
  $$values (0, 'assistant', 0), (1, 'caller', 2400), (2, 'tool', 6000), (3, 'assistant', 9100)$$,
  'one row per turn, in sequence order, whatever order they came in'
);

select throws_ok(
  $$select * from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a001',
      '[{"sequence": 4, "speaker": "caller", "content": "Thanks!", "offset_ms": 12000},
        {"sequence": 1, "speaker": "caller", "content": "Hi, can I book a cleaning?", "offset_ms": 2400}]')$$,
  '23505', 'turn 1 of call 00000000-0000-4000-8000-00000000a001 is already recorded with other content',
  'the same sequence with other content is refused (23505)');
select is(tests.error_of($$select * from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a001',
             '[{"sequence": 0, "speaker": "assistant", "content": "Hello, Turn A.", "offset_ms": 1}]')$$),
  '23505 call_turns_pkey: turn 0 of call 00000000-0000-4000-8000-00000000a001 is already recorded with other content',
  'a changed offset is refused too, naming call_turns_pkey');
select is_empty(
  $$select 1 from public.call_turns where phone_id = 'turn-a' and sequence = 4$$,
  'nothing of a refused batch is stored (its new turn 4 neither)'
);
select is((select content from public.call_turns where phone_id = 'turn-a' and sequence = 1), 'Hi, can I book a visit?',
  'the stored turn keeps its content');

select throws_ok(
  $$select * from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a0ff',
      '[{"sequence": 0, "speaker": "caller", "content": "Early bird.", "offset_ms": 0}]')$$,
  '23503', null, 'a turn of a call not recorded yet is refused by the foreign key (23503): the provider retries');
select throws_ok(
  $$select * from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a001',
      '[{"sequence": 5, "speaker": "caller", "text": "Wrong key.", "offset_ms": 0}]')$$,
  '22023', 'turns may hold objects with sequence, speaker, content, offset_ms, tool_name and tool_arguments only, got text',
  'an unknown key is refused by name (22023), not ignored');
select throws_ok(
  $$select * from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a001', '{"sequence": 5}')$$,
  '22023', 'turns must be a JSON array of 1 to 1000 turns', 'turns that are not an array are refused (22023)');
select throws_ok(
  $$select * from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a001',
      '[{"sequence": 5, "speaker": "tool", "content": "ok", "tool_arguments": {"q": 1}, "offset_ms": 100}]')$$,
  '23514', 'new row for relation "call_turns" violates check constraint "call_turns_tool_name_for_tool"',
  'a tool turn without a tool name is refused by name');
select throws_ok(
  $$select * from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a001',
      '[{"sequence": 5, "speaker": "caller", "content": "Hi", "offset_ms": 100, "tool_name": "lookup"}]')$$,
  '23514', 'new row for relation "call_turns" violates check constraint "call_turns_tool_name_for_tool"',
  'a caller turn with a tool name is refused by name');
select throws_ok(
  $$select * from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a001',
      '[{"sequence": 5, "speaker": "tool", "tool_name": "lookup", "offset_ms": 100}]')$$,
  '23514', 'new row for relation "call_turns" violates check constraint "call_turns_tool_arguments_for_tool"',
  'a tool turn without arguments is refused by name');
select throws_ok(
  $$select * from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a001',
      '[{"sequence": 5, "speaker": "assistant", "offset_ms": 100}]')$$,
  '23514', 'new row for relation "call_turns" violates check constraint "call_turns_content_unless_tool"',
  'an assistant turn without content is refused by name');
select throws_ok(
  $$select * from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a001',
      '[{"sequence": 5, "speaker": "caller", "content": "Hi", "offset_ms": 86400001}]')$$,
  '23514', 'new row for relation "call_turns" violates check constraint "call_turns_offset_ms_range"',
  'an offset past a day is refused by name');
select lives_ok(
  $$select * from public.record_call_turns('turn-a', '00000000-0000-4000-8000-00000000a001',
      '[{"sequence": 5, "speaker": "tool", "tool_name": "end_call", "tool_arguments": {}, "offset_ms": 13000}]')$$,
  'a tool turn with a name and empty arguments, without content, is stored');

select * from finish();
rollback;
