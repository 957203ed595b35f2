-- Malformed values written to voice_settings, conversation_rules,
-- business_hours and business_closures, by the service role and by an admin,
-- are refused with 23514 naming the constraint, and nothing is stored or
-- changed. Texts are measured as stored (trailing spaces count), blank means
-- no visible character in Unicode's sense, and JSON has a bounded depth.
begin;
select plan(33);

select tests.create_phone('cfg-a', '+15550009101', 'Europe/Berlin');
select tests.add_member('cfg-a', 'cfg-a-admin', 'admin');
update public.voice_settings set voice_name = 'Nova', greeting_message = 'Hello, Cfg A.' where phone_id = 'cfg-a';
insert into public.conversation_rules (phone_id, id, rule_type, conditions, actions)
values ('cfg-a', 'c9100000-0000-4000-8000-000000000001', 'routing', '{"intent": "booking"}', '{"say": "Sure."}');
insert into public.business_closures (phone_id, id, starts_on, ends_on, reason)
values ('cfg-a', 'c9100000-0000-4000-8000-000000000002', '2026-12-24', '2026-12-26', 'Christmas');

-- voice_settings as the service role ---------------------------------------------
select tests.authenticate_as_service_role();
select throws_ok(
  $$update public.voice_settings set greeting_message = repeat('g', 100000) where phone_id = 'cfg-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_greeting_length"',
  'service role: a 100,000-character greeting is refused by voice_settings_greeting_length');
select throws_ok(
  $$update public.voice_settings set greeting_message = 'Hello' || repeat(' ', 100000) where phone_id = 'cfg-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_greeting_length"',
  'service role: a greeting padded with 100,000 trailing spaces is measured as stored and refused by voice_settings_greeting_length');
select throws_ok(
  $$update public.voice_settings set greeting_message = E'\t\n\r\u2003\u3000' where phone_id = 'cfg-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_greeting_not_blank"',
  'service role: a greeting of tabs, newlines and Unicode spaces is refused by voice_settings_greeting_not_blank');
select throws_ok(
  $$update public.voice_settings set greeting_message = 'Hello there ' where phone_id = 'cfg-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_greeting_trimmed"',
  'service role: a greeting with a trailing space is refused by voice_settings_greeting_trimmed');
select throws_ok(
  $$update public.voice_settings set voice_name = E'No\tva' where phone_id = 'cfg-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_voice_name_single_line"',
  'service role: a voice name with a tab is refused by voice_settings_voice_name_single_line');

-- voice_settings as an admin ------------------------------------------------------
select tests.authenticate_as('cfg-a-admin');
select throws_ok(
  $$update public.voice_settings set greeting_message = repeat('g', 100000) where phone_id = 'cfg-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_greeting_length"',
  'admin: a 100,000-character greeting is refused by voice_settings_greeting_length');
select throws_ok(
  $$update public.voice_settings set greeting_message = E'\u00A0\u2007\u202F\uFEFF' where phone_id = 'cfg-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_greeting_not_blank"',
  'admin: a greeting of no-break spaces and a byte order mark is refused by voice_settings_greeting_not_blank');
select throws_ok(
  $$update public.voice_settings set greeting_message = E'Hello\u001b[31m' where phone_id = 'cfg-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_greeting_printable"',
  'admin: a greeting with an escape character is refused by voice_settings_greeting_printable');
select throws_ok(
  $$update public.voice_settings set voice_name = E'\u3000' where phone_id = 'cfg-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_voice_name_not_blank"',
  'admin: a voice name of an ideographic space is refused by voice_settings_voice_name_not_blank');
select throws_ok(
  $$update public.voice_settings set voice_name = ' Nova' where phone_id = 'cfg-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_voice_name_trimmed"',
  'admin: a voice name with a leading space is refused by voice_settings_voice_name_trimmed');
select lives_ok(
  $$update public.voice_settings set greeting_message = E'Hello, Cfg A.\nHow can I help?' where phone_id = 'cfg-a'$$,
  'admin: a greeting on two lines is accepted');

-- conversation_rules -------------------------------------------------------------
select tests.authenticate_as_service_role();
select throws_ok(
  $$update public.conversation_rules set actions = (repeat('[', 1000) || repeat(']', 1000))::jsonb
     where id = 'c9100000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_actions_depth"',
  'service role: actions nested 1000 deep are refused by conversation_rules_actions_depth (not 54001)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions)
    values ('cfg-a', 'routing', jsonb_build_object('blob', repeat('x', 10000000)))$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_conditions_object"',
  'service role: 10 MB of conditions are refused by conversation_rules_conditions_object');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, created_at) values ('cfg-a', 'routing', 'infinity')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_created_at_range"',
  'service role: a rule created at infinity is refused by conversation_rules_created_at_range');
