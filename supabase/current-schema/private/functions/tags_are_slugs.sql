CREATE OR REPLACE FUNCTION private.tags_are_slugs (
  tags text[]
)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  STRICT
  SET search_path TO ''
  AS $function$
  select coalesce(pg_catalog.bool_and(t ~ '^[a-z0-9][a-z0-9_-]*$'), true) from pg_catalog.unnest(tags) t
$function$;

GRANT EXECUTE ON FUNCTION "private"."tags_are_slugs"(text[]) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."tags_are_slugs"(text[]) TO "service_role";

COMMENT ON FUNCTION "private"."tags_are_slugs"(text[]) IS 'True when every tag is a lowercase slug: ASCII letters a-z and digits, then also - and _ (one spelling per label, so searches with @> and && find it). Null elements are left to call_metadata_tags_valid.';

REVOKE ALL ON FUNCTION "private"."tags_are_slugs"(text[]) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."tags_are_slugs"(text[]) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."tags_are_slugs"(text[]) TO "postgres";
