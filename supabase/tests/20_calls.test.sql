-- Calls: public.calls (one row per phone call, written by the telephony
-- backend with the service role, upserted on (phone_id, call_sid)) and
-- public.call_metadata (one row per call). Members read their phones' calls;
-- admins and owners correct transcript and ai_summary, and edit the tags and
-- custom_fields of the metadata. Everything runs in one transaction that is
-- rolled back; fixtures are created here, never taken from the seed.
--
-- Fixtures (all ids are fixed so failures are easy to read):
--   calls-a  +15550002001  America/Chicago  owner a1…01, admin a1…02, viewer a1…03
--   calls-b  +15550002002  Europe/Berlin    owner a1…04, admin a1…05
--   outsider a1…06 (no membership)
--   calls-a: CTa1 (completed), CTa2 (answered), CTa3 (failed before answer);
--            metadata for CTa1 and CTa2
--   calls-b: CTb1 (completed), CTb2 (ringing); metadata for CTb1
begin;
create extension if not exists pgtap with schema extensions;


select plan(247);

-- Fixtures (as postgres, which bypasses RLS) ----------------------------------

insert into auth.users (id, aud, role, email) values
  ('a1000000-0000-4000-8000-000000000001', 'authenticated', 'authenticated', 'owner@calls-a.test'),
  ('a1000000-0000-4000-8000-000000000002', 'authenticated', 'authenticated', 'admin@calls-a.test'),
  ('a1000000-0000-4000-8000-000000000003', 'authenticated', 'authenticated', 'viewer@calls-a.test'),
  ('a1000000-0000-4000-8000-000000000004', 'authenticated', 'authenticated', 'owner@calls-b.test'),
  ('a1000000-0000-4000-8000-000000000005', 'authenticated', 'authenticated', 'admin@calls-b.test'),
  ('a1000000-0000-4000-8000-000000000006', 'authenticated', 'authenticated', 'outsider@calls.test');

insert into public.phone_numbers (id, number, display_name, business_name, timezone) values
  ('calls-a', '+15550002001', 'A front desk', 'Calls A Clinic', 'America/Chicago'),
  ('calls-b', '+15550002002', 'B front desk', 'Calls B Studio', 'Europe/Berlin');

insert into public.phone_members (phone_id, user_id, role) values
  ('calls-a', 'a1000000-0000-4000-8000-000000000001', 'owner'),
  ('calls-a', 'a1000000-0000-4000-8000-000000000002', 'admin'),
  ('calls-a', 'a1000000-0000-4000-8000-000000000003', 'viewer'),
  ('calls-b', 'a1000000-0000-4000-8000-000000000004', 'owner'),
  ('calls-b', 'a1000000-0000-4000-8000-000000000005', 'admin');

insert into public.calls (phone_id, id, call_sid, caller_number, status, answered_at, ended_at, duration,
                          recording_url, transcript, ai_summary, ai_confidence) values
  ('calls-a', 'c1000000-0000-4000-8000-0000000000a1', 'CTa1', '+13125550101', 'completed',
   now() - interval '10 minutes', now() - interval '8 minutes', 120,
   'https://recordings.example.com/CTa1.mp3', 'Hello, I would like an appointment.', 'Booked a cleaning.', 0.91),
  ('calls-a', 'c1000000-0000-4000-8000-0000000000a2', 'CTa2', '+13125550102', 'answered',
   now() - interval '1 minute', null, 0, null, null, null, null),
  ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', 'CTa3', '+13125550103', 'failed',
   null, now() - interval '5 minutes', 0, null, null, null, null),
  ('calls-b', 'c1000000-0000-4000-8000-0000000000b1', 'CTb1', '+49305550101', 'completed',
   now() - interval '20 minutes', now() - interval '19 minutes', 60,
   null, 'Guten Tag.', 'Asked for opening hours.', 0.50),
  ('calls-b', 'c1000000-0000-4000-8000-0000000000b2', 'CTb2', '+49305550102', 'ringing',
   null, null, 0, null, null, null, null);

insert into public.call_metadata (phone_id, call_id, metadata, custom_fields, tags) values
  ('calls-a', 'c1000000-0000-4000-8000-0000000000a1', '{"intent": "booking"}', '{"priority": "high"}', '{new-patient}'),
  ('calls-a', 'c1000000-0000-4000-8000-0000000000a2', '{"intent": "question"}', '{}', '{}'),
  ('calls-b', 'c1000000-0000-4000-8000-0000000000b1', '{"intent": "hours"}', '{}', '{info}');

-- The error a statement raises, as 'SQLSTATE constraint: message' (or 'no error').
-- Run as postgres only (functions postgres creates are not executable by the API roles).
create function pg_temp.error_of(query text) returns text
language plpgsql as $$
declare
  v_state text;
  v_constraint text;
  v_message text;
begin
  execute query;
  return 'no error';
exception when others then
  get stacked diagnostics v_state = returned_sqlstate, v_constraint = constraint_name, v_message = message_text;
  return v_state || ' ' || coalesce(nullif(v_constraint, ''), '-') || ': ' || v_message;
end
$$;

-- ============================================================================
-- Structure
-- ============================================================================

select col_is_pk('public', 'calls', array['phone_id', 'id'],
  'the primary key of calls is (phone_id, id)');
select col_is_pk('public', 'call_metadata', array['phone_id', 'call_id'],
  'the primary key of call_metadata is (phone_id, call_id)');
select results_eq(
  $$select conname::text collate "default", pg_get_constraintdef(oid) from pg_constraint
     where conrelid = 'public.calls'::regclass and contype = 'u'$$,
  $$values ('calls_call_sid_key', 'UNIQUE (phone_id, call_sid)')$$,
  'calls has one unique constraint, calls_call_sid_key on (phone_id, call_sid)'
);
select results_eq(
  $$select indexrelid::regclass::text from pg_index
     where indrelid = 'public.calls'::regclass and indisunique order by 1$$,
  $$values ('calls_call_sid_key'), ('calls_pkey')$$,
  'no unique index makes call_sid (or id) unique across tenants'
);
select fk_ok('public', 'call_metadata', array['phone_id', 'call_id'], 'public', 'calls', array['phone_id', 'id'],
  'call_metadata (phone_id, call_id) references calls (phone_id, id)');
select results_eq(
  $$select conname::text collate "default", confdeltype::text, pg_get_constraintdef(oid) from pg_constraint
     where conrelid = 'public.call_metadata'::regclass and contype = 'f'$$,
  $$values ('call_metadata_call_fkey', 'c',
            'FOREIGN KEY (phone_id, call_id) REFERENCES calls(phone_id, id) ON DELETE CASCADE')$$,
  'call_metadata has exactly one foreign key, to its call including the tenant, deleted with the call'
);
select results_eq(
  $$select conname::text collate "default", confdeltype::text, confrelid::regclass::text from pg_constraint
     where conrelid = 'public.calls'::regclass and contype = 'f'$$,
  $$values ('calls_phone_id_fkey', 'c', 'phone_numbers')$$,
  'calls has exactly one foreign key, to its phone number, deleted with the phone number'
);

