CREATE OR REPLACE FUNCTION private.count_call_change()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  tz text;
  old_day date;
  new_day date;
begin
  if tg_op <> 'INSERT' then
    select p.timezone into tz from public.phone_numbers p where p.id = old.phone_id;
    -- Not found: the phone number itself is being deleted, and its statistics with it.
    if found then
      old_day := (old.created_at at time zone tz)::date;
    end if;
  end if;
  if tg_op <> 'DELETE' then
    if tg_op = 'INSERT' or new.phone_id <> old.phone_id then
      select p.timezone into tz from public.phone_numbers p where p.id = new.phone_id;
    end if;
    new_day := (new.created_at at time zone tz)::date;
  end if;

  -- A status change (the common update): same phone, day and caller, so only
  -- the counters of one statistics row move.
  if tg_op = 'UPDATE' and new.phone_id = old.phone_id and new_day = old_day
     and new.caller_number = old.caller_number then
    update public.daily_call_stats s
       set answered_calls = s.answered_calls + (new.answered_at is not null)::integer - (old.answered_at is not null)::integer,
           completed_calls = s.completed_calls + (new.status = 'completed')::integer - (old.status = 'completed')::integer,
           failed_calls = s.failed_calls + (new.status = 'failed')::integer - (old.status = 'failed')::integer,
           total_duration = s.total_duration
                            + case when new.status = 'completed' then new.duration else 0 end
                            - case when old.status = 'completed' then old.duration else 0 end,
           updated_at = pg_catalog.now()
     where s.phone_id = new.phone_id and s.day = new_day;
    return null;
  end if;

  if old_day is not null then
    perform private.count_call(old.phone_id, old_day, old.caller_number, old.status, old.duration,
                               old.answered_at is not null, -1);
  end if;
  if tg_op <> 'DELETE' then
    perform private.count_call(new.phone_id, new_day, new.caller_number, new.status, new.duration,
                               new.answered_at is not null, 1);
  end if;
  return null;
end;
$function$;

COMMENT ON FUNCTION "private"."count_call_change"() IS 'AFTER INSERT/UPDATE/DELETE row trigger on calls and calls_archive: keeps daily_call_stats equal to a recomputation from both tables. Archiving removes a call from calls and adds it to the archive, so the statistics do not change. SECURITY DEFINER because it also fires for admins correcting a call, who may not write the statistics.';

REVOKE ALL ON FUNCTION "private"."count_call_change"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."count_call_change"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."count_call_change"() TO "postgres";
