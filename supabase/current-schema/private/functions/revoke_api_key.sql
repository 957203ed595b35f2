CREATE OR REPLACE FUNCTION private.revoke_api_key (
  phone_id text,
  key_id   uuid
)
  RETURNS boolean
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  revoked boolean;
begin
  perform private.require_role(revoke_api_key.phone_id, 'owner', 'revoke its API keys');
  update public.api_keys k set revoked_at = pg_catalog.now()
   where k.phone_id = revoke_api_key.phone_id and k.id = revoke_api_key.key_id and k.revoked_at is null;
  revoked := found;
  delete from private.api_key_hashes h
   where h.phone_id = revoke_api_key.phone_id and h.key_id = revoke_api_key.key_id;
  return revoked;
end;
$function$;

GRANT EXECUTE ON FUNCTION "private"."revoke_api_key"(text, uuid) TO "authenticated";

COMMENT ON FUNCTION "private"."revoke_api_key"(text, uuid) IS 'Behind public.revoke_api_key. SECURITY DEFINER because members hold no UPDATE on api_keys and the hash it deletes is in a table no API role reads. Checks the caller itself: owners of phone_id only.';

REVOKE ALL ON FUNCTION "private"."revoke_api_key"(text, uuid) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."revoke_api_key"(text, uuid) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."revoke_api_key"(text, uuid) TO "postgres";