-- Every CHECK constraint is listed here, so a new one without a test below fails this.
select results_eq(
  $$select conname::text collate "default" from pg_constraint
     where conrelid = 'public.calls'::regclass and contype = 'c' order by 1$$,
  $$values ('calls_ai_confidence_range'), ('calls_call_sid_format'), ('calls_caller_number_e164'),
           ('calls_duration_matches_times'), ('calls_duration_nonnegative'), ('calls_ended_after_answered'),
           ('calls_recording_url_https'), ('calls_status_timestamps')$$,
  'calls has exactly the CHECK constraints tested below'
);
select results_eq(
  $$select conname::text collate "default" from pg_constraint
     where conrelid = 'public.call_metadata'::regclass and contype = 'c' order by 1$$,
  $$values ('call_metadata_custom_fields_object'), ('call_metadata_metadata_object'), ('call_metadata_tags_valid')$$,
  'call_metadata has exactly the CHECK constraints tested below'
);
select is(
  (select convalidated from pg_constraint
    where conrelid = 'public.calls'::regclass and conname = 'calls_ai_confidence_range'),
  true,
  'calls_ai_confidence_range (added NOT VALID) has been validated'
);
select is_empty(
  $$select conrelid::regclass::text || '.' || conname from pg_constraint
     where conrelid in ('public.calls'::regclass, 'public.call_metadata'::regclass) and not convalidated$$,
  'no constraint of calls or call_metadata is left NOT VALID'
);
select col_type_is('public', 'calls', 'ai_confidence', 'numeric(3,2)',
  'calls.ai_confidence is numeric(3,2)');
select ok(
  (select not attnotnull and not atthasdef from pg_attribute
    where attrelid = 'public.calls'::regclass and attname = 'ai_confidence'),
  'calls.ai_confidence is nullable without a default (null means not scored)'
);

select enum_has_labels('public', 'call_status', array['ringing', 'answered', 'completed', 'failed'],
  'call_status has exactly ringing, answered, completed, failed, in that order');
select col_type_is('public', 'calls', 'status', 'public', 'call_status',
  'calls.status is of type public.call_status');
select col_default_is('public', 'calls', 'status', 'ringing'::public.call_status,
  'a call starts as ringing');

select is((select relrowsecurity from pg_class where oid = 'public.calls'::regclass), true,
  'RLS is enabled on calls');
select is((select relrowsecurity from pg_class where oid = 'public.call_metadata'::regclass), true,
  'RLS is enabled on call_metadata');
select results_eq(
  $$select cmd from pg_policies where schemaname = 'public' and tablename = 'calls' order by cmd$$,
  $$values ('SELECT'), ('UPDATE')$$,
  'calls has exactly one select and one update policy, no insert or delete policy'
);
select results_eq(
  $$select cmd from pg_policies where schemaname = 'public' and tablename = 'call_metadata' order by cmd$$,
  $$values ('SELECT'), ('UPDATE')$$,
  'call_metadata has exactly one select and one update policy, no insert or delete policy'
);
select is_empty(
  $$select tablename || ': ' || policyname from pg_policies
     where schemaname = 'public' and tablename in ('calls', 'call_metadata')
       and (roles <> '{authenticated}'::name[] or permissive <> 'PERMISSIVE'
            or (cmd = 'UPDATE' and with_check is null))$$,
  'every calls and call_metadata policy is permissive, for authenticated only, and the update policies have a WITH CHECK'
);

-- Privileges.
select results_eq(
  $$select a.attname::text collate "default" from pg_attribute a
     where a.attrelid = 'public.calls'::regclass and a.attnum > 0 and not a.attisdropped
       and has_column_privilege('authenticated', a.attrelid, a.attnum, 'UPDATE')
     order by 1$$,
  $$values ('ai_summary'), ('transcript')$$,
  'authenticated may update only transcript and ai_summary of calls'
);
select results_eq(
  $$select a.attname::text collate "default" from pg_attribute a
     where a.attrelid = 'public.call_metadata'::regclass and a.attnum > 0 and not a.attisdropped
       and has_column_privilege('authenticated', a.attrelid, a.attnum, 'UPDATE')
     order by 1$$,
  $$values ('custom_fields'), ('tags')$$,
  'authenticated may update only tags and custom_fields of call_metadata'
);
select is_empty(
  $$select r.rolname || ' ' || p.priv || ' ' || a.attrelid::regclass::text || '.' || a.attname
      from pg_attribute a
     cross join (values ('anon'), ('authenticated')) as r(rolname)
     cross join (values ('INSERT'), ('REFERENCES')) as p(priv)
     where a.attrelid in ('public.calls'::regclass, 'public.call_metadata'::regclass)
       and a.attnum > 0 and not a.attisdropped
       and has_column_privilege(r.rolname, a.attrelid, a.attnum, p.priv)$$,
  'neither anon nor authenticated may insert into or reference any column of calls or call_metadata'
);
select is_empty(
  $$select a.attrelid::regclass::text || '.' || a.attname from pg_attribute a
     where a.attrelid in ('public.calls'::regclass, 'public.call_metadata'::regclass)
       and a.attnum > 0 and not a.attisdropped
       and has_column_privilege('anon', a.attrelid, a.attnum, 'UPDATE')$$,
  'anon may update no column of calls or call_metadata'
);
select table_privs_are('public', 'calls', 'authenticated', array['SELECT'],
  'authenticated has only SELECT on calls table-wide: no INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES or TRIGGER');
select table_privs_are('public', 'call_metadata', 'authenticated', array['SELECT'],
  'authenticated has only SELECT on call_metadata table-wide: no INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES or TRIGGER');
select table_privs_are('public', 'calls', 'anon', array['SELECT'],
  'anon has only SELECT on calls (filtered to nothing by RLS)');
select table_privs_are('public', 'call_metadata', 'anon', array['SELECT'],
  'anon has only SELECT on call_metadata (filtered to nothing by RLS)');

-- Triggers.
select trigger_is('public', 'calls', 'check_call_status', 'private', 'check_call_status',
  'calls has the lifecycle trigger check_call_status');
select trigger_is('public', 'calls', 'set_updated_at', 'private', 'set_updated_at',
  'calls keeps updated_at current with private.set_updated_at');
select trigger_is('public', 'call_metadata', 'set_updated_at', 'private', 'set_updated_at',
  'call_metadata keeps updated_at current with private.set_updated_at');

-- ============================================================================
-- Row level security: who sees and who changes which rows
-- ============================================================================

-- Owner of calls-a ---------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims = '{"sub":"a1000000-0000-4000-8000-000000000001","role":"authenticated"}';
select results_eq($$select call_sid from public.calls order by call_sid$$,
  $$values ('CTa1'), ('CTa2'), ('CTa3')$$,
  'the owner of calls-a sees exactly the three calls of calls-a');
select results_eq($$select phone_id, call_id::text from public.call_metadata order by call_id$$,
  $$values ('calls-a', 'c1000000-0000-4000-8000-0000000000a1'), ('calls-a', 'c1000000-0000-4000-8000-0000000000a2')$$,
  'the owner of calls-a sees exactly the metadata of calls-a');
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
  'the owner of calls-a updates no call of calls-b');
select is_empty($$update public.call_metadata set tags = '{owner-a}' where phone_id = 'calls-b' returning 1$$,
  'the owner of calls-a updates no metadata of calls-b');
select throws_ok($$update public.calls set status = 'failed' where phone_id = 'calls-a' and call_sid = 'CTa2'$$,
  '42501', 'permission denied for table calls', 'the owner of calls-a cannot change a call''s status');
select throws_ok($$update public.calls set recording_url = 'https://evil.example.com/x.mp3' where call_sid = 'CTa1'$$,
  '42501', 'permission denied for table calls', 'the owner of calls-a cannot change a recording_url');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTowner1', '+13125550111')$$,
  '42501', 'permission denied for table calls', 'the owner of calls-a cannot insert a call');
select throws_ok($$delete from public.calls where phone_id = 'calls-a' and call_sid = 'CTa3'$$,
  '42501', 'permission denied for table calls', 'the owner of calls-a cannot delete a call');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3')$$,
  '42501', 'permission denied for table call_metadata', 'the owner of calls-a cannot insert call metadata');
select throws_ok($$delete from public.call_metadata where phone_id = 'calls-a'$$,
  '42501', 'permission denied for table call_metadata', 'the owner of calls-a cannot delete call metadata');
reset role;

