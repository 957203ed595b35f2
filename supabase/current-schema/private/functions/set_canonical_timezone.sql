CREATE OR REPLACE FUNCTION private.set_canonical_timezone()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  SET "TimeZone" TO 'UTC'
  AS $function$
begin
  if new.timezone ~* '^[a-z][a-z0-9_+-]{0,63}(/[a-z0-9_+-]{1,64}){0,2}$' then
    begin
      -- Local to this function: its SET clause restores the caller's time zone.
      perform pg_catalog.set_config('TimeZone', new.timezone, true);
      new.timezone := pg_catalog.current_setting('TimeZone');
    exception
      when invalid_parameter_value then
        null;  -- no zone: left for phone_numbers_timezone_iana to refuse
    end;
  end if;
  return new;
end;
$function$;

COMMENT ON FUNCTION "private"."set_canonical_timezone"() IS 'BEFORE INSERT/UPDATE OF timezone trigger on phone_numbers: stores the time zone in its canonical spelling (as private.canonical_timezone spells it), so a zone given in another case is the same value; a name that is no zone is left for phone_numbers_timezone_iana to refuse.';

REVOKE ALL ON FUNCTION "private"."set_canonical_timezone"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."set_canonical_timezone"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."set_canonical_timezone"() TO "postgres";
