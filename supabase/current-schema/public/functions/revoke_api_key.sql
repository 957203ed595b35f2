CREATE OR REPLACE FUNCTION public.revoke_api_key (
  phone_id text,
  key_id   uuid
)
  RETURNS boolean
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  select private.revoke_api_key(phone_id, key_id)
$function$;

GRANT EXECUTE ON FUNCTION "public"."revoke_api_key"(text, uuid) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."revoke_api_key"(text, uuid) TO "service_role";

COMMENT ON FUNCTION "public"."revoke_api_key"(text, uuid) IS 'Revokes an API key of phone_id for good; true if it was not yet revoked, false otherwise (or no such key). Owners only (42501).';

REVOKE ALL ON FUNCTION "public"."revoke_api_key"(text, uuid) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."revoke_api_key"(text, uuid) TO "postgres";

REVOKE ALL ON FUNCTION "public"."revoke_api_key"(text, uuid) FROM PUBLIC, "anon";
