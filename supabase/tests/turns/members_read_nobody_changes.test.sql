-- Turns are append-only through the API: members of every level read their
-- phones' turns in sequence order, members of another phone and outsiders
-- read none, and nobody (owner, admin, viewer, anon, the service role)
-- updates or deletes a turn, or inserts one as a member: each refused with
-- 42501 and nothing changed.
begin;
select plan(16);

select tests.create_phone('turn-a', '+15550008101', 'America/Chicago', 'Turn A');
select tests.create_phone('turn-b', '+15550008102', 'America/Chicago', 'Turn B');
select tests.add_member('turn-a', 'tia-owner', 'owner');
select tests.add_member('turn-a', 'tom-admin', 'admin');
select tests.add_member('turn-a', 'tess-viewer', 'viewer');
select tests.add_member('turn-b', 'tobi-owner', 'owner');
select tests.create_supabase_user('tara-outsider');
insert into public.calls (phone_id, id, call_sid, caller_number, status)
values ('turn-a', '00000000-0000-4000-8000-00000000a001', 'CATURN1', '+15550008201', 'answered'),
       ('turn-b', '00000000-0000-4000-8000-00000000b001', 'CATURN1', '+15550008202', 'answered');
-- Inserted out of order, as webhooks arrive.
insert into public.call_turns (phone_id, call_id, sequence, offset_ms, speaker, content) values
  ('turn-a', '00000000-0000-4000-8000-00000000a001', 2, 5000, 'assistant', 'Certainly.'),
  ('turn-a', '00000000-0000-4000-8000-00000000a001', 0, 0, 'assistant', 'Hello, Turn A.'),
  ('turn-a', '00000000-0000-4000-8000-00000000a001', 1, 2100, 'caller', 'Hi, a question.'),
  ('turn-b', '00000000-0000-4000-8000-00000000b001', 0, 0, 'assistant', 'Hello, Turn B.');
create temp table before as select * from public.call_turns where phone_id in ('turn-a', 'turn-b');
grant select on before to authenticated, service_role;

select tests.authenticate_as('tess-viewer');
select results_eq(
  $$select sequence, content from public.call_turns
     where phone_id = 'turn-a' and call_id = '00000000-0000-4000-8000-00000000a001' order by sequence$$,
  $$values (0, 'Hello, Turn A.'), (1, 'Hi, a question.'), (2, 'Certainly.')$$,
  'a viewer reads the turns of a call of their phone, in sequence order');
select is_empty($$select 1 from public.call_turns where phone_id = 'turn-b'$$, 'a viewer reads no turn of another phone');
select throws_ok($$update public.call_turns set content = 'Edited' where phone_id = 'turn-a'$$,
  '42501', 'permission denied for table call_turns', 'a viewer cannot update a turn (42501)');

select tests.authenticate_as('tom-admin');
select is((select count(*)::int from public.call_turns where phone_id = 'turn-a'), 3, 'an admin reads the phone''s turns');
select throws_ok($$update public.call_turns set content = 'Edited' where phone_id = 'turn-a'$$,
  '42501', 'permission denied for table call_turns', 'an admin cannot update a turn (42501)');
select throws_ok($$delete from public.call_turns where phone_id = 'turn-a'$$,
  '42501', 'permission denied for table call_turns', 'an admin cannot delete a turn (42501)');

select tests.authenticate_as('tia-owner');
select throws_ok($$delete from public.call_turns where phone_id = 'turn-a'$$,
  '42501', 'permission denied for table call_turns', 'an owner cannot delete a turn (42501)');
select throws_ok(
  $$insert into public.call_turns (phone_id, call_id, sequence, offset_ms, speaker, content)
    values ('turn-a', '00000000-0000-4000-8000-00000000a001', 3, 9000, 'caller', 'Made up.')$$,
  '42501', 'permission denied for table call_turns', 'an owner cannot insert a turn (42501)');
select throws_ok($$truncate public.call_turns$$, '42501', 'permission denied for table call_turns',
  'an owner cannot truncate the turns (42501)');

select tests.authenticate_as('tobi-owner');
select is_empty($$select 1 from public.call_turns where phone_id = 'turn-a'$$, 'the owner of another phone reads none of its turns');
select tests.authenticate_as('tara-outsider');
select is_empty($$select 1 from public.call_turns$$, 'an outsider reads no turn');

select tests.authenticate_as_anon();
select throws_ok($$select * from public.call_turns$$, '42501', 'permission denied for table call_turns',
  'anon cannot read turns (42501)');

select tests.authenticate_as_service_role();
select throws_ok($$update public.call_turns set content = 'Edited' where phone_id = 'turn-a'$$,
  '42501', 'permission denied for table call_turns', 'the service role cannot update a turn (42501)');
select throws_ok($$delete from public.call_turns where phone_id = 'turn-a'$$,
  '42501', 'permission denied for table call_turns', 'the service role cannot delete a turn (42501)');
select throws_ok(
  $$insert into public.call_turns (phone_id, call_id, sequence, offset_ms, speaker, content)
    values ('turn-a', '00000000-0000-4000-8000-00000000a001', 0, 0, 'assistant', 'Hello, Turn A.')$$,
  '23505', null, 'a plain insert of a stored turn fails on the key (23505): retries go through record_call_turns');

select tests.clear_authentication();
select results_eq(
  $$select * from public.call_turns where phone_id in ('turn-a', 'turn-b') order by phone_id, sequence$$,
  $$select * from before order by phone_id, sequence$$,
  'every turn is as it was');

select * from finish();
rollback;
