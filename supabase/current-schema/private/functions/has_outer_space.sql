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
  select value ~ ('^[\u0009-\u000D\u0020\u0085\u00A0\u00AD\u034F\u061C\u115F\u1160\u1680\u17B4\u17B5\u180E'
                  '\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFEFF\uFFA0\uFFF0-\uFFF8'
                  '\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A\U000E0000-\U000E001F\U000E0080-\U000E00FF\U000E01F0-\U000E0FFF]'
                  '|[\u0009-\u000D\u0020\u0085\u00A0\u00AD\u034F\u061C\u115F\u1160\u1680\u17B4\u17B5\u180E'
                  '\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFEFF\uFFA0\uFFF0-\uFFF8'
                  '\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A\U000E0000-\U000E001F\U000E0080-\U000E00FF\U000E01F0-\U000E0FFF]$')
$function$;

GRANT EXECUTE ON FUNCTION "private"."has_outer_space"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."has_outer_space"(text) TO "service_role";

COMMENT ON FUNCTION "private"."has_outer_space"(text) IS 'True when value starts or ends with a character private.is_blank counts as blank, other than the variation selectors and tag characters that end an emoji sequence; the *_trimmed constraints refuse such values, so a name is stored in one spelling.';

REVOKE ALL ON FUNCTION "private"."has_outer_space"(text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."has_outer_space"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."has_outer_space"(text) TO "postgres";
