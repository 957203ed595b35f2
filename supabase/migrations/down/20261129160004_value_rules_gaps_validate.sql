-- Down of 20261129160004_value_rules_gaps_validate:
-- the constraints it validated, NOT VALID again as the migrations before left
-- them. A constraint cannot be marked unvalidated in place, so each is dropped
-- and added again NOT VALID: no row is checked, and the lock is held only for
-- the catalog change.
set lock_timeout = '5s';
set statement_timeout = '15min';

alter table public.phone_numbers
  drop constraint phone_numbers_business_name_not_blank,
  add constraint phone_numbers_business_name_not_blank CHECK ((NOT private.is_blank(business_name))) NOT VALID,
  drop constraint phone_numbers_business_name_trimmed,
  add constraint phone_numbers_business_name_trimmed CHECK ((NOT private.has_outer_space(business_name))) NOT VALID,
  drop constraint phone_numbers_display_name_not_blank,
  add constraint phone_numbers_display_name_not_blank CHECK ((NOT private.is_blank(display_name))) NOT VALID,
  drop constraint phone_numbers_display_name_trimmed,
  add constraint phone_numbers_display_name_trimmed CHECK ((NOT private.has_outer_space(display_name))) NOT VALID;
alter table public.voice_settings
  drop constraint voice_settings_voice_name_not_blank,
  add constraint voice_settings_voice_name_not_blank CHECK ((NOT private.is_blank(voice_name))) NOT VALID,
  drop constraint voice_settings_voice_name_trimmed,
  add constraint voice_settings_voice_name_trimmed CHECK ((NOT private.has_outer_space(voice_name))) NOT VALID,
  drop constraint voice_settings_greeting_not_blank,
  add constraint voice_settings_greeting_not_blank CHECK ((NOT private.is_blank(greeting_message))) NOT VALID,
  drop constraint voice_settings_greeting_trimmed,
  add constraint voice_settings_greeting_trimmed CHECK ((NOT private.has_outer_space(greeting_message))) NOT VALID,
  drop constraint voice_settings_phone_id_format,
  add constraint voice_settings_phone_id_format CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)) NOT VALID;
alter table public.business_closures
  drop constraint business_closures_reason_not_blank,
  add constraint business_closures_reason_not_blank CHECK ((NOT private.is_blank(reason))) NOT VALID,
  drop constraint business_closures_reason_trimmed,
  add constraint business_closures_reason_trimmed CHECK ((NOT private.has_outer_space(reason))) NOT VALID,
  drop constraint business_closures_phone_id_format,
  add constraint business_closures_phone_id_format CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)) NOT VALID;
alter table public.business_hours
  drop constraint business_hours_phone_id_format,
  add constraint business_hours_phone_id_format CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)) NOT VALID;
alter table public.conversation_rules
  drop constraint conversation_rules_phone_id_format,
  add constraint conversation_rules_phone_id_format CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)) NOT VALID;
alter table public.phone_members
  drop constraint phone_members_phone_id_format,
  add constraint phone_members_phone_id_format CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)) NOT VALID,
  drop constraint phone_members_created_at_range,
  add constraint phone_members_created_at_range CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID,
  drop constraint phone_members_updated_at_range,
  add constraint phone_members_updated_at_range CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID;
alter table public.calls
  drop constraint calls_transcript_not_blank,
  add constraint calls_transcript_not_blank CHECK ((NOT private.is_blank(transcript))) NOT VALID,
  drop constraint calls_ai_summary_not_blank,
  add constraint calls_ai_summary_not_blank CHECK ((NOT private.is_blank(ai_summary))) NOT VALID,
  drop constraint calls_phone_id_format,
  add constraint calls_phone_id_format CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)) NOT VALID;
alter table public.call_metadata
  drop constraint call_metadata_phone_id_format,
  add constraint call_metadata_phone_id_format CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)) NOT VALID;
