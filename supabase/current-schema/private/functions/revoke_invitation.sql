CREATE OR REPLACE FUNCTION private.revoke_invitation (
  phone_id      text,
  invitation_id uuid
)
  RETURNS boolean
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  revoker public.member_role;
  offered public.member_role;
begin
  revoker := private.require_role(revoke_invitation.phone_id, 'admin', 'revoke its invitations');
  select i.role into offered from public.phone_invitations i
   where i.phone_id = revoke_invitation.phone_id and i.id = revoke_invitation.invitation_id;
  if offered = 'owner' and revoker <> 'owner' then
    raise exception 'only owners may revoke an invitation to become owner'
      using errcode = 'insufficient_privilege';
  end if;
  update public.phone_invitations i set revoked_at = pg_catalog.now()
   where i.phone_id = revoke_invitation.phone_id and i.id = revoke_invitation.invitation_id
     and i.accepted_at is null and i.revoked_at is null;
  return found;
end;
$function$;

GRANT EXECUTE ON FUNCTION "private"."revoke_invitation"(text, uuid) TO "authenticated";

COMMENT ON FUNCTION "private"."revoke_invitation"(text, uuid) IS 'Behind public.revoke_invitation. SECURITY DEFINER because members hold no UPDATE on invitations (an invitation is never edited). Checks the caller itself: owners revoke any, admins all but owner invitations.';

REVOKE ALL ON FUNCTION "private"."revoke_invitation"(text, uuid) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."revoke_invitation"(text, uuid) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."revoke_invitation"(text, uuid) TO "postgres";
