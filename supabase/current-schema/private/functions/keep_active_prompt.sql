CREATE OR REPLACE FUNCTION private.keep_active_prompt()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  if tg_op = 'DELETE' then
    -- When the phone number itself is being deleted its row is gone already.
    if exists (select from public.phone_numbers p where p.id = old.phone_id) then
      raise exception 'the % prompt of phone number % must keep an active version', old.kind, old.phone_id
        using errcode = 'check_violation',
              constraint = 'active_prompts_kept',
              hint = 'Activate another version instead (activate_prompt).';
    end if;
    return old;
  end if;
  if new.phone_id <> old.phone_id or new.kind <> old.kind or new.latest_version < old.latest_version then
    raise exception 'the pointer of the % prompt of phone number % keeps its phone, kind and numbering', old.kind, old.phone_id
      using errcode = 'check_violation',
            constraint = 'active_prompts_numbering',
            hint = 'Only version changes, to activate another version.';
  end if;
  if new.version <> old.version then
    new.activated_at := pg_catalog.now();
    new.activated_by := auth.uid();
  end if;
  return new;
end;
$function$;

COMMENT ON FUNCTION "private"."keep_active_prompt"() IS 'BEFORE UPDATE OR DELETE trigger on active_prompts: the pointer of a kind with versions is never deleted but with its phone number (active_prompts_kept), never moves to another phone or kind and never hands out a number again (active_prompts_numbering); activating another version records who (auth.uid()) and when.';

REVOKE ALL ON FUNCTION "private"."keep_active_prompt"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."keep_active_prompt"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."keep_active_prompt"() TO "postgres";
