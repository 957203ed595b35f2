CREATE OR REPLACE FUNCTION private.create_voice_settings()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  insert into public.voice_settings (phone_id) values (new.id) on conflict do nothing;
  return null;
end;
$function$;

COMMENT ON FUNCTION "private"."create_voice_settings"() IS 'AFTER INSERT trigger on phone_numbers: creates the phone''s voice_settings row with the defaults.';

REVOKE ALL ON FUNCTION "private"."create_voice_settings"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."create_voice_settings"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."create_voice_settings"() TO "postgres";
