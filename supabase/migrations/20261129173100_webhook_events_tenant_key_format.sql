-- webhook_events.phone_id in the form of phone_numbers.id, as every other
-- table a writer reaches has it (20261129160001_tenant_keys_have_the_id_format.sql):
-- a phone_id of a few thousand characters failed in a partition's primary key
-- index with 54000 (index row size) instead of being refused by name.
-- Added NOT VALID on the partitioned table (no scan under this file's lock);
-- 20261129173101_webhook_events_tenant_key_format_validate.sql validates it
-- on every partition.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.webhook_events
  add constraint webhook_events_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid;
