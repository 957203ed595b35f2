CREATE OR REPLACE FUNCTION private.require_owner (
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
                  where m.phone_id = require_owner.phone_id and m.user_id = auth.uid() and m.role = 'owner') then
    raise exception 'only owners of phone number % may %', require_owner.phone_id, require_owner.action
      using errcode = 'insufficient_privilege';
  end if;
end;
$function$;

COMMENT ON FUNCTION "private"."require_owner"(text, text) IS 'Refuses to do action (42501) unless the signed-in user is an owner of phone_id. Called by the API key functions, which run as their owner and so read every membership; nobody else may execute it.';

REVOKE ALL ON FUNCTION "private"."require_owner"(text, text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."require_owner"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."require_owner"(text, text) TO "postgres";
