SELECT cron.schedule_in_database('archive-calls', '*/10 * * * *', 'select * from private.archive_calls()', 'postgres', NULL, true);

SELECT
  cron.schedule_in_database('maintain-audit-log-partitions', '27 3 * * *',
  'select private.maintain_monthly_partitions(''public.audit_log'', ''Audit entries recorded'', 3, ''13 months'')', 'postgres', NULL, true);

SELECT cron.schedule_in_database('maintain-webhook-event-partitions', '17 3 * * *', 'select private.maintain_webhook_event_partitions()', 'postgres', NULL, true);

SELECT cron.schedule_in_database('reap-call-slots', '* * * * *', 'select private.reap_call_slots()', 'postgres', NULL, true);

SELECT cron.schedule_in_database('refresh-phone-performance-summary', '*/15 * * * *', 'select private.refresh_phone_performance_summary()', 'postgres', NULL, true);

SELECT cron.schedule_in_database('release-stale-campaign-contacts', '* * * * *', 'select private.release_stale_campaign_contacts()', 'postgres', NULL, true);
