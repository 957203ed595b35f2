CREATE OR REPLACE FUNCTION private.erased_from_json (
  doc           jsonb,
  caller_number text,
  personal      text[]
)
  RETURNS jsonb
  LANGUAGE sql
  IMMUTABLE
  SET search_path TO ''
  AS $function$
  select case when doc is null then null else
    pg_catalog.replace(
      (select pg_catalog.jsonb_object_agg(e.key, case when e.key = any (personal) and e.value <> 'null'::jsonb
                                                      then '"[erased]"'::jsonb else e.value end)
         from pg_catalog.jsonb_each(doc) e)::text,
      caller_number, '[erased]')::jsonb
  end
$function$;

COMMENT ON FUNCTION "private"."erased_from_json"(jsonb, text, text[]) IS 'doc (a JSON object, e.g. an audit entry''s values) with the values of the keys in personal, and the number wherever it appears, replaced by "[erased]". An E.164 number needs no escaping in JSON, so replacing it in the text leaves valid JSON.';

REVOKE ALL ON FUNCTION "private"."erased_from_json"(jsonb, text, text[]) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."erased_from_json"(jsonb, text, text[]) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."erased_from_json"(jsonb, text, text[]) TO "postgres";
