CREATE OR REPLACE FUNCTION public.cancel_campaign (
  phone_id    text,
  campaign_id uuid
)
  RETURNS public.campaigns
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  select * from private.set_campaign_status(phone_id, campaign_id, 'canceled', 'cancel campaigns')
$function$;

GRANT EXECUTE ON FUNCTION "public"."cancel_campaign"(text, uuid) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."cancel_campaign"(text, uuid) TO "service_role";

COMMENT ON FUNCTION "public"."cancel_campaign"(text, uuid) IS 'Cancels a campaign that is not completed, for good: its pending contacts are skipped, those dialing finish as reported. Canceling a canceled campaign changes nothing. Owners and admins; returns the campaign.';

REVOKE ALL ON FUNCTION "public"."cancel_campaign"(text, uuid) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."cancel_campaign"(text, uuid) TO "postgres";

REVOKE ALL ON FUNCTION "public"."cancel_campaign"(text, uuid) FROM PUBLIC, "anon";
