CREATE OR REPLACE FUNCTION private.invite_member (
  phone_id text,
  email    text,
  role     public.member_role
)
  RETURNS TABLE (
    invitation_id uuid,
    token         text
  )
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  inviter public.member_role;
  address text := pg_catalog.lower(pg_catalog.btrim(invite_member.email));
  secret bytea := extensions.gen_random_bytes(32);
  new_id uuid;
begin
  inviter := private.require_role(invite_member.phone_id, 'admin', 'invite');
  if invite_member.role is null or (inviter = 'admin' and invite_member.role = 'owner') then
    raise exception 'a % may not invite at role %', inviter, coalesce(invite_member.role::text, 'null')
      using errcode = 'insufficient_privilege',
            hint = 'Admins invite viewers and admins; owners invite at any role.';
  end if;

  -- The previous open invitation to this address, if any, is replaced.
  update public.phone_invitations i set revoked_at = pg_catalog.now()
   where i.phone_id = invite_member.phone_id and i.email = address
     and i.accepted_at is null and i.revoked_at is null;

  insert into public.phone_invitations (phone_id, email, role, invited_by)
  values (invite_member.phone_id, address, invite_member.role, auth.uid())
  returning id into new_id;
  insert into private.invitation_tokens (phone_id, invitation_id, token_hash)
  values (invite_member.phone_id, new_id, extensions.digest(secret, 'sha256'));

  invitation_id := new_id;
  token := pg_catalog.translate(pg_catalog.encode(secret, 'base64'), '+/=', '-_');
  return next;
end;
$function$;

GRANT EXECUTE ON FUNCTION "private"."invite_member"(text, text, public.member_role) TO "authenticated";

COMMENT ON FUNCTION "private"."invite_member"(text, text, public.member_role) IS 'Behind public.invite_member. SECURITY DEFINER because it stores the token''s hash in a table no API role reads. Checks the caller itself: owners invite at any role, admins viewers and admins, nobody else.';

REVOKE ALL ON FUNCTION "private"."invite_member"(text, text, public.member_role) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."invite_member"(text, text, public.member_role) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."invite_member"(text, text, public.member_role) TO "postgres";
