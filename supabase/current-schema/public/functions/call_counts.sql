CREATE OR REPLACE FUNCTION public.call_counts (
  from_day  date   DEFAULT NULL::date,
  to_day    date   DEFAULT NULL::date,
  phone_ids text[] DEFAULT NULL::text[]
)
  RETURNS TABLE (
    total_calls     bigint,
    answered_calls  bigint,
    completed_calls bigint,
    failed_calls    bigint
  )
  LANGUAGE sql
  STABLE
  SET search_path TO ''
  AS $function$
  select coalesce(sum(s.total_calls), 0)::bigint, coalesce(sum(s.answered_calls), 0)::bigint,
         coalesce(sum(s.completed_calls), 0)::bigint, coalesce(sum(s.failed_calls), 0)::bigint
    from public.daily_call_stats s
   where (from_day is null or s.day >= from_day)
     and (to_day is null or s.day <= to_day)
     and (phone_ids is null or s.phone_id = any (phone_ids))
$function$;

GRANT EXECUTE ON FUNCTION "public"."call_counts"(date, date, text[]) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."call_counts"(date, date, text[]) TO "service_role";

COMMENT ON FUNCTION "public"."call_counts"(date, date, text[]) IS 'Calls, answered, completed and failed calls of the caller''s phone numbers (or of phone_ids among them) on local days from_day to to_day (each bound optional), from daily_call_stats: one row per phone and day instead of one per call. Invoker: row level security decides which phones count.';

REVOKE ALL ON FUNCTION "public"."call_counts"(date, date, text[]) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."call_counts"(date, date, text[]) TO "postgres";

REVOKE ALL ON FUNCTION "public"."call_counts"(date, date, text[]) FROM PUBLIC, "anon";
