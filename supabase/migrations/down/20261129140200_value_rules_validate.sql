-- Down of 20261129140200_value_rules_validate:
-- the constraints it validated, NOT VALID again as the migrations before left
-- them. A constraint cannot be marked unvalidated in place, so each is dropped
-- and added again NOT VALID: no row is checked, and the lock is held only for
-- the catalog change.
set lock_timeout = '5s';
set statement_timeout = '15min';

alter table public.phone_numbers
  drop constraint phone_numbers_business_name_length,
  add constraint phone_numbers_business_name_length CHECK (((char_length(business_name) >= 1) AND (char_length(business_name) <= 200))) NOT VALID,
  drop constraint phone_numbers_business_name_not_blank,
  add constraint phone_numbers_business_name_not_blank CHECK ((NOT private.is_blank(business_name))) NOT VALID,
  drop constraint phone_numbers_business_name_trimmed,
  add constraint phone_numbers_business_name_trimmed CHECK ((NOT private.has_outer_space(business_name))) NOT VALID,
  drop constraint phone_numbers_business_name_single_line,
  add constraint phone_numbers_business_name_single_line CHECK (private.is_single_line(business_name)) NOT VALID,
  drop constraint phone_numbers_display_name_not_blank,
  add constraint phone_numbers_display_name_not_blank CHECK ((NOT private.is_blank(display_name))) NOT VALID,
  drop constraint phone_numbers_display_name_trimmed,
  add constraint phone_numbers_display_name_trimmed CHECK ((NOT private.has_outer_space(display_name))) NOT VALID,
  drop constraint phone_numbers_display_name_single_line,
  add constraint phone_numbers_display_name_single_line CHECK (private.is_single_line(display_name)) NOT VALID,
  drop constraint phone_numbers_timezone_canonical,
  add constraint phone_numbers_timezone_canonical CHECK ((timezone = private.canonical_timezone(timezone))) NOT VALID,
  drop constraint phone_numbers_created_at_range,
  add constraint phone_numbers_created_at_range CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID,
  drop constraint phone_numbers_updated_at_range,
  add constraint phone_numbers_updated_at_range CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID;
alter table public.voice_settings
  drop constraint voice_settings_voice_name_length,
  add constraint voice_settings_voice_name_length CHECK (((char_length(voice_name) >= 1) AND (char_length(voice_name) <= 64))) NOT VALID,
  drop constraint voice_settings_voice_name_not_blank,
  add constraint voice_settings_voice_name_not_blank CHECK ((NOT private.is_blank(voice_name))) NOT VALID,
  drop constraint voice_settings_voice_name_trimmed,
  add constraint voice_settings_voice_name_trimmed CHECK ((NOT private.has_outer_space(voice_name))) NOT VALID,
  drop constraint voice_settings_voice_name_single_line,
  add constraint voice_settings_voice_name_single_line CHECK (private.is_single_line(voice_name)) NOT VALID,
  drop constraint voice_settings_greeting_length,
  add constraint voice_settings_greeting_length CHECK (((char_length(greeting_message) >= 1) AND (char_length(greeting_message) <= 500))) NOT VALID,
  drop constraint voice_settings_greeting_not_blank,
  add constraint voice_settings_greeting_not_blank CHECK ((NOT private.is_blank(greeting_message))) NOT VALID,
  drop constraint voice_settings_greeting_trimmed,
  add constraint voice_settings_greeting_trimmed CHECK ((NOT private.has_outer_space(greeting_message))) NOT VALID,
  drop constraint voice_settings_greeting_printable,
  add constraint voice_settings_greeting_printable CHECK (private.is_printable_text(greeting_message)) NOT VALID,
  drop constraint voice_settings_created_at_range,
  add constraint voice_settings_created_at_range CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID,
  drop constraint voice_settings_updated_at_range,
  add constraint voice_settings_updated_at_range CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID;
alter table public.conversation_rules
  drop constraint conversation_rules_conditions_depth,
  add constraint conversation_rules_conditions_depth CHECK (private.jsonb_depth_within(conditions, 10)) NOT VALID,
  drop constraint conversation_rules_actions_depth,
  add constraint conversation_rules_actions_depth CHECK (private.jsonb_depth_within(actions, 10)) NOT VALID,
  drop constraint conversation_rules_created_at_range,
  add constraint conversation_rules_created_at_range CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID,
  drop constraint conversation_rules_updated_at_range,
  add constraint conversation_rules_updated_at_range CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID;
alter table public.business_hours
  drop constraint business_hours_created_at_range,
  add constraint business_hours_created_at_range CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID,
  drop constraint business_hours_updated_at_range,
  add constraint business_hours_updated_at_range CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID;
alter table public.business_closures
  drop constraint business_closures_reason_length,
  add constraint business_closures_reason_length CHECK (((char_length(reason) >= 1) AND (char_length(reason) <= 200))) NOT VALID,
  drop constraint business_closures_reason_not_blank,
  add constraint business_closures_reason_not_blank CHECK ((NOT private.is_blank(reason))) NOT VALID,
  drop constraint business_closures_reason_trimmed,
  add constraint business_closures_reason_trimmed CHECK ((NOT private.has_outer_space(reason))) NOT VALID,
  drop constraint business_closures_reason_single_line,
  add constraint business_closures_reason_single_line CHECK (private.is_single_line(reason)) NOT VALID,
  drop constraint business_closures_dates_range,
  add constraint business_closures_dates_range CHECK (((starts_on >= '2020-01-01'::date) AND (ends_on < '2100-01-01'::date))) NOT VALID,
  drop constraint business_closures_created_at_range,
  add constraint business_closures_created_at_range CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID,
  drop constraint business_closures_updated_at_range,
  add constraint business_closures_updated_at_range CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID;
