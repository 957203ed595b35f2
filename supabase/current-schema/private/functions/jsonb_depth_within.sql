CREATE OR REPLACE FUNCTION private.jsonb_depth_within (
  value     jsonb,
  max_depth integer
)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  STRICT
  SET search_path TO ''
  AS $function$
  select not pg_catalog.jsonb_path_exists(value, pg_catalog.format('strict $.**{%s}', max_depth + 1)::jsonpath)
$function$;

GRANT EXECUTE ON FUNCTION "private"."jsonb_depth_within"(jsonb, integer) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."jsonb_depth_within"(jsonb, integer) TO "service_role";

COMMENT ON FUNCTION "private"."jsonb_depth_within"(jsonb, integer) IS 'True when no value in value is nested in more than max_depth objects or arrays ({"a": 1} has depth 1). The jsonpath walk stops at level max_depth + 1, so it never recurses deeper than that whatever the input; the *_depth constraints use it.';

REVOKE ALL ON FUNCTION "private"."jsonb_depth_within"(jsonb, integer) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."jsonb_depth_within"(jsonb, integer) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."jsonb_depth_within"(jsonb, integer) TO "postgres";
