CREATE OR REPLACE FUNCTION public.claim_call_slot (
  phone_id text,
  call_sid text,
  worker   text DEFAULT NULL::text
)
  RETURNS public.live_calls
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
declare
  max_calls integer;
  slot public.live_calls;
begin
  if pg_catalog.current_setting('transaction_isolation') <> 'read committed' then
    raise exception 'claim_call_slot needs a READ COMMITTED transaction, not %',
      pg_catalog.current_setting('transaction_isolation')
      using errcode = 'invalid_transaction_state';
  end if;
  -- Claims of one phone number take turns here.
  select p.max_concurrent_calls into max_calls
    from public.phone_numbers p where p.id = claim_call_slot.phone_id
     for no key update;
  if not found then
    raise exception 'no phone number %', claim_call_slot.phone_id using errcode = 'no_data_found';
  end if;

  update public.live_calls l set heartbeat_at = pg_catalog.now(), worker = coalesce(claim_call_slot.worker, l.worker)
   where l.phone_id = claim_call_slot.phone_id and l.call_sid = claim_call_slot.call_sid
  returning * into slot;
  if found then
    return slot;
  end if;

  if private.calls_in_progress(claim_call_slot.phone_id) >= max_calls then
    raise exception 'phone number % has % calls in progress, its limit', claim_call_slot.phone_id, max_calls
      using errcode = 'configuration_limit_exceeded',
            hint = 'Refuse or queue the call; a slot frees when a call ends or its worker stops sending heartbeats.';
  end if;
  insert into public.live_calls (phone_id, call_sid, worker)
  values (claim_call_slot.phone_id, claim_call_slot.call_sid, claim_call_slot.worker)
  returning * into slot;
  return slot;
end;
$function$;

GRANT EXECUTE ON FUNCTION "public"."claim_call_slot"(text, text, text) TO "service_role";

COMMENT ON FUNCTION "public"."claim_call_slot"(text, text, text) IS 'Admits call_sid on phone_id if the phone has fewer calls in progress (live calls and dialing campaign contacts) than its max_concurrent_calls, and returns its live_calls row; refuses with 53400 when it is full, P0002 for an unknown phone. A retry for a call already admitted admits it again. Service role; READ COMMITTED transactions only.';

REVOKE ALL ON FUNCTION "public"."claim_call_slot"(text, text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."claim_call_slot"(text, text, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."claim_call_slot"(text, text, text) FROM PUBLIC, "anon", "authenticated";
