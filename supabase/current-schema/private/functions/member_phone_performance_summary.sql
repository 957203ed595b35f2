CREATE OR REPLACE FUNCTION private.member_phone_performance_summary()
  RETURNS SETOF private.phone_performance_summary
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  return query
    select s.* from private.phone_performance_summary s
     where s.phone_id = any ((select private.member_phone_ids())::text[]);
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."member_phone_performance_summary"() TO "authenticated";

COMMENT ON FUNCTION "private"."member_phone_performance_summary"() IS 'The rows of private.phone_performance_summary for the signed-in user''s phone numbers (any role). SECURITY DEFINER because the materialized view cannot carry row level security and is not readable by authenticated: this filtered read, behind the view public.phone_performance_summary, is the only path to it. PL/pgSQL for the same cached plan as member_phone_ids.';

REVOKE ALL ON FUNCTION "private"."member_phone_performance_summary"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."member_phone_performance_summary"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."member_phone_performance_summary"() TO "postgres";
