CREATE OR REPLACE FUNCTION private.member_phone_ids (
  min_role public.member_role DEFAULT 'viewer'::public.member_role
)
  RETURNS text[]
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  return coalesce(
    (select pg_catalog.array_agg(m.phone_id)
       from public.phone_members m
      where m.user_id = (select auth.uid())
        and m.role >= min_role),
    '{}');
end
$function$;

GRANT EXECUTE ON FUNCTION "private"."member_phone_ids"(public.member_role) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."member_phone_ids"(public.member_role) TO "service_role";

COMMENT ON FUNCTION "private"."member_phone_ids"(public.member_role) IS 'Ids of the phone numbers on which the signed-in user has at least min_role; empty for anon. SECURITY DEFINER because it reads phone_members, whose own policies call it: as invoker it would recurse into those policies. Policies call it as `phone_id = any ((select private.member_phone_ids(...)))` so it runs once per statement, not once per row.';

REVOKE ALL ON FUNCTION "private"."member_phone_ids"(public.member_role) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."member_phone_ids"(public.member_role) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."member_phone_ids"(public.member_role) TO "postgres";
