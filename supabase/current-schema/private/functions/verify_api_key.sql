CREATE OR REPLACE FUNCTION private.verify_api_key (
  secret text
)
  RETURNS TABLE (
    phone_id text,
    key_id   uuid,
    scopes   public.api_key_scope[]
  )
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  k record;
begin
  -- Malformed: not worth a lookup.
  if verify_api_key.secret is null or verify_api_key.secret !~ '^rk_[A-Za-z0-9_-]{43}$' then
    return;
  end if;
  select a.phone_id, a.id, a.scopes, a.last_used_at into k
    from private.api_key_hashes h
    join public.api_keys a on a.phone_id = h.phone_id and a.id = h.key_id
   where h.secret_hash = extensions.digest(verify_api_key.secret, 'sha256')
     and a.revoked_at is null
     and (a.expires_at is null or a.expires_at > pg_catalog.now());
  if not found then
    return;
  end if;

  -- last_used_at, at most once a minute, never waiting for a lock.
  if (k.last_used_at is null or k.last_used_at < pg_catalog.now() - interval '1 minute')
     and pg_catalog.current_setting('transaction_read_only') = 'off' then
    perform from public.api_keys a
     where a.phone_id = k.phone_id and a.id = k.id
       and (a.last_used_at is null or a.last_used_at < pg_catalog.now() - interval '1 minute')
       for no key update skip locked;
    if found then
      update public.api_keys a set last_used_at = pg_catalog.now()
       where a.phone_id = k.phone_id and a.id = k.id;
    end if;
  end if;

  phone_id := k.phone_id;
  key_id := k.id;
  scopes := k.scopes;
  return next;
end;
$function$;

GRANT EXECUTE ON FUNCTION "private"."verify_api_key"(text) TO "service_role";

COMMENT ON FUNCTION "private"."verify_api_key"(text) IS 'Behind public.verify_api_key. SECURITY DEFINER because the secret hashes are readable by no role but their owner, the service role included. Executable by the service role only.';

REVOKE ALL ON FUNCTION "private"."verify_api_key"(text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."verify_api_key"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."verify_api_key"(text) TO "postgres";