-- Admin of calls-a ----------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims = '{"sub":"a1000000-0000-4000-8000-000000000002","role":"authenticated"}';
select results_eq($$select call_sid from public.calls order by call_sid$$,
  $$values ('CTa1'), ('CTa2'), ('CTa3')$$,
  'the admin of calls-a sees exactly the three calls of calls-a');
select results_eq($$select count(*)::int from public.call_metadata where phone_id = 'calls-a'$$, $$values (2)$$,
  'the admin of calls-a sees the two metadata rows of calls-a');
select is_empty($$select 1 from public.call_metadata where phone_id <> 'calls-a'$$,
  'the admin of calls-a sees no metadata of another phone');
select results_eq(
  $$update public.calls set transcript = 'Admin: transcript of CTa2'
     where phone_id = 'calls-a' and call_sid = 'CTa2' returning call_sid, transcript$$,
  $$values ('CTa2', 'Admin: transcript of CTa2')$$,
  'the admin of calls-a corrects a transcript'
);
select results_eq(
  $$update public.calls set ai_summary = 'Admin: caller hung up'
     where phone_id = 'calls-a' and call_sid = 'CTa3' returning call_sid, ai_summary$$,
  $$values ('CTa3', 'Admin: caller hung up')$$,
  'the admin of calls-a corrects an ai_summary'
);
select results_eq(
  $$update public.call_metadata set tags = '{follow-up}', custom_fields = '{"callback": true}'
     where phone_id = 'calls-a' and call_id = 'c1000000-0000-4000-8000-0000000000a2' returning tags, custom_fields$$,
  $$values ('{follow-up}'::text[], '{"callback": true}'::jsonb)$$,
  'the admin of calls-a edits tags and custom_fields'
);
select is_empty($$update public.calls set ai_summary = 'admin of a was here' where phone_id = 'calls-b' returning 1$$,
  'the admin of calls-a updates no call of calls-b');
select is_empty($$update public.call_metadata set custom_fields = '{"x": 1}' where phone_id = 'calls-b' returning 1$$,
  'the admin of calls-a updates no metadata of calls-b');
select throws_ok($$update public.calls set duration = 999 where phone_id = 'calls-a' and call_sid = 'CTa1'$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot change a duration');
select throws_ok($$update public.calls set phone_id = 'calls-b' where phone_id = 'calls-a' and call_sid = 'CTa1'$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot move a call to another phone');
select throws_ok($$update public.calls set call_sid = 'CTforged' where phone_id = 'calls-a' and call_sid = 'CTa1'$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot change a call_sid');
select throws_ok($$update public.calls set ai_confidence = 1 where phone_id = 'calls-a' and call_sid = 'CTa1'$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot change ai_confidence');
select throws_ok($$update public.calls set caller_number = '+13125550999' where call_sid = 'CTa1'$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot change a caller_number');
select throws_ok($$update public.call_metadata set metadata = '{}' where phone_id = 'calls-a'$$,
  '42501', 'permission denied for table call_metadata', 'the admin of calls-a cannot change the extracted metadata');
select throws_ok($$update public.call_metadata set phone_id = 'calls-b' where phone_id = 'calls-a'$$,
  '42501', 'permission denied for table call_metadata', 'the admin of calls-a cannot move metadata to another phone');
select throws_ok(
  $$update public.call_metadata set call_id = 'c1000000-0000-4000-8000-0000000000a3'
     where call_id = 'c1000000-0000-4000-8000-0000000000a2'$$,
  '42501', 'permission denied for table call_metadata', 'the admin of calls-a cannot attach metadata to another call');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTadmin1', '+13125550112')$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot insert a call');
select throws_ok($$delete from public.calls where phone_id = 'calls-a'$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot delete calls');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3')$$,
  '42501', 'permission denied for table call_metadata', 'the admin of calls-a cannot insert call metadata');
select throws_ok($$delete from public.call_metadata where phone_id = 'calls-a'$$,
  '42501', 'permission denied for table call_metadata', 'the admin of calls-a cannot delete call metadata');
select throws_ok($$truncate public.calls$$,
  '42501', 'permission denied for table calls', 'the admin of calls-a cannot truncate calls (TRUNCATE bypasses RLS)');
reset role;

-- Viewer of calls-a ---------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims = '{"sub":"a1000000-0000-4000-8000-000000000003","role":"authenticated"}';
select results_eq($$select call_sid from public.calls order by call_sid$$,
  $$values ('CTa1'), ('CTa2'), ('CTa3')$$,
  'the viewer of calls-a sees exactly the three calls of calls-a');
select results_eq($$select count(*)::int from public.call_metadata$$, $$values (2)$$,
  'the viewer of calls-a sees exactly the two metadata rows of calls-a');
select is_empty($$update public.calls set transcript = 'viewer was here' where phone_id = 'calls-a' returning 1$$,
  'the viewer of calls-a updates no transcript (0 rows)');
select is_empty($$update public.calls set ai_summary = 'viewer was here' where call_sid = 'CTa1' returning 1$$,
  'the viewer of calls-a updates no ai_summary (0 rows)');
select is_empty($$update public.call_metadata set tags = '{viewer}' where phone_id = 'calls-a' returning 1$$,
  'the viewer of calls-a updates no tags (0 rows)');
select is_empty($$update public.call_metadata set custom_fields = '{"viewer": true}' returning 1$$,
  'the viewer of calls-a updates no custom_fields (0 rows)');
select throws_ok($$update public.calls set status = 'completed' where call_sid = 'CTa2'$$,
  '42501', 'permission denied for table calls', 'the viewer of calls-a cannot change a status');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTviewer1', '+13125550113')$$,
  '42501', 'permission denied for table calls', 'the viewer of calls-a cannot insert a call');
select throws_ok($$delete from public.calls where phone_id = 'calls-a'$$,
  '42501', 'permission denied for table calls', 'the viewer of calls-a cannot delete calls');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3')$$,
  '42501', 'permission denied for table call_metadata', 'the viewer of calls-a cannot insert call metadata');
select throws_ok($$delete from public.call_metadata$$,
  '42501', 'permission denied for table call_metadata', 'the viewer of calls-a cannot delete call metadata');
reset role;

-- Owner of calls-b ----------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims = '{"sub":"a1000000-0000-4000-8000-000000000004","role":"authenticated"}';
select results_eq($$select call_sid from public.calls order by call_sid$$,
  $$values ('CTb1'), ('CTb2')$$,
  'the owner of calls-b sees exactly the two calls of calls-b');
select results_eq($$select call_id::text from public.call_metadata$$,
  $$values ('c1000000-0000-4000-8000-0000000000b1')$$,
  'the owner of calls-b sees exactly the metadata of calls-b');
reset role;

-- Admin of calls-b (the other tenant) ------------------------------------------------
set local role authenticated;
set local request.jwt.claims = '{"sub":"a1000000-0000-4000-8000-000000000005","role":"authenticated"}';
select results_eq($$select call_sid from public.calls order by call_sid$$,
  $$values ('CTb1'), ('CTb2')$$,
  'the admin of calls-b sees exactly the two calls of calls-b');
select results_eq($$select call_id::text from public.call_metadata$$,
  $$values ('c1000000-0000-4000-8000-0000000000b1')$$,
  'the admin of calls-b sees exactly the metadata of calls-b');
select is_empty($$select 1 from public.calls where phone_id = 'calls-a'$$,
  'the admin of calls-b does not see calls-a''s calls even when asking for them');
select is_empty($$update public.calls set transcript = 'admin of b was here' where phone_id = 'calls-a' returning 1$$,
  'the admin of calls-b updates no transcript of calls-a (0 rows)');
select is_empty($$update public.calls set ai_summary = 'admin of b was here' where call_sid = 'CTa1' returning 1$$,
  'the admin of calls-b updates no ai_summary of calls-a (0 rows)');
select is_empty($$update public.call_metadata set tags = '{admin-b}' where phone_id = 'calls-a' returning 1$$,
  'the admin of calls-b updates no tags of calls-a (0 rows)');
select is_empty(
  $$update public.call_metadata set custom_fields = '{"b": 1}'
     where call_id = 'c1000000-0000-4000-8000-0000000000a1' returning 1$$,
  'the admin of calls-b updates no custom_fields of calls-a (0 rows)');
select results_eq(
  $$update public.calls set transcript = 'Admin B: Guten Tag, korrigiert', ai_summary = 'Admin B: hours'
     where call_sid = 'CTb1' returning phone_id, transcript, ai_summary$$,
  $$values ('calls-b', 'Admin B: Guten Tag, korrigiert', 'Admin B: hours')$$,
  'the admin of calls-b corrects transcript and ai_summary of its own call'
);
select results_eq(
  $$update public.call_metadata set tags = '{info,b-tag}' returning phone_id, tags$$,
  $$values ('calls-b', '{info,b-tag}'::text[])$$,
  'an unqualified metadata update by the admin of calls-b reaches exactly its own one row'
);
select throws_ok($$update public.calls set status = 'answered' where call_sid = 'CTb2'$$,
  '42501', 'permission denied for table calls', 'the admin of calls-b cannot change a status of its own call');
reset role;

-- Outsider: signed in, no membership ------------------------------------------------
set local role authenticated;
set local request.jwt.claims = '{"sub":"a1000000-0000-4000-8000-000000000006","role":"authenticated"}';
select is_empty($$select call_sid from public.calls$$, 'the outsider sees no call');
select is_empty($$select call_id from public.call_metadata$$, 'the outsider sees no call metadata');
select is_empty($$update public.calls set transcript = 'outsider' returning 1$$,
  'the outsider updates no call (0 rows)');
select is_empty($$update public.call_metadata set tags = '{outsider}' returning 1$$,
  'the outsider updates no call metadata (0 rows)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CToutsider1', '+13125550114')$$,
  '42501', 'permission denied for table calls', 'the outsider cannot insert a call');
