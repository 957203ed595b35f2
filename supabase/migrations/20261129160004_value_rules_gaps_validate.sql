-- Validates the constraints 20261129160000_invisible_characters_are_blank.sql,
-- 20261129160001_tenant_keys_have_the_id_format.sql and
-- 20261129160002_phone_members_times_in_range.sql added NOT VALID. VALIDATE
-- CONSTRAINT scans each table under SHARE UPDATE EXCLUSIVE: reads and writes
-- go on while it runs. A row that breaks a rule (a name of invisible
-- characters, say) fails this migration with the constraint's name; correct
-- the row and push again.
set lock_timeout = '5s';
set statement_timeout = '15min';

alter table public.phone_numbers validate constraint phone_numbers_business_name_not_blank;
alter table public.phone_numbers validate constraint phone_numbers_business_name_trimmed;
alter table public.phone_numbers validate constraint phone_numbers_display_name_not_blank;
alter table public.phone_numbers validate constraint phone_numbers_display_name_trimmed;
alter table public.voice_settings validate constraint voice_settings_voice_name_not_blank;
alter table public.voice_settings validate constraint voice_settings_voice_name_trimmed;
alter table public.voice_settings validate constraint voice_settings_greeting_not_blank;
alter table public.voice_settings validate constraint voice_settings_greeting_trimmed;
alter table public.voice_settings validate constraint voice_settings_phone_id_format;
alter table public.business_closures validate constraint business_closures_reason_not_blank;
alter table public.business_closures validate constraint business_closures_reason_trimmed;
alter table public.business_closures validate constraint business_closures_phone_id_format;
alter table public.business_hours validate constraint business_hours_phone_id_format;
alter table public.conversation_rules validate constraint conversation_rules_phone_id_format;
alter table public.phone_members validate constraint phone_members_phone_id_format;
alter table public.phone_members validate constraint phone_members_created_at_range;
alter table public.phone_members validate constraint phone_members_updated_at_range;
alter table public.calls validate constraint calls_transcript_not_blank;
alter table public.calls validate constraint calls_ai_summary_not_blank;
alter table public.calls validate constraint calls_phone_id_format;
alter table public.call_metadata validate constraint call_metadata_phone_id_format;
