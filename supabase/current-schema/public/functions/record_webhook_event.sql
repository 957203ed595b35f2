CREATE OR REPLACE FUNCTION public.record_webhook_event (
  phone_id          text,
  provider          text,
  provider_event_id text,
  event_type        text,
  payload           jsonb DEFAULT '{}'::jsonb,
  call_sid          text  DEFAULT NULL::text
)
  RETURNS TABLE (
    event_id    uuid,
    received_at timestamp with time zone,
    duplicate   boolean
  )
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  select * from private.record_webhook_event(phone_id, provider, provider_event_id, event_type, payload, call_sid)
$function$;

GRANT EXECUTE ON FUNCTION "public"."record_webhook_event"(text, text, text, text, jsonb, text) TO "service_role";

COMMENT ON FUNCTION "public"."record_webhook_event"(text, text, text, text, jsonb, text) IS 'Stores a webhook event once: returns its id and receipt time, and duplicate = true (nothing stored) when this phone already has the provider''s event id, however long ago within the retention. Service role.';

REVOKE ALL ON FUNCTION "public"."record_webhook_event"(text, text, text, text, jsonb, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."record_webhook_event"(text, text, text, text, jsonb, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."record_webhook_event"(text, text, text, text, jsonb, text) FROM PUBLIC, "anon", "authenticated";