select throws_ok($$delete from public.call_metadata$$,
  '42501', 'permission denied for table call_metadata', 'the outsider cannot delete call metadata');
reset role;

-- anon ----------------------------------------------------------------------------
set local role anon;
set local request.jwt.claims = '{"role":"anon"}';
select is((select count(*)::int from public.calls), 0, 'anon reads 0 calls, without error');
select is((select count(*)::int from public.call_metadata), 0, 'anon reads 0 call metadata, without error');
select throws_ok($$update public.calls set transcript = 'anon' where call_sid = 'CTa1'$$,
  '42501', 'permission denied for table calls', 'anon cannot update a transcript');
select throws_ok($$update public.call_metadata set tags = '{anon}'$$,
  '42501', 'permission denied for table call_metadata', 'anon cannot update tags');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTanon1', '+13125550115')$$,
  '42501', 'permission denied for table calls', 'anon cannot insert a call');
select throws_ok($$delete from public.calls$$,
  '42501', 'permission denied for table calls', 'anon cannot delete calls');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3')$$,
  '42501', 'permission denied for table call_metadata', 'anon cannot insert call metadata');
select throws_ok($$delete from public.call_metadata$$,
  '42501', 'permission denied for table call_metadata', 'anon cannot delete call metadata');
reset role;

-- service_role: the telephony backend reads and writes every tenant ---------------
set local role service_role;
set local request.jwt.claims = '{"role":"service_role"}';
select results_eq(
  $$select phone_id, count(*)::int from public.calls
     where phone_id in ('calls-a', 'calls-b') group by phone_id order by phone_id$$,
  $$values ('calls-a', 3), ('calls-b', 2)$$,
  'service_role sees the calls of every tenant'
);
select results_eq(
  $$select phone_id, count(*)::int from public.call_metadata
     where phone_id in ('calls-a', 'calls-b') group by phone_id order by phone_id$$,
  $$values ('calls-a', 2), ('calls-b', 1)$$,
  'service_role sees the call metadata of every tenant'
);
select results_eq(
  $$insert into public.calls (phone_id, id, call_sid, caller_number)
    values ('calls-b', 'c1000000-0000-4000-8000-0000000000b9', 'CTsvc1', '+49305550109') returning phone_id, status::text$$,
  $$values ('calls-b', 'ringing')$$,
  'service_role inserts a call (ringing by default)'
);
select results_eq(
  $$insert into public.call_metadata (phone_id, call_id, metadata)
    values ('calls-b', 'c1000000-0000-4000-8000-0000000000b9', '{"intent": "cancel"}') returning metadata, custom_fields, tags$$,
  $$values ('{"intent": "cancel"}'::jsonb, '{}'::jsonb, '{}'::text[])$$,
  'service_role inserts call metadata (custom_fields and tags default to empty)'
);
select results_eq(
  $$update public.calls set status = 'answered' where phone_id = 'calls-b' and call_sid = 'CTb2' returning status::text$$,
  $$values ('answered')$$,
  'service_role changes a status'
);
select results_eq(
  $$update public.calls set recording_url = 'https://recordings.example.com/CTa1-v2.mp3', ai_confidence = 0.87
     where phone_id = 'calls-a' and call_sid = 'CTa1' returning recording_url, ai_confidence$$,
  $$values ('https://recordings.example.com/CTa1-v2.mp3', 0.87::numeric(3,2))$$,
  'service_role updates recording_url and ai_confidence'
);
select results_eq(
  $$update public.call_metadata set metadata = '{"intent": "booking", "service": "cleaning"}'
     where phone_id = 'calls-a' and call_id = 'c1000000-0000-4000-8000-0000000000a1' returning metadata$$,
  $$values ('{"intent": "booking", "service": "cleaning"}'::jsonb)$$,
  'service_role updates the extracted metadata'
);
select results_eq(
  $$delete from public.calls where phone_id = 'calls-b' and call_sid = 'CTsvc1' returning call_sid$$,
  $$values ('CTsvc1')$$,
  'service_role deletes a call'
);
select is_empty(
  $$select 1 from public.call_metadata where call_id = 'c1000000-0000-4000-8000-0000000000b9'$$,
  'deleting a call deleted its metadata (on delete cascade)'
);
select results_eq(
  $$delete from public.call_metadata where phone_id = 'calls-a' and call_id = 'c1000000-0000-4000-8000-0000000000a2'
    returning call_id::text$$,
  $$values ('c1000000-0000-4000-8000-0000000000a2')$$,
  'service_role deletes call metadata'
);
select results_eq(
  $$select count(*)::int from public.calls where phone_id = 'calls-a' and call_sid = 'CTa2'$$,
  $$values (1)$$,
  'deleting metadata leaves its call in place'
);
reset role;

-- What the matrix left behind (as postgres): only the permitted edits.
select results_eq(
  $$select call_sid, transcript, ai_summary, status::text from public.calls
     where phone_id in ('calls-a', 'calls-b') order by call_sid$$,
  $$values ('CTa1', 'Owner: corrected transcript', 'Owner: booked a cleaning', 'completed'),
           ('CTa2', 'Admin: transcript of CTa2', null, 'answered'),
           ('CTa3', null, 'Admin: caller hung up', 'failed'),
           ('CTb1', 'Admin B: Guten Tag, korrigiert', 'Admin B: hours', 'completed'),
           ('CTb2', null, null, 'answered')$$,
  'only the owners'', admins'' and service_role''s edits were stored; viewer, other tenant, outsider and anon changed nothing'
);
select results_eq(
  $$select call_id::text, tags, custom_fields from public.call_metadata
     where phone_id in ('calls-a', 'calls-b') order by call_id$$,
  $$values ('c1000000-0000-4000-8000-0000000000a1', '{new-patient,owner-tag}'::text[], '{"priority": "low"}'::jsonb),
           ('c1000000-0000-4000-8000-0000000000b1', '{info,b-tag}'::text[], '{}'::jsonb)$$,
  'only the owners'' and admins'' tag and custom field edits were stored'
);

