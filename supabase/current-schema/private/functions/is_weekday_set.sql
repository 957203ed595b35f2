CREATE OR REPLACE FUNCTION private.is_weekday_set (
  days smallint[]
)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  STRICT
  SET search_path TO ''
  AS $function$
  select pg_catalog.array_ndims(days) = 1
     and pg_catalog.cardinality(days) between 1 and 7
     and pg_catalog.array_position(days, null) is null
     and days operator(pg_catalog.<@) '{0,1,2,3,4,5,6}'::smallint[]
     and (select pg_catalog.count(distinct d) = pg_catalog.count(*) from pg_catalog.unnest(days) d)
$function$;

GRANT EXECUTE ON FUNCTION "private"."is_weekday_set"(smallint[]) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."is_weekday_set"(smallint[]) TO "service_role";

COMMENT ON FUNCTION "private"."is_weekday_set"(smallint[]) IS 'True when days is a one-dimensional list of 1 to 7 distinct weekdays, 0 = Sunday ... 6 = Saturday (as extract(dow from ...) counts), without nulls. The campaigns_window_days_valid constraint uses it.';

REVOKE ALL ON FUNCTION "private"."is_weekday_set"(smallint[]) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."is_weekday_set"(smallint[]) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."is_weekday_set"(smallint[]) TO "postgres";
