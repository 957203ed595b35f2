CREATE OR REPLACE FUNCTION public.activate_prompt (
  phone_id text,
  kind     public.prompt_kind,
  version  integer
)
  RETURNS public.active_prompts
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
declare
  active public.active_prompts;
begin
  if not coalesce(activate_prompt.phone_id = any (private.member_phone_ids('admin')), false) then
    raise exception 'only owners and admins of phone number % may activate its prompts', activate_prompt.phone_id
      using errcode = 'insufficient_privilege';
  end if;
  perform 1 from public.prompt_versions v
   where v.phone_id = activate_prompt.phone_id and v.kind = activate_prompt.kind and v.version = activate_prompt.version;
  if not found then
    raise exception 'phone number % has no version % of its % prompt', activate_prompt.phone_id,
      coalesce(activate_prompt.version::text, 'null'), coalesce(activate_prompt.kind::text, 'null')
      using errcode = 'no_data_found';
  end if;
  update public.active_prompts a set version = activate_prompt.version
   where a.phone_id = activate_prompt.phone_id and a.kind = activate_prompt.kind
  returning a.* into active;
  return active;
end;
$function$;

GRANT EXECUTE ON FUNCTION "public"."activate_prompt"(text, public.prompt_kind, integer) TO "authenticated";

COMMENT ON FUNCTION "public"."activate_prompt"(text, public.prompt_kind, integer) IS 'Makes version the active version of the phone''s prompt of this kind (rolling back is activating an older one) and returns the pointer, with who activated it and when. Refuses a version that does not exist (P0002) and callers who are not owners or admins of the phone (42501). Runs as the caller: row level security and the column privilege on active_prompts.version apply. Of concurrent activations, the last to commit stays active.';

REVOKE ALL ON FUNCTION "public"."activate_prompt"(text, public.prompt_kind, integer) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."activate_prompt"(text, public.prompt_kind, integer) TO "postgres";

REVOKE ALL ON FUNCTION "public"."activate_prompt"(text, public.prompt_kind, integer) FROM PUBLIC, "service_role", "anon";
