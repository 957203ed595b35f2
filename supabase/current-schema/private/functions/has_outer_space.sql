CREATE OR REPLACE FUNCTION private.has_outer_space (
  value text
)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  STRICT
  SET search_path TO ''
  AS $function$
  select value ~ ('^[\u0009-\u000D\u0020\u0085\u00A0\u1680\u180E\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]'
                  '|[\u0009-\u000D\u0020\u0085\u00A0\u1680\u180E\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]$')
$function$;

GRANT EXECUTE ON FUNCTION "private"."has_outer_space"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."has_outer_space"(text) TO "service_role";

COMMENT ON FUNCTION "private"."has_outer_space"(text) IS 'True when value starts or ends with a character private.is_blank counts as blank; the *_trimmed constraints refuse such values, so a name is stored in one spelling.';

REVOKE ALL ON FUNCTION "private"."has_outer_space"(text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."has_outer_space"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."has_outer_space"(text) TO "postgres";
