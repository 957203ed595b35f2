CREATE OR REPLACE FUNCTION public.create_api_key (
  phone_id   text,
  name       text,
  scopes     public.api_key_scope[],
  expires_at timestamp with time zone DEFAULT NULL::timestamp WITH time zone
)
  RETURNS TABLE (
    key_id uuid,
    secret text
  )
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  select * from private.create_api_key(phone_id, name, scopes, expires_at)
$function$;

GRANT EXECUTE ON FUNCTION "public"."create_api_key"(text, text, public.api_key_scope[], timestamp WITH time zone) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."create_api_key"(text, text, public.api_key_scope[], timestamp WITH time zone) TO "service_role";

COMMENT ON FUNCTION "public"."create_api_key"(text, text, public.api_key_scope[], timestamp with time zone) IS 'Creates an API key for phone_id with a name, scopes and an optional expiry, and returns its id and its secret (''rk_'' and 43 URL-safe characters), shown only this once: only its SHA-256 is stored. Owners only (42501); a malformed name, empty or repeated scopes, or an expiry in the past are refused by name (23514).';

REVOKE ALL ON FUNCTION "public"."create_api_key"(text, text, public.api_key_scope[], timestamp WITH time zone) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."create_api_key"(text, text, public.api_key_scope[], timestamp WITH time zone) TO "postgres";

REVOKE ALL ON FUNCTION "public"."create_api_key"(text, text, public.api_key_scope[], timestamp WITH time zone) FROM PUBLIC, "anon";
