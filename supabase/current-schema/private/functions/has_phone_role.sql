CREATE OR REPLACE FUNCTION private.has_phone_role (
  p_phone_id text,
  min_role   public.member_role DEFAULT 'viewer'::public.member_role
)
  RETURNS boolean
  LANGUAGE sql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  select exists (
    select 1
      from public.phone_members m
     where m.user_id = (select auth.uid())
       and m.phone_id = p_phone_id
       and m.role >= min_role
  )
$function$;

GRANT EXECUTE ON FUNCTION "private"."has_phone_role"(text, public.member_role) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."has_phone_role"(text, public.member_role) TO "service_role";

COMMENT ON FUNCTION "private"."has_phone_role"(text, public.member_role) IS 'True when the signed-in user has at least min_role on p_phone_id. For single-tenant checks in functions; SECURITY DEFINER for the same reason as member_phone_ids.';

REVOKE ALL ON FUNCTION "private"."has_phone_role"(text, public.member_role) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."has_phone_role"(text, public.member_role) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."has_phone_role"(text, public.member_role) TO "postgres";
