CREATE OR REPLACE FUNCTION public.release_call_slot (
  phone_id text,
  call_sid text
)
  RETURNS boolean
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  with freed as (
    delete from public.live_calls l
     where l.phone_id = release_call_slot.phone_id and l.call_sid = release_call_slot.call_sid
    returning 1)
  select exists (select from freed)
$function$;

GRANT EXECUTE ON FUNCTION "public"."release_call_slot"(text, text) TO "service_role";

COMMENT ON FUNCTION "public"."release_call_slot"(text, text) IS 'Frees the call''s slot; false when it was already free (a retried release). Service role.';

REVOKE ALL ON FUNCTION "public"."release_call_slot"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."release_call_slot"(text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."release_call_slot"(text, text) FROM PUBLIC, "anon", "authenticated";
