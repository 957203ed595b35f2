-- An admin of calls-a corrects transcript and ai_summary of its calls and
-- edits tags and custom_fields of their metadata, but no other column: not
-- duration, phone_id, call_sid, ai_confidence, caller_number or the extracted
-- metadata. It reaches no row of calls-b and cannot insert, delete or truncate.
begin;
select plan(23);

select tests.create_calls_fixture();
select tests.authenticate_as('calls-a-admin');

-- Reads ------------------------------------------------------------------------
select results_eq($$select call_sid from public.calls order by call_sid$$,
  $$values ('CTa1'), ('CTa2'), ('CTa3')$$,
  'the admin of calls-a sees exactly the three calls of calls-a');
select results_eq($$select count(*)::int from public.call_metadata where phone_id = 'calls-a'$$, $$values (2)$$,
  'the admin of calls-a sees the two metadata rows of calls-a');
select is_empty($$select 1 from public.call_metadata where phone_id <> 'calls-a'$$,
  'the admin of calls-a sees no metadata of another phone');

-- The corrections an admin may make ------------------------------------------------
select results_eq(
  $$update public.calls set transcript = 'Admin: transcript of CTa2'
     where phone_id = 'calls-a' and call_sid = 'CTa2' returning call_sid, transcript$$,
  $$values ('CTa2', 'Admin: transcript of CTa2')$$,
  'the admin of calls-a corrects the transcript of CTa2'
);
select results_eq(
  $$update public.calls set ai_summary = 'Admin: caller hung up'
     where phone_id = 'calls-a' and call_sid = 'CTa3' returning call_sid, ai_summary$$,
  $$values ('CTa3', 'Admin: caller hung up')$$,
  'the admin of calls-a corrects the ai_summary of CTa3'
);
select results_eq(
  $$update public.call_metadata set tags = '{follow-up}', custom_fields = '{"callback": true}'
     where phone_id = 'calls-a' and call_id = 'c1000000-0000-4000-8000-0000000000a2' returning tags, custom_fields$$,
  $$values ('{follow-up}'::text[], '{"callback": true}'::jsonb)$$,
  'the admin of calls-a edits tags and custom_fields of CTa2''s metadata'
);

-- The other tenant -------------------------------------------------------------
select is_empty($$update public.calls set ai_summary = 'admin of a was here' where phone_id = 'calls-b' returning 1$$,
  'the admin of calls-a updates no call of calls-b (0 rows)');
select is_empty($$update public.call_metadata set custom_fields = '{"x": 1}' where phone_id = 'calls-b' returning 1$$,
  'the admin of calls-a updates no metadata of calls-b (0 rows)');

-- Columns and commands the admin has no privilege for -------------------------------
select throws_ok($$update public.calls set duration = 999 where phone_id = 'calls-a' and call_sid = 'CTa1'$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot change a duration (42501)');
select throws_ok($$update public.calls set phone_id = 'calls-b' where phone_id = 'calls-a' and call_sid = 'CTa1'$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot move a call to another phone (42501)');
select throws_ok($$update public.calls set call_sid = 'CTforged' where phone_id = 'calls-a' and call_sid = 'CTa1'$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot change a call_sid (42501)');
select throws_ok($$update public.calls set ai_confidence = 1 where phone_id = 'calls-a' and call_sid = 'CTa1'$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot change ai_confidence (42501)');
select throws_ok($$update public.calls set caller_number = '+13125550999' where call_sid = 'CTa1'$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot change a caller_number (42501)');
select throws_ok($$update public.call_metadata set metadata = '{}' where phone_id = 'calls-a'$$,
  '42501', 'permission denied for table call_metadata',
  'the admin of calls-a cannot change the extracted metadata (42501)');
select throws_ok($$update public.call_metadata set phone_id = 'calls-b' where phone_id = 'calls-a'$$,
  '42501', 'permission denied for table call_metadata',
  'the admin of calls-a cannot move metadata to another phone (42501)');
select throws_ok(
  $$update public.call_metadata set call_id = 'c1000000-0000-4000-8000-0000000000a3'
     where call_id = 'c1000000-0000-4000-8000-0000000000a2'$$,
  '42501', 'permission denied for table call_metadata',
  'the admin of calls-a cannot attach metadata to another call (42501)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTadmin1', '+13125550112')$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot insert a call (42501)');
select throws_ok($$delete from public.calls where phone_id = 'calls-a'$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot delete calls (42501)');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3')$$,
  '42501', 'permission denied for table call_metadata', 'the admin of calls-a cannot insert call metadata (42501)');
select throws_ok($$delete from public.call_metadata where phone_id = 'calls-a'$$,
  '42501', 'permission denied for table call_metadata', 'the admin of calls-a cannot delete call metadata (42501)');
select throws_ok($$truncate public.calls$$,
  '42501', 'permission denied for table calls',
  'the admin of calls-a cannot truncate calls (42501; TRUNCATE would bypass RLS)');

-- What the admin left behind (as postgres) --------------------------------------
select tests.clear_authentication();

select results_eq(
  $$select call_sid, transcript, ai_summary, status::text from public.calls
     where phone_id in ('calls-a', 'calls-b') order by call_sid$$,
  $$values ('CTa1', 'Hello, I would like an appointment.', 'Booked a cleaning.', 'completed'),
           ('CTa2', 'Admin: transcript of CTa2', null, 'answered'),
           ('CTa3', null, 'Admin: caller hung up', 'failed'),
           ('CTb1', 'Guten Tag.', 'Asked for opening hours.', 'completed'),
           ('CTb2', null, null, 'ringing')$$,
  'only the admin''s corrections of CTa2 and CTa3 were stored; no call of calls-b, no insert or delete'
);
select results_eq(
  $$select call_id::text, tags, custom_fields, metadata from public.call_metadata
     where phone_id in ('calls-a', 'calls-b') order by call_id$$,
  $$values ('c1000000-0000-4000-8000-0000000000a1', '{new-patient}'::text[], '{"priority": "high"}'::jsonb,
            '{"intent": "booking"}'::jsonb),
           ('c1000000-0000-4000-8000-0000000000a2', '{follow-up}'::text[], '{"callback": true}'::jsonb,
            '{"intent": "question"}'::jsonb),
           ('c1000000-0000-4000-8000-0000000000b1', '{info}'::text[], '{}'::jsonb, '{"intent": "hours"}'::jsonb)$$,
  'only the admin''s tag and custom field edit of CTa2 was stored; the extracted metadata and calls-b are untouched'
);

select * from finish();
rollback;
