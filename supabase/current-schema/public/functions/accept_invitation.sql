CREATE OR REPLACE FUNCTION public.accept_invitation (
  token text
)
  RETURNS TABLE (
    phone_id text,
    role     public.member_role
  )
  LANGUAGE sql
  SET search_path TO ''
  AS $function$
  select * from private.accept_invitation(token)
$function$;

GRANT EXECUTE ON FUNCTION "public"."accept_invitation"(text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."accept_invitation"(text) TO "service_role";

COMMENT ON FUNCTION "public"."accept_invitation"(text) IS 'Accepts the invitation with this token for the signed-in user, whose confirmed email must be the invitation''s, and returns the membership: the phone and the role (the higher one, if already a member). Refuses an unknown (P0002), already accepted, revoked or expired (55000) token, and another user''s (42501).';

REVOKE ALL ON FUNCTION "public"."accept_invitation"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."accept_invitation"(text) TO "postgres";

REVOKE ALL ON FUNCTION "public"."accept_invitation"(text) FROM PUBLIC, "anon";
