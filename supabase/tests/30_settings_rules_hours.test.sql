-- Receptionist configuration: public.voice_settings, public.conversation_rules,
-- public.business_hours, public.business_closures and public.is_open(phone_id, at)
-- (migrations 20261122000800, 0900 and 1000). Everything runs in one
-- transaction that is rolled back; fixtures are created here, never taken
-- from the seed.
--
-- Fixtures (all ids are fixed so failures are easy to read):
--   hours-a  +15550003001  America/Los_Angeles
--            owner b1…01, admin b1…02, viewer b1…03
--   hours-b  +15550003002  Europe/London
--            owner b1…04, admin b1…05
--   no membership: outsider b1…06
begin;
create extension if not exists pgtap with schema extensions;


select plan(238);

-- Fixtures (as postgres, which bypasses RLS) ----------------------------------

insert into auth.users (id, aud, role, email) values
  ('b1000000-0000-4000-8000-000000000001', 'authenticated', 'authenticated', 'owner@hours-a.test'),
  ('b1000000-0000-4000-8000-000000000002', 'authenticated', 'authenticated', 'admin@hours-a.test'),
  ('b1000000-0000-4000-8000-000000000003', 'authenticated', 'authenticated', 'viewer@hours-a.test'),
  ('b1000000-0000-4000-8000-000000000004', 'authenticated', 'authenticated', 'owner@hours-b.test'),
  ('b1000000-0000-4000-8000-000000000005', 'authenticated', 'authenticated', 'admin@hours-b.test'),
  ('b1000000-0000-4000-8000-000000000006', 'authenticated', 'authenticated', 'outsider@hours.test');

insert into public.phone_numbers (id, number, business_name, timezone) values
  ('hours-a', '+15550003001', 'Hours A Clinic', 'America/Los_Angeles'),
  ('hours-b', '+15550003002', 'Hours B Pub', 'Europe/London');

insert into public.phone_members (phone_id, user_id, role) values
  ('hours-a', 'b1000000-0000-4000-8000-000000000001', 'owner'),
  ('hours-a', 'b1000000-0000-4000-8000-000000000002', 'admin'),
  ('hours-a', 'b1000000-0000-4000-8000-000000000003', 'viewer'),
  ('hours-b', 'b1000000-0000-4000-8000-000000000004', 'owner'),
  ('hours-b', 'b1000000-0000-4000-8000-000000000005', 'admin');

-- ============================================================================
-- Structure
-- ============================================================================

select is_empty(
  $$select c.relname from pg_class c
     where c.oid in ('public.voice_settings'::regclass, 'public.conversation_rules'::regclass,
                     'public.business_hours'::regclass, 'public.business_closures'::regclass)
       and not c.relrowsecurity$$,
  'RLS is enabled on voice_settings, conversation_rules, business_hours and business_closures'
);
select results_eq(
  $$select tablename::text collate "default", cmd collate "default" from pg_policies
     where schemaname = 'public'
       and tablename in ('voice_settings', 'conversation_rules', 'business_hours', 'business_closures')
     order by 1, 2$$,
  $$values ('business_closures', 'DELETE'), ('business_closures', 'INSERT'), ('business_closures', 'SELECT'), ('business_closures', 'UPDATE'),
           ('business_hours', 'DELETE'), ('business_hours', 'INSERT'), ('business_hours', 'SELECT'), ('business_hours', 'UPDATE'),
           ('conversation_rules', 'DELETE'), ('conversation_rules', 'INSERT'), ('conversation_rules', 'SELECT'), ('conversation_rules', 'UPDATE'),
           ('voice_settings', 'SELECT'), ('voice_settings', 'UPDATE')$$,
  'one policy per command; voice_settings has only select and update policies'
);
select is_empty(
  $$select policyname from pg_policies
     where schemaname = 'public'
       and tablename in ('voice_settings', 'conversation_rules', 'business_hours', 'business_closures')
       and (roles <> '{authenticated}'::name[] or permissive <> 'PERMISSIVE'
            or (cmd in ('INSERT', 'UPDATE') and with_check is null))$$,
  'every policy is permissive, applies to authenticated only, and insert/update policies have a WITH CHECK'
);

select col_is_pk('public', 'voice_settings', array['phone_id'], 'the primary key of voice_settings is phone_id');
select col_is_pk('public', 'conversation_rules', array['phone_id', 'id'], 'the primary key of conversation_rules is (phone_id, id)');
select col_is_pk('public', 'business_hours', array['phone_id', 'id'], 'the primary key of business_hours is (phone_id, id)');
select col_is_pk('public', 'business_closures', array['phone_id', 'id'], 'the primary key of business_closures is (phone_id, id)');

-- Column privileges of authenticated.
create function pg_temp.cols(tbl regclass, priv text, who text default 'authenticated') returns text[]
language sql stable as $$
  select coalesce(array_agg(a.attname::text order by a.attname::text collate "C"), '{}')
    from pg_attribute a
   where a.attrelid = tbl and a.attnum > 0 and not a.attisdropped
     and has_column_privilege(who, a.attrelid, a.attnum, priv)
$$;
select is(pg_temp.cols('public.voice_settings', 'UPDATE'),
  array['greeting_message', 'language', 'speech_speed', 'voice_model', 'voice_name'],
  'authenticated may update only the voice columns of voice_settings');
select is(pg_temp.cols('public.voice_settings', 'INSERT'), '{}'::text[],
  'authenticated may insert no column of voice_settings');
select is(pg_temp.cols('public.conversation_rules', 'INSERT'),
  array['actions', 'conditions', 'is_active', 'phone_id', 'priority', 'rule_type'],
  'authenticated may insert only phone_id, rule_type, conditions, actions, priority, is_active of conversation_rules');
select is(pg_temp.cols('public.conversation_rules', 'UPDATE'),
  array['actions', 'conditions', 'is_active', 'priority', 'rule_type'],
  'authenticated may update conversation_rules but not phone_id, id or timestamps');
select is(pg_temp.cols('public.business_hours', 'INSERT'),
  array['closes_at', 'day_of_week', 'opens_at', 'phone_id'],
  'authenticated may insert only phone_id, day_of_week, opens_at, closes_at of business_hours');
select is(pg_temp.cols('public.business_hours', 'UPDATE'),
  array['closes_at', 'day_of_week', 'opens_at'],
  'authenticated may update business_hours but not phone_id, id or timestamps');
select is(pg_temp.cols('public.business_closures', 'INSERT'),
  array['ends_on', 'phone_id', 'reason', 'starts_on'],
  'authenticated may insert only phone_id, starts_on, ends_on, reason of business_closures');
select is(pg_temp.cols('public.business_closures', 'UPDATE'),
  array['ends_on', 'reason', 'starts_on'],
  'authenticated may update business_closures but not phone_id, id or timestamps');
select is_empty(
  $$select t::text from unnest(array['public.voice_settings', 'public.conversation_rules',
                                      'public.business_hours', 'public.business_closures']::regclass[]) t
     where pg_temp.cols(t, 'INSERT', 'anon') <> '{}' or pg_temp.cols(t, 'UPDATE', 'anon') <> '{}'$$,
  'anon may insert or update no column of these tables'
);
select table_privs_are('public', 'voice_settings', 'authenticated', array['SELECT'],
  'authenticated has only SELECT table-wide on voice_settings (no insert, delete, truncate)');
