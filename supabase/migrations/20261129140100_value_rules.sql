-- Value rules: every column that takes outside input (the telephony backend
-- as the service role, admins and owners through the API) has a rule with a
-- name, so a malformed value is refused with SQLSTATE 23514 naming the
-- constraint and nothing is stored, and the triggers and statistics never
-- fail with an internal error on a value the constraints let through.
--
--   text      the stored value is measured (not btrim(value), which let
--             trailing spaces through); names are not blank, not padded and on
--             one line, where blank and padding know Unicode: the whitespace
--             and invisible format characters of private.is_blank; longer
--             texts (greeting, transcript, summary) may break lines but carry
--             no other control character
--   time zone stored in its canonical spelling (trigger canonical_timezone)
--   times     finite and within fixed bounds (2020-01-01 to 2100-01-01 UTC):
--             fixed, not now(), so a constraint means the same on every row and
--             on every day it is validated; a call is answered and ended no
--             earlier than it was created, and talks at most a day
--   URLs      recording_url is an https URL: a host, optional port, and a
--             path, query and fragment of URL characters only (no whitespace,
--             quotes or angle brackets), at most 2048 characters
--   JSON      bounded size (of its text) and nesting depth
--   tags      at most 50 (call_metadata_tags_valid), each a lowercase slug of
--             at most 32 characters, no tag twice
--
-- Every constraint is added NOT VALID (no scan under this file's ACCESS
-- EXCLUSIVE locks); 20261129140200_value_rules_validate.sql validates them.
-- Constraints are checked in name order and a refusal names the first that
-- fails, so where two could speak, the one that does not name the problem
-- yields (calls_duration_matches_times yields to calls_duration_nonnegative,
-- calls_duration_max and the *_at_range constraints).
set lock_timeout = '5s';
set statement_timeout = '60s';

-- Text helpers ------------------------------------------------------------------

create function private.is_blank(value text)
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

create function private.has_outer_space(value text)
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

create function private.is_single_line(value text)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select value !~ '[\u0001-\u001F\u007F-\u009F\u2028\u2029]'
$$;
comment on function private.is_single_line(text) is
  'True when value has no control character (C0, DEL, C1: tabs and line breaks included) and no line or '
  'paragraph separator: a name shown on one line. The *_single_line constraints use it.';

create function private.is_printable_text(value text)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select value !~ '[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]'
$$;
comment on function private.is_printable_text(text) is
  'True when value has no control character other than tab, line feed and carriage return: a text that may '
  'span lines (greeting, transcript, summary). The *_printable constraints use it.';

-- JSON and tag helpers ----------------------------------------------------------

create function private.jsonb_depth_within(value jsonb, max_depth integer)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select not pg_catalog.jsonb_path_exists(value, pg_catalog.format('strict $.**{%s}', max_depth + 1)::jsonpath)
$$;
comment on function private.jsonb_depth_within(jsonb, integer) is
  'True when no value in value is nested in more than max_depth objects or arrays ({"a": 1} has depth 1). '
  'The jsonpath walk stops at level max_depth + 1, so it never recurses deeper than that whatever the input; '
  'the *_depth constraints use it.';

create function private.tags_are_slugs(tags text[])
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select coalesce(pg_catalog.bool_and(t ~ '^[a-z0-9][a-z0-9_-]*$'), true) from pg_catalog.unnest(tags) t
$$;
comment on function private.tags_are_slugs(text[]) is
  'True when every tag is a lowercase slug: ASCII letters a-z and digits, then also - and _ (one spelling per '
  'label, so searches with @> and && find it). Null elements are left to call_metadata_tags_valid.';

create function private.tags_within_length(tags text[], max_chars integer)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select coalesce(pg_catalog.bool_and(pg_catalog.char_length(t) between 1 and max_chars), true)
    from pg_catalog.unnest(tags) t
$$;
comment on function private.tags_within_length(text[], integer) is
  'True when every tag has 1 to max_chars characters (index keys stay far below the index row size limit).';

create function private.tags_are_distinct(tags text[])
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select pg_catalog.count(distinct t) = pg_catalog.count(t) from pg_catalog.unnest(tags) t
$$;
comment on function private.tags_are_distinct(text[]) is
  'True when no tag appears twice.';

-- The time zone in its canonical spelling ----------------------------------------

