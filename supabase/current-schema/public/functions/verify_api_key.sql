CREATE OR REPLACE FUNCTION public.verify_api_key (
  secret text
)
  RETURNS TABLE (
    phone_id text,
    key_id   uuid,
    scopes   public.api_key_scope[]
  )
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  select * from private.verify_api_key(secret)
$function$;

GRANT EXECUTE ON FUNCTION "public"."verify_api_key"(text) TO "service_role";

COMMENT ON FUNCTION "public"."verify_api_key"(text) IS 'The phone number, id and scopes of the API key with this secret, if it is valid (not revoked, not expired); no row for an unknown, malformed, revoked or expired one. Moves the key''s last_used_at at most once a minute. Service role only: the backend verifies a caller''s key before acting for its phone number.';

REVOKE ALL ON FUNCTION "public"."verify_api_key"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."verify_api_key"(text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."verify_api_key"(text) FROM PUBLIC, "anon", "authenticated";
