CREATE OR REPLACE FUNCTION private.week_minutes (
  day_of_week smallint,
  opens_at    time without time zone,
  closes_at   time without time zone
)
  RETURNS int4multirange
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  STRICT
  SET search_path TO ''
  AS $function$
  with m as (
    select day_of_week * 1440 + (extract(epoch from opens_at) / 60)::int as starts,
           (extract(epoch from case when closes_at > opens_at then closes_at - opens_at
                                    else closes_at - opens_at + interval '24 hours' end) / 60)::int as minutes
  )
  select case
           when starts + minutes <= 10080 then pg_catalog.int4multirange(pg_catalog.int4range(starts, starts + minutes))
           else pg_catalog.int4multirange(pg_catalog.int4range(starts, 10080),
                                          pg_catalog.int4range(0, starts + minutes - 10080))
         end
    from m
$function$;

GRANT EXECUTE ON FUNCTION "private"."week_minutes"(smallint, time WITHOUT time zone, time WITHOUT time zone) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."week_minutes"(smallint, time WITHOUT time zone, time WITHOUT time zone) TO "service_role";

COMMENT ON FUNCTION "private"."week_minutes"(smallint, time without time zone, time without time zone) IS 'Minutes of the week an opening interval covers, as a multirange (an interval past Saturday midnight wraps to Sunday). Used by the business_hours exclusion constraint.';

REVOKE ALL ON FUNCTION "private"."week_minutes"(smallint, time WITHOUT time zone, time WITHOUT time zone) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."week_minutes"(smallint, time WITHOUT time zone, time WITHOUT time zone) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."week_minutes"(smallint, time WITHOUT time zone, time WITHOUT time zone) TO "postgres";
