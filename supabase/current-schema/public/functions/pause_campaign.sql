CREATE OR REPLACE FUNCTION public.pause_campaign (
  phone_id    text,
  campaign_id uuid
)
  RETURNS public.campaigns
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  select * from private.set_campaign_status(phone_id, campaign_id, 'paused', 'pause campaigns')
$function$;

GRANT EXECUTE ON FUNCTION "public"."pause_campaign"(text, uuid) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."pause_campaign"(text, uuid) TO "service_role";

COMMENT ON FUNCTION "public"."pause_campaign"(text, uuid) IS 'Pauses a running campaign: once this returns, no contact is handed out until it is resumed (contacts already dialing finish). Pausing a paused campaign changes nothing. Owners and admins; returns the campaign.';

REVOKE ALL ON FUNCTION "public"."pause_campaign"(text, uuid) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."pause_campaign"(text, uuid) TO "postgres";

REVOKE ALL ON FUNCTION "public"."pause_campaign"(text, uuid) FROM PUBLIC, "anon";
