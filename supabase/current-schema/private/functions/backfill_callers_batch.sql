CREATE OR REPLACE FUNCTION private.backfill_callers_batch (
  after_phone  text,
  after_caller text,
  batch_size   integer,
  OUT          last_phone text,
  OUT          last_caller text,
  OUT          changed integer
)
  RETURNS record
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  phone_ids text[];
  caller_numbers text[];
begin
  select pg_catalog.array_agg(k.phone_id order by k.phone_id, k.caller_number),
         pg_catalog.array_agg(k.caller_number order by k.phone_id, k.caller_number)
    into phone_ids, caller_numbers
    from (select * from (
            (select distinct x.phone_id, x.caller_number from public.calls x
              where (x.phone_id, x.caller_number) > (after_phone, after_caller)
              order by 1, 2 limit batch_size)
            union
            (select distinct x.phone_id, x.caller_number from private.calls_archive x
              where (x.phone_id, x.caller_number) > (after_phone, after_caller)
              order by 1, 2 limit batch_size)
            union
            (select x.phone_id, x.caller_number from public.callers x
              where (x.phone_id, x.caller_number) > (after_phone, after_caller)
              order by 1, 2 limit batch_size)) u
           order by 1, 2 limit batch_size) k;
  if phone_ids is null then
    return;  -- none left: last_phone is null
  end if;
  changed := private.recount_callers(phone_ids, caller_numbers);
  last_phone := phone_ids[pg_catalog.array_length(phone_ids, 1)];
  last_caller := caller_numbers[pg_catalog.array_length(caller_numbers, 1)];
end;
$function$;

COMMENT ON FUNCTION "private"."backfill_callers_batch"(text, text, integer) IS 'Recounts (private.recount_callers) the batch_size callers that follow (after_phone, after_caller) in key order among those with calls, archived calls or a row; returns the last of them (null when none was left) and how many rows changed. One transaction''s work of the backfill (20261130100200_callers_backfill.sql, which runs batches until none is left, committing each); run the same loop to repair the whole directory on a live database. SECURITY DEFINER: see recount_callers.';

REVOKE ALL ON FUNCTION "private"."backfill_callers_batch"(text, text, integer) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."backfill_callers_batch"(text, text, integer) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."backfill_callers_batch"(text, text, integer) TO "postgres";
