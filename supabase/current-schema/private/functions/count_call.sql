CREATE OR REPLACE FUNCTION private.count_call (
  p_phone_id      text,
  p_day           date,
  p_caller_number text,
  p_status        public.call_status,
  p_duration      integer,
  p_answered      boolean,
  p_sign          integer
)
  RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  caller_calls integer;
begin
  insert into private.daily_call_callers as dc (phone_id, day, caller_number, calls)
  values (p_phone_id, p_day, p_caller_number, p_sign)
  on conflict (phone_id, day, caller_number) do update set calls = dc.calls + excluded.calls
  returning dc.calls into caller_calls;

  insert into public.daily_call_stats as s (phone_id, day, total_calls, answered_calls, completed_calls,
                                            failed_calls, total_duration, unique_callers)
  values (p_phone_id, p_day, p_sign,
          case when p_answered then p_sign else 0 end,
          case when p_status = 'completed' then p_sign else 0 end,
          case when p_status = 'failed' then p_sign else 0 end,
          case when p_status = 'completed' then p_sign * p_duration else 0 end,
          -- The caller's first call that day, or their last one gone.
          case when p_sign > 0 and caller_calls = p_sign then 1
               when p_sign < 0 and caller_calls = 0 then -1
               else 0 end)
  on conflict (phone_id, day) do update
    set total_calls = s.total_calls + excluded.total_calls,
        answered_calls = s.answered_calls + excluded.answered_calls,
        completed_calls = s.completed_calls + excluded.completed_calls,
        failed_calls = s.failed_calls + excluded.failed_calls,
        total_duration = s.total_duration + excluded.total_duration,
        unique_callers = s.unique_callers + excluded.unique_callers,
        updated_at = pg_catalog.now();
end;
$function$;

COMMENT ON FUNCTION "private"."count_call"(text, date, text, public.call_status, integer, boolean, integer) IS 'Adds one call (p_sign +1) to, or removes it (-1) from, daily_call_stats and daily_call_callers. A daily_call_callers row with calls = 0 means no call (it is not deleted, which would cost every removal a second statement). SECURITY DEFINER: see count_call_change.';

REVOKE ALL ON FUNCTION "private"."count_call"(text, date, text, public.call_status, integer, boolean, integer) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."count_call"(text, date, text, public.call_status, integer, boolean, integer) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."count_call"(text, date, text, public.call_status, integer, boolean, integer) TO "postgres";
