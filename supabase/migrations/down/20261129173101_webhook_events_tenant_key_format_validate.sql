-- Down of 20261129173101_webhook_events_tenant_key_format_validate:
-- the constraints it validated, NOT VALID again as the migrations before left
-- them. A constraint cannot be marked unvalidated in place, so each is dropped
-- and added again NOT VALID: no row is checked, and the lock is held only for
-- the catalog change.
set lock_timeout = '5s';
set statement_timeout = '15min';

alter table public.webhook_events
  drop constraint webhook_events_phone_id_format,
  add constraint webhook_events_phone_id_format CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)) NOT VALID;
