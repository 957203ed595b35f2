CREATE OR REPLACE FUNCTION private.create_api_key (
  phone_id   text,
  name       text,
  scopes     public.api_key_scope[],
  expires_at timestamp with time zone
)
  RETURNS TABLE (
    key_id uuid,
    secret text
  )
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  new_secret text := 'rk_' || pg_catalog.translate(pg_catalog.encode(extensions.gen_random_bytes(32), 'base64'), '+/=', '-_');
  new_id uuid;
begin
  perform private.require_role(create_api_key.phone_id, 'owner', 'create API keys');
  insert into public.api_keys (phone_id, name, prefix, scopes, created_by, expires_at)
  values (create_api_key.phone_id, create_api_key.name, pg_catalog.left(new_secret, 11), create_api_key.scopes,
          auth.uid(), create_api_key.expires_at)
  returning id into new_id;
  insert into private.api_key_hashes (phone_id, key_id, secret_hash)
  values (create_api_key.phone_id, new_id, extensions.digest(new_secret, 'sha256'));

  key_id := new_id;
  secret := new_secret;
  return next;
end;
$function$;

GRANT EXECUTE ON FUNCTION "private"."create_api_key"(text, text, public.api_key_scope[], timestamp WITH time zone) TO "authenticated";

COMMENT ON FUNCTION "private"."create_api_key"(text, text, public.api_key_scope[], timestamp with time zone) IS 'Behind public.create_api_key. SECURITY DEFINER because it stores the secret''s hash in a table no API role reads, and members hold no INSERT on api_keys. Checks the caller itself: owners of phone_id only.';

REVOKE ALL ON FUNCTION "private"."create_api_key"(text, text, public.api_key_scope[], timestamp WITH time zone) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."create_api_key"(text, text, public.api_key_scope[], timestamp WITH time zone) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."create_api_key"(text, text, public.api_key_scope[], timestamp WITH time zone) TO "postgres";
