CREATE OR REPLACE FUNCTION private.phone_tags (
  phone_id text,
  tags     text[]
)
  RETURNS text[]
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  SET search_path TO ''
  AS $function$ select pg_catalog.array_agg(phone_id || ' ' || t) from pg_catalog.unnest(tags) t $function$;

GRANT EXECUTE ON FUNCTION "private"."phone_tags"(text, text[]) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."phone_tags"(text, text[]) TO "service_role";

COMMENT ON FUNCTION "private"."phone_tags"(text, text[]) IS 'Each tag prefixed with the phone id and a space: the keys of call_metadata_phone_tags_idx, so one phone''s tagged calls are found without reading other tenants'' tags. Executed by whoever writes tags (index upkeep).';

REVOKE ALL ON FUNCTION "private"."phone_tags"(text, text[]) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."phone_tags"(text, text[]) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."phone_tags"(text, text[]) TO "postgres";