-- ============================================================================
-- Constraints refuse bad input (as postgres, so only the constraint can refuse)
-- ============================================================================

-- A ringing call for the update cases, and calls-a's CTa3 (no metadata) for the metadata cases.
insert into public.calls (phone_id, id, call_sid, caller_number) values
  ('calls-a', 'c1000000-0000-4000-8000-0000000000c1', 'CTcheck1', '+13125550120');

-- calls_call_sid_format
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CT bad 1', '+13125550121')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_call_sid_format"',
  'a call_sid with spaces is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', '', '+13125550121')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_call_sid_format"',
  'an empty call_sid is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CT' || repeat('x', 63), '+13125550121')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_call_sid_format"',
  'a call_sid of 65 characters is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CT/../1', '+13125550121')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_call_sid_format"',
  'a call_sid with / and . is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTnl1' || chr(10), '+13125550121')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_call_sid_format"',
  'a call_sid with a trailing newline is refused ($ anchors at the very end)');
select is_empty(
  $$select call_sid from public.calls where phone_id = 'calls-a' and caller_number = '+13125550121'$$,
  'the refused call_sids stored nothing');
select lives_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CT' || repeat('x', 62), '+13125550122')$$,
  'a call_sid of 64 letters is accepted');

-- calls_caller_number_e164
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164a', '4155551234')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_caller_number_e164"',
  'a caller number without + is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164b', '+0123')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_caller_number_e164"',
  'a caller number starting +0 is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164c', '+1234567890123456')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_caller_number_e164"',
  'a caller number of 16 digits (longer than E.164) is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164d', '+123456')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_caller_number_e164"',
  'a caller number of 6 digits is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164e', '+1 415 555 1234')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_caller_number_e164"',
  'a caller number with spaces is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164f', 'anonymous')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_caller_number_e164"',
  'a withheld caller id sent as text is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164g', '+13125550123' || chr(10))$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_caller_number_e164"',
  'a caller number with a trailing newline is refused');
select is_empty($$select call_sid from public.calls where call_sid like 'CTe164%'$$,
  'the refused caller numbers stored nothing');
select lives_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTe164ok', '+123456789012345')$$,
  'a caller number of 15 digits is accepted');

-- calls_duration_nonnegative: ended_at = answered_at keeps every other constraint satisfied.
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration)
    values ('calls-a', 'CTdurneg', '+13125550123', 'completed', now() - interval '1 minute', now() - interval '1 minute', -1)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_duration_nonnegative"',
  'a negative duration is refused');
select is_empty($$select 1 from public.calls where call_sid = 'CTdurneg'$$,
  'the negative duration stored nothing');

-- calls_recording_url_https
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, recording_url)
    values ('calls-a', 'CTurl1', '+13125550124', 'http://recordings.example.com/CTurl1.mp3')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_recording_url_https"',
  'an http recording_url is refused');
select throws_ok(
  $$update public.calls set recording_url = 'recordings.example.com/CTcheck1.mp3' where call_sid = 'CTcheck1'$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_recording_url_https"',
  'a recording_url without a scheme is refused on update');
select is_empty(
  $$select 1 from public.calls where call_sid = 'CTurl1' or (call_sid = 'CTcheck1' and recording_url is not null)$$,
  'the refused recording urls stored nothing');

-- calls_status_timestamps
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at)
    values ('calls-a', 'CTts1', '+13125550125', 'ringing', now())$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_status_timestamps"',
  'a ringing call with answered_at is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration)
    values ('calls-a', 'CTts2', '+13125550125', 'answered', now() - interval '10 seconds', now(), 10)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_status_timestamps"',
  'an answered call with ended_at is refused');
select throws_ok(
  $$update public.calls set answered_at = now() where call_sid = 'CTcheck1'$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_status_timestamps"',
  'setting answered_at on a ringing call without changing its status is refused');
select is_empty(
  $$select 1 from public.calls where call_sid in ('CTts1', 'CTts2') or (call_sid = 'CTcheck1' and answered_at is not null)$$,
  'the refused timestamps stored nothing');

-- calls_ended_after_answered: only an end less than a second before the answer
-- passes the duration check, so that is the case where this constraint speaks.
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at)
    values ('calls-a', 'CTend1', '+13125550126', 'completed', now(), now() - interval '0.4 seconds')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ended_after_answered"',
  'a call that ends before it was answered is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at)
    values ('calls-a', 'CTend2', '+13125550126', 'failed', now(), now() - interval '1 hour')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ended_after_answered"',
  'a call that ends an hour before it was answered is refused by calls_ended_after_answered');
select is_empty($$select 1 from public.calls where call_sid in ('CTend1', 'CTend2')$$,
  'the calls ending before their answer stored nothing');

-- calls_duration_matches_times
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration)
    values ('calls-a', 'CTdur1', '+13125550127', 'completed', now() - interval '60 seconds', now(), 30)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_duration_matches_times"',
  'a duration of 30 s for a 60 s call is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration)
    values ('calls-a', 'CTdur2', '+13125550127', 'completed', now() - interval '60 seconds', now(), 62)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_duration_matches_times"',
  'a duration 2 s off the answered -> ended span is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, duration) values ('calls-a', 'CTdur3', '+13125550127', 5)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_duration_matches_times"',
  'a ringing call with a duration is refused');
select throws_ok(
  $$update public.calls set duration = 5 where call_sid = 'CTcheck1'$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_duration_matches_times"',
  'giving a ringing call a duration on update is refused');
select is_empty(
  $$select 1 from public.calls where call_sid in ('CTdur1', 'CTdur2', 'CTdur3') or (call_sid = 'CTcheck1' and duration <> 0)$$,
  'the mismatched durations stored nothing');
select lives_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration)
    values ('calls-a', 'CTdurok', '+13125550128', 'completed', now() - interval '60 seconds', now(), 61)$$,
  'a duration within a second of the answered -> ended span is accepted (provider rounding)');

-- calls_ai_confidence_range
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, ai_confidence) values ('calls-a', 'CTconf1', '+13125550129', 1.5)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ai_confidence_range"',
  'an ai_confidence of 1.5 is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, ai_confidence) values ('calls-a', 'CTconf2', '+13125550129', -0.1)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ai_confidence_range"',
  'an ai_confidence of -0.1 is refused');
select throws_ok(
  $$update public.calls set ai_confidence = 1.01 where call_sid = 'CTcheck1'$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ai_confidence_range"',
  'an ai_confidence of 1.01 is refused on update');
select is_empty(
  $$select 1 from public.calls where call_sid in ('CTconf1', 'CTconf2') or (call_sid = 'CTcheck1' and ai_confidence is not null)$$,
  'the refused confidences stored nothing');
select results_eq(
  $$insert into public.calls (phone_id, call_sid, caller_number, ai_confidence)
    values ('calls-a', 'CTconf3', '+13125550129', 0), ('calls-a', 'CTconf4', '+13125550129', 1),
           ('calls-a', 'CTconf5', '+13125550129', null)
    returning ai_confidence$$,
  $$values (0.00::numeric(3,2)), (1.00::numeric(3,2)), (null::numeric(3,2))$$,
  'ai_confidence 0, 1 and null (not scored) are accepted');

-- NOT NULL, enum, foreign keys and uniqueness of calls
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTnull1', null)$$,
  '23502', 'null value in column "caller_number" of relation "calls" violates not-null constraint',
  'a call without caller_number is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', null, '+13125550130')$$,
  '23502', 'null value in column "call_sid" of relation "calls" violates not-null constraint',
  'a call without call_sid is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status) values ('calls-a', 'CTnull3', '+13125550130', null)$$,
  '23502', 'null value in column "status" of relation "calls" violates not-null constraint',
  'a call with a null status is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values (null, 'CTnull4', '+13125550130')$$,
  '23502', 'null value in column "phone_id" of relation "calls" violates not-null constraint',
  'a call without phone_id is refused');
