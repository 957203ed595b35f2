-- An owner reads exactly the calls and call metadata of their own phone,
-- corrects transcript, ai_summary, tags and custom_fields there, reaches no
-- row of the other tenant, and cannot insert, delete or change what the
-- telephony backend writes (status, recording_url). Proved for the owner of
-- calls-a, with the reads also checked for the owner of calls-b.
begin;
select plan(16);

select tests.create_calls_fixture();

-- Owner of calls-a -------------------------------------------------------------
select tests.authenticate_as('calls-a-owner');

select results_eq($$select call_sid from public.calls order by call_sid$$,
  $$values ('CTa1'), ('CTa2'), ('CTa3')$$,
  'the owner of calls-a sees exactly the three calls of calls-a');
select results_eq($$select phone_id, call_id::text from public.call_metadata order by call_id$$,
  $$values ('calls-a', 'c1000000-0000-4000-8000-0000000000a1'), ('calls-a', 'c1000000-0000-4000-8000-0000000000a2')$$,
  'the owner of calls-a sees exactly the metadata of calls-a (CTa1 and CTa2)');
select results_eq(
  $$update public.calls set transcript = 'Owner: corrected transcript', ai_summary = 'Owner: booked a cleaning'
     where phone_id = 'calls-a' and call_sid = 'CTa1' returning call_sid, transcript, ai_summary$$,
  $$values ('CTa1', 'Owner: corrected transcript', 'Owner: booked a cleaning')$$,
  'the owner of calls-a corrects transcript and ai_summary of a calls-a call'
);
select results_eq(
  $$update public.call_metadata set tags = '{new-patient,owner-tag}', custom_fields = '{"priority": "low"}'
     where phone_id = 'calls-a' and call_id = 'c1000000-0000-4000-8000-0000000000a1' returning tags, custom_fields$$,
  $$values ('{new-patient,owner-tag}'::text[], '{"priority": "low"}'::jsonb)$$,
  'the owner of calls-a edits tags and custom_fields of a calls-a call'
);
select is_empty($$update public.calls set transcript = 'owner of a was here' where phone_id = 'calls-b' returning 1$$,
  'the owner of calls-a updates no call of calls-b (0 rows)');
select is_empty($$update public.call_metadata set tags = '{owner-a}' where phone_id = 'calls-b' returning 1$$,
  'the owner of calls-a updates no metadata of calls-b (0 rows)');
select throws_ok($$update public.calls set status = 'failed' where phone_id = 'calls-a' and call_sid = 'CTa2'$$,
  '42501', 'permission denied for table calls', 'the owner of calls-a cannot change a call''s status (42501)');
select throws_ok($$update public.calls set recording_url = 'https://evil.example.com/x.mp3' where call_sid = 'CTa1'$$,
  '42501', 'permission denied for table calls', 'the owner of calls-a cannot change a recording_url (42501)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTowner1', '+13125550111')$$,
  '42501', 'permission denied for table calls', 'the owner of calls-a cannot insert a call (42501)');
select throws_ok($$delete from public.calls where phone_id = 'calls-a' and call_sid = 'CTa3'$$,
  '42501', 'permission denied for table calls', 'the owner of calls-a cannot delete a call (42501)');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3')$$,
  '42501', 'permission denied for table call_metadata', 'the owner of calls-a cannot insert call metadata (42501)');
select throws_ok($$delete from public.call_metadata where phone_id = 'calls-a'$$,
  '42501', 'permission denied for table call_metadata', 'the owner of calls-a cannot delete call metadata (42501)');

-- Owner of calls-b -------------------------------------------------------------
select tests.authenticate_as('calls-b-owner');

select results_eq($$select call_sid from public.calls order by call_sid$$,
  $$values ('CTb1'), ('CTb2')$$,
  'the owner of calls-b sees exactly the two calls of calls-b');
select results_eq($$select call_id::text from public.call_metadata$$,
  $$values ('c1000000-0000-4000-8000-0000000000b1')$$,
  'the owner of calls-b sees exactly the metadata of calls-b (CTb1)');

-- What the owners left behind (as postgres) ------------------------------------
select tests.clear_authentication();

select results_eq(
  $$select call_sid, transcript, ai_summary, status::text from public.calls
     where phone_id in ('calls-a', 'calls-b') order by call_sid$$,
  $$values ('CTa1', 'Owner: corrected transcript', 'Owner: booked a cleaning', 'completed'),
           ('CTa2', null, null, 'answered'),
           ('CTa3', null, null, 'failed'),
           ('CTb1', 'Guten Tag.', 'Asked for opening hours.', 'completed'),
           ('CTb2', null, null, 'ringing')$$,
  'only the owner''s correction of CTa1 was stored; no status, no call of calls-b, no insert or delete'
);
select results_eq(
  $$select call_id::text, tags, custom_fields from public.call_metadata
     where phone_id in ('calls-a', 'calls-b') order by call_id$$,
  $$values ('c1000000-0000-4000-8000-0000000000a1', '{new-patient,owner-tag}'::text[], '{"priority": "low"}'::jsonb),
           ('c1000000-0000-4000-8000-0000000000a2', '{}'::text[], '{}'::jsonb),
           ('c1000000-0000-4000-8000-0000000000b1', '{info}'::text[], '{}'::jsonb)$$,
  'only the owner''s tag and custom field edit of CTa1 was stored; calls-b''s metadata is untouched'
);

select * from finish();
rollback;
