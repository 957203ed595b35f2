CREATE OR REPLACE FUNCTION private.save_prompt (
  phone_id text,
  kind     public.prompt_kind,
  body     text,
  note     text,
  activate boolean
)
  RETURNS public.prompt_versions
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  saved public.prompt_versions;
begin
  perform private.require_role(save_prompt.phone_id, 'admin', 'edit its prompts');
  if save_prompt.activate is null then
    raise exception 'activate must be true or false' using errcode = 'null_value_not_allowed';
  end if;

  insert into public.prompt_versions (phone_id, kind, body, note, created_by)
  values (save_prompt.phone_id, save_prompt.kind, save_prompt.body, save_prompt.note, auth.uid())
  returning * into saved;

  if saved.version = 1 and not save_prompt.activate then
    raise exception 'the first version of the % prompt of phone number % is its active version', saved.kind, saved.phone_id
      using errcode = 'object_not_in_prerequisite_state',
            hint = 'Save it with activate => true: there is no active version to keep.';
  end if;
  if save_prompt.activate and saved.version > 1 then
    update public.active_prompts a set version = saved.version
     where a.phone_id = saved.phone_id and a.kind = saved.kind;
  end if;
  return saved;
end;
$function$;

GRANT EXECUTE ON FUNCTION "private"."save_prompt"(text, public.prompt_kind, text, text, boolean) TO "authenticated";

COMMENT ON FUNCTION "private"."save_prompt"(text, public.prompt_kind, text, text, boolean) IS 'Behind public.save_prompt. SECURITY DEFINER because a new version also writes active_prompts.latest_version, which no API role may write. Checks the caller itself: owners and admins of the phone number, nobody else.';

REVOKE ALL ON FUNCTION "private"."save_prompt"(text, public.prompt_kind, text, text, boolean) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."save_prompt"(text, public.prompt_kind, text, text, boolean) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."save_prompt"(text, public.prompt_kind, text, text, boolean) TO "postgres";
