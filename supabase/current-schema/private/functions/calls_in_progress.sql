CREATE OR REPLACE FUNCTION private.calls_in_progress (
  phone_id text
)
  RETURNS integer
  LANGUAGE sql
  STABLE
  SET search_path TO ''
  AS $function$
  select ((select pg_catalog.count(*) from public.live_calls l where l.phone_id = calls_in_progress.phone_id)
        + (select pg_catalog.count(*) from public.campaign_contacts k
            where k.phone_id = calls_in_progress.phone_id and k.status = 'dialing'))::integer
$function$;

GRANT EXECUTE ON FUNCTION "private"."calls_in_progress"(text) TO "service_role";

COMMENT ON FUNCTION "private"."calls_in_progress"(text) IS 'How many calls phone_id has in progress, the number its max_concurrent_calls limits: its live calls and its dialing campaign contacts. claim_call_slot and claim_campaign_contacts count with it after taking the phone''s row.';

REVOKE ALL ON FUNCTION "private"."calls_in_progress"(text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."calls_in_progress"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."calls_in_progress"(text) TO "postgres";
