-- Down of 20261129140100_value_rules: the constraints it added go, the ones it
-- replaced are back as they were (validated: restoring them checks the rows,
-- which the stricter rules they replaced have kept valid), and so are the
-- column comments; the text and tag helpers and the canonical time zone
-- trigger go.
set lock_timeout = '5s';
set statement_timeout = '15min';

alter table public.phone_numbers
  drop constraint phone_numbers_business_name_length,
  drop constraint phone_numbers_business_name_not_blank,
  drop constraint phone_numbers_business_name_trimmed,
  drop constraint phone_numbers_business_name_single_line,
  drop constraint phone_numbers_display_name_not_blank,
  drop constraint phone_numbers_display_name_trimmed,
  drop constraint phone_numbers_display_name_single_line,
  drop constraint phone_numbers_timezone_canonical,
  drop constraint phone_numbers_created_at_range,
  drop constraint phone_numbers_updated_at_range;
alter table public.voice_settings
  drop constraint voice_settings_voice_name_length,
  drop constraint voice_settings_voice_name_not_blank,
  drop constraint voice_settings_voice_name_trimmed,
  drop constraint voice_settings_voice_name_single_line,
  drop constraint voice_settings_greeting_length,
  drop constraint voice_settings_greeting_not_blank,
  drop constraint voice_settings_greeting_trimmed,
  drop constraint voice_settings_greeting_printable,
  drop constraint voice_settings_created_at_range,
  drop constraint voice_settings_updated_at_range;
alter table public.conversation_rules
  drop constraint conversation_rules_conditions_depth,
  drop constraint conversation_rules_actions_depth,
  drop constraint conversation_rules_created_at_range,
  drop constraint conversation_rules_updated_at_range;
alter table public.business_hours
  drop constraint business_hours_created_at_range,
  drop constraint business_hours_updated_at_range;
alter table public.business_closures
  drop constraint business_closures_reason_length,
  drop constraint business_closures_reason_not_blank,
  drop constraint business_closures_reason_trimmed,
  drop constraint business_closures_reason_single_line,
  drop constraint business_closures_dates_range,
  drop constraint business_closures_created_at_range,
  drop constraint business_closures_updated_at_range;
alter table public.calls
  drop constraint calls_duration_matches_times,
  drop constraint calls_duration_max,
  drop constraint calls_created_at_range,
  drop constraint calls_answered_at_range,
  drop constraint calls_ended_at_range,
  drop constraint calls_updated_at_range,
  drop constraint calls_answered_after_created,
  drop constraint calls_ended_after_created,
  drop constraint calls_recording_url_https,
  drop constraint calls_recording_url_length,
  drop constraint calls_transcript_length,
  drop constraint calls_transcript_not_blank,
  drop constraint calls_transcript_printable,
  drop constraint calls_ai_summary_length,
  drop constraint calls_ai_summary_not_blank,
  drop constraint calls_ai_summary_printable;
alter table public.call_metadata
  drop constraint call_metadata_metadata_size,
  drop constraint call_metadata_metadata_depth,
  drop constraint call_metadata_custom_fields_size,
  drop constraint call_metadata_custom_fields_depth,
  drop constraint call_metadata_tags_format,
  drop constraint call_metadata_tags_length,
  drop constraint call_metadata_tags_unique,
  drop constraint call_metadata_created_at_range,
  drop constraint call_metadata_updated_at_range;

alter table public.phone_numbers
  add constraint phone_numbers_business_name_length check (char_length(btrim(business_name)) between 1 and 200);
alter table public.voice_settings
  add constraint voice_settings_voice_name_length check (char_length(btrim(voice_name)) between 1 and 64),
  add constraint voice_settings_greeting_length check (char_length(btrim(greeting_message)) between 1 and 500);
alter table public.business_closures
  add constraint business_closures_reason_length check (char_length(btrim(reason)) between 1 and 200);
alter table public.calls
  add constraint calls_recording_url_https check (recording_url ~ '^https://'),
  add constraint calls_duration_matches_times check (
    case
      when answered_at is null or ended_at is null then duration = 0
      -- Out of order: calls_ended_after_answered refuses the row and names why.
      when ended_at < answered_at then true
      else abs(duration - extract(epoch from ended_at - answered_at)) <= 1
    end
  );

drop trigger canonical_timezone on public.phone_numbers;
drop function private.set_canonical_timezone();
drop function private.canonical_timezone(text);
drop function private.tags_are_distinct(text[]);
drop function private.tags_within_length(text[], integer);
drop function private.tags_are_slugs(text[]);
drop function private.jsonb_depth_within(jsonb, integer);
drop function private.is_printable_text(text);
drop function private.is_single_line(text);
drop function private.has_outer_space(text);
drop function private.is_blank(text);

comment on column public.phone_numbers.timezone is
  'IANA time zone of the business: business hours and daily statistics are computed in it.';
comment on column public.voice_settings.greeting_message is 'What the receptionist says first (1 to 500 characters); null for the default greeting.';
comment on column public.call_metadata.tags is 'Labels of the call (a flat list of at most 50, no nulls); searched with @> and &&.';
comment on column public.call_metadata.metadata is 'What the receptionist extracted from the call, a JSON object; searched with @>.';
comment on column public.call_metadata.custom_fields is 'Business-defined fields, a JSON object.';
comment on column public.calls.recording_url is null;
