CREATE OR REPLACE FUNCTION private.maintain_webhook_event_partitions (
  months_ahead integer  DEFAULT 3,
  retention    interval DEFAULT '6 mons'::interval
)
  RETURNS TABLE (
    created text[],
    dropped text[]
  )
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
declare
  oldest_kept date := pg_catalog.date_trunc('month', (pg_catalog.now() - retention) at time zone 'UTC')::date;
begin
  select m.created, m.dropped into created, dropped
    from private.maintain_monthly_partitions('public.webhook_events', 'Webhook events received', months_ahead, retention) m;
  delete from private.webhook_event_keys k where k.received_at < oldest_kept;
  return next;
end;
$function$;

COMMENT ON FUNCTION "private"."maintain_webhook_event_partitions"(integer, interval) IS 'Creates the monthly partitions of webhook_events from this month to months_ahead months ahead, drops those wholly older than retention (default six months) with their keys, and returns what it created and dropped (private.maintain_monthly_partitions does the partitions). pg_cron runs it daily.';

REVOKE ALL ON FUNCTION "private"."maintain_webhook_event_partitions"(integer, interval) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."maintain_webhook_event_partitions"(integer, interval) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."maintain_webhook_event_partitions"(integer, interval) TO "postgres";
