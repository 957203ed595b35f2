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
  select value !~ ('[^\u0009-\u000D\u0020\u0085\u00A0\u00AD\u034F\u061C\u115F\u1160\u1680\u17B4\u17B5\u180B-\u180F'
                   '\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8'
                   '\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A\U000E0000-\U000E0FFF]')
$function$;

GRANT EXECUTE ON FUNCTION "private"."is_blank"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."is_blank"(text) TO "service_role";

COMMENT ON FUNCTION "private"."is_blank"(text) IS 'True when value has no visible character: empty, or only characters of Unicode''s White_Space and Default_Ignorable_Code_Point sets (ASCII spaces and controls tab to carriage return, next line, no-break and other spaces, line and paragraph separators, zero-width spaces and joiners, direction marks and embeddings, word joiner and invisible operators, soft hyphen, Hangul fillers, variation selectors, byte order mark, tag characters). Locale-independent, so IMMUTABLE; the *_not_blank constraints use it.';

REVOKE ALL ON FUNCTION "private"."is_blank"(text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."is_blank"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."is_blank"(text) TO "postgres";
