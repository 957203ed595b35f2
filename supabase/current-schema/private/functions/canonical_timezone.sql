CREATE OR REPLACE FUNCTION private.canonical_timezone (
  tz text
)
  RETURNS text
  LANGUAGE plpgsql
  IMMUTABLE
  STRICT
  SET search_path TO ''
  SET "TimeZone" TO 'UTC'
  AS $function$
begin
  -- Only what could be a zone name is looked up; anything else is returned
  -- as it is, for phone_numbers_timezone_iana to refuse.
  if tz !~* '^[a-z][a-z0-9_+-]{0,63}(/[a-z0-9_+-]{1,64}){0,2}$' then
    return tz;
  end if;
  -- Local to this function: its SET clause restores the caller's time zone.
  perform pg_catalog.set_config('TimeZone', tz, true);
  return pg_catalog.current_setting('TimeZone');
exception
  when invalid_parameter_value then
    return tz;
end;
$function$;

GRANT EXECUTE ON FUNCTION "private"."canonical_timezone"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."canonical_timezone"(text) TO "service_role";

COMMENT ON FUNCTION "private"."canonical_timezone"(text) IS 'The canonical spelling of a time zone name the server knows in any case (america/new_york -> America/New_York, utc -> UTC); any other value unchanged. IMMUTABLE for the CHECK constraint phone_numbers_timezone_canonical, on the same grounds as private.is_iana_timezone: a zone''s name does not change.';

REVOKE ALL ON FUNCTION "private"."canonical_timezone"(text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."canonical_timezone"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."canonical_timezone"(text) TO "postgres";
