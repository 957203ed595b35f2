CREATE OR REPLACE FUNCTION public.invite_member (
  phone_id text,
  email    text,
  role     public.member_role DEFAULT 'viewer'::public.member_role
)
  RETURNS TABLE (
    invitation_id uuid,
    token         text
  )
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  select * from private.invite_member(phone_id, email, role)
$function$;

GRANT EXECUTE ON FUNCTION "public"."invite_member"(text, text, public.member_role) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."invite_member"(text, text, public.member_role) TO "service_role";

COMMENT ON FUNCTION "public"."invite_member"(text, text, public.member_role) IS 'Invites email to phone_id at role (default viewer) and returns the invitation''s id and its token, shown only this once: send it to the invitee. Owners invite at any role, admins viewers and admins; a new invitation to the same address replaces the open one. Expires in 7 days.';

REVOKE ALL ON FUNCTION "public"."invite_member"(text, text, public.member_role) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."invite_member"(text, text, public.member_role) TO "postgres";

REVOKE ALL ON FUNCTION "public"."invite_member"(text, text, public.member_role) FROM PUBLIC, "anon";
