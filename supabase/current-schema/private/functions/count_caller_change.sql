CREATE OR REPLACE FUNCTION private.count_caller_change()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
begin
  -- private.archive_calls moving calls: the caller stays as it was.
  if pg_catalog.current_setting('replytics.archiving_calls', true) = 'on' then
    if tg_op = 'INSERT' and tg_table_name = 'calls_archive' then
      return null;
    elsif tg_op = 'DELETE' and tg_table_name = 'calls'
          and exists (select from private.calls_archive a where a.phone_id = old.phone_id and a.id = old.id) then
      return null;
    end if;
  end if;

  if tg_op = 'INSERT' then
    -- The common case, inline: one upsert.
    insert into public.callers as c (phone_id, caller_number, call_count, first_call_at, last_call_at)
    values (new.phone_id, new.caller_number, 1, new.created_at, new.created_at)
    on conflict (phone_id, caller_number) do update
      set call_count = c.call_count + 1,
          first_call_at = least(c.first_call_at, excluded.first_call_at),
          last_call_at = greatest(c.last_call_at, excluded.last_call_at),
          updated_at = pg_catalog.now();
  elsif tg_op = 'DELETE' then
    perform private.count_caller(old.phone_id, old.caller_number, -1, null, old.created_at);
  elsif new.phone_id = old.phone_id and new.caller_number = old.caller_number then
    -- Only created_at moved (a late webhook with an earlier start).
    perform private.count_caller(new.phone_id, new.caller_number, 0, new.created_at, old.created_at);
  else
    perform private.count_caller(old.phone_id, old.caller_number, -1, null, old.created_at);
    perform private.count_caller(new.phone_id, new.caller_number, 1, new.created_at, null);
  end if;
  return null;
end;
$function$;

COMMENT ON FUNCTION "private"."count_caller_change"() IS 'AFTER INSERT/UPDATE/DELETE row trigger on calls and calls_archive: keeps public.callers equal to a recomputation from both tables. A call private.archive_calls moves (replytics.archiving_calls on) leaves its caller''s row alone: it is still counted, with the same start. SECURITY DEFINER because the service role writing calls and postgres archiving them hold no write privilege on the counts, which are the database''s own.';

REVOKE ALL ON FUNCTION "private"."count_caller_change"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."count_caller_change"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."count_caller_change"() TO "postgres";
