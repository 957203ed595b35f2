CREATE OR REPLACE FUNCTION private.stamp_caller_edit()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  new.updated_at := pg_catalog.now();
  if new.opted_out is distinct from old.opted_out then
    new.opted_out_at := case when new.opted_out then pg_catalog.now() end;
  end if;
  return new;
end;
$function$;

COMMENT ON FUNCTION "private"."stamp_caller_edit"() IS 'BEFORE UPDATE OF display_name, notes, opted_out trigger on callers: sets updated_at, and opted_out_at to now() when opted_out becomes true (null when it becomes false; unchanged when it stays).';

REVOKE ALL ON FUNCTION "private"."stamp_caller_edit"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."stamp_caller_edit"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."stamp_caller_edit"() TO "postgres";