select table_privs_are('public', 'conversation_rules', 'authenticated', array['SELECT', 'DELETE'],
  'authenticated has only SELECT and DELETE table-wide on conversation_rules');
select table_privs_are('public', 'business_hours', 'authenticated', array['SELECT', 'DELETE'],
  'authenticated has only SELECT and DELETE table-wide on business_hours');
select table_privs_are('public', 'business_closures', 'authenticated', array['SELECT', 'DELETE'],
  'authenticated has only SELECT and DELETE table-wide on business_closures');

select enum_has_labels('public', 'rule_type', array['greeting', 'routing', 'transfer', 'hours'],
  'rule_type is greeting, routing, transfer, hours');
select is(
  (select indexdef from pg_indexes where schemaname = 'public' and indexname = 'conversation_rules_lookup_idx'),
  'CREATE INDEX conversation_rules_lookup_idx ON public.conversation_rules USING btree (phone_id, rule_type, priority, id) WHERE is_active',
  'the receptionist''s lookup has a partial index on (phone_id, rule_type, priority, id) of active rules'
);

select ok(
  (select provolatile = 's' and not prosecdef and proconfig @> array['search_path=""']
     from pg_proc where oid = 'public.is_open(text, timestamptz)'::regprocedure),
  'is_open is STABLE, not SECURITY DEFINER, with search_path = '''''
);
select is(has_function_privilege('anon', 'public.is_open(text, timestamptz)', 'EXECUTE'), false,
  'anon has no EXECUTE on is_open');
select is(has_function_privilege('authenticated', 'public.is_open(text, timestamptz)', 'EXECUTE'), true,
  'authenticated has EXECUTE on is_open');
select is(has_function_privilege('service_role', 'public.is_open(text, timestamptz)', 'EXECUTE'), true,
  'service_role has EXECUTE on is_open');

-- ============================================================================
-- voice_settings
-- ============================================================================

select results_eq(
  $$select phone_id, voice_model, voice_name, speech_speed, language, greeting_message
      from public.voice_settings where phone_id in ('hours-a', 'hours-b') order by phone_id$$,
  $$values ('hours-a', 'neural', 'Alloy', 1.00::numeric, 'en-US', null::text),
           ('hours-b', 'neural', 'Alloy', 1.00::numeric, 'en-US', null::text)$$,
  'inserting a phone number creates its voice_settings row with the defaults'
);
select throws_ok(
  $$insert into public.voice_settings (phone_id) values ('hours-a')$$,
  '23505', 'duplicate key value violates unique constraint "voice_settings_pkey"',
  'a phone has exactly one voice_settings row (phone_id is the key)'
);

-- Constraints (as postgres: the owner, no RLS).
select throws_ok($$update public.voice_settings set speech_speed = 0.49 where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_speech_speed_range"',
  'speech_speed 0.49 is refused (voice_settings_speech_speed_range)');
select throws_ok($$update public.voice_settings set speech_speed = 2.01 where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_speech_speed_range"',
  'speech_speed 2.01 is refused (voice_settings_speech_speed_range)');
select throws_ok($$update public.voice_settings set language = 'english' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_language_bcp47"',
  'language ''english'' is refused (voice_settings_language_bcp47)');
select throws_ok($$update public.voice_settings set language = 'en_US' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_language_bcp47"',
  'language ''en_US'' (underscore) is refused');
select throws_ok($$update public.voice_settings set language = 'EN-us' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_language_bcp47"',
  'language ''EN-us'' (non-canonical casing) is refused');
select throws_ok($$update public.voice_settings set language = 'en-USA' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_language_bcp47"',
  'language ''en-USA'' (three-letter region) is refused');
select throws_ok($$update public.voice_settings set greeting_message = '' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_greeting_length"',
  'an empty greeting_message is refused (voice_settings_greeting_length)');
select throws_ok($$update public.voice_settings set greeting_message = '   ' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_greeting_length"',
  'a blank greeting_message is refused');
select throws_ok($$update public.voice_settings set greeting_message = repeat('g', 501) where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_greeting_length"',
  'a 501-character greeting_message is refused');
select throws_ok($$update public.voice_settings set voice_model = 'Neural' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_voice_model_format"',
  'voice_model ''Neural'' (uppercase) is refused (voice_settings_voice_model_format)');
select throws_ok($$update public.voice_settings set voice_model = '' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_voice_model_format"',
  'an empty voice_model is refused');
select throws_ok($$update public.voice_settings set voice_name = '  ' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_voice_name_length"',
  'a blank voice_name is refused (voice_settings_voice_name_length)');
select throws_ok($$update public.voice_settings set voice_name = repeat('v', 65) where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_voice_name_length"',
  'a 65-character voice_name is refused');
select results_eq(
  $$select voice_model, voice_name, speech_speed, language, greeting_message
      from public.voice_settings where phone_id = 'hours-a'$$,
  $$values ('neural', 'Alloy', 1.00::numeric, 'en-US', null::text)$$,
  'the refused values stored nothing: hours-a still has the defaults'
);

select results_eq($$update public.voice_settings set speech_speed = 0.50 where phone_id = 'hours-a' returning speech_speed$$,
  $$values (0.50::numeric)$$, 'speech_speed 0.50 (the lower bound) is accepted');
select results_eq($$update public.voice_settings set speech_speed = 2.00 where phone_id = 'hours-a' returning speech_speed$$,
  $$values (2.00::numeric)$$, 'speech_speed 2.00 (the upper bound) is accepted');
select results_eq($$update public.voice_settings set language = 'fr' where phone_id = 'hours-a' returning language$$,
  $$values ('fr')$$, 'language ''fr'' is accepted');
select results_eq($$update public.voice_settings set language = 'es-419' where phone_id = 'hours-a' returning language$$,
  $$values ('es-419')$$, 'language ''es-419'' (numeric region) is accepted');
select results_eq($$update public.voice_settings set language = 'zh-Hans-CN' where phone_id = 'hours-a' returning language$$,
  $$values ('zh-Hans-CN')$$, 'language ''zh-Hans-CN'' (script and region) is accepted');
select results_eq($$update public.voice_settings set language = 'en-GB' where phone_id = 'hours-a' returning language$$,
  $$values ('en-GB')$$, 'language ''en-GB'' is accepted');
select results_eq(
  $$update public.voice_settings set greeting_message = repeat('g', 500) where phone_id = 'hours-a'
    returning char_length(greeting_message)$$,
  $$values (500)$$, 'a 500-character greeting_message is accepted');
select results_eq(
  $$update public.voice_settings
       set speech_speed = 1.00, language = 'en-US', greeting_message = null where phone_id = 'hours-a'
    returning greeting_message$$,
  $$values (null::text)$$, 'greeting_message may be null (the default greeting)');

-- RLS: members of any level read their phone's row only.
set local role authenticated;
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000001","role":"authenticated"}';
select results_eq($$select phone_id from public.voice_settings$$, $$values ('hours-a')$$,
  'owner of hours-a reads only the voice settings of hours-a');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000002","role":"authenticated"}';
select results_eq($$select phone_id from public.voice_settings$$, $$values ('hours-a')$$,
  'admin of hours-a reads only the voice settings of hours-a');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000003","role":"authenticated"}';
select results_eq($$select phone_id from public.voice_settings$$, $$values ('hours-a')$$,
  'viewer of hours-a reads only the voice settings of hours-a');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000004","role":"authenticated"}';
select results_eq($$select phone_id from public.voice_settings$$, $$values ('hours-b')$$,
  'owner of hours-b reads only the voice settings of hours-b');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000006","role":"authenticated"}';
select is_empty($$select phone_id from public.voice_settings$$, 'the outsider reads no voice settings');
reset role;
set local role anon;
set local request.jwt.claims = '{"role":"anon"}';
select is_empty($$select phone_id from public.voice_settings where phone_id in ('hours-a', 'hours-b')$$,
  'anon reads no voice settings');
select throws_ok($$update public.voice_settings set voice_name = 'Anon' where phone_id = 'hours-a'$$,
  '42501', 'permission denied for table voice_settings', 'anon cannot update voice settings');
reset role;

-- RLS: admins and owners update the voice columns; nobody else does.
set local role authenticated;
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000002","role":"authenticated"}';
select results_eq(
  $$update public.voice_settings
       set voice_model = 'neural-hd', voice_name = 'Nova', speech_speed = 1.25, language = 'es-419',
           greeting_message = 'Hola, clínica Hours A.'
     where phone_id = 'hours-a'
    returning voice_model, voice_name, speech_speed, language, greeting_message$$,
  $$values ('neural-hd', 'Nova', 1.25::numeric, 'es-419', 'Hola, clínica Hours A.')$$,
  'admin of hours-a updates every voice column of hours-a'
);
select throws_ok($$update public.voice_settings set phone_id = 'hours-b' where phone_id = 'hours-a'$$,
  '42501', 'permission denied for table voice_settings', 'admin of hours-a cannot change phone_id');
select throws_ok($$insert into public.voice_settings (phone_id) values ('hours-a')$$,
  '42501', 'permission denied for table voice_settings', 'admin of hours-a cannot insert voice settings');
select throws_ok($$delete from public.voice_settings where phone_id = 'hours-a'$$,
  '42501', 'permission denied for table voice_settings', 'admin of hours-a cannot delete voice settings');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000001","role":"authenticated"}';
select results_eq(
  $$update public.voice_settings set voice_name = 'Shimmer' where phone_id = 'hours-a' returning voice_name$$,
  $$values ('Shimmer')$$, 'owner of hours-a updates the voice settings of hours-a');
select is_empty(
  $$update public.voice_settings set voice_name = 'Stolen' where phone_id = 'hours-b' returning 1$$,
  'owner of hours-a updates nothing on hours-b');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000003","role":"authenticated"}';
select is_empty(
  $$update public.voice_settings set voice_name = 'Viewer' where phone_id = 'hours-a' returning 1$$,
  'viewer of hours-a updates 0 rows');
select throws_ok($$delete from public.voice_settings where phone_id = 'hours-a'$$,
  '42501', 'permission denied for table voice_settings', 'viewer of hours-a cannot delete voice settings');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000005","role":"authenticated"}';
select is_empty(
  $$update public.voice_settings set voice_name = 'Other' where phone_id = 'hours-a' returning 1$$,
  'admin of hours-b updates 0 rows of hours-a');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000006","role":"authenticated"}';
select is_empty(
  $$update public.voice_settings set voice_name = 'Outsider' returning 1$$,
  'the outsider updates 0 rows');
select throws_ok($$insert into public.voice_settings (phone_id) values ('hours-a')$$,
  '42501', 'permission denied for table voice_settings', 'the outsider cannot insert voice settings');
reset role;
select results_eq(
  $$select phone_id, voice_model, voice_name, speech_speed, language, greeting_message
      from public.voice_settings where phone_id in ('hours-a', 'hours-b') order by phone_id$$,
  $$values ('hours-a', 'neural-hd', 'Shimmer', 1.25::numeric, 'es-419', 'Hola, clínica Hours A.'),
           ('hours-b', 'neural', 'Alloy', 1.00::numeric, 'en-US', null::text)$$,
  'only the admin''s and owner''s updates were stored'
);

-- ============================================================================
-- conversation_rules
-- ============================================================================

-- Constraints (as postgres).
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-a', 'voicemail')$$,
  '22P02', 'invalid input value for enum rule_type: "voicemail"', 'a rule_type outside the enum is refused');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions) values ('hours-a', 'greeting', '[]')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_conditions_object"',
  'conditions as a JSON array is refused (conversation_rules_conditions_object)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions) values ('hours-a', 'greeting', '"open"')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_conditions_object"',
  'conditions as a JSON string is refused');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions) values ('hours-a', 'greeting', '42')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_conditions_object"',
  'conditions as a JSON number is refused');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions) values ('hours-a', 'greeting', 'null')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_conditions_object"',
  'conditions as JSON null is refused');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions) values ('hours-a', 'greeting', null)$$,
  '23502', null, 'conditions as SQL NULL is refused (not null)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, actions) values ('hours-a', 'greeting', '[{"say": "hi"}]')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_actions_object"',
  'actions as a JSON array is refused (conversation_rules_actions_object)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, actions) values ('hours-a', 'greeting', 'true')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_actions_object"',
  'actions as a JSON boolean is refused');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, actions) values ('hours-a', 'greeting', 'null')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_actions_object"',
  'actions as JSON null is refused');
-- {"k": "<n x>"} is n + 9 bytes as text: n = 16376 is one byte over the 16384 bound.
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions)
    values ('hours-a', 'greeting', jsonb_build_object('k', repeat('x', 16376)))$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_conditions_object"',
  'conditions of 16385 bytes are refused');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, actions)
    values ('hours-a', 'greeting', jsonb_build_object('k', repeat('x', 16376)))$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_actions_object"',
  'actions of 16385 bytes are refused');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, priority) values ('hours-a', 'greeting', -1)$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_priority_range"',
  'priority -1 is refused (conversation_rules_priority_range)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, priority) values ('hours-a', 'greeting', 1000001)$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_priority_range"',
  'priority 1000001 is refused');
select is_empty($$select 1 from public.conversation_rules where phone_id = 'hours-a'$$,
  'the refused rules stored nothing');
select results_eq(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions, actions, priority)
    values ('hours-a', 'transfer', jsonb_build_object('k', repeat('x', 16375)), jsonb_build_object('k', repeat('x', 16375)), 0),
           ('hours-a', 'transfer', '{}', '{}', 1000000)
    returning octet_length(conditions::text), priority$$,
  $$values (16384, 0), (2, 1000000)$$,
  'conditions and actions of exactly 16384 bytes, and priorities 0 and 1000000, are accepted'
);
select results_eq(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-a', 'hours')
    returning conditions, actions, priority, is_active$$,
  $$values ('{}'::jsonb, '{}'::jsonb, 0, true)$$,
  'a rule defaults to empty conditions and actions, priority 0, active'
);
delete from public.conversation_rules where phone_id = 'hours-a';

-- RLS: admins and owners add rules to their phones; nobody else does.
set local role authenticated;
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000002","role":"authenticated"}';
select results_eq(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions, actions, priority)
    values ('hours-a', 'routing', '{"intent": "booking"}', '{"collect": ["name"]}', 10)
    returning phone_id, rule_type::text$$,
  $$values ('hours-a', 'routing')$$,
  'admin of hours-a adds a rule to hours-a'
);
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-b', 'routing')$$,
  '42501', 'new row violates row-level security policy for table "conversation_rules"',
  'admin of hours-a cannot add a rule to hours-b');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, id, rule_type)
    values ('hours-a', 'b1000000-0000-4000-8000-0000000001ff', 'routing')$$,
  '42501', 'permission denied for table conversation_rules',
  'admin of hours-a cannot choose a rule''s id (column privileges)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, created_at)
    values ('hours-a', 'routing', '2000-01-01')$$,
  '42501', 'permission denied for table conversation_rules',
  'admin of hours-a cannot set a rule''s created_at (column privileges)');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000001","role":"authenticated"}';
select results_eq(
  $$insert into public.conversation_rules (phone_id, rule_type, actions, priority)
    values ('hours-a', 'transfer', '{"transfer_to": "+15550003999"}', 0)
    returning phone_id, rule_type::text$$,
  $$values ('hours-a', 'transfer')$$,
  'owner of hours-a adds a rule to hours-a'
);
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000003","role":"authenticated"}';
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-a', 'routing')$$,
  '42501', 'new row violates row-level security policy for table "conversation_rules"',
  'viewer of hours-a cannot add a rule');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000004","role":"authenticated"}';
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-a', 'routing')$$,
  '42501', 'new row violates row-level security policy for table "conversation_rules"',
  'owner of hours-b cannot add a rule to hours-a');
select results_eq(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-b', 'greeting') returning phone_id$$,
  $$values ('hours-b')$$, 'owner of hours-b adds a rule to hours-b');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000006","role":"authenticated"}';
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-a', 'routing')$$,
  '42501', 'new row violates row-level security policy for table "conversation_rules"',
  'the outsider cannot add a rule');
reset role;
set local role anon;
set local request.jwt.claims = '{"role":"anon"}';
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-a', 'routing')$$,
  '42501', 'permission denied for table conversation_rules', 'anon cannot add a rule');
select is_empty($$select 1 from public.conversation_rules where phone_id in ('hours-a', 'hours-b')$$,
  'anon reads no rules');
select is_empty($$delete from public.conversation_rules where phone_id in ('hours-a', 'hours-b') returning 1$$,
  'anon deletes no rules');
reset role;

-- RLS: members read the rules of their phones only.
set local role authenticated;
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000003","role":"authenticated"}';
select results_eq(
  $$select phone_id, rule_type::text from public.conversation_rules order by rule_type$$,
  $$values ('hours-a', 'routing'), ('hours-a', 'transfer')$$,
  'viewer of hours-a reads the two rules of hours-a and no other');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000005","role":"authenticated"}';
select results_eq(
  $$select phone_id, rule_type::text from public.conversation_rules$$,
  $$values ('hours-b', 'greeting')$$,
  'admin of hours-b reads the rule of hours-b and none of hours-a');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000006","role":"authenticated"}';
select is_empty($$select 1 from public.conversation_rules$$, 'the outsider reads no rules');
reset role;

-- RLS: only admins and owners of the rule's phone change or delete it; no
-- rule moves to another phone.
set local role authenticated;
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000003","role":"authenticated"}';
select is_empty(
  $$update public.conversation_rules set priority = 99 where phone_id = 'hours-a' returning 1$$,
  'viewer of hours-a updates 0 rules');
select is_empty(
  $$delete from public.conversation_rules where phone_id = 'hours-a' returning 1$$,
  'viewer of hours-a deletes 0 rules');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000004","role":"authenticated"}';
select is_empty(
  $$update public.conversation_rules set priority = 99 where phone_id = 'hours-a' returning 1$$,
  'owner of hours-b updates 0 rules of hours-a');
select is_empty(
  $$delete from public.conversation_rules where phone_id = 'hours-a' returning 1$$,
  'owner of hours-b deletes 0 rules of hours-a');
select throws_ok(
  $$update public.conversation_rules set phone_id = 'hours-a' where phone_id = 'hours-b'$$,
  '42501', 'permission denied for table conversation_rules',
  'owner of hours-b cannot move a rule to another phone (update phone_id)');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000006","role":"authenticated"}';
select is_empty($$update public.conversation_rules set priority = 99 returning 1$$, 'the outsider updates 0 rules');
select is_empty($$delete from public.conversation_rules returning 1$$, 'the outsider deletes 0 rules');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000002","role":"authenticated"}';
select throws_ok(
  $$update public.conversation_rules set phone_id = 'hours-b' where phone_id = 'hours-a'$$,
  '42501', 'permission denied for table conversation_rules',
  'admin of hours-a cannot move a rule to another phone (update phone_id)');
select throws_ok(
  $$update public.conversation_rules set id = gen_random_uuid() where phone_id = 'hours-a'$$,
  '42501', 'permission denied for table conversation_rules',
  'admin of hours-a cannot change a rule''s id');
select results_eq(
  $$update public.conversation_rules set priority = 20, is_active = false
     where phone_id = 'hours-a' and rule_type = 'routing' returning priority, is_active$$,
  $$values (20, false)$$,
  'admin of hours-a changes a rule of hours-a');
select results_eq(
  $$with d as (delete from public.conversation_rules where phone_id = 'hours-a' returning rule_type::text as t)
    select t from d order by t$$,
  $$values ('routing'), ('transfer')$$,
  'admin of hours-a deletes the rules of hours-a');
reset role;
select results_eq(
  $$select phone_id, rule_type::text from public.conversation_rules where phone_id in ('hours-a', 'hours-b')$$,
  $$values ('hours-b', 'greeting')$$,
  'only the admin''s deletes took effect: the rule of hours-b is intact');

-- The receptionist's lookup: active rules of one phone and type, by priority then id.
insert into public.conversation_rules (phone_id, id, rule_type, actions, priority, is_active) values
  ('hours-a', 'b1000000-0000-4000-8000-000000000101', 'greeting', '{"say": "third"}', 10, true),
  ('hours-a', 'b1000000-0000-4000-8000-000000000103', 'greeting', '{"say": "second"}', 5, true),
  ('hours-a', 'b1000000-0000-4000-8000-000000000102', 'greeting', '{"say": "first"}', 5, true),
  ('hours-a', 'b1000000-0000-4000-8000-000000000104', 'greeting', '{"say": "inactive"}', 1, false),
  ('hours-a', 'b1000000-0000-4000-8000-000000000105', 'routing', '{"say": "other type"}', 0, true),
  ('hours-b', 'b1000000-0000-4000-8000-000000000106', 'greeting', '{"say": "other phone"}', 0, true);

set local role service_role;
set local request.jwt.claims = '{"role":"service_role"}';
select results_eq(
  $$select id::text, actions ->> 'say' from public.conversation_rules
     where phone_id = 'hours-a' and rule_type = 'greeting' and is_active order by priority, id$$,
  $$values ('b1000000-0000-4000-8000-000000000102', 'first'),
           ('b1000000-0000-4000-8000-000000000103', 'second'),
           ('b1000000-0000-4000-8000-000000000101', 'third')$$,
  'the receptionist''s lookup returns the active greeting rules of hours-a by priority, ties by id, without the inactive one'
);
reset role;
set local role authenticated;
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000002","role":"authenticated"}';
select results_eq(
  $$update public.conversation_rules set is_active = true
     where phone_id = 'hours-a' and id = 'b1000000-0000-4000-8000-000000000104' returning is_active$$,
  $$values (true)$$, 'admin of hours-a activates the inactive greeting rule');
reset role;
set local role authenticated;
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000003","role":"authenticated"}';
select results_eq(
  $$select id::text from public.conversation_rules
     where phone_id = 'hours-a' and rule_type = 'greeting' and is_active order by priority, id$$,
  $$values ('b1000000-0000-4000-8000-000000000104'), ('b1000000-0000-4000-8000-000000000102'),
           ('b1000000-0000-4000-8000-000000000103'), ('b1000000-0000-4000-8000-000000000101')$$,
  'as a member, the lookup now starts with the activated priority-1 rule'
);
reset role;

-- ============================================================================
-- business_hours: constraints (as postgres, on hours-b; cleared afterwards)
-- ============================================================================

select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 7, '08:00', '12:00')$$,
  '23514', 'new row for relation "business_hours" violates check constraint "business_hours_day_of_week_range"',
  'day_of_week 7 is refused (business_hours_day_of_week_range)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', -1, '08:00', '12:00')$$,
  '23514', 'new row for relation "business_hours" violates check constraint "business_hours_day_of_week_range"',
  'day_of_week -1 is refused');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '24:00', '02:00')$$,
  '23514', 'new row for relation "business_hours" violates check constraint "business_hours_opens_at_range"',
  'opens_at 24:00 is refused (business_hours_opens_at_range)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '08:00:30', '12:00')$$,
  '23514', 'new row for relation "business_hours" violates check constraint "business_hours_whole_minutes"',
  'opens_at with seconds is refused (business_hours_whole_minutes)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '08:00', '12:00:00.5')$$,
  '23514', 'new row for relation "business_hours" violates check constraint "business_hours_whole_minutes"',
  'closes_at with a fraction of a second is refused');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '09:00', '09:00')$$,
  '23514', 'new row for relation "business_hours" violates check constraint "business_hours_not_empty"',
  'an empty interval (opens_at = closes_at) is refused (business_hours_not_empty)');
select is_empty($$select 1 from public.business_hours where phone_id = 'hours-b'$$,
  'the refused intervals stored nothing');

-- The exclusion constraint over the minutes of the week.
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '08:00', '12:00')$$,
  'Mon 08:00-12:00 is stored');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '11:00', '14:00')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Mon 11:00-14:00 overlapping Mon 08:00-12:00 is refused (business_hours_no_overlap)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '07:00', '08:01')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Mon 07:00-08:01 overlapping by one minute is refused');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '09:00', '10:00')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Mon 09:00-10:00 inside Mon 08:00-12:00 is refused');
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '12:00', '13:00')$$,
  'touching intervals are allowed: Mon 12:00-13:00 after Mon 08:00-12:00');
select throws_ok(
  $$update public.business_hours set opens_at = '11:59' where phone_id = 'hours-b' and day_of_week = 1 and opens_at = '12:00'$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'an update that makes two intervals overlap is refused');
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
    values ('hours-b', 2, '08:00', '12:00'), ('hours-b', 2, '13:00', '17:00')$$,
  'a split shift is allowed: Tue 08:00-12:00 and 13:00-17:00');
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 5, '22:00', '02:00')$$,
  'an overnight interval Fri 22:00-02:00 is stored');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 6, '01:00', '03:00')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Sat 01:00-03:00 overlapping the tail of Fri 22:00-02:00 is refused');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 5, '23:00', '23:30')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Fri 23:00-23:30 inside Fri 22:00-02:00 is refused');
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 6, '02:00', '09:00')$$,
  'Sat 02:00-09:00, touching the end of Fri 22:00-02:00, is allowed');
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 6, '22:00', '02:00')$$,
  'Sat 22:00-02:00, wrapping into Sunday, is stored');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 0, '01:00', '05:00')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Sun 01:00-05:00 overlapping Sat 22:00-02:00 across the end of the week is refused');
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 0, '02:00', '05:00')$$,
  'Sun 02:00-05:00, touching the end of Sat 22:00-02:00, is allowed');
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 3, '00:00', '24:00')$$,
  'a whole day Wed 00:00-24:00 is allowed');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 3, '10:00', '11:00')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Wed 10:00-11:00 inside Wed 00:00-24:00 is refused');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 2, '22:00', '00:30')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Tue 22:00-00:30 running into Wed 00:00-24:00 is refused');
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-a', 1, '08:00', '12:00')$$,
  'the same interval Mon 08:00-12:00 is allowed in another tenant');
select results_eq(
  $$select day_of_week::int, opens_at::text, closes_at::text from public.business_hours
     where phone_id = 'hours-b' order by day_of_week, opens_at$$,
  $$values (0, '02:00:00', '05:00:00'), (1, '08:00:00', '12:00:00'), (1, '12:00:00', '13:00:00'),
           (2, '08:00:00', '12:00:00'), (2, '13:00:00', '17:00:00'), (3, '00:00:00', '24:00:00'),
           (5, '22:00:00', '02:00:00'), (6, '02:00:00', '09:00:00'), (6, '22:00:00', '02:00:00')$$,
  'hours-b holds exactly the allowed intervals; nothing refused was stored'
);
delete from public.business_hours where phone_id in ('hours-a', 'hours-b');

-- business_closures: constraints (as postgres, on hours-b; cleared afterwards).
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on) values ('hours-b', '2026-12-26', '2026-12-25')$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_dates_ordered"',
  'a closure ending before it starts is refused (business_closures_dates_ordered)');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason) values ('hours-b', '2026-12-25', '2026-12-25', '')$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_reason_length"',
  'an empty reason is refused (business_closures_reason_length)');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason) values ('hours-b', '2026-12-25', '2026-12-25', '   ')$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_reason_length"',
  'a blank reason is refused');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason) values ('hours-b', '2026-12-25', '2026-12-25', repeat('r', 201))$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_reason_length"',
  'a 201-character reason is refused');
select is_empty($$select 1 from public.business_closures where phone_id = 'hours-b'$$,
  'the refused closures stored nothing');
select results_eq(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason)
    values ('hours-b', '2026-12-25', '2026-12-25', null), ('hours-b', '2026-12-26', '2026-12-31', repeat('r', 200))
    returning ends_on - starts_on, char_length(reason)$$,
  $$values (0, null::int), (5, 200)$$,
  'a one-day closure without a reason and a six-day closure with a 200-character reason are accepted'
);
delete from public.business_closures where phone_id = 'hours-b';

-- ============================================================================
-- business_hours and business_closures: RLS. The admin and the owner of
-- hours-a build the hours is_open is tested on below.
-- ============================================================================

set local role authenticated;
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000002","role":"authenticated"}';
-- Split shift Mon-Fri 08:00-12:00 and 13:00-17:00, Sunday 09:00-17:00,
-- Friday 22:00-02:00 overnight (local time, America/Los_Angeles).
select results_eq(
  $$with i as (
      insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
      select 'hours-a', d, s.opens_at, s.closes_at
        from generate_series(1, 5) d,
             (values (time '08:00', time '12:00'), (time '13:00', time '17:00')) s(opens_at, closes_at)
      union all select 'hours-a', 0, '09:00', '17:00'
      union all select 'hours-a', 5, '22:00', '02:00'
      returning 1)
    select count(*)::int from i$$,
  $$values (12)$$,
  'admin of hours-a adds twelve opening intervals to hours-a'
);
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-a', 1, '11:00', '14:00')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'the overlap check also holds for a signed-in admin');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '08:00', '12:00')$$,
  '42501', 'new row violates row-level security policy for table "business_hours"',
  'admin of hours-a cannot add hours to hours-b');
select throws_ok(
  $$insert into public.business_hours (phone_id, id, day_of_week, opens_at, closes_at)
    values ('hours-a', 'b1000000-0000-4000-8000-0000000002ff', 6, '10:00', '11:00')$$,
  '42501', 'permission denied for table business_hours',
  'admin of hours-a cannot choose an interval''s id (column privileges)');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000001","role":"authenticated"}';
select results_eq(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason)
    values ('hours-a', '2026-12-25', '2026-12-25', 'Christmas') returning reason$$,
  $$values ('Christmas')$$,
  'owner of hours-a adds a closure on Friday 2026-12-25');
select results_eq(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
    values ('hours-a', 6, '10:00', '11:00') returning day_of_week::int$$,
  $$values (6)$$,
  'owner of hours-a adds a scratch interval Sat 10:00-11:00');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000002","role":"authenticated"}';
select results_eq(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason)
    values ('hours-a', '2027-02-01', '2027-02-02', 'Scratch') returning reason$$,
  $$values ('Scratch')$$,
  'admin of hours-a adds a scratch closure');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on) values ('hours-b', '2026-12-25', '2026-12-25')$$,
  '42501', 'new row violates row-level security policy for table "business_closures"',
  'admin of hours-a cannot add a closure to hours-b');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, created_at)
    values ('hours-a', '2027-03-01', '2027-03-01', '2000-01-01')$$,
  '42501', 'permission denied for table business_closures',
  'admin of hours-a cannot set a closure''s created_at (column privileges)');

set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000003","role":"authenticated"}';
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-a', 6, '12:00', '13:00')$$,
  '42501', 'new row violates row-level security policy for table "business_hours"',
  'viewer of hours-a cannot add hours');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on) values ('hours-a', '2027-03-01', '2027-03-01')$$,
  '42501', 'new row violates row-level security policy for table "business_closures"',
  'viewer of hours-a cannot add a closure');
select results_eq(
  $$select phone_id, count(*)::int from public.business_hours group by phone_id$$,
  $$values ('hours-a', 13)$$,
  'viewer of hours-a reads the 13 intervals of hours-a and no other');
select results_eq(
  $$select phone_id, count(*)::int from public.business_closures group by phone_id$$,
  $$values ('hours-a', 2)$$,
  'viewer of hours-a reads the 2 closures of hours-a and no other');
select is_empty(
  $$update public.business_hours set closes_at = '12:00' where phone_id = 'hours-a' returning 1$$,
  'viewer of hours-a updates 0 intervals');
select is_empty(
  $$delete from public.business_hours where phone_id = 'hours-a' returning 1$$,
  'viewer of hours-a deletes 0 intervals');
select is_empty(
  $$update public.business_closures set reason = 'Viewer' where phone_id = 'hours-a' returning 1$$,
  'viewer of hours-a updates 0 closures');
select is_empty(
  $$delete from public.business_closures where phone_id = 'hours-a' returning 1$$,
  'viewer of hours-a deletes 0 closures');

set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000004","role":"authenticated"}';
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-a', 6, '12:00', '13:00')$$,
  '42501', 'new row violates row-level security policy for table "business_hours"',
  'owner of hours-b cannot add hours to hours-a');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on) values ('hours-a', '2027-03-01', '2027-03-01')$$,
  '42501', 'new row violates row-level security policy for table "business_closures"',
  'owner of hours-b cannot add a closure to hours-a');
select is_empty($$select 1 from public.business_hours where phone_id = 'hours-a'$$,
  'owner of hours-b reads no hours of hours-a');
select is_empty($$select 1 from public.business_closures where phone_id = 'hours-a'$$,
  'owner of hours-b reads no closures of hours-a');
select is_empty(
  $$update public.business_hours set closes_at = '12:00' where phone_id = 'hours-a' returning 1$$,
  'owner of hours-b updates 0 intervals of hours-a');
select is_empty(
  $$delete from public.business_hours where phone_id = 'hours-a' returning 1$$,
  'owner of hours-b deletes 0 intervals of hours-a');
select is_empty(
  $$update public.business_closures set reason = 'Other' where phone_id = 'hours-a' returning 1$$,
  'owner of hours-b updates 0 closures of hours-a');
select is_empty(
  $$delete from public.business_closures where phone_id = 'hours-a' returning 1$$,
  'owner of hours-b deletes 0 closures of hours-a');

set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000006","role":"authenticated"}';
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-a', 6, '12:00', '13:00')$$,
  '42501', 'new row violates row-level security policy for table "business_hours"',
  'the outsider cannot add hours');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on) values ('hours-a', '2027-03-01', '2027-03-01')$$,
  '42501', 'new row violates row-level security policy for table "business_closures"',
  'the outsider cannot add a closure');
select is_empty(
  $$select 1 from public.business_hours union all select 1 from public.business_closures$$,
  'the outsider reads no hours and no closures');
select is_empty(
  $$with h as (update public.business_hours set closes_at = '12:00' returning 1),
         c as (delete from public.business_closures returning 1)
    select * from h union all select * from c$$,
  'the outsider updates no hours and deletes no closures');
reset role;

set local role anon;
set local request.jwt.claims = '{"role":"anon"}';
select is_empty(
  $$select 1 from public.business_hours where phone_id = 'hours-a'
    union all select 1 from public.business_closures where phone_id = 'hours-a'$$,
  'anon reads no hours and no closures');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-a', 6, '12:00', '13:00')$$,
  '42501', 'permission denied for table business_hours', 'anon cannot add hours');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on) values ('hours-a', '2027-03-01', '2027-03-01')$$,
  '42501', 'permission denied for table business_closures', 'anon cannot add a closure');
reset role;

set local role authenticated;
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000002","role":"authenticated"}';
select throws_ok(
  $$update public.business_hours set phone_id = 'hours-b' where phone_id = 'hours-a' and day_of_week = 6$$,
  '42501', 'permission denied for table business_hours',
  'admin of hours-a cannot move an interval to another phone (update phone_id)');
select throws_ok(
  $$update public.business_closures set phone_id = 'hours-b' where phone_id = 'hours-a' and reason = 'Scratch'$$,
  '42501', 'permission denied for table business_closures',
  'admin of hours-a cannot move a closure to another phone (update phone_id)');
select results_eq(
  $$update public.business_hours set closes_at = '11:30' where phone_id = 'hours-a' and day_of_week = 6 and opens_at = '10:00'
    returning closes_at::text$$,
  $$values ('11:30:00')$$,
  'admin of hours-a changes an interval of hours-a');
select results_eq(
  $$update public.business_closures set reason = 'Scratch, moved' where phone_id = 'hours-a' and reason = 'Scratch'
    returning reason$$,
  $$values ('Scratch, moved')$$,
  'admin of hours-a changes a closure of hours-a');
select results_eq(
  $$delete from public.business_hours where phone_id = 'hours-a' and day_of_week = 6 and opens_at = '10:00'
    returning closes_at::text$$,
  $$values ('11:30:00')$$,
  'admin of hours-a deletes an interval of hours-a');
select results_eq(
  $$delete from public.business_closures where phone_id = 'hours-a' and reason = 'Scratch, moved' returning reason$$,
  $$values ('Scratch, moved')$$,
  'admin of hours-a deletes a closure of hours-a');
reset role;
select results_eq(
  $$select (select count(*)::int from public.business_hours where phone_id = 'hours-a'),
           (select count(*)::int from public.business_closures where phone_id = 'hours-a'),
           (select count(*)::int from public.business_hours where phone_id = 'hours-b')$$,
  $$values (12, 1, 0)$$,
  'after the RLS checks hours-a has its 12 intervals and 1 closure, hours-b no hours'
);

-- ============================================================================
-- is_open: the business's wall-clock time, never a fixed UTC offset.
-- hours-a is in America/Los_Angeles: PDT = UTC-7 in summer, PST = UTC-8 in winter.
-- ============================================================================

set local role service_role;
set local request.jwt.claims = '{"role":"service_role"}';

-- An ordinary week in June (PDT, UTC-7): Monday 2026-06-15 ... Saturday 2026-06-20.
select is(public.is_open('hours-a', '2026-06-15 14:59+00'), false,   -- Mon 07:59 PDT
  'Mon 07:59 local, a minute before opening: closed');
select is(public.is_open('hours-a', '2026-06-15 15:00+00'), true,    -- Mon 08:00 PDT
  'Mon 08:00 local: open (opens_at is inclusive)');
select is(public.is_open('hours-a', '2026-06-15 17:00+00'), true,    -- Mon 10:00 PDT
  'Mon 10:00 local, in the morning shift: open');
select is(public.is_open('hours-a', '2026-06-15 19:00+00'), false,   -- Mon 12:00 PDT
  'Mon 12:00 local: closed (the morning shift''s closes_at is exclusive)');
select is(public.is_open('hours-a', '2026-06-15 19:30+00'), false,   -- Mon 12:30 PDT
  'Mon 12:30 local, at lunch: closed');
select is(public.is_open('hours-a', '2026-06-15 20:00+00'), true,    -- Mon 13:00 PDT
  'Mon 13:00 local: open again for the afternoon shift');
select is(public.is_open('hours-a', '2026-06-15 23:59+00'), true,    -- Mon 16:59 PDT
  'Mon 16:59 local: open');
select is(public.is_open('hours-a', '2026-06-16 00:00+00'), false,   -- Mon 17:00 PDT
  'Mon 17:00 local: closed');
select is(public.is_open('hours-a', '2026-06-16 00:30+00'), false,   -- Mon 17:30 PDT
  'Mon 17:30 local, after closing: closed');
select is(public.is_open('hours-a', '2026-06-20 01:00+00'), false,   -- Fri 18:00 PDT
  'Fri 18:00 local, between the afternoon shift and the late opening: closed');
select is(public.is_open('hours-a', '2026-06-20 05:00+00'), true,    -- Fri 22:00 PDT
  'Fri 22:00 local: the overnight interval opens');
select is(public.is_open('hours-a', '2026-06-20 07:30+00'), true,    -- Fri 23:30 PDT
  'Fri 23:30 local: open');
select is(public.is_open('hours-a', '2026-06-20 08:00+00'), true,    -- Sat 01:00 PDT
  'Sat 01:00 local, after midnight in the Friday overnight interval: open');
select is(public.is_open('hours-a', '2026-06-20 08:59+00'), true,    -- Sat 01:59 PDT
  'Sat 01:59 local: still open');
select is(public.is_open('hours-a', '2026-06-20 09:00+00'), false,   -- Sat 02:00 PDT
  'Sat 02:00 local: closed (closes_at of the overnight interval is exclusive)');
select is(public.is_open('hours-a', '2026-06-20 19:00+00'), false,   -- Sat 12:00 PDT
  'Sat 12:00 local, no Saturday hours: closed');
select is(public.is_open('hours-a', '2026-06-18 08:00+00'), false,   -- Thu 01:00 PDT
  'Thu 01:00 local: closed (only Friday''s interval runs past midnight)');

-- Holiday: Friday 2026-12-25 is closed (PST, UTC-8).
select is(public.is_open('hours-a', '2026-12-24 18:00+00'), true,    -- Thu Dec 24 10:00 PST
  'the day before the closure, Thu 10:00 local: open');
select is(public.is_open('hours-a', '2026-12-25 18:00+00'), false,   -- Fri Dec 25 10:00 PST
  'on the closure date, Fri 10:00 local (morning shift): closed');
select is(public.is_open('hours-a', '2026-12-25 22:00+00'), false,   -- Fri Dec 25 14:00 PST
  'on the closure date, Fri 14:00 local (afternoon shift): closed');
select is(public.is_open('hours-a', '2026-12-26 07:00+00'), false,   -- Fri Dec 25 23:00 PST
  'on the closure date, Fri 23:00 local (overnight interval): closed');
select is(public.is_open('hours-a', '2026-12-26 09:00+00'), false,   -- Sat Dec 26 01:00 PST
  'Sat 01:00 local after the closure date: the overnight interval that would have opened on the closure date stays closed');
select is(public.is_open('hours-a', '2026-12-19 09:00+00'), true,    -- Sat Dec 19 01:00 PST
  'the Saturday before, 01:00 local, with no closure: open (same season, same offset)');
-- The closure of the day an interval opened decides: a closure on Saturday
-- 2026-06-27 does not cut short Friday's overnight interval (as documented).
insert into public.business_closures (phone_id, starts_on, ends_on, reason)
values ('hours-a', '2026-06-27', '2026-06-27', 'Saturday closure');
select is(public.is_open('hours-a', '2026-06-27 08:00+00'), true,    -- Sat Jun 27 01:00 PDT
  'Sat 01:00 local on a closed Saturday: open, the interval opened on Friday, which is not closed');
delete from public.business_closures where phone_id = 'hours-a' and starts_on = '2026-06-27';

-- DST spring forward, Sunday 2026-03-08: LA goes 02:00 PST -> 03:00 PDT (UTC-8 -> UTC-7).
select is(public.is_open('hours-a', '2026-03-08 15:30+00'), false,   -- Sun 08:30 PDT
  'DST start: 15:30 UTC is 08:30 PDT, before the Sunday opening: closed');
select is(public.is_open('hours-a', '2026-03-08 16:00+00'), true,    -- Sun 09:00 PDT (UTC-8 would say 08:00)
  'DST start: 16:00 UTC is 09:00 PDT: open (a fixed UTC-8 offset would say 08:00, closed)');
select is(public.is_open('hours-a', '2026-03-09 00:30+00'), false,   -- Sun 17:30 PDT (UTC-8 would say 16:30)
  'DST start: 00:30 UTC on Monday is Sun 17:30 PDT: closed (a fixed UTC-8 offset would say 16:30, open)');
-- DST fall back, Sunday 2026-11-01: LA goes 02:00 PDT -> 01:00 PST (UTC-7 -> UTC-8).
select is(public.is_open('hours-a', '2026-11-01 16:30+00'), false,   -- Sun 08:30 PST (UTC-7 would say 09:30)
  'DST end: 16:30 UTC is 08:30 PST: closed (a fixed UTC-7 offset would say 09:30, open)');
select is(public.is_open('hours-a', '2026-11-01 17:00+00'), true,    -- Sun 09:00 PST
  'DST end: 17:00 UTC is 09:00 PST: open');
select is(public.is_open('hours-a', '2026-11-02 00:30+00'), true,    -- Sun 16:30 PST (UTC-7 would say 17:30)
  'DST end: 00:30 UTC on Monday is Sun 16:30 PST: open (a fixed UTC-7 offset would say 17:30, closed)');

-- A phone with no hours is closed, at any time.
select is(public.is_open('hours-b', '2026-06-15 10:00+00'), false,   -- Mon 11:00 BST
  'hours-b has no opening hours: closed');
select is(public.is_open('hours-b', '2026-03-29 12:00+00'), false,   -- Sun 13:00 BST
  'hours-b has no opening hours: closed on a Sunday afternoon too');
select is(public.is_open('hours-a'), public.is_open('hours-a', now()),
  'p_at defaults to now()');
select throws_ok($$select public.is_open('no-such-phone', now())$$,
  'P0002', 'phone number no-such-phone not found', 'is_open of an unknown phone raises P0002');
reset role;

-- London: Sunday 09:00-17:00, across its own DST change on Sunday 2026-03-29
-- (01:00 GMT -> 02:00 BST, UTC+0 -> UTC+1). Added by the admin of hours-b.
set local role authenticated;
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000005","role":"authenticated"}';
select results_eq(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
    values ('hours-b', 0, '09:00', '17:00') returning phone_id$$,
  $$values ('hours-b')$$,
  'admin of hours-b adds Sunday 09:00-17:00');
select is(public.is_open('hours-b', '2026-03-22 08:30+00'), false,   -- Sun Mar 22 08:30 GMT
  'London, the Sunday before DST, 08:30 GMT: closed');
select is(public.is_open('hours-b', '2026-03-22 09:00+00'), true,    -- Sun Mar 22 09:00 GMT
  'London, the Sunday before DST, 09:00 GMT: open');
select is(public.is_open('hours-b', '2026-03-22 16:30+00'), true,    -- Sun Mar 22 16:30 GMT
  'London, the Sunday before DST, 16:30 GMT: open');
select is(public.is_open('hours-b', '2026-03-29 07:30+00'), false,   -- Sun Mar 29 08:30 BST
  'London, DST day, 07:30 UTC is 08:30 BST: closed');
select is(public.is_open('hours-b', '2026-03-29 08:00+00'), true,    -- Sun Mar 29 09:00 BST (UTC+0 would say 08:00)
  'London, DST day, 08:00 UTC is 09:00 BST: open (a fixed UTC+0 offset would say closed)');
select is(public.is_open('hours-b', '2026-03-29 16:30+00'), false,   -- Sun Mar 29 17:30 BST (UTC+0 would say 16:30)
  'London, DST day, 16:30 UTC is 17:30 BST: closed (a fixed UTC+0 offset would say open)');

-- Members call is_open with their own rights.
select throws_ok($$select public.is_open('hours-a', '2026-06-15 17:00+00')$$,
  'P0002', 'phone number hours-a not found', 'admin of hours-b calling is_open on hours-a gets P0002');
reset role;
set local role authenticated;
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000003","role":"authenticated"}';
select is(public.is_open('hours-a', '2026-06-15 17:00+00'), true,    -- Mon 10:00 PDT
  'viewer of hours-a: Mon 10:00 local is open');
select is(public.is_open('hours-a', '2026-06-15 19:30+00'), false,   -- Mon 12:30 PDT
  'viewer of hours-a: Mon 12:30 local (lunch) is closed');
select is(public.is_open('hours-a', '2026-06-20 08:00+00'), true,    -- Sat 01:00 PDT
  'viewer of hours-a: Sat 01:00 local after the Friday overnight shift is open');
select is(public.is_open('hours-a', '2026-12-25 18:00+00'), false,   -- Fri Dec 25 10:00 PST
  'viewer of hours-a: the closure date is closed');
select throws_ok($$select public.is_open('hours-b', '2026-03-29 08:00+00')$$,
  'P0002', 'phone number hours-b not found', 'viewer of hours-a calling is_open on hours-b gets P0002');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000001","role":"authenticated"}';
select is(public.is_open('hours-a', '2026-03-08 16:00+00'), true,    -- Sun 09:00 PDT
  'owner of hours-a: 09:00 PDT on the DST-start Sunday is open');
set local request.jwt.claims = '{"sub":"b1000000-0000-4000-8000-000000000006","role":"authenticated"}';
select throws_ok($$select public.is_open('hours-a', '2026-06-15 17:00+00')$$,
  'P0002', 'phone number hours-a not found', 'the outsider calling is_open on hours-a gets P0002');
reset role;
set local role anon;
set local request.jwt.claims = '{"role":"anon"}';
select throws_ok($$select public.is_open('hours-a', '2026-06-15 17:00+00')$$,
  '42501', 'permission denied for function is_open', 'anon cannot call is_open');
reset role;

-- ============================================================================
-- Everything goes with the phone number
-- ============================================================================

delete from public.phone_numbers where id = 'hours-b';
select is_empty(
  $$select 'voice_settings' from public.voice_settings where phone_id = 'hours-b'
    union all select 'conversation_rules' from public.conversation_rules where phone_id = 'hours-b'
    union all select 'business_hours' from public.business_hours where phone_id = 'hours-b'
    union all select 'business_closures' from public.business_closures where phone_id = 'hours-b'$$,
  'deleting hours-b deleted its voice settings, rules, hours and closures'
);
select results_eq(
  $$select (select count(*)::int from public.voice_settings where phone_id = 'hours-a'),
           (select count(*)::int from public.conversation_rules where phone_id = 'hours-a'),
           (select count(*)::int from public.business_hours where phone_id = 'hours-a'),
           (select count(*)::int from public.business_closures where phone_id = 'hours-a')$$,
  $$values (1, 5, 12, 1)$$,
  'deleting hours-b left hours-a''s configuration alone'
);

select * from finish();
rollback;