alter table public.calls
  drop constraint calls_duration_matches_times,
  add constraint calls_duration_matches_times CHECK (
CASE
    WHEN ((duration < 0) OR (duration > 86400)) THEN true
    WHEN ((answered_at IS NULL) OR (ended_at IS NULL)) THEN (duration = 0)
    WHEN ((NOT isfinite(answered_at)) OR (NOT isfinite(ended_at))) THEN true
    WHEN (ended_at < answered_at) THEN true
    WHEN ((ended_at - answered_at) > '24:00:01'::interval) THEN true
    ELSE (abs(((duration)::numeric - EXTRACT(epoch FROM (ended_at - answered_at)))) <= (1)::numeric)
END) NOT VALID,
  drop constraint calls_duration_max,
  add constraint calls_duration_max CHECK (((duration <= 86400) AND (
CASE
    WHEN (isfinite(answered_at) AND isfinite(ended_at)) THEN ((ended_at - answered_at) <= '24:00:01'::interval)
    ELSE NULL::boolean
END IS NOT FALSE))) NOT VALID,
  drop constraint calls_created_at_range,
  add constraint calls_created_at_range CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID,
  drop constraint calls_answered_at_range,
  add constraint calls_answered_at_range CHECK (((answered_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (answered_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID,
  drop constraint calls_ended_at_range,
  add constraint calls_ended_at_range CHECK (((ended_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (ended_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID,
  drop constraint calls_updated_at_range,
  add constraint calls_updated_at_range CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID,
  drop constraint calls_answered_after_created,
  add constraint calls_answered_after_created CHECK (((answered_at)::timestamp(3) with time zone >= created_at)) NOT VALID,
  drop constraint calls_ended_after_created,
  add constraint calls_ended_after_created CHECK (((ended_at)::timestamp(3) with time zone >= created_at)) NOT VALID,
  drop constraint calls_recording_url_https,
  add constraint calls_recording_url_https CHECK ((recording_url ~ '^https://[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?([/?#]([A-Za-z0-9._~!$&''()*+,;=:@/?#-]|%[0-9A-Fa-f]{2})*)?$'::text)) NOT VALID,
  drop constraint calls_recording_url_length,
  add constraint calls_recording_url_length CHECK ((char_length(recording_url) <= 2048)) NOT VALID,
  drop constraint calls_transcript_length,
  add constraint calls_transcript_length CHECK (((char_length(transcript) >= 1) AND (char_length(transcript) <= 100000))) NOT VALID,
  drop constraint calls_transcript_not_blank,
  add constraint calls_transcript_not_blank CHECK ((NOT private.is_blank(transcript))) NOT VALID,
  drop constraint calls_transcript_printable,
  add constraint calls_transcript_printable CHECK (private.is_printable_text(transcript)) NOT VALID,
  drop constraint calls_ai_summary_length,
  add constraint calls_ai_summary_length CHECK (((char_length(ai_summary) >= 1) AND (char_length(ai_summary) <= 5000))) NOT VALID,
  drop constraint calls_ai_summary_not_blank,
  add constraint calls_ai_summary_not_blank CHECK ((NOT private.is_blank(ai_summary))) NOT VALID,
  drop constraint calls_ai_summary_printable,
  add constraint calls_ai_summary_printable CHECK (private.is_printable_text(ai_summary)) NOT VALID;
alter table public.call_metadata
  drop constraint call_metadata_metadata_size,
  add constraint call_metadata_metadata_size CHECK ((octet_length((metadata)::text) <= 65536)) NOT VALID,
  drop constraint call_metadata_metadata_depth,
  add constraint call_metadata_metadata_depth CHECK (private.jsonb_depth_within(metadata, 10)) NOT VALID,
  drop constraint call_metadata_custom_fields_size,
  add constraint call_metadata_custom_fields_size CHECK ((octet_length((custom_fields)::text) <= 16384)) NOT VALID,
  drop constraint call_metadata_custom_fields_depth,
  add constraint call_metadata_custom_fields_depth CHECK (private.jsonb_depth_within(custom_fields, 10)) NOT VALID,
  drop constraint call_metadata_tags_format,
  add constraint call_metadata_tags_format CHECK (private.tags_are_slugs(tags)) NOT VALID,
  drop constraint call_metadata_tags_length,
  add constraint call_metadata_tags_length CHECK (private.tags_within_length(tags, 32)) NOT VALID,
  drop constraint call_metadata_tags_unique,
  add constraint call_metadata_tags_unique CHECK (private.tags_are_distinct(tags)) NOT VALID,
  drop constraint call_metadata_created_at_range,
  add constraint call_metadata_created_at_range CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID,
  drop constraint call_metadata_updated_at_range,
  add constraint call_metadata_updated_at_range CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID;
