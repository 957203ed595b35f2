CREATE OR REPLACE FUNCTION private.rebuild_stats_on_timezone_change()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  perform private.rebuild_daily_call_stats(new.id);
  return null;
end;
$function$;

COMMENT ON FUNCTION "private"."rebuild_stats_on_timezone_change"() IS 'AFTER UPDATE trigger on phone_numbers: a new time zone moves calls to other local days, so the phone''s statistics are rebuilt. SECURITY DEFINER: owners change the time zone.';

REVOKE ALL ON FUNCTION "private"."rebuild_stats_on_timezone_change"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."rebuild_stats_on_timezone_change"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."rebuild_stats_on_timezone_change"() TO "postgres";
