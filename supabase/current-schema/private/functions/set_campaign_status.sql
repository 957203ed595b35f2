CREATE OR REPLACE FUNCTION private.set_campaign_status (
  phone_id    text,
  campaign_id uuid,
  status      public.campaign_status,
  action      text
)
  RETURNS public.campaigns
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  c public.campaigns;
begin
  perform private.require_role(set_campaign_status.phone_id, 'admin', set_campaign_status.action);
  c := private.lock_campaign(set_campaign_status.phone_id, set_campaign_status.campaign_id);
  if c.status = set_campaign_status.status then
    return c;
  end if;
  -- Only the dialer starts a scheduled campaign, inside its window.
  if set_campaign_status.status = 'running' and c.status <> 'paused' then
    raise exception 'campaign % is %, not paused: only a paused campaign is resumed', c.id, c.status
      using errcode = 'object_not_in_prerequisite_state';
  end if;
  if set_campaign_status.status = 'scheduled'
     and (select pg_catalog.min(k.next_attempt_at) from public.campaign_contacts k
           where k.phone_id = c.phone_id and k.campaign_id = c.id and k.status = 'pending') is null then
    raise exception 'campaign % has no contacts to dial', c.id
      using errcode = 'object_not_in_prerequisite_state', hint = 'Import contacts first (import_campaign_contacts).';
  end if;
  update public.campaigns k set status = set_campaign_status.status
   where k.phone_id = c.phone_id and k.id = c.id
  returning * into c;
  if set_campaign_status.status = 'canceled' then
    -- Never dialed now: the campaign's pending contacts. Those dialing finish as reported.
    update public.campaign_contacts k set status = 'skipped', next_attempt_at = null
     where k.phone_id = c.phone_id and k.campaign_id = c.id and k.status = 'pending';
  end if;
  return c;
end;
$function$;

GRANT EXECUTE ON FUNCTION "private"."set_campaign_status"(text, uuid, public.campaign_status, text) TO "authenticated";

COMMENT ON FUNCTION "private"."set_campaign_status"(text, uuid, public.campaign_status, text) IS 'Behind public.schedule_campaign, pause_campaign, resume_campaign and cancel_campaign. SECURITY DEFINER because members hold no UPDATE on status and no API role writes contacts (canceling skips the pending ones). Checks the caller itself: owners and admins only. A step the lifecycle does not allow is refused by the trigger check_campaign_status, naming it.';

REVOKE ALL ON FUNCTION "private"."set_campaign_status"(text, uuid, public.campaign_status, text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."set_campaign_status"(text, uuid, public.campaign_status, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."set_campaign_status"(text, uuid, public.campaign_status, text) TO "postgres";
