CREATE OR REPLACE FUNCTION private.is_forward_status_step (
  from_status public.call_status,
  to_status   public.call_status
)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  SET search_path TO ''
  AS $function$
  select (from_status, to_status) in (
    ('ringing'::public.call_status, 'answered'::public.call_status),
    ('ringing', 'completed'), ('ringing', 'failed'),
    ('answered', 'completed'), ('answered', 'failed'))
$function$;

GRANT EXECUTE ON FUNCTION "private"."is_forward_status_step"(public.call_status, public.call_status) TO "service_role";

COMMENT ON FUNCTION "private"."is_forward_status_step"(public.call_status, public.call_status) IS 'True for a step forward in the call lifecycle ringing < answered < completed | failed (skipping answered is forward: "answered" is an optional callback). completed and failed are both final. The one definition the lifecycle trigger and ingest_call_event share.';

REVOKE ALL ON FUNCTION "private"."is_forward_status_step"(public.call_status, public.call_status) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."is_forward_status_step"(public.call_status, public.call_status) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."is_forward_status_step"(public.call_status, public.call_status) TO "postgres";
