CREATE OR REPLACE FUNCTION public.finish_campaign_contact (
  phone_id   text,
  contact_id uuid,
  outcome    public.campaign_call_outcome,
  call_sid   text                         DEFAULT NULL::text
)
  RETURNS public.campaign_contacts
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
declare
  contact public.campaign_contacts;
  c public.campaigns;
  next_status public.campaign_contact_status;
begin
  if pg_catalog.current_setting('transaction_isolation') <> 'read committed' then
    raise exception 'finish_campaign_contact needs a READ COMMITTED transaction, not %',
      pg_catalog.current_setting('transaction_isolation')
      using errcode = 'invalid_transaction_state';
  end if;
  if outcome is null then
    raise exception 'an outcome is required' using errcode = 'null_value_not_allowed';
  end if;
  select * into contact from public.campaign_contacts k
   where k.phone_id = finish_campaign_contact.phone_id and k.id = finish_campaign_contact.contact_id;
  if not found then
    raise exception 'no campaign contact % on phone number %', contact_id, finish_campaign_contact.phone_id
      using errcode = 'no_data_found';
  end if;
  -- With every other finish and hand-out of the campaign: the last finish
  -- sees all the others and completes it.
  c := private.lock_campaign(contact.phone_id, contact.campaign_id);
  select * into contact from public.campaign_contacts k
   where k.phone_id = contact.phone_id and k.id = contact.id
     for update;
  if contact.status <> 'dialing' then
    if contact.last_call_sid is not distinct from finish_campaign_contact.call_sid
       and contact.last_outcome is not distinct from finish_campaign_contact.outcome then
      return contact;  -- a retried report of the same call
    end if;
    raise exception 'campaign contact % is %, not dialing', contact.id, contact.status
      using errcode = 'object_not_in_prerequisite_state',
            hint = 'Its attempt was released after an hour without a report, or reported already.';
  end if;

  next_status := case
    when outcome in ('answered', 'voicemail') then 'completed'
    when outcome = 'invalid_number' or contact.attempts >= contact.max_attempts then 'failed'
    when c.status = 'canceled' then 'skipped'
    else 'pending' end;
  update public.campaign_contacts k
     set status = next_status,
         next_attempt_at = case when next_status = 'pending'
                                then pg_catalog.now() + pg_catalog.make_interval(mins => c.retry_delay_minutes) end,
         finished_at = pg_catalog.now(),
         last_call_sid = finish_campaign_contact.call_sid,
         last_outcome = finish_campaign_contact.outcome
   where k.phone_id = contact.phone_id and k.id = contact.id
  returning * into contact;

  update public.campaigns k set status = 'completed'
   where k.phone_id = c.phone_id and k.id = c.id and k.status in ('running', 'paused')
     and not exists (select from public.campaign_contacts x
                      where x.phone_id = c.phone_id and x.campaign_id = c.id and x.status = 'dialing')
     and (select pg_catalog.min(x.next_attempt_at) from public.campaign_contacts x
                     where x.phone_id = c.phone_id and x.campaign_id = c.id and x.status = 'pending') is null;
  return contact;
end;
$function$;

GRANT EXECUTE ON FUNCTION "public"."finish_campaign_contact"(text, uuid, public.campaign_call_outcome, text) TO "service_role";

COMMENT ON FUNCTION "public"."finish_campaign_contact"(text, uuid, public.campaign_call_outcome, text) IS 'Records the outcome and call_sid of a dialing contact''s call: answered or voicemail complete it; invalid_number, or no attempt left, fail it; otherwise it is pending again after the campaign''s retry_delay_minutes (skipped if the campaign was canceled). When no contact of the campaign is left pending or dialing, the campaign is completed. Returns the contact; a repeat of the same report returns it unchanged; 55000 for a contact not dialing, P0002 for an unknown one. Service role; READ COMMITTED transactions only.';

REVOKE ALL ON FUNCTION "public"."finish_campaign_contact"(text, uuid, public.campaign_call_outcome, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."finish_campaign_contact"(text, uuid, public.campaign_call_outcome, text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."finish_campaign_contact"(text, uuid, public.campaign_call_outcome, text) FROM PUBLIC, "anon", "authenticated";
