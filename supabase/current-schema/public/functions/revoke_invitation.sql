CREATE OR REPLACE FUNCTION public.revoke_invitation (
  phone_id      text,
  invitation_id uuid
)
  RETURNS boolean
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  select private.revoke_invitation(phone_id, invitation_id)
$function$;

GRANT EXECUTE ON FUNCTION "public"."revoke_invitation"(text, uuid) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."revoke_invitation"(text, uuid) TO "service_role";

COMMENT ON FUNCTION "public"."revoke_invitation"(text, uuid) IS 'Revokes a pending invitation of phone_id; true if it was pending. Owners revoke any, admins all but those offering owner.';

REVOKE ALL ON FUNCTION "public"."revoke_invitation"(text, uuid) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."revoke_invitation"(text, uuid) TO "postgres";

REVOKE ALL ON FUNCTION "public"."revoke_invitation"(text, uuid) FROM PUBLIC, "anon";
