-- Validates webhook_events_phone_id_format, added NOT VALID by
-- 20261129173100_webhook_events_tenant_key_format.sql: a scan of each
-- partition under SHARE UPDATE EXCLUSIVE, which blocks no reads or writes.
set lock_timeout = '5s';
set statement_timeout = '15min';

alter table public.webhook_events validate constraint webhook_events_phone_id_format;
