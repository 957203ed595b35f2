CREATE OR REPLACE FUNCTION public.resume_campaign (
  phone_id    text,
  campaign_id uuid
)
  RETURNS public.campaigns
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  select * from private.set_campaign_status(phone_id, campaign_id, 'running', 'resume campaigns')
$function$;

GRANT EXECUTE ON FUNCTION "public"."resume_campaign"(text, uuid) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."resume_campaign"(text, uuid) TO "service_role";

COMMENT ON FUNCTION "public"."resume_campaign"(text, uuid) IS 'Resumes a paused campaign where it stopped: the pending contacts it had not dialed, and the retries as they come due. Resuming a running campaign changes nothing. Owners and admins; returns the campaign.';

REVOKE ALL ON FUNCTION "public"."resume_campaign"(text, uuid) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."resume_campaign"(text, uuid) TO "postgres";

REVOKE ALL ON FUNCTION "public"."resume_campaign"(text, uuid) FROM PUBLIC, "anon";
