CREATE OR REPLACE FUNCTION private.reap_call_slots (
  max_silence interval DEFAULT '00:01:30'::interval
)
  RETURNS integer
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
declare
  reaped integer := 0;
  gone record;
begin
  for gone in
    delete from public.live_calls l
     where l.heartbeat_at < pg_catalog.now() - max_silence
    returning l.phone_id, l.call_sid
  loop
    reaped := reaped + 1;
    -- The call, if its row exists and has not ended, failed now: as an event
    -- through ingest_call_event, which merges it like any provider's.
    perform public.ingest_call_event(
      phone_id => c.phone_id, call_sid => c.call_sid, caller_number => c.caller_number,
      occurred_at => pg_catalog.now(), status => 'failed', ended_at => pg_catalog.now(),
      ended_reason => 'heartbeat_lost')
      from public.calls c
     where c.phone_id = gone.phone_id and c.call_sid = gone.call_sid and c.status in ('ringing', 'answered');
  end loop;
  return reaped;
end;
$function$;

COMMENT ON FUNCTION "private"."reap_call_slots"(interval) IS 'Frees the slots whose worker has been silent for max_silence (default 90 seconds) and marks their calls failed with ended_reason heartbeat_lost; returns how many it freed. pg_cron runs it every minute.';

REVOKE ALL ON FUNCTION "private"."reap_call_slots"(interval) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."reap_call_slots"(interval) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."reap_call_slots"(interval) TO "postgres";
