CREATE OR REPLACE FUNCTION private.count_caller (
  p_phone_id      text,
  p_caller_number text,
  p_delta         integer,
  p_added         timestamp with time zone,
  p_removed       timestamp with time zone
)
  RETURNS void
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  cur_first timestamptz;
  cur_last timestamptz;
  new_first timestamptz;
  new_last timestamptz;
begin
  -- A call going with its phone number: so do the phone's callers.
  if p_delta < 0 and not exists (select from public.phone_numbers p where p.id = p_phone_id) then
    return;
  end if;

  -- An update first: an upsert would check its proposed row, a count of -1,
  -- against callers_call_count_nonnegative before meeting the existing row.
  update public.callers c
     set call_count = c.call_count + p_delta,
         first_call_at = least(c.first_call_at, p_added),
         last_call_at = greatest(c.last_call_at, p_added),
         updated_at = pg_catalog.now()
   where c.phone_id = p_phone_id and c.caller_number = p_caller_number
  returning c.first_call_at, c.last_call_at into cur_first, cur_last;
  -- No row: a call counted here first, or (only before the backfill) one
  -- that came before the triggers.
  if not found then
    insert into public.callers as c (phone_id, caller_number, call_count, first_call_at, last_call_at)
    values (p_phone_id, p_caller_number, p_delta, p_added, p_added)
    on conflict (phone_id, caller_number) do update
      set call_count = c.call_count + excluded.call_count,
          first_call_at = least(c.first_call_at, excluded.first_call_at),
          last_call_at = greatest(c.last_call_at, excluded.last_call_at),
          updated_at = pg_catalog.now()
    returning c.first_call_at, c.last_call_at into cur_first, cur_last;
  end if;

  -- The removed time was the caller's first or last (or the row is new):
  -- look both up again. This statement's snapshot is taken after the row's
  -- lock, so it sees every call whose change to the row came before.
  if p_removed is not null and (cur_first is null or p_removed <= cur_first or p_removed >= cur_last) then
    select least(c.first_at, a.first_at), greatest(c.last_at, a.last_at)
      into new_first, new_last
      from (select pg_catalog.min(x.created_at) as first_at, pg_catalog.max(x.created_at) as last_at
              from public.calls x where x.phone_id = p_phone_id and x.caller_number = p_caller_number) c,
           (select pg_catalog.min(x.created_at) as first_at, pg_catalog.max(x.created_at) as last_at
              from private.calls_archive x where x.phone_id = p_phone_id and x.caller_number = p_caller_number) a;
    if (new_first, new_last) is distinct from (cur_first, cur_last) then
      update public.callers c set first_call_at = new_first, last_call_at = new_last
       where c.phone_id = p_phone_id and c.caller_number = p_caller_number;
    end if;
  end if;
end;
$function$;

COMMENT ON FUNCTION "private"."count_caller"(text, text, integer, timestamp with time zone, timestamp with time zone) IS 'Adds p_delta (+1, -1 or 0) to a caller''s call_count, a call started at p_added to its first and last call, and takes one started at p_removed out of them (looking first and last up again among the caller''s calls and archived calls when p_removed was one of them); creates the row when missing. Does nothing for a call whose phone number is being deleted. SECURITY DEFINER: see count_caller_change.';

REVOKE ALL ON FUNCTION "private"."count_caller"(text, text, integer, timestamp WITH time zone, timestamp WITH time zone) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."count_caller"(text, text, integer, timestamp WITH time zone, timestamp WITH time zone) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."count_caller"(text, text, integer, timestamp WITH time zone, timestamp WITH time zone) TO "postgres";
