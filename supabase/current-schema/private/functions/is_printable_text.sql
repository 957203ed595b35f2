CREATE OR REPLACE FUNCTION private.is_printable_text (
  value text
)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  STRICT
  SET search_path TO ''
  AS $function$
  select value !~ '[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]'
$function$;

GRANT EXECUTE ON FUNCTION "private"."is_printable_text"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."is_printable_text"(text) TO "service_role";

COMMENT ON FUNCTION "private"."is_printable_text"(text) IS 'True when value has no control character other than tab, line feed and carriage return: a text that may span lines (greeting, transcript, summary). The *_printable constraints use it.';

REVOKE ALL ON FUNCTION "private"."is_printable_text"(text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."is_printable_text"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."is_printable_text"(text) TO "postgres";
