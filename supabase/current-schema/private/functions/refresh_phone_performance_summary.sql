CREATE OR REPLACE FUNCTION private.refresh_phone_performance_summary()
  RETURNS void
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  refresh materialized view concurrently private.phone_performance_summary;
$function$;

COMMENT ON FUNCTION "private"."refresh_phone_performance_summary"() IS 'Refreshes private.phone_performance_summary without blocking its readers.';

REVOKE ALL ON FUNCTION "private"."refresh_phone_performance_summary"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."refresh_phone_performance_summary"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."refresh_phone_performance_summary"() TO "postgres";
