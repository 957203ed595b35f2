-- loses data: public.webhook_events, private.webhook_event_keys
-- Down of 20261129173000_webhook_events: the partition maintenance job, the
-- functions, webhook_events with every monthly partition, the keys and the
-- status type.
set lock_timeout = '5s';
set statement_timeout = '60s';

select cron.unschedule('maintain-webhook-event-partitions');
drop function public.record_webhook_event(text, text, text, text, jsonb, text);
drop function private.record_webhook_event(text, text, text, text, jsonb, text);
drop function private.maintain_webhook_event_partitions(integer, interval);
drop table private.webhook_event_keys;
drop table public.webhook_events;
drop type public.webhook_event_status;
