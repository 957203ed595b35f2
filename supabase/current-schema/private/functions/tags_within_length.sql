CREATE OR REPLACE FUNCTION private.tags_within_length (
  tags      text[],
  max_chars integer
)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  STRICT
  SET search_path TO ''
  AS $function$
  select coalesce(pg_catalog.bool_and(pg_catalog.char_length(t) between 1 and max_chars), true)
    from pg_catalog.unnest(tags) t
$function$;

GRANT EXECUTE ON FUNCTION "private"."tags_within_length"(text[], integer) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."tags_within_length"(text[], integer) TO "service_role";

COMMENT ON FUNCTION "private"."tags_within_length"(text[], integer) IS 'True when every tag has 1 to max_chars characters (index keys stay far below the index row size limit).';

REVOKE ALL ON FUNCTION "private"."tags_within_length"(text[], integer) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."tags_within_length"(text[], integer) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."tags_within_length"(text[], integer) TO "postgres";
