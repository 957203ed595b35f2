CREATE OR REPLACE FUNCTION public.schedule_campaign (
  phone_id    text,
  campaign_id uuid
)
  RETURNS public.campaigns
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  select * from private.set_campaign_status(phone_id, campaign_id, 'scheduled', 'schedule campaigns')
$function$;

GRANT EXECUTE ON FUNCTION "public"."schedule_campaign"(text, uuid) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."schedule_campaign"(text, uuid) TO "service_role";

COMMENT ON FUNCTION "public"."schedule_campaign"(text, uuid) IS 'Arms a draft campaign that has contacts: the dialer starts it (running) at its first hand-out inside the window. Owners and admins; returns the campaign.';

REVOKE ALL ON FUNCTION "public"."schedule_campaign"(text, uuid) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."schedule_campaign"(text, uuid) TO "postgres";

REVOKE ALL ON FUNCTION "public"."schedule_campaign"(text, uuid) FROM PUBLIC, "anon";
