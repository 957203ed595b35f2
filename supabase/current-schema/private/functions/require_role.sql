CREATE OR REPLACE FUNCTION private.require_role (
  phone_id   text,
  least_role public.member_role,
  action     text
)
  RETURNS public.member_role
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
declare
  found_role public.member_role;
begin
  select m.role into found_role
    from public.phone_members m
   where m.phone_id = require_role.phone_id and m.user_id = auth.uid();
  if found_role is null or found_role < require_role.least_role then
    raise exception 'only %s of phone number % may %',
      case require_role.least_role when 'owner' then 'owner' when 'admin' then 'owners and admin' else 'member' end,
      require_role.phone_id, require_role.action
      using errcode = 'insufficient_privilege';
  end if;
  return found_role;
end;
$function$;

COMMENT ON FUNCTION "private"."require_role"(text, public.member_role, text) IS 'The signed-in user''s role on phone_id when it is at least least_role; otherwise refuses to do action (42501, "only owners and admins of phone number ... may ..."). Called first by the SECURITY DEFINER functions that act for a member (invitations, API keys, campaigns, prompts), which run as their owner and so read every membership; nobody else may execute it.';

REVOKE ALL ON FUNCTION "private"."require_role"(text, public.member_role, text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."require_role"(text, public.member_role, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."require_role"(text, public.member_role, text) TO "postgres";
