CREATE OR REPLACE FUNCTION private.check_call_status()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  if tg_op = 'UPDATE' and new.status is distinct from old.status
     and not private.is_forward_status_step(old.status, new.status) then
    raise exception 'call % cannot change status from % to %', old.call_sid, old.status, new.status
      using errcode = 'check_violation',
            constraint = 'calls_status_transition',
            hint = 'Allowed: forward steps of ringing -> answered -> completed, or to failed before completing.';
  end if;

  -- Fill what a new status implies when the writer did not send it. Only
  -- when the status is set or changes: clearing answered_at or ended_at of a
  -- call later is refused by the constraints, not silently refilled.
  if tg_op = 'UPDATE' and new.status is not distinct from old.status then
    return new;
  end if;
  if new.status = 'answered' and new.answered_at is null then
    new.answered_at := pg_catalog.now();
    if new.answered_at >= new.created_at - interval '1 day' then
      new.created_at := least(new.created_at, new.answered_at);
    end if;
  elsif new.status = 'completed' and new.answered_at is null
        and new.duration between 0 and 86400 and pg_catalog.isfinite(coalesce(new.ended_at, pg_catalog.now())) then
    -- A call first reported as completed: answered duration seconds before it
    -- ended, so it started ringing no later than that (as ingest_call_event
    -- takes the earliest time an event implies). Only a time filled in here
    -- moves created_at back, and by at most a day (the longest call): a time
    -- the writer sent, or a start further off (a year ahead, infinity), is
    -- left for calls_answered_after_created and calls_created_at_range.
    new.answered_at := coalesce(new.ended_at, pg_catalog.now()) - pg_catalog.make_interval(secs => new.duration);
    if new.answered_at >= new.created_at - interval '1 day' then
      new.created_at := least(new.created_at, new.answered_at);
    end if;
  end if;
  if new.status in ('completed', 'failed') and new.ended_at is null then
    if new.answered_at is not null and new.duration > 0 then
      if new.duration <= 86400 and pg_catalog.isfinite(new.answered_at) then
        new.ended_at := new.answered_at + pg_catalog.make_interval(secs => new.duration);
      end if;
    else
      new.ended_at := greatest(pg_catalog.now(), new.answered_at);
      if new.ended_at >= new.created_at - interval '1 day' then
        new.created_at := least(new.created_at, new.ended_at);
      end if;
    end if;
  end if;
  -- Derived from the timestamps only when they are finite, in order and at
  -- most a day apart; otherwise calls_ended_after_answered, calls_duration_max
  -- or the *_at_range constraints name the problem.
  if new.status in ('completed', 'failed') and new.duration = 0
     and pg_catalog.isfinite(new.answered_at) and pg_catalog.isfinite(new.ended_at) then
    if new.ended_at >= new.answered_at and new.ended_at - new.answered_at <= interval '1 day' then
      new.duration := round(extract(epoch from new.ended_at - new.answered_at))::integer;
    end if;
  end if;
  return new;
end;
$function$;

COMMENT ON FUNCTION "private"."check_call_status"() IS 'BEFORE INSERT/UPDATE trigger on calls: refuses a status change that is not a forward step (private.is_forward_status_step; SQLSTATE 23514, constraint calls_status_transition, naming both states) and fills answered_at, ended_at and duration when the status implies them and the writer left them out (moving created_at back, by at most a day, to a filled-in time before it: a call starts no later than its answer). It computes only with finite times at most a day apart and durations of at most a day, so any other value reaches the constraints, which refuse it by name.';

REVOKE ALL ON FUNCTION "private"."check_call_status"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."check_call_status"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."check_call_status"() TO "postgres";
