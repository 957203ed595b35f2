-- Invisible characters are blank: private.is_blank and private.has_outer_space
-- knew Unicode's spaces and a few format characters, so a name of only a
-- Hangul filler (U+3164), a left-to-right mark (U+200E) or a soft hyphen
-- (U+00AD), or one that began or ended with them, was stored. Both now take
-- Unicode's own two sets, White_Space and Default_Ignorable_Code_Point
-- (characters drawn as nothing unless a font knows better): a value of only
-- these is blank, and a name may neither begin nor end with one, except that
-- variation selectors and tag characters may end it (they close an emoji
-- sequence: "Café ☕️", a subdivision flag).
--
-- The constraints that call the two functions are added again NOT VALID, so
-- that 20261129160004_value_rules_gaps_validate.sql checks the rows already
-- stored against the new sets (a function replaced under a validated
-- constraint is not checked against old rows).
set lock_timeout = '5s';
set statement_timeout = '60s';

create or replace function private.is_blank(value text)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select value !~ ('[^\u0009-\u000D\u0020\u0085\u00A0\u00AD\u034F\u061C\u115F\u1160\u1680\u17B4\u17B5\u180B-\u180F'
                   '\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8'
                   '\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A\U000E0000-\U000E0FFF]')
$$;
comment on function private.is_blank(text) is
  'True when value has no visible character: empty, or only characters of Unicode''s White_Space and '
  'Default_Ignorable_Code_Point sets (ASCII spaces and controls tab to carriage return, next line, no-break and other '
  'spaces, line and paragraph separators, zero-width spaces and joiners, direction marks and embeddings, word joiner '
  'and invisible operators, soft hyphen, Hangul fillers, variation selectors, byte order mark, tag characters). '
  'Locale-independent, so IMMUTABLE; the *_not_blank constraints use it.';

create or replace function private.has_outer_space(value text)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select value ~ ('^[\u0009-\u000D\u0020\u0085\u00A0\u00AD\u034F\u061C\u115F\u1160\u1680\u17B4\u17B5\u180E'
                  '\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFEFF\uFFA0\uFFF0-\uFFF8'
                  '\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A\U000E0000-\U000E001F\U000E0080-\U000E00FF\U000E01F0-\U000E0FFF]'
                  '|[\u0009-\u000D\u0020\u0085\u00A0\u00AD\u034F\u061C\u115F\u1160\u1680\u17B4\u17B5\u180E'
                  '\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFEFF\uFFA0\uFFF0-\uFFF8'
                  '\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A\U000E0000-\U000E001F\U000E0080-\U000E00FF\U000E01F0-\U000E0FFF]$')
$$;
comment on function private.has_outer_space(text) is
  'True when value starts or ends with a character private.is_blank counts as blank, other than the variation '
  'selectors and tag characters that end an emoji sequence; the *_trimmed constraints refuse such values, so a name '
  'is stored in one spelling.';

-- The same constraints, checked again against what is stored (validated in
-- 20261129160004_value_rules_gaps_validate.sql).
alter table public.phone_numbers
  drop constraint phone_numbers_business_name_not_blank,
  drop constraint phone_numbers_business_name_trimmed,
  drop constraint phone_numbers_display_name_not_blank,
  drop constraint phone_numbers_display_name_trimmed,
  add constraint phone_numbers_business_name_not_blank check (not private.is_blank(business_name)) not valid,
  add constraint phone_numbers_business_name_trimmed check (not private.has_outer_space(business_name)) not valid,
  add constraint phone_numbers_display_name_not_blank check (not private.is_blank(display_name)) not valid,
  add constraint phone_numbers_display_name_trimmed check (not private.has_outer_space(display_name)) not valid;

alter table public.voice_settings
  drop constraint voice_settings_voice_name_not_blank,
  drop constraint voice_settings_voice_name_trimmed,
  drop constraint voice_settings_greeting_not_blank,
  drop constraint voice_settings_greeting_trimmed,
  add constraint voice_settings_voice_name_not_blank check (not private.is_blank(voice_name)) not valid,
  add constraint voice_settings_voice_name_trimmed check (not private.has_outer_space(voice_name)) not valid,
  add constraint voice_settings_greeting_not_blank check (not private.is_blank(greeting_message)) not valid,
  add constraint voice_settings_greeting_trimmed check (not private.has_outer_space(greeting_message)) not valid;

alter table public.business_closures
  drop constraint business_closures_reason_not_blank,
  drop constraint business_closures_reason_trimmed,
  add constraint business_closures_reason_not_blank check (not private.is_blank(reason)) not valid,
  add constraint business_closures_reason_trimmed check (not private.has_outer_space(reason)) not valid;

alter table public.calls
  drop constraint calls_transcript_not_blank,
  drop constraint calls_ai_summary_not_blank,
  add constraint calls_transcript_not_blank check (not private.is_blank(transcript)) not valid,
  add constraint calls_ai_summary_not_blank check (not private.is_blank(ai_summary)) not valid;
