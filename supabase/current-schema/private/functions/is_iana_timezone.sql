CREATE OR REPLACE FUNCTION private.is_iana_timezone (
  tz text
)
  RETURNS boolean
  LANGUAGE plpgsql
  IMMUTABLE
  PARALLEL SAFE
  STRICT
  SET search_path TO ''
  AS $function$
begin
  -- Area/Location names plus UTC; POSIX strings such as 'EST5EDT' or '+05'
  -- and abbreviations such as 'EST', which `at time zone` also accepts, are refused.
  if tz !~ '^(UTC|[A-Z][A-Za-z_]+(/[A-Za-z0-9_+-]+){1,2})$' then
    return false;
  end if;
  -- The server loads (and caches) the zone or raises 22023: far cheaper than
  -- scanning pg_timezone_names, which reads the whole zone directory.
  perform pg_catalog.timezone(tz, timestamptz '2000-01-01 00:00:00+00');
  return true;
exception
  when invalid_parameter_value then
    return false;
end;
$function$;

GRANT EXECUTE ON FUNCTION "private"."is_iana_timezone"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."is_iana_timezone"(text) TO "service_role";

COMMENT ON FUNCTION "private"."is_iana_timezone"(text) IS 'True when tz is an IANA time zone name known to this server (e.g. America/New_York, UTC). Declared IMMUTABLE so a CHECK constraint may use it: a zone name, once valid, stays valid in the IANA database.';

REVOKE ALL ON FUNCTION "private"."is_iana_timezone"(text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."is_iana_timezone"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."is_iana_timezone"(text) TO "postgres";
