-- A tenant key that cannot be a phone number's id is refused by name. The
-- foreign keys refuse an unknown phone_id only after the row reaches the
-- indexes, and a phone_id of a few thousand characters failed there first,
-- with 54000 (index row size) instead of a constraint's name. Each table a
-- writer reaches now checks phone_id against the form of phone_numbers.id
-- (phone_numbers_id_format), before any index sees it. The private tables are
-- written only by the archive and the statistics triggers, with keys taken
-- from these rows.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.phone_members
  add constraint phone_members_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid;
alter table public.calls
  add constraint calls_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid;
alter table public.call_metadata
  add constraint call_metadata_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid;
alter table public.voice_settings
  add constraint voice_settings_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid;
alter table public.conversation_rules
  add constraint conversation_rules_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid;
alter table public.business_hours
  add constraint business_hours_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid;
alter table public.business_closures
  add constraint business_closures_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid;