select throws_ok(
  $$update public.calls set duration = null where call_sid = 'CTcheck1'$$,
  '23502', 'null value in column "duration" of relation "calls" violates not-null constraint',
  'a null duration is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status) values ('calls-a', 'CTenum', '+13125550130', 'busy')$$,
  '22P02', 'invalid input value for enum call_status: "busy"',
  'a status outside the lifecycle is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-zz', 'CTfk1', '+13125550130')$$,
  '23503', 'insert or update on table "calls" violates foreign key constraint "calls_phone_id_fkey"',
  'a call of an unknown phone number is refused');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number) values ('calls-a', 'CTa1', '+13125550130')$$,
  '23505', 'duplicate key value violates unique constraint "calls_call_sid_key"',
  'a plain insert of a call_sid the phone already has is refused');
select is_empty(
  $$select call_sid from public.calls where call_sid in ('CTnull1', 'CTnull3', 'CTnull4', 'CTenum', 'CTfk1')
     or caller_number = '+13125550130'$$,
  'the refused calls stored nothing');

-- call_metadata_metadata_object
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, metadata) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', '[]')$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_metadata_object"',
  'metadata that is a JSON array is refused');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, metadata) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', '"booking"')$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_metadata_object"',
  'metadata that is a JSON string is refused');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, metadata) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', '42')$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_metadata_object"',
  'metadata that is a JSON number is refused');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, metadata) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', 'null')$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_metadata_object"',
  'metadata that is JSON null is refused');
select throws_ok(
  $$update public.call_metadata set metadata = '[{"intent": "booking"}]' where call_id = 'c1000000-0000-4000-8000-0000000000a1'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_metadata_object"',
  'replacing metadata with an array is refused');

-- call_metadata_custom_fields_object
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, custom_fields) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', '[]')$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_custom_fields_object"',
  'custom_fields that is a JSON array is refused');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, custom_fields) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', 'true')$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_custom_fields_object"',
  'custom_fields that is a JSON boolean is refused');
select throws_ok(
  $$update public.call_metadata set custom_fields = '"x"' where call_id = 'c1000000-0000-4000-8000-0000000000a1'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_custom_fields_object"',
  'replacing custom_fields with a string is refused');

-- call_metadata_tags_valid
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, tags) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', array[null]::text[])$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_valid"',
  'tags with a null element are refused');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, tags) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', array['vip', null, 'new'])$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_valid"',
  'tags with a null among other tags are refused');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, tags)
    values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', array(select 'tag-' || g from generate_series(1, 51) g))$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_valid"',
  '51 tags are refused');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, tags) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', '{{a,b},{c,d}}')$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_valid"',
  'a 2-dimensional tags array is refused');
select throws_ok(
  $$update public.call_metadata set tags = tags || array[null]::text[] where call_id = 'c1000000-0000-4000-8000-0000000000a1'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_valid"',
  'appending a null tag is refused on update');

-- NOT NULL, foreign keys and uniqueness of call_metadata
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, metadata) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', null)$$,
  '23502', 'null value in column "metadata" of relation "call_metadata" violates not-null constraint',
  'null metadata is refused');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, tags) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', null)$$,
  '23502', 'null value in column "tags" of relation "call_metadata" violates not-null constraint',
  'null tags are refused');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, custom_fields) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', null)$$,
  '23502', 'null value in column "custom_fields" of relation "call_metadata" violates not-null constraint',
  'null custom_fields are refused');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id) values ('calls-b', 'c1000000-0000-4000-8000-0000000000a3')$$,
  '23503', 'insert or update on table "call_metadata" violates foreign key constraint "call_metadata_call_fkey"',
  'metadata for a calls-a call filed under calls-b is refused: the key includes the tenant');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id) values ('calls-a', 'c1000000-0000-4000-8000-0000000000b1')$$,
  '23503', 'insert or update on table "call_metadata" violates foreign key constraint "call_metadata_call_fkey"',
  'metadata of calls-a for a calls-b call is refused');
select throws_ok(
  $$update public.call_metadata set phone_id = 'calls-b' where call_id = 'c1000000-0000-4000-8000-0000000000a1'$$,
  '23503', 'insert or update on table "call_metadata" violates foreign key constraint "call_metadata_call_fkey"',
  'moving metadata to the other tenant is refused');
select throws_ok(
  $$update public.calls set phone_id = 'calls-b' where phone_id = 'calls-a' and call_sid = 'CTa1'$$,
  '23503', 'update or delete on table "calls" violates foreign key constraint "call_metadata_call_fkey" on table "call_metadata"',
  'a call with metadata cannot be moved to the other tenant away from its metadata');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a1')$$,
  '23505', 'duplicate key value violates unique constraint "call_metadata_pkey"',
  'a call has at most one metadata row');
select is_empty(
  $$select phone_id from public.call_metadata
     where call_id = 'c1000000-0000-4000-8000-0000000000a3'
        or (phone_id = 'calls-a' and call_id = 'c1000000-0000-4000-8000-0000000000b1')$$,
  'the refused metadata rows stored nothing');
select results_eq(
  $$select phone_id, metadata, custom_fields, tags from public.call_metadata
     where call_id = 'c1000000-0000-4000-8000-0000000000a1'$$,
  $$values ('calls-a', '{"intent": "booking", "service": "cleaning"}'::jsonb, '{"priority": "low"}'::jsonb,
            '{new-patient,owner-tag}'::text[])$$,
  'the refused metadata updates left CTa1''s metadata as it was');
select results_eq(
  $$insert into public.call_metadata (phone_id, call_id, tags)
    values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', array(select 'tag-' || g from generate_series(1, 50) g))
    returning cardinality(tags), metadata, custom_fields$$,
  $$values (50, '{}'::jsonb, '{}'::jsonb)$$,
  '50 tags are accepted, and metadata and custom_fields default to empty objects');

-- ============================================================================
-- Status lifecycle (trigger private.check_call_status), as postgres
-- ============================================================================

-- One call per (from, to) pair, in the from state: CTpair-<from>-<to>.
insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration)
select 'calls-a', 'CTpair-' || f || '-' || t, '+13125550150', f::public.call_status,
       case f when 'answered' then now() - interval '30 seconds' when 'completed' then now() - interval '100 seconds' end,
       case f when 'completed' then now() - interval '40 seconds' when 'failed' then now() - interval '50 seconds' end,
       case f when 'completed' then 60 else 0 end
  from unnest(array['ringing', 'answered', 'completed', 'failed']) f,
       unnest(array['ringing', 'answered', 'completed', 'failed']) t;

create temporary table pair_before on commit drop as
select call_sid, status, answered_at, ended_at, duration from public.calls
 where phone_id = 'calls-a' and call_sid like 'CTpair-%';

create function pg_temp.pair_unchanged(sid text) returns boolean
language sql as $$
  select (c.status, c.answered_at, c.ended_at, c.duration) is not distinct from (b.status, b.answered_at, b.ended_at, b.duration)
    from public.calls c join pair_before b using (call_sid)
   where c.phone_id = 'calls-a' and c.call_sid = sid
$$;

select results_eq(
  $$select status::text, count(*)::int from pair_before group by status order by status$$,
  $$values ('answered', 4), ('completed', 4), ('failed', 4), ('ringing', 4)$$,
  'sixteen pair calls exist, four in each status'
);

-- The eight refused changes.
select throws_ok(
  $$update public.calls set status = 'completed' where phone_id = 'calls-a' and call_sid = 'CTpair-ringing-completed'$$,
  '23514', 'call CTpair-ringing-completed cannot change status from ringing to completed',
  'ringing -> completed is refused: a call is answered before it completes');
