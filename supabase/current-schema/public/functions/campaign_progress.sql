CREATE OR REPLACE FUNCTION public.campaign_progress (
  phone_id     text,
  campaign_ids uuid[] DEFAULT NULL::uuid[]
)
  RETURNS TABLE (
    campaign_id uuid,
    pending     bigint,
    dialing     bigint,
    completed   bigint,
    failed      bigint,
    skipped     bigint,
    total       bigint
  )
  LANGUAGE sql
  STABLE
  SET search_path TO ''
  AS $function$
  select c.id,
         pg_catalog.count(k.status) filter (where k.status = 'pending'),
         pg_catalog.count(k.status) filter (where k.status = 'dialing'),
         pg_catalog.count(k.status) filter (where k.status = 'completed'),
         pg_catalog.count(k.status) filter (where k.status = 'failed'),
         pg_catalog.count(k.status) filter (where k.status = 'skipped'),
         pg_catalog.count(k.status)
    from public.campaigns c
    left join public.campaign_contacts k on k.phone_id = c.phone_id and k.campaign_id = c.id
   where c.phone_id = campaign_progress.phone_id
     and (campaign_progress.campaign_ids is null or c.id = any (campaign_progress.campaign_ids))
   group by c.id
   order by c.id
$function$;

GRANT EXECUTE ON FUNCTION "public"."campaign_progress"(text, uuid[]) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."campaign_progress"(text, uuid[]) TO "service_role";

COMMENT ON FUNCTION "public"."campaign_progress"(text, uuid[]) IS 'Per campaign of phone_id (or of campaign_ids among them), how many contacts are pending, dialing, completed, failed and skipped, and in all; a campaign without contacts has zeros. Counted from campaign_contacts_progress_idx. Invoker: row level security decides what a caller sees.';

REVOKE ALL ON FUNCTION "public"."campaign_progress"(text, uuid[]) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."campaign_progress"(text, uuid[]) TO "postgres";

REVOKE ALL ON FUNCTION "public"."campaign_progress"(text, uuid[]) FROM PUBLIC, "anon";