select tests.authenticate_as('cfg-a-admin');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions)
    values ('cfg-a', 'routing', (repeat('{"a": ', 11) || '1' || repeat('}', 11))::jsonb)$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_conditions_depth"',
  'admin: conditions nested 11 deep are refused by conversation_rules_conditions_depth');
select throws_ok(
  $$update public.conversation_rules set actions = (repeat('{"a": ', 50) || '1' || repeat('}', 50))::jsonb
     where id = 'c9100000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_actions_depth"',
  'admin: actions nested 50 deep are refused by conversation_rules_actions_depth');

-- business_hours -------------------------------------------------------------------
select tests.authenticate_as_service_role();
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at, created_at)
    values ('cfg-a', 1, '09:00', '17:00', 'infinity')$$,
  '23514', 'new row for relation "business_hours" violates check constraint "business_hours_created_at_range"',
  'service role: opening hours created at infinity are refused by business_hours_created_at_range');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at, updated_at)
    values ('cfg-a', 1, '09:00', '17:00', '-infinity')$$,
  '23514', 'new row for relation "business_hours" violates check constraint "business_hours_updated_at_range"',
  'service role: opening hours updated at -infinity are refused by business_hours_updated_at_range');

-- business_closures as the service role --------------------------------------------
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason)
    values ('cfg-a', '2027-01-01', '2027-01-01', repeat('r', 100000))$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_reason_length"',
  'service role: a 100,000-character closure reason is refused by business_closures_reason_length');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason)
    values ('cfg-a', '2027-01-01', '2027-01-01', 'New Year' || repeat(' ', 100000))$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_reason_length"',
  'service role: a reason padded with 100,000 trailing spaces is refused by business_closures_reason_length');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason)
    values ('cfg-a', '2027-01-01', '2027-01-01', E'\t\n\t')$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_reason_not_blank"',
  'service role: a reason of tabs and a newline is refused by business_closures_reason_not_blank');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on) values ('cfg-a', '2027-01-01', 'infinity')$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_dates_range"',
  'service role: a closure ending at infinity is refused by business_closures_dates_range');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on) values ('cfg-a', '1900-01-01', '1900-01-02')$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_dates_range"',
  'service role: a closure in 1900 is refused by business_closures_dates_range');

-- business_closures as an admin ------------------------------------------------------
select tests.authenticate_as('cfg-a-admin');
select throws_ok(
  $$update public.business_closures set reason = repeat('r', 100000) where id = 'c9100000-0000-4000-8000-000000000002'$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_reason_length"',
  'admin: a 100,000-character reason is refused by business_closures_reason_length');
select throws_ok(
  $$update public.business_closures set reason = E'\u2028\u2029\u205F' where id = 'c9100000-0000-4000-8000-000000000002'$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_reason_not_blank"',
  'admin: a reason of line and paragraph separators is refused by business_closures_reason_not_blank');
select throws_ok(
  $$update public.business_closures set reason = 'Christmas ' where id = 'c9100000-0000-4000-8000-000000000002'$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_reason_trimmed"',
  'admin: a reason with a trailing space is refused by business_closures_reason_trimmed');
select throws_ok(
  $$update public.business_closures set reason = E'Christmas\nand Boxing Day' where id = 'c9100000-0000-4000-8000-000000000002'$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_reason_single_line"',
  'admin: a reason on two lines is refused by business_closures_reason_single_line');
select throws_ok(
  $$update public.business_closures set ends_on = 'infinity' where id = 'c9100000-0000-4000-8000-000000000002'$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_dates_range"',
  'admin: moving a closure''s end to infinity is refused by business_closures_dates_range');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason) values ('cfg-a', '2027-01-01', '2027-01-01', '')$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_reason_length"',
  'admin: an empty reason is refused by business_closures_reason_length (null means no reason)');

-- Nothing was stored or changed --------------------------------------------------------
select tests.clear_authentication();
select results_eq(
  $$select voice_name, greeting_message from public.voice_settings where phone_id = 'cfg-a'$$,
  $$values ('Nova', E'Hello, Cfg A.\nHow can I help?')$$,
  'cfg-a''s voice settings are as set, but for the accepted two-line greeting');
select results_eq(
  $$select id, conditions, actions from public.conversation_rules where phone_id = 'cfg-a'$$,
  $$values ('c9100000-0000-4000-8000-000000000001'::uuid, '{"intent": "booking"}'::jsonb, '{"say": "Sure."}'::jsonb)$$,
  'cfg-a has only its one rule, unchanged');
select is_empty($$select 1 from public.business_hours where phone_id = 'cfg-a'$$,
  'no opening hours were stored for cfg-a');
select results_eq(
  $$select id, starts_on, ends_on, reason from public.business_closures where phone_id = 'cfg-a'$$,
  $$values ('c9100000-0000-4000-8000-000000000002'::uuid, '2026-12-24'::date, '2026-12-26'::date, 'Christmas')$$,
  'cfg-a has only its one closure, unchanged');

select * from finish();
rollback;