-- Time zone names are looked up case-insensitively by the server, so
-- AMERICA/NEW_YORK and America/New_York are the same zone: a different case is
-- a spelling, not a different or malformed value, and what an owner picks is
-- rewritten to the zone's own name rather than refused. Stored canonically,
-- equal zones compare equal (grouping, the rebuild_stats_on_timezone_change
-- trigger's "did it change") and clients whose zone lookup is case-sensitive
-- read a name they know. Case-insensitive matching is the server's, so the
-- canonical name is the one it reports after loading the zone.
create function private.canonical_timezone(tz text)
returns text
language plpgsql
immutable
strict
set search_path = ''
set "TimeZone" = 'UTC'
as $$
begin
  -- Only what could be a zone name is looked up; anything else is returned
  -- as it is, for phone_numbers_timezone_iana to refuse.
  if tz !~* '^[a-z][a-z0-9_+-]{0,63}(/[a-z0-9_+-]{1,64}){0,2}$' then
    return tz;
  end if;
  -- Local to this function: its SET clause restores the caller's time zone.
  perform pg_catalog.set_config('TimeZone', tz, true);
  return pg_catalog.current_setting('TimeZone');
exception
  when invalid_parameter_value then
    return tz;
end;
$$;
comment on function private.canonical_timezone(text) is
  'The canonical spelling of a time zone name the server knows in any case (america/new_york -> America/New_York, '
  'utc -> UTC); any other value unchanged. IMMUTABLE for the CHECK constraint phone_numbers_timezone_canonical, on '
  'the same grounds as private.is_iana_timezone: a zone''s name does not change.';

-- The trigger repeats canonical_timezone's body rather than calling it: a
-- BEFORE INSERT trigger runs before row level security refuses a row, also
-- for anon, who may not reach the private schema, and a call into it would
-- turn anon's refusal by policy into a permission error on the schema.
create function private.set_canonical_timezone()
returns trigger
language plpgsql
set search_path = ''
set "TimeZone" = 'UTC'
as $$
begin
  if new.timezone ~* '^[a-z][a-z0-9_+-]{0,63}(/[a-z0-9_+-]{1,64}){0,2}$' then
    begin
      -- Local to this function: its SET clause restores the caller's time zone.
      perform pg_catalog.set_config('TimeZone', new.timezone, true);
      new.timezone := pg_catalog.current_setting('TimeZone');
    exception
      when invalid_parameter_value then
        null;  -- no zone: left for phone_numbers_timezone_iana to refuse
    end;
  end if;
  return new;
end;
$$;
comment on function private.set_canonical_timezone() is
  'BEFORE INSERT/UPDATE OF timezone trigger on phone_numbers: stores the time zone in its canonical spelling '
  '(as private.canonical_timezone spells it), so a zone given in another case is the same value; a name that is '
  'no zone is left for phone_numbers_timezone_iana to refuse.';

revoke all on function private.is_blank(text), private.has_outer_space(text), private.is_single_line(text),
  private.is_printable_text(text), private.jsonb_depth_within(jsonb, integer), private.tags_are_slugs(text[]),
  private.tags_within_length(text[], integer), private.tags_are_distinct(text[]), private.canonical_timezone(text),
  private.set_canonical_timezone()
  from public, anon;
-- CHECK constraints and triggers run as whoever writes the row: owners and
-- admins (authenticated) and the telephony backend (service_role).
grant execute on function private.is_blank(text), private.has_outer_space(text), private.is_single_line(text),
  private.is_printable_text(text), private.jsonb_depth_within(jsonb, integer), private.tags_are_slugs(text[]),
  private.tags_within_length(text[], integer), private.tags_are_distinct(text[]), private.canonical_timezone(text)
  to authenticated, service_role;

create trigger canonical_timezone
  before insert or update of timezone on public.phone_numbers
  for each row execute function private.set_canonical_timezone();

-- phone_numbers -----------------------------------------------------------------

-- The old check measured btrim(business_name): 100,000 characters with
-- trailing spaces passed. Now the stored value is measured, and blank,
-- padding and line breaks have constraints of their own.
alter table public.phone_numbers drop constraint phone_numbers_business_name_length;
alter table public.phone_numbers
  add constraint phone_numbers_business_name_length
    check (char_length(business_name) between 1 and 200) not valid,
  add constraint phone_numbers_business_name_not_blank check (not private.is_blank(business_name)) not valid,
  add constraint phone_numbers_business_name_trimmed check (not private.has_outer_space(business_name)) not valid,
  add constraint phone_numbers_business_name_single_line check (private.is_single_line(business_name)) not valid,
  add constraint phone_numbers_display_name_not_blank check (not private.is_blank(display_name)) not valid,
  add constraint phone_numbers_display_name_trimmed check (not private.has_outer_space(display_name)) not valid,
  add constraint phone_numbers_display_name_single_line check (private.is_single_line(display_name)) not valid,
  add constraint phone_numbers_timezone_canonical
    check (timezone = private.canonical_timezone(timezone)) not valid,
  add constraint phone_numbers_created_at_range
    check (created_at >= '2020-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00') not valid,
  add constraint phone_numbers_updated_at_range
    check (updated_at >= '2020-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00') not valid;

-- voice_settings ----------------------------------------------------------------

alter table public.voice_settings drop constraint voice_settings_voice_name_length;
alter table public.voice_settings drop constraint voice_settings_greeting_length;
alter table public.voice_settings
  add constraint voice_settings_voice_name_length check (char_length(voice_name) between 1 and 64) not valid,
  add constraint voice_settings_voice_name_not_blank check (not private.is_blank(voice_name)) not valid,
  add constraint voice_settings_voice_name_trimmed check (not private.has_outer_space(voice_name)) not valid,
  add constraint voice_settings_voice_name_single_line check (private.is_single_line(voice_name)) not valid,
  add constraint voice_settings_greeting_length check (char_length(greeting_message) between 1 and 500) not valid,
  add constraint voice_settings_greeting_not_blank check (not private.is_blank(greeting_message)) not valid,
  add constraint voice_settings_greeting_trimmed check (not private.has_outer_space(greeting_message)) not valid,
  add constraint voice_settings_greeting_printable check (private.is_printable_text(greeting_message)) not valid,
  add constraint voice_settings_created_at_range
    check (created_at >= '2020-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00') not valid,
  add constraint voice_settings_updated_at_range
    check (updated_at >= '2020-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00') not valid;

-- conversation_rules: size and object-ness are conversation_rules_*_object ------

alter table public.conversation_rules
  add constraint conversation_rules_conditions_depth check (private.jsonb_depth_within(conditions, 10)) not valid,
  add constraint conversation_rules_actions_depth check (private.jsonb_depth_within(actions, 10)) not valid,
  add constraint conversation_rules_created_at_range
    check (created_at >= '2020-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00') not valid,
  add constraint conversation_rules_updated_at_range
    check (updated_at >= '2020-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00') not valid;

-- business_hours: the times are bounded already ----------------------------------

alter table public.business_hours
  add constraint business_hours_created_at_range
    check (created_at >= '2020-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00') not valid,
  add constraint business_hours_updated_at_range
    check (updated_at >= '2020-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00') not valid;

-- business_closures -------------------------------------------------------------

alter table public.business_closures drop constraint business_closures_reason_length;
alter table public.business_closures
  add constraint business_closures_reason_length check (char_length(reason) between 1 and 200) not valid,
  add constraint business_closures_reason_not_blank check (not private.is_blank(reason)) not valid,
  add constraint business_closures_reason_trimmed check (not private.has_outer_space(reason)) not valid,
  add constraint business_closures_reason_single_line check (private.is_single_line(reason)) not valid,
  -- ends_on >= starts_on (business_closures_dates_ordered) bounds the rest; date 'infinity' is refused.
  add constraint business_closures_dates_range
    check (starts_on >= '2020-01-01' and ends_on < '2100-01-01') not valid,
  add constraint business_closures_created_at_range
    check (created_at >= '2020-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00') not valid,
  add constraint business_closures_updated_at_range
    check (updated_at >= '2020-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00') not valid;

-- calls -------------------------------------------------------------------------

-- calls_duration_matches_times spoke for every duration of a call without
-- both times (a negative one too) and subtracted infinite times (22008).
-- It now yields to the constraints that name the problem: a duration out of
-- range, a time that is not finite, an end before the answer, a call longer
-- than a day.
alter table public.calls drop constraint calls_duration_matches_times;
-- Only https URLs, now whole: https:// followed by a newline and markup passed.
alter table public.calls drop constraint calls_recording_url_https;
alter table public.calls
  add constraint calls_duration_matches_times check (
    case
      when duration < 0 or duration > 86400 then true
      when answered_at is null or ended_at is null then duration = 0
      when not isfinite(answered_at) or not isfinite(ended_at) then true
      when ended_at < answered_at then true
      when ended_at - answered_at > interval '86401 seconds' then true
      else abs(duration - extract(epoch from ended_at - answered_at)) <= 1
    end) not valid,
  -- At most a day of talk: the statistics' sums and averages stay in range.
  add constraint calls_duration_max check (
    duration <= 86400
    and case when isfinite(answered_at) and isfinite(ended_at)
             then ended_at - answered_at <= interval '86401 seconds' end is not false) not valid,
  add constraint calls_created_at_range
    check (created_at >= '2020-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00') not valid,
  add constraint calls_answered_at_range
    check (answered_at >= '2020-01-01 00:00:00+00' and answered_at < '2100-01-01 00:00:00+00') not valid,
  add constraint calls_ended_at_range
    check (ended_at >= '2020-01-01 00:00:00+00' and ended_at < '2100-01-01 00:00:00+00') not valid,
  add constraint calls_updated_at_range
    check (updated_at >= '2020-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00') not valid,
  -- created_at is stored to the millisecond: compared at that precision, an
  -- answer in the same millisecond as the start is not before it.
  add constraint calls_answered_after_created check (answered_at::timestamptz(3) >= created_at) not valid,
  add constraint calls_ended_after_created check (ended_at::timestamptz(3) >= created_at) not valid,
  add constraint calls_recording_url_https check (
    recording_url ~ ('^https://[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*'
                     '(:[0-9]{1,5})?([/?#]([A-Za-z0-9._~!$&''()*+,;=:@/?#-]|%[0-9A-Fa-f]{2})*)?$')) not valid,
  add constraint calls_recording_url_length check (char_length(recording_url) <= 2048) not valid,
  add constraint calls_transcript_length check (char_length(transcript) between 1 and 100000) not valid,
  add constraint calls_transcript_not_blank check (not private.is_blank(transcript)) not valid,
  add constraint calls_transcript_printable check (private.is_printable_text(transcript)) not valid,
  add constraint calls_ai_summary_length check (char_length(ai_summary) between 1 and 5000) not valid,
  add constraint calls_ai_summary_not_blank check (not private.is_blank(ai_summary)) not valid,
  add constraint calls_ai_summary_printable check (private.is_printable_text(ai_summary)) not valid;

-- call_metadata -----------------------------------------------------------------

alter table public.call_metadata
  add constraint call_metadata_metadata_size check (octet_length(metadata::text) <= 65536) not valid,
  add constraint call_metadata_metadata_depth check (private.jsonb_depth_within(metadata, 10)) not valid,
  add constraint call_metadata_custom_fields_size check (octet_length(custom_fields::text) <= 16384) not valid,
  add constraint call_metadata_custom_fields_depth check (private.jsonb_depth_within(custom_fields, 10)) not valid,
  add constraint call_metadata_tags_format check (private.tags_are_slugs(tags)) not valid,
  add constraint call_metadata_tags_length check (private.tags_within_length(tags, 32)) not valid,
  add constraint call_metadata_tags_unique check (private.tags_are_distinct(tags)) not valid,
  add constraint call_metadata_created_at_range
    check (created_at >= '2020-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00') not valid,
  add constraint call_metadata_updated_at_range
    check (updated_at >= '2020-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00') not valid;

comment on column public.phone_numbers.timezone is
  'IANA time zone of the business, stored in its canonical spelling (trigger canonical_timezone): business hours '
  'and daily statistics are computed in it.';
comment on column public.voice_settings.greeting_message is
  'What the receptionist says first (1 to 500 characters, not blank, no leading or trailing whitespace; line breaks '
  'allowed); null for the default greeting.';
comment on column public.call_metadata.tags is
  'Labels of the call: at most 50, each a lowercase slug (a-z, 0-9, - and _) of at most 32 characters, none twice, '
  'no nulls; searched with @> and &&.';
comment on column public.call_metadata.metadata is
  'What the receptionist extracted from the call, a JSON object of at most 64 KiB as text, nested at most 10 '
  'deep; searched with @>.';
comment on column public.call_metadata.custom_fields is
  'Business-defined fields, a JSON object of at most 16 KiB as text, nested at most 10 deep.';
comment on column public.calls.recording_url is
  'The recording, an https URL of at most 2048 characters.';

