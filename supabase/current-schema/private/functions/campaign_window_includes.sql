CREATE OR REPLACE FUNCTION private.campaign_window_includes (
  window_start time without time zone,
  window_end   time without time zone,
  window_days  smallint[],
  starts_on    date,
  ends_on      date,
  local_at     timestamp without time zone
)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  SET search_path TO ''
  AS $function$
  select (starts_on is null or local_at::date >= starts_on)
     and (ends_on is null or local_at::date <= ends_on)
     and (window_days is null or extract(dow from local_at)::smallint = any (window_days))
     and local_at::time >= window_start
     and local_at::time < window_end
$function$;

GRANT EXECUTE
  ON FUNCTION "private"."campaign_window_includes"(time WITHOUT time zone, time WITHOUT time zone, smallint[], date, date, timestamp WITHOUT time zone)
  TO "service_role";

COMMENT ON FUNCTION "private"."campaign_window_includes"(time without time zone, time without time zone, smallint[], date, date, timestamp without time zone) IS
  'True when the local wall-clock time local_at is inside a campaign''s window: on or after starts_on and on or before ends_on (when set), on one of window_days (when set), at or after window_start and before window_end. claim_campaign_contacts passes now in the phone''s time zone.';

REVOKE ALL ON FUNCTION "private"."campaign_window_includes"(time WITHOUT time zone, time WITHOUT time zone, smallint[], date, date, timestamp WITHOUT time zone) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."campaign_window_includes"(time WITHOUT time zone, time WITHOUT time zone, smallint[], date, date, timestamp WITHOUT time zone) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."campaign_window_includes"(time WITHOUT time zone, time WITHOUT time zone, smallint[], date, date, timestamp WITHOUT time zone) TO "postgres";
