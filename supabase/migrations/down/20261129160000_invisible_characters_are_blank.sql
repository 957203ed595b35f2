-- Down of 20261129160000_invisible_characters_are_blank: private.is_blank and
-- private.has_outer_space with the sets of 20261129140100_value_rules, and the
-- constraints that call them validated again, as they were before (restoring
-- them checks the rows, which the wider sets they replaced have kept valid).
set lock_timeout = '5s';
set statement_timeout = '15min';

create or replace function private.is_blank(value text)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select value !~ '[^\u0009-\u000D\u0020\u0085\u00A0\u1680\u180E\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]'
$$;
comment on function private.is_blank(text) is
  'True when value has no visible character: empty, or only whitespace and invisible format characters '
  '(ASCII spaces and controls tab to carriage return, next line, no-break spaces, the Unicode space separators, '
  'line and paragraph separators, zero-width spaces and joiners, word joiner, byte order mark). Locale-independent, '
  'so IMMUTABLE; the *_not_blank constraints use it.';

create or replace function private.has_outer_space(value text)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select value ~ ('^[\u0009-\u000D\u0020\u0085\u00A0\u1680\u180E\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]'
                  '|[\u0009-\u000D\u0020\u0085\u00A0\u1680\u180E\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]$')
$$;
comment on function private.has_outer_space(text) is
  'True when value starts or ends with a character private.is_blank counts as blank; the *_trimmed constraints '
  'refuse such values, so a name is stored in one spelling.';

alter table public.phone_numbers
  drop constraint phone_numbers_business_name_not_blank,
  drop constraint phone_numbers_business_name_trimmed,
  drop constraint phone_numbers_display_name_not_blank,
  drop constraint phone_numbers_display_name_trimmed,
  add constraint phone_numbers_business_name_not_blank check (not private.is_blank(business_name)),
  add constraint phone_numbers_business_name_trimmed check (not private.has_outer_space(business_name)),
  add constraint phone_numbers_display_name_not_blank check (not private.is_blank(display_name)),
  add constraint phone_numbers_display_name_trimmed check (not private.has_outer_space(display_name));

alter table public.voice_settings
  drop constraint voice_settings_voice_name_not_blank,
  drop constraint voice_settings_voice_name_trimmed,
  drop constraint voice_settings_greeting_not_blank,
  drop constraint voice_settings_greeting_trimmed,
  add constraint voice_settings_voice_name_not_blank check (not private.is_blank(voice_name)),
  add constraint voice_settings_voice_name_trimmed check (not private.has_outer_space(voice_name)),
  add constraint voice_settings_greeting_not_blank check (not private.is_blank(greeting_message)),
  add constraint voice_settings_greeting_trimmed check (not private.has_outer_space(greeting_message));

alter table public.business_closures
  drop constraint business_closures_reason_not_blank,
  drop constraint business_closures_reason_trimmed,
  add constraint business_closures_reason_not_blank check (not private.is_blank(reason)),
  add constraint business_closures_reason_trimmed check (not private.has_outer_space(reason));

alter table public.calls
  drop constraint calls_transcript_not_blank,
  drop constraint calls_ai_summary_not_blank,
  add constraint calls_transcript_not_blank check (not private.is_blank(transcript)),
  add constraint calls_ai_summary_not_blank check (not private.is_blank(ai_summary));
