CREATE OR REPLACE FUNCTION private.tags_are_distinct (
  tags text[]
)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  STRICT
  SET search_path TO ''
  AS $function$
  select pg_catalog.count(distinct t) = pg_catalog.count(t) from pg_catalog.unnest(tags) t
$function$;

GRANT EXECUTE ON FUNCTION "private"."tags_are_distinct"(text[]) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."tags_are_distinct"(text[]) TO "service_role";

COMMENT ON FUNCTION "private"."tags_are_distinct"(text[]) IS 'True when no tag appears twice.';

REVOKE ALL ON FUNCTION "private"."tags_are_distinct"(text[]) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."tags_are_distinct"(text[]) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."tags_are_distinct"(text[]) TO "postgres";
