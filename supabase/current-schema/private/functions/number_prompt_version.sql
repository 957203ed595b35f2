CREATE OR REPLACE FUNCTION private.number_prompt_version()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  if new.version is not null then
    raise exception 'the version of a prompt is numbered by the database'
      using errcode = 'generated_always',
            hint = 'Insert without version: the next number of the phone and kind is given.';
  end if;
  if new.phone_id is null or new.kind is null then
    return new;  -- for the table's NOT NULL constraints to refuse
  end if;
  -- Creates the kind's pointer at its first version, or takes the next number
  -- and keeps the pointer locked until commit: saves of one phone and kind
  -- take turns here.
  insert into public.active_prompts as a (phone_id, kind, version, latest_version, activated_by)
  values (new.phone_id, new.kind, 1, 1, new.created_by)
  on conflict on constraint active_prompts_pkey
  do update set latest_version = a.latest_version + 1
  returning a.latest_version into new.version;
  return new;
end;
$function$;

COMMENT ON FUNCTION "private"."number_prompt_version"() IS 'BEFORE INSERT trigger on prompt_versions: gives the version the next number of its phone and kind from active_prompts.latest_version, creating that pointer row (active at version 1) for a kind''s first version. The row stays locked until commit, so concurrent saves of one phone and kind get consecutive numbers. Refuses a version given by the writer (428C9). Runs as the writer: save_prompt''s owner or the table owner; the API roles insert no versions themselves.';

REVOKE ALL ON FUNCTION "private"."number_prompt_version"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."number_prompt_version"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."number_prompt_version"() TO "postgres";
