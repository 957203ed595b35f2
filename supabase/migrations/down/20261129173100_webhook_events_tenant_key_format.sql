-- Down of 20261129173100_webhook_events_tenant_key_format.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.webhook_events drop constraint webhook_events_phone_id_format;
