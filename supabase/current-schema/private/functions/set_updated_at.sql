CREATE OR REPLACE FUNCTION private.set_updated_at()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  new.updated_at := pg_catalog.now();
  return new;
end;
$function$;

COMMENT ON FUNCTION "private"."set_updated_at"() IS 'BEFORE UPDATE trigger: sets updated_at to the transaction time. Attach with `create trigger set_updated_at before update on <table> for each row execute function private.set_updated_at()`.';

REVOKE ALL ON FUNCTION "private"."set_updated_at"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."set_updated_at"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."set_updated_at"() TO "postgres";
