-- A viewer of calls-a reads exactly the calls and metadata of calls-a but
-- changes nothing: updates of the columns admins may correct are filtered to
-- 0 rows by RLS, every other column and insert or delete is refused (42501),
-- and afterwards every row is as the fixture made it.
begin;
select plan(13);

select tests.create_calls_fixture();
select tests.authenticate_as('calls-a-viewer');

select results_eq($$select call_sid from public.calls order by call_sid$$,
  $$values ('CTa1'), ('CTa2'), ('CTa3')$$,
  'the viewer of calls-a sees exactly the three calls of calls-a');
select results_eq($$select count(*)::int from public.call_metadata$$, $$values (2)$$,
  'the viewer of calls-a sees exactly the two metadata rows of calls-a');

-- Columns admins may correct: RLS filters the viewer's updates to nothing.
select is_empty($$update public.calls set transcript = 'viewer was here' where phone_id = 'calls-a' returning 1$$,
  'the viewer of calls-a updates no transcript (0 rows)');
select is_empty($$update public.calls set ai_summary = 'viewer was here' where call_sid = 'CTa1' returning 1$$,
  'the viewer of calls-a updates no ai_summary (0 rows)');
select is_empty($$update public.call_metadata set tags = '{viewer}' where phone_id = 'calls-a' returning 1$$,
  'the viewer of calls-a updates no tags (0 rows)');
select is_empty($$update public.call_metadata set custom_fields = '{"viewer": true}' returning 1$$,
  'the viewer of calls-a updates no custom_fields (0 rows)');

-- Everything else is refused outright.
select throws_ok($$update public.calls set status = 'completed' where call_sid = 'CTa2'$$,
  '42501', 'permission denied for table calls', 'the viewer of calls-a cannot change a status (42501)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTviewer1', '+13125550113')$$,
  '42501', 'permission denied for table calls', 'the viewer of calls-a cannot insert a call (42501)');
select throws_ok($$delete from public.calls where phone_id = 'calls-a'$$,
  '42501', 'permission denied for table calls', 'the viewer of calls-a cannot delete calls (42501)');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3')$$,
  '42501', 'permission denied for table call_metadata', 'the viewer of calls-a cannot insert call metadata (42501)');
select throws_ok($$delete from public.call_metadata$$,
  '42501', 'permission denied for table call_metadata', 'the viewer of calls-a cannot delete call metadata (42501)');

-- What the viewer left behind (as postgres): nothing.
select tests.clear_authentication();

select * from tests.calls_fixture_is_untouched('the viewer');

select * from finish();
rollback;
