-- Someone signed in without any membership reads no call and no call
-- metadata, without an error, and updates 0 rows; a visitor who is not signed
-- in (anon) holds no privilege on either table, so every statement is refused
-- (42501); neither may insert or delete. Afterwards every row is as the
-- fixture made it.
begin;
select plan(16);

select tests.create_calls_fixture();

-- Outsider: signed in, no membership ------------------------------------------------
select tests.authenticate_as('calls-outsider');

select is_empty($$select call_sid from public.calls$$, 'the outsider sees no call');
select is_empty($$select call_id from public.call_metadata$$, 'the outsider sees no call metadata');
select is_empty($$update public.calls set transcript = 'outsider' returning 1$$,
  'the outsider updates no call (0 rows)');
select is_empty($$update public.call_metadata set tags = '{outsider}' returning 1$$,
  'the outsider updates no call metadata (0 rows)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CToutsider1', '+13125550114')$$,
  '42501', 'permission denied for table calls', 'the outsider cannot insert a call (42501)');
select throws_ok($$delete from public.call_metadata$$,
  '42501', 'permission denied for table call_metadata', 'the outsider cannot delete call metadata (42501)');

-- anon -----------------------------------------------------------------------------
select tests.authenticate_as_anon();

select throws_ok($$select count(*) from public.calls$$,
  '42501', 'permission denied for table calls', 'anon cannot read calls (42501)');
select throws_ok($$select count(*) from public.call_metadata$$,
  '42501', 'permission denied for table call_metadata', 'anon cannot read call metadata (42501)');
select throws_ok($$update public.calls set transcript = 'anon' where call_sid = 'CTa1'$$,
  '42501', 'permission denied for table calls', 'anon cannot update a transcript (42501)');
select throws_ok($$update public.call_metadata set tags = '{anon}'$$,
  '42501', 'permission denied for table call_metadata', 'anon cannot update tags (42501)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTanon1', '+13125550115')$$,
  '42501', 'permission denied for table calls', 'anon cannot insert a call (42501)');
select throws_ok($$delete from public.calls$$,
  '42501', 'permission denied for table calls', 'anon cannot delete calls (42501)');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3')$$,
  '42501', 'permission denied for table call_metadata', 'anon cannot insert call metadata (42501)');
select throws_ok($$delete from public.call_metadata$$,
  '42501', 'permission denied for table call_metadata', 'anon cannot delete call metadata (42501)');

-- What the outsider and anon left behind (as postgres): nothing. -------------------
select tests.clear_authentication();

select * from tests.calls_fixture_is_untouched('the outsider and anon');

select * from finish();
rollback;
