CREATE OR REPLACE FUNCTION private.rebuild_daily_call_stats (
  p_phone_id text
)
  RETURNS void
  LANGUAGE sql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
  delete from public.daily_call_stats where phone_id = p_phone_id;
  delete from private.daily_call_callers where phone_id = p_phone_id;
  with c as (
    select (a.created_at at time zone p.timezone)::date as day, a.caller_number, a.status, a.duration, a.answered_at
      from public.phone_numbers p
      cross join lateral (
        select created_at, caller_number, status, duration, answered_at from public.calls where phone_id = p.id
        union all
        select created_at, caller_number, status, duration, answered_at from private.calls_archive where phone_id = p.id
      ) a
     where p.id = p_phone_id
  ),
  callers as (
    insert into private.daily_call_callers (phone_id, day, caller_number, calls)
    select p_phone_id, day, caller_number, count(*) from c group by day, caller_number
  )
  insert into public.daily_call_stats (phone_id, day, total_calls, answered_calls, completed_calls,
                                       failed_calls, total_duration, unique_callers)
  select p_phone_id, day, count(*), count(*) filter (where answered_at is not null),
         count(*) filter (where status = 'completed'), count(*) filter (where status = 'failed'),
         coalesce(sum(duration) filter (where status = 'completed'), 0), count(distinct caller_number)
    from c group by day;
$function$;

COMMENT ON FUNCTION "private"."rebuild_daily_call_stats"(text) IS 'Recomputes daily_call_stats of one phone number from its calls and archived calls. Runs when the phone''s time zone changes (its days change); also a repair tool. SECURITY DEFINER because an owner changing the time zone may not write the statistics.';

REVOKE ALL ON FUNCTION "private"."rebuild_daily_call_stats"(text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."rebuild_daily_call_stats"(text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."rebuild_daily_call_stats"(text) TO "postgres";