select ok(pg_temp.pair_unchanged('CTpair-ringing-completed'), 'the refused ringing -> completed left the call as it was');
select throws_ok(
  $$update public.calls set status = 'ringing' where phone_id = 'calls-a' and call_sid = 'CTpair-answered-ringing'$$,
  '23514', 'call CTpair-answered-ringing cannot change status from answered to ringing',
  'answered -> ringing is refused');
select ok(pg_temp.pair_unchanged('CTpair-answered-ringing'), 'the refused answered -> ringing left the call as it was');
select throws_ok(
  $$update public.calls set status = 'ringing' where phone_id = 'calls-a' and call_sid = 'CTpair-completed-ringing'$$,
  '23514', 'call CTpair-completed-ringing cannot change status from completed to ringing',
  'completed -> ringing is refused');
select ok(pg_temp.pair_unchanged('CTpair-completed-ringing'), 'the refused completed -> ringing left the call as it was');
select throws_ok(
  $$update public.calls set status = 'answered' where phone_id = 'calls-a' and call_sid = 'CTpair-completed-answered'$$,
  '23514', 'call CTpair-completed-answered cannot change status from completed to answered',
  'completed -> answered is refused');
select ok(pg_temp.pair_unchanged('CTpair-completed-answered'), 'the refused completed -> answered left the call as it was');
select throws_ok(
  $$update public.calls set status = 'failed' where phone_id = 'calls-a' and call_sid = 'CTpair-completed-failed'$$,
  '23514', 'call CTpair-completed-failed cannot change status from completed to failed',
  'completed -> failed is refused: a completed call stays completed');
select ok(pg_temp.pair_unchanged('CTpair-completed-failed'), 'the refused completed -> failed left the call as it was');
select throws_ok(
  $$update public.calls set status = 'ringing' where phone_id = 'calls-a' and call_sid = 'CTpair-failed-ringing'$$,
  '23514', 'call CTpair-failed-ringing cannot change status from failed to ringing',
  'failed -> ringing is refused');
select ok(pg_temp.pair_unchanged('CTpair-failed-ringing'), 'the refused failed -> ringing left the call as it was');
select throws_ok(
  $$update public.calls set status = 'answered' where phone_id = 'calls-a' and call_sid = 'CTpair-failed-answered'$$,
  '23514', 'call CTpair-failed-answered cannot change status from failed to answered',
  'failed -> answered is refused');
select ok(pg_temp.pair_unchanged('CTpair-failed-answered'), 'the refused failed -> answered left the call as it was');
select throws_ok(
  $$update public.calls set status = 'completed' where phone_id = 'calls-a' and call_sid = 'CTpair-failed-completed'$$,
  '23514', 'call CTpair-failed-completed cannot change status from failed to completed',
  'failed -> completed is refused');
select ok(pg_temp.pair_unchanged('CTpair-failed-completed'), 'the refused failed -> completed left the call as it was');

select is(
  pg_temp.error_of($$update public.calls set status = 'ringing' where phone_id = 'calls-a' and call_sid = 'CTpair-completed-ringing'$$),
  '23514 calls_status_transition: call CTpair-completed-ringing cannot change status from completed to ringing',
  'a refused status change reports SQLSTATE 23514 with constraint calls_status_transition'
);
select is(
  pg_temp.error_of($$update public.calls set status = 'ringing', answered_at = null, ended_at = null, duration = 0
                      where phone_id = 'calls-a' and call_sid = 'CTpair-completed-ringing'$$),
  '23514 calls_status_transition: call CTpair-completed-ringing cannot change status from completed to ringing',
  'a refused status change is refused even when the timestamps are cleared to fit the new status'
);

-- The same status again (a retried webhook) changes nothing.
select results_eq(
  $$update public.calls set status = 'ringing' where phone_id = 'calls-a' and call_sid = 'CTpair-ringing-ringing'
    returning status, answered_at, ended_at, duration$$,
  $$select status, answered_at, ended_at, duration from pair_before where call_sid = 'CTpair-ringing-ringing'$$,
  'ringing -> ringing is accepted and changes nothing');
select results_eq(
  $$update public.calls set status = 'answered' where phone_id = 'calls-a' and call_sid = 'CTpair-answered-answered'
    returning status, answered_at, ended_at, duration$$,
  $$select status, answered_at, ended_at, duration from pair_before where call_sid = 'CTpair-answered-answered'$$,
  'answered -> answered is accepted and keeps the original answered_at');
select results_eq(
  $$update public.calls set status = 'completed' where phone_id = 'calls-a' and call_sid = 'CTpair-completed-completed'
    returning status, answered_at, ended_at, duration$$,
  $$select status, answered_at, ended_at, duration from pair_before where call_sid = 'CTpair-completed-completed'$$,
  'completed -> completed is accepted and keeps the times and duration');
select results_eq(
  $$update public.calls set status = 'failed' where phone_id = 'calls-a' and call_sid = 'CTpair-failed-failed'
    returning status, answered_at, ended_at, duration$$,
  $$select status, answered_at, ended_at, duration from pair_before where call_sid = 'CTpair-failed-failed'$$,
  'failed -> failed is accepted and changes nothing');

-- The four allowed changes, and what they fill in.
select results_eq(
  $$update public.calls set status = 'answered' where phone_id = 'calls-a' and call_sid = 'CTpair-ringing-answered'
    returning status::text, answered_at = now(), ended_at is null, duration$$,
  $$values ('answered', true, true, 0)$$,
  'ringing -> answered is accepted and sets answered_at to now()');
select results_eq(
  $$update public.calls set status = 'completed' where phone_id = 'calls-a' and call_sid = 'CTpair-answered-completed'
    returning status::text, answered_at = now() - interval '30 seconds', ended_at = now(), duration$$,
  $$values ('completed', true, true, 30)$$,
  'answered -> completed without ended_at or duration is accepted: ends now(), duration derived (30 s)');
select results_eq(
  $$update public.calls set status = 'failed' where phone_id = 'calls-a' and call_sid = 'CTpair-ringing-failed'
    returning status::text, answered_at is null, ended_at = now(), duration$$,
  $$values ('failed', true, true, 0)$$,
  'ringing -> failed is accepted, sets ended_at to now() and keeps duration 0');
select results_eq(
  $$update public.calls set status = 'failed' where phone_id = 'calls-a' and call_sid = 'CTpair-answered-failed'
    returning status::text, answered_at = now() - interval '30 seconds', ended_at = now(), duration$$,
  $$values ('failed', true, true, 30)$$,
  'answered -> failed is accepted: ends now(), keeps answered_at, and the talk time (30 s) is the duration');

-- More of what the trigger fills in, on dedicated calls.
insert into public.calls (phone_id, call_sid, caller_number, status, answered_at) values
  ('calls-a', 'CTlife-dur42', '+13125550151', 'answered', now() - interval '50 seconds'),
  ('calls-a', 'CTlife-ended', '+13125550151', 'answered', now() - interval '80 seconds'),
  ('calls-a', 'CTlife-skew', '+13125550151', 'answered', now() + interval '5 seconds'),
  ('calls-a', 'CTlife-failsent', '+13125550151', 'ringing', null);

select results_eq(
  $$update public.calls set status = 'completed', duration = 42 where phone_id = 'calls-a' and call_sid = 'CTlife-dur42'
    returning ended_at = answered_at + interval '42 seconds', answered_at = now() - interval '50 seconds', duration$$,
  $$values (true, true, 42)$$,
  'completed with duration 42 and no ended_at: ended_at = answered_at + 42 s');
select results_eq(
  $$update public.calls set status = 'completed', ended_at = answered_at + interval '75 seconds'
     where phone_id = 'calls-a' and call_sid = 'CTlife-ended'
    returning ended_at = now() - interval '5 seconds', duration$$,
  $$values (true, 75)$$,
  'completed with ended_at and no duration: duration derived from answered_at -> ended_at (75 s)');
