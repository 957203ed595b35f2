CREATE OR REPLACE FUNCTION private.recount_callers (
  p_phone_ids      text[],
  p_caller_numbers text[]
)
  RETURNS integer
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  changed integer;
begin
  -- 1. The rows, missing ones created, all locked in key order. (unnest of
  -- two arrays is a form of FROM, not a function: it cannot be qualified.)
  insert into public.callers (phone_id, caller_number)
  select k.phone_id, k.caller_number from unnest(p_phone_ids, p_caller_numbers) k(phone_id, caller_number)
   order by 1, 2
  on conflict (phone_id, caller_number) do nothing;
  perform from public.callers c
     join unnest(p_phone_ids, p_caller_numbers) k(phone_id, caller_number)
       on c.phone_id = k.phone_id and c.caller_number = k.caller_number
    order by c.phone_id, c.caller_number
      for update of c;

  -- 2. A new snapshot: every call whose trigger reached these rows has committed.
  with counted as (
    select k.phone_id, k.caller_number,
           coalesce(n.calls, 0) + coalesce(a.calls, 0) as calls,
           least(n.first_at, a.first_at) as first_at, greatest(n.last_at, a.last_at) as last_at
      from unnest(p_phone_ids, p_caller_numbers) k(phone_id, caller_number)
     cross join lateral (
       select pg_catalog.count(*) as calls, pg_catalog.min(x.created_at) as first_at, pg_catalog.max(x.created_at) as last_at
         from public.calls x where x.phone_id = k.phone_id and x.caller_number = k.caller_number) n
     cross join lateral (
       select pg_catalog.count(*) as calls, pg_catalog.min(x.created_at) as first_at, pg_catalog.max(x.created_at) as last_at
         from private.calls_archive x where x.phone_id = k.phone_id and x.caller_number = k.caller_number) a
  )
  update public.callers c
     set call_count = counted.calls, first_call_at = counted.first_at, last_call_at = counted.last_at,
         updated_at = pg_catalog.now()
    from counted
   where c.phone_id = counted.phone_id and c.caller_number = counted.caller_number
     and (c.call_count, c.first_call_at, c.last_call_at) is distinct from (counted.calls, counted.first_at, counted.last_at);
  get diagnostics changed = row_count;
  return changed;
end;
$function$;

COMMENT ON FUNCTION "private"."recount_callers"(text[], text[]) IS 'Sets call_count, first_call_at and last_call_at of the callers (p_phone_ids[i], p_caller_numbers[i]) to what calls and calls_archive hold, creating missing rows; returns how many rows changed. Locks the rows first, in key order, and counts in a snapshot taken after the locks, so it is exact while webhooks write. The backfill''s batch and a repair tool. SECURITY DEFINER: the counts are written by no role but their owner.';

REVOKE ALL ON FUNCTION "private"."recount_callers"(text[], text[]) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."recount_callers"(text[], text[]) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."recount_callers"(text[], text[]) TO "postgres";
