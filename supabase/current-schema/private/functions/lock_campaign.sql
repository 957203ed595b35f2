CREATE OR REPLACE FUNCTION private.lock_campaign (
  phone_id    text,
  campaign_id uuid
)
  RETURNS public.campaigns
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
declare
  c public.campaigns;
begin
  select * into c from public.campaigns k
   where k.phone_id = lock_campaign.phone_id and k.id = lock_campaign.campaign_id
     for no key update;
  if not found then
    raise exception 'no campaign % on phone number %', lock_campaign.campaign_id, lock_campaign.phone_id
      using errcode = 'no_data_found';
  end if;
  return c;
end;
$function$;

GRANT EXECUTE ON FUNCTION "private"."lock_campaign"(text, uuid) TO "service_role";

COMMENT ON FUNCTION "private"."lock_campaign"(text, uuid) IS 'Locks the campaign''s row (FOR NO KEY UPDATE) and returns it; P0002 when there is none. Hand-outs, finishes, imports and status changes of one campaign take turns on it.';

REVOKE ALL ON FUNCTION "private"."lock_campaign"(text, uuid) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."lock_campaign"(text, uuid) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."lock_campaign"(text, uuid) TO "postgres";