select results_eq(
  $$update public.calls set status = 'completed' where phone_id = 'calls-a' and call_sid = 'CTlife-skew'
    returning ended_at = answered_at, duration$$,
  $$values (true, 0)$$,
  'completed for a call answered "in the future" (clock skew) ends at answered_at, never before it');
select results_eq(
  $$update public.calls set status = 'failed', ended_at = now() - interval '3 seconds'
     where phone_id = 'calls-a' and call_sid = 'CTlife-failsent'
    returning ended_at = now() - interval '3 seconds', answered_at is null, duration$$,
  $$values (true, true, 0)$$,
  'failed with an ended_at sent by the webhook keeps that ended_at and duration 0');

select results_eq(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, duration)
    values ('calls-a', 'CTlife-direct60', '+13125550152', 'completed', 60)
    returning answered_at = now() - interval '60 seconds', ended_at = now(), duration$$,
  $$values (true, true, 60)$$,
  'a call inserted as completed with only duration 60: answered 60 s before it ended, ended now()');
select results_eq(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, ended_at, duration)
    values ('calls-a', 'CTlife-directend', '+13125550152', 'completed', now() - interval '1 hour', 90)
    returning answered_at = now() - interval '1 hour 90 seconds', ended_at = now() - interval '1 hour', duration$$,
  $$values (true, true, 90)$$,
  'a call inserted as completed with ended_at and duration 90: answered_at = ended_at - 90 s');
select results_eq(
  $$insert into public.calls (phone_id, call_sid, caller_number, status)
    values ('calls-a', 'CTlife-directbare', '+13125550152', 'completed')
    returning answered_at = now(), ended_at = now(), duration$$,
  $$values (true, true, 0)$$,
  'a call inserted as completed with nothing else: answered and ended now(), duration 0');
select results_eq(
  $$insert into public.calls (phone_id, call_sid, caller_number, status)
    values ('calls-a', 'CTlife-directans', '+13125550152', 'answered')
    returning answered_at = now(), ended_at is null, duration$$,
  $$values (true, true, 0)$$,
  'a call inserted as answered gets answered_at = now()');
select results_eq(
  $$insert into public.calls (phone_id, call_sid, caller_number, status)
    values ('calls-a', 'CTlife-directfail', '+13125550152', 'failed')
    returning answered_at is null, ended_at = now(), duration$$,
  $$values (true, true, 0)$$,
  'a call inserted as failed gets ended_at = now() and duration 0');
select results_eq(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration)
    values ('calls-a', 'CTlife-explicit', '+13125550152', 'completed',
            now() - interval '3 minutes', now() - interval '1 minute', 120)
    returning answered_at = now() - interval '3 minutes', ended_at = now() - interval '1 minute', duration$$,
  $$values (true, true, 120)$$,
  'a completed call with every time and the duration sent keeps them as sent');

-- ============================================================================
-- Webhook upserts (service_role): one row per (phone_id, call_sid)
-- ============================================================================

set local role service_role;
set local request.jwt.claims = '{"role":"service_role"}';
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('calls-a', 'CTwebhook1', '+13125550160', 'ringing')
    on conflict (phone_id, call_sid) do update set status = excluded.status$$,
  'the ringing webhook inserts the call');
reset role;
create temporary table webhook_first on commit drop as
select id from public.calls where phone_id = 'calls-a' and call_sid = 'CTwebhook1';

set local role service_role;
set local request.jwt.claims = '{"role":"service_role"}';
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
-- The guarded upsert the table comment recommends acknowledges a stale retry
-- without an error and without a change.
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
  'clearing answered_at of a completed call is refused by a check constraint, not silently refilled');
select isnt_empty(
  $$select 1 from public.calls where phone_id = 'calls-a' and call_sid = 'CTwebhook1' and answered_at is not null$$,
  'the completed call kept its answered_at');
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('calls-b', 'CTwebhook1', '+49305550160', 'ringing')
    on conflict (phone_id, call_sid) do update set status = excluded.status$$,
  'the same call_sid is accepted for the other tenant');
select results_eq(
  $$select phone_id, status::text from public.calls where call_sid = 'CTwebhook1' order by phone_id$$,
  $$values ('calls-a', 'completed'), ('calls-b', 'ringing')$$,
  'call_sid is unique per tenant, not globally: each tenant has its own CTwebhook1, untouched by the other');
reset role;

select results_eq(
  $$select id from public.calls where phone_id = 'calls-a' and call_sid = 'CTwebhook1'$$,
  $$select id from webhook_first$$,
  'the upserts kept the id the first webhook created');

-- ============================================================================
-- updated_at
-- ============================================================================

insert into public.calls (phone_id, id, call_sid, caller_number, created_at, updated_at) values
  ('calls-a', 'c1000000-0000-4000-8000-0000000000d1', 'CTupd1', '+13125550170', now() - interval '2 days', now() - interval '1 day'),
  ('calls-a', 'c1000000-0000-4000-8000-0000000000d2', 'CTupd2', '+13125550171', now() - interval '2 days', now() - interval '1 day'),
  ('calls-a', 'c1000000-0000-4000-8000-0000000000d3', 'CTupd3', '+13125550172', now() - interval '2 days', now() - interval '1 day');
insert into public.call_metadata (phone_id, call_id, created_at, updated_at) values
  ('calls-a', 'c1000000-0000-4000-8000-0000000000d1', now() - interval '2 days', now() - interval '1 day'),
  ('calls-a', 'c1000000-0000-4000-8000-0000000000d2', now() - interval '2 days', now() - interval '1 day');

set local role authenticated;
set local request.jwt.claims = '{"sub":"a1000000-0000-4000-8000-000000000002","role":"authenticated"}';
select results_eq(
  $$update public.calls set transcript = 'Admin: late correction' where call_sid = 'CTupd1'
    returning updated_at = now(), created_at = (now() - interval '2 days')::timestamptz(3)$$,
  $$values (true, true)$$,
  'an admin''s correction sets updated_at to now() and leaves created_at');
select results_eq(
  $$update public.call_metadata set tags = '{late}' where call_id = 'c1000000-0000-4000-8000-0000000000d1'
    returning updated_at = now(), created_at = now() - interval '2 days'$$,
  $$values (true, true)$$,
  'an admin''s tag edit sets the metadata''s updated_at to now() and leaves created_at');
reset role;

set local role authenticated;
set local request.jwt.claims = '{"sub":"a1000000-0000-4000-8000-000000000003","role":"authenticated"}';
select is_empty($$update public.calls set transcript = 'viewer' where call_sid = 'CTupd2' returning 1$$,
  'the viewer''s update of CTupd2 is filtered out');
reset role;

set local role service_role;
set local request.jwt.claims = '{"role":"service_role"}';
select results_eq(
  $$update public.calls set status = 'answered' where phone_id = 'calls-a' and call_sid = 'CTupd3'
    returning updated_at = now()$$,
  $$values (true)$$,
  'a status change by the service role sets updated_at to now()');
reset role;

select results_eq(
  $$select call_sid, updated_at = now() - interval '1 day' from public.calls
     where phone_id = 'calls-a' and call_sid like 'CTupd%' order by call_sid$$,
  $$values ('CTupd1', false), ('CTupd2', true), ('CTupd3', false)$$,
  'updated_at moved for the updated calls only; the filtered-out update left CTupd2''s past value'
);
select results_eq(
  $$select call_id::text, updated_at = now() - interval '1 day' from public.call_metadata
     where call_id in ('c1000000-0000-4000-8000-0000000000d1', 'c1000000-0000-4000-8000-0000000000d2') order by call_id$$,
  $$values ('c1000000-0000-4000-8000-0000000000d1', false), ('c1000000-0000-4000-8000-0000000000d2', true)$$,
  'updated_at moved for the edited metadata only'
);

select * from finish();
rollback;
