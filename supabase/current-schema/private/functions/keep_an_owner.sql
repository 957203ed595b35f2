CREATE OR REPLACE FUNCTION private.keep_an_owner()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  if old.role <> 'owner' or (tg_op = 'UPDATE' and new.role = 'owner' and new.phone_id = old.phone_id) then
    return coalesce(new, old);
  end if;
  -- Serialise owner changes per phone, so two owners demoting each other at
  -- the same time cannot both succeed. When the phone itself is being deleted
  -- (the cascade from phone_numbers) the row is gone and the check is moot.
  perform 1 from public.phone_numbers p where p.id = old.phone_id for no key update;
  if not found then
    return coalesce(new, old);
  end if;
  -- Locking the remaining owners also makes a REPEATABLE READ or SERIALIZABLE
  -- transaction fail with a serialization error, instead of trusting its old
  -- snapshot, when another owner was demoted concurrently.
  perform 1 from public.phone_members m
   where m.phone_id = old.phone_id and m.role = 'owner' and m.user_id <> old.user_id
     for no key update;
  if not found then
    raise exception 'phone number % must keep at least one owner', old.phone_id
      using errcode = 'check_violation',
            constraint = 'phone_members_last_owner',
            hint = 'Make another member an owner first.';
  end if;
  return coalesce(new, old);
end;
$function$;

COMMENT ON FUNCTION "private"."keep_an_owner"() IS 'Trigger on phone_members: refuses to delete or demote the last owner of a phone number. SECURITY DEFINER because it must see and lock rows the caller''s policies may hide (the phone_numbers row is locked to serialise concurrent owner changes).';

REVOKE ALL ON FUNCTION "private"."keep_an_owner"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."keep_an_owner"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."keep_an_owner"() TO "postgres";
