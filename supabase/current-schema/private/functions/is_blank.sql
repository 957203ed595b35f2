CREATE OR REPLACE FUNCTION private.is_blank (
  value text
)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  STRICT
  SET search_path TO ''
  AS $function$
  select value !~ '[^\u0009-\u000D\u0020\u0085\u00A0\u1680\u180E\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]'
$function$;

GRANT EXECUTE ON FUNCTION "private"."is_blank"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."is_blank"(text) TO "service_role";

COMMENT ON FUNCTION "private"."is_blank"(text) IS 'True when value has no visible character: empty, or only whitespace and invisible format characters (ASCII spaces and controls tab to carriage return, next line, no-break spaces, the Unicode space separators, line and paragraph separators, zero-width spaces and joiners, word joiner, byte order mark). Locale-independent, so IMMUTABLE; the *_not_blank constraints use it.';

REVOKE ALL ON FUNCTION "private"."is_blank"(text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."is_blank"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."is_blank"(text) TO "postgres";
