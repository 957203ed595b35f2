CREATE OR REPLACE FUNCTION private.accept_invitation (
  token text
)
  RETURNS TABLE (
    phone_id text,
    role     public.member_role
  )
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  secret bytea;
  invitation public.phone_invitations;
  caller uuid := auth.uid();
  caller_email text;
begin
  if caller is null then
    raise exception 'sign in to accept an invitation' using errcode = 'insufficient_privilege';
  end if;
  begin
    secret := pg_catalog.decode(pg_catalog.translate(accept_invitation.token, '-_', '+/') || '=', 'base64');
  exception when others then
    secret := null;
  end;
  -- Locked: of two accepts of one token, the second waits and then sees it used.
  select i.* into invitation
    from private.invitation_tokens t
    join public.phone_invitations i on i.phone_id = t.phone_id and i.id = t.invitation_id
   where t.token_hash = extensions.digest(coalesce(secret, '\x'::bytea), 'sha256')
     and octet_length(secret) = 32
     for update of i;
  if not found then
    raise exception 'no invitation has this token' using errcode = 'no_data_found';
  end if;
  if invitation.accepted_at is not null then
    raise exception 'this invitation was already accepted' using errcode = 'object_not_in_prerequisite_state';
  end if;
  if invitation.revoked_at is not null then
    raise exception 'this invitation was revoked' using errcode = 'object_not_in_prerequisite_state';
  end if;
  if invitation.expires_at <= pg_catalog.now() then
    raise exception 'this invitation expired at %', invitation.expires_at using errcode = 'object_not_in_prerequisite_state',
      hint = 'Ask for a new invitation.';
  end if;
  select pg_catalog.lower(u.email) into caller_email
    from auth.users u where u.id = caller and u.email_confirmed_at is not null;
  if caller_email is distinct from invitation.email then
    raise exception 'this invitation is for another email address' using errcode = 'insufficient_privilege',
      hint = 'Sign in with the address the invitation was sent to, after confirming it.';
  end if;

  insert into public.phone_members as m (phone_id, user_id, role)
  values (invitation.phone_id, caller, invitation.role)
  on conflict on constraint phone_members_pkey
  do update set role = excluded.role
     where m.role < excluded.role;
  update public.phone_invitations i set accepted_at = pg_catalog.now(), accepted_by = caller
   where i.phone_id = invitation.phone_id and i.id = invitation.id;

  return query select m.phone_id, m.role from public.phone_members m
                where m.phone_id = invitation.phone_id and m.user_id = caller;
end;
$function$;

GRANT EXECUTE ON FUNCTION "private"."accept_invitation"(text) TO "authenticated";

COMMENT ON FUNCTION "private"."accept_invitation"(text) IS 'Behind public.accept_invitation. SECURITY DEFINER because the invitee cannot read the invitation and no API role may insert a membership. Checks the caller itself: signed in, with the invitation''s email confirmed.';

REVOKE ALL ON FUNCTION "private"."accept_invitation"(text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."accept_invitation"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."accept_invitation"(text) TO "postgres";
