-- voice_settings: a new phone number gets exactly one row with the default
-- voice, and the check constraints refuse speeds outside 0.50-2.00, language
-- tags that are not canonical BCP 47, blank or over-long greetings and voice
-- names, and malformed voice models, while accepting the values at the bounds.
-- Runs as postgres (the owner, no RLS) so only the constraints decide.
begin;
select plan(24);

select tests.create_phone('hours-a', '+15550003001', 'America/Los_Angeles', 'Hours A Clinic');
select tests.create_phone('hours-b', '+15550003002', 'Europe/London', 'Hours B Pub');

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
  'a phone has exactly one voice_settings row: a second one is refused (23505, phone_id is the key)'
);

-- Refused values.
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
  'language ''en_US'' (underscore) is refused (voice_settings_language_bcp47)');
select throws_ok($$update public.voice_settings set language = 'EN-us' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_language_bcp47"',
  'language ''EN-us'' (non-canonical casing) is refused (voice_settings_language_bcp47)');
select throws_ok($$update public.voice_settings set language = 'en-USA' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_language_bcp47"',
  'language ''en-USA'' (three-letter region) is refused (voice_settings_language_bcp47)');
select throws_ok($$update public.voice_settings set greeting_message = '' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_greeting_length"',
  'an empty greeting_message is refused (voice_settings_greeting_length)');
select throws_ok($$update public.voice_settings set greeting_message = '   ' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_greeting_not_blank"',
  'a greeting_message of only spaces is refused (voice_settings_greeting_not_blank)');
select throws_ok($$update public.voice_settings set greeting_message = repeat('g', 501) where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_greeting_length"',
  'a 501-character greeting_message is refused (voice_settings_greeting_length)');
select throws_ok($$update public.voice_settings set voice_model = 'Neural' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_voice_model_format"',
  'voice_model ''Neural'' (uppercase) is refused (voice_settings_voice_model_format)');
select throws_ok($$update public.voice_settings set voice_model = '' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_voice_model_format"',
  'an empty voice_model is refused (voice_settings_voice_model_format)');
select throws_ok($$update public.voice_settings set voice_name = '  ' where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_voice_name_not_blank"',
  'a voice_name of only spaces is refused (voice_settings_voice_name_not_blank)');
select throws_ok($$update public.voice_settings set voice_name = repeat('v', 65) where phone_id = 'hours-a'$$,
  '23514', 'new row for relation "voice_settings" violates check constraint "voice_settings_voice_name_length"',
  'a 65-character voice_name is refused (voice_settings_voice_name_length)');
select results_eq(
  $$select voice_model, voice_name, speech_speed, language, greeting_message
      from public.voice_settings where phone_id = 'hours-a'$$,
  $$values ('neural', 'Alloy', 1.00::numeric, 'en-US', null::text)$$,
  'the refused values stored nothing: hours-a still has the defaults'
);

-- Accepted values, at the bounds and in each form of language tag.
select results_eq($$update public.voice_settings set speech_speed = 0.50 where phone_id = 'hours-a' returning speech_speed$$,
  $$values (0.50::numeric)$$, 'speech_speed 0.50 (the lower bound) is accepted');
select results_eq($$update public.voice_settings set speech_speed = 2.00 where phone_id = 'hours-a' returning speech_speed$$,
  $$values (2.00::numeric)$$, 'speech_speed 2.00 (the upper bound) is accepted');
select results_eq($$update public.voice_settings set language = 'fr' where phone_id = 'hours-a' returning language$$,
  $$values ('fr')$$, 'language ''fr'' (language only) is accepted');
select results_eq($$update public.voice_settings set language = 'es-419' where phone_id = 'hours-a' returning language$$,
  $$values ('es-419')$$, 'language ''es-419'' (numeric region) is accepted');
select results_eq($$update public.voice_settings set language = 'zh-Hans-CN' where phone_id = 'hours-a' returning language$$,
  $$values ('zh-Hans-CN')$$, 'language ''zh-Hans-CN'' (script and region) is accepted');
select results_eq($$update public.voice_settings set language = 'en-GB' where phone_id = 'hours-a' returning language$$,
  $$values ('en-GB')$$, 'language ''en-GB'' (two-letter region) is accepted');
select results_eq(
  $$update public.voice_settings set greeting_message = repeat('g', 500) where phone_id = 'hours-a'
    returning char_length(greeting_message)$$,
  $$values (500)$$, 'a 500-character greeting_message (the upper bound) is accepted');
select results_eq(
  $$update public.voice_settings
       set speech_speed = 1.00, language = 'en-US', greeting_message = null where phone_id = 'hours-a'
    returning greeting_message$$,
  $$values (null::text)$$, 'greeting_message may be null (the default greeting)');

select * from finish();
rollback;
