CREATE OR REPLACE FUNCTION private.record_webhook_event (
  phone_id          text,
  provider          text,
  provider_event_id text,
  event_type        text,
  payload           jsonb,
  call_sid          text
)
  RETURNS TABLE (
    event_id    uuid,
    received_at timestamp with time zone,
    duplicate   boolean
  )
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  new_id uuid := pg_catalog.gen_random_uuid();
  now_at timestamptz := pg_catalog.now();
begin
  -- The key first: of two deliveries at once, the second waits here for the
  -- first to commit and then finds its key.
  insert into private.webhook_event_keys as k (phone_id, provider, provider_event_id, received_at, event_id)
  values (record_webhook_event.phone_id, record_webhook_event.provider, record_webhook_event.provider_event_id,
          now_at, new_id)
  on conflict on constraint webhook_event_keys_pkey do nothing;
  if not found then
    return query
      select k.event_id, k.received_at, true from private.webhook_event_keys k
       where k.phone_id = record_webhook_event.phone_id and k.provider = record_webhook_event.provider
         and k.provider_event_id = record_webhook_event.provider_event_id;
    return;
  end if;
  insert into public.webhook_events (phone_id, received_at, id, provider, provider_event_id, event_type, call_sid, payload)
  values (record_webhook_event.phone_id, now_at, new_id, record_webhook_event.provider,
          record_webhook_event.provider_event_id, record_webhook_event.event_type, record_webhook_event.call_sid,
          coalesce(record_webhook_event.payload, '{}'));
  return query select new_id, now_at, false;
end;
$function$;

GRANT EXECUTE ON FUNCTION "private"."record_webhook_event"(text, text, text, text, jsonb, text) TO "service_role";

COMMENT ON FUNCTION "private"."record_webhook_event"(text, text, text, text, jsonb, text) IS 'Behind public.record_webhook_event. SECURITY DEFINER because the keys that make a repeat a no-op are in private.webhook_event_keys, which no API role reaches. It writes only the given phone''s event and key.';

REVOKE ALL ON FUNCTION "private"."record_webhook_event"(text, text, text, text, jsonb, text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."record_webhook_event"(text, text, text, text, jsonb, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."record_webhook_event"(text, text, text, text, jsonb, text) TO "postgres";
