CREATE OR REPLACE FUNCTION private.keep_prompt_version()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  if tg_op = 'UPDATE' then
    if (new.phone_id, new.kind, new.version, new.body, new.note, new.created_at)
         is not distinct from (old.phone_id, old.kind, old.version, old.body, old.note, old.created_at)
       and (new.created_by is null or new.created_by = old.created_by) then
      return new;
    end if;
    raise exception 'version % of the % prompt of phone number % cannot be changed', old.version, old.kind, old.phone_id
      using errcode = 'check_violation',
            constraint = 'prompt_versions_immutable',
            hint = 'Save a new version instead (save_prompt).';
  end if;
  -- When the phone number itself is being deleted (the cascade from
  -- phone_numbers), its row is gone already.
  if exists (select from public.phone_numbers p where p.id = old.phone_id) then
    raise exception 'version % of the % prompt of phone number % cannot be deleted', old.version, old.kind, old.phone_id
      using errcode = 'check_violation',
            constraint = 'prompt_versions_kept',
            hint = 'Versions are the record of what the receptionist was told; they go only with their phone number.';
  end if;
  return old;
end;
$function$;

COMMENT ON FUNCTION "private"."keep_prompt_version"() IS 'BEFORE UPDATE OR DELETE trigger on prompt_versions: a version is never changed (prompt_versions_immutable) nor deleted (prompt_versions_kept), by any role, the table owner included. It lets through only the author becoming null (user deleted) and the cascade from a deleted phone number.';

REVOKE ALL ON FUNCTION "private"."keep_prompt_version"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."keep_prompt_version"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."keep_prompt_version"() TO "postgres";
