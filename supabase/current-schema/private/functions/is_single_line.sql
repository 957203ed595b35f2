CREATE OR REPLACE FUNCTION private.is_single_line (
  value text
)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  STRICT
  SET search_path TO ''
  AS $function$
  select value !~ '[\u0001-\u001F\u007F-\u009F\u2028\u2029]'
$function$;

GRANT EXECUTE ON FUNCTION "private"."is_single_line"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."is_single_line"(text) TO "service_role";

COMMENT ON FUNCTION "private"."is_single_line"(text) IS 'True when value has no control character (C0, DEL, C1: tabs and line breaks included) and no line or paragraph separator: a name shown on one line. The *_single_line constraints use it.';

REVOKE ALL ON FUNCTION "private"."is_single_line"(text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."is_single_line"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."is_single_line"(text) TO "postgres";
