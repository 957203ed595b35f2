CREATE OR REPLACE FUNCTION public.heartbeat_call_slot (
  phone_id text,
  call_sid text
)
  RETURNS boolean
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  with beat as (
    update public.live_calls l set heartbeat_at = pg_catalog.now()
     where l.phone_id = heartbeat_call_slot.phone_id and l.call_sid = heartbeat_call_slot.call_sid
    returning 1)
  select exists (select from beat)
$function$;

GRANT EXECUTE ON FUNCTION "public"."heartbeat_call_slot"(text, text) TO "service_role";

COMMENT ON FUNCTION "public"."heartbeat_call_slot"(text, text) IS 'Marks the call''s slot alive; false when the slot is gone (released or reaped: the worker should end the call). Service role.';

REVOKE ALL ON FUNCTION "public"."heartbeat_call_slot"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."heartbeat_call_slot"(text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."heartbeat_call_slot"(text, text) FROM PUBLIC, "anon", "authenticated";
