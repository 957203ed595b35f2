CREATE OR REPLACE FUNCTION public.import_campaign_contacts (
  phone_id     text,
  campaign_id  uuid,
  numbers      text[],
  max_attempts integer DEFAULT 3
)
  RETURNS TABLE (
    submitted  integer,
    imported   integer,
    duplicates integer
  )
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  select * from private.import_campaign_contacts(phone_id, campaign_id, numbers, max_attempts)
$function$;

GRANT EXECUTE ON FUNCTION "public"."import_campaign_contacts"(text, uuid, text[], integer) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."import_campaign_contacts"(text, uuid, text[], integer) TO "service_role";

COMMENT ON FUNCTION "public"."import_campaign_contacts"(text, uuid, text[], integer) IS 'Adds numbers (E.164, at most 10,000 per call) to a campaign that is not finished, each with max_attempts (default 3), and returns how many were submitted, imported, and skipped as duplicates (already in the campaign or repeated in the list). A malformed number refuses the whole list (23514, campaign_contacts_number_e164). Owners and admins.';

REVOKE ALL ON FUNCTION "public"."import_campaign_contacts"(text, uuid, text[], integer) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."import_campaign_contacts"(text, uuid, text[], integer) TO "postgres";

REVOKE ALL ON FUNCTION "public"."import_campaign_contacts"(text, uuid, text[], integer) FROM PUBLIC, "anon";
