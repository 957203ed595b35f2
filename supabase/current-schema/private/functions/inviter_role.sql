CREATE OR REPLACE FUNCTION private.inviter_role (
  phone_id text,
  action   text
)
  RETURNS public.member_role
  LANGUAGE plpgsql
  STABLE
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  found_role public.member_role;
begin
  select m.role into found_role
    from public.phone_members m
   where m.phone_id = inviter_role.phone_id and m.user_id = auth.uid();
  if found_role is null or found_role = 'viewer' then
    raise exception 'only owners and admins of phone number % may %', inviter_role.phone_id, inviter_role.action
      using errcode = 'insufficient_privilege';
  end if;
  return found_role;
end;
$function$;

COMMENT ON FUNCTION "private"."inviter_role"(text, text) IS 'The caller''s role on phone_id when it is owner or admin; otherwise refuses to do action (42501). Called by the invitation functions, which run as their owner; SECURITY DEFINER like them, so it reads every membership.';

REVOKE ALL ON FUNCTION "private"."inviter_role"(text, text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."inviter_role"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."inviter_role"(text, text) TO "postgres";
