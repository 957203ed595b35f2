CREATE OR REPLACE FUNCTION private.require_admin (
  phone_id text,
  action   text
)
  RETURNS void
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
begin
  if not exists (select from public.phone_members m
                  where m.phone_id = require_admin.phone_id and m.user_id = auth.uid() and m.role >= 'admin') then
    raise exception 'only owners and admins of phone number % may %', require_admin.phone_id, require_admin.action
      using errcode = 'insufficient_privilege';
  end if;
end;
$function$;

COMMENT ON FUNCTION "private"."require_admin"(text, text) IS 'Refuses to do action (42501) unless the signed-in user is an owner or admin of phone_id. Called by the campaign functions, which run as their owner and so read every membership.';

REVOKE ALL ON FUNCTION "private"."require_admin"(text, text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."require_admin"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."require_admin"(text, text) TO "postgres";
