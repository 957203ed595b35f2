CREATE OR REPLACE FUNCTION private.scopes_are_distinct (
  scopes public.api_key_scope[]
)
  RETURNS boolean
  LANGUAGE sql
  IMMUTABLE
  PARALLEL SAFE
  STRICT
  SET search_path TO ''
  AS $function$
  select pg_catalog.count(distinct s) = pg_catalog.count(s) from pg_catalog.unnest(scopes) s
$function$;

GRANT EXECUTE ON FUNCTION "private"."scopes_are_distinct"(public.api_key_scope[]) TO "service_role";

COMMENT ON FUNCTION "private"."scopes_are_distinct"(public.api_key_scope[]) IS 'True when no scope appears twice (null elements are left to api_keys_scopes_not_null). The api_keys_scopes_distinct constraint uses it.';

REVOKE ALL ON FUNCTION "private"."scopes_are_distinct"(public.api_key_scope[]) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."scopes_are_distinct"(public.api_key_scope[]) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."scopes_are_distinct"(public.api_key_scope[]) TO "postgres";
