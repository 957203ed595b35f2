CREATE OR REPLACE PROCEDURE private.backfill_callers (
  IN batch_size integer DEFAULT 1000
)
  LANGUAGE plpgsql
  AS $procedure$
declare
  after_phone text := '';
  after_caller text := '';
  phone_ids text[];
  caller_numbers text[];
  batches integer := 0;
  changed integer := 0;
  n integer;
  attempts integer;
begin
  if batch_size is null or batch_size not between 1 and 100000 then
    raise exception 'batch size must be between 1 and 100000, got %', batch_size using errcode = 'invalid_parameter_value';
  end if;
  loop
    -- The next callers in key order: of calls, of archived calls, or with a row.
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
    exit when phone_ids is null;

    -- A batch that waits too long for a row (lock_timeout) or meets a
    -- deadlock (a statement writing many calls holds some of its rows) lets
    -- go of every row it took and is tried again.
    attempts := 0;
    loop
      -- For this transaction only, whoever calls the procedure.
      perform pg_catalog.set_config('lock_timeout', '50ms', true);
      begin
        n := private.recount_callers(phone_ids, caller_numbers);
        exit;
      exception when deadlock_detected or lock_not_available then
        attempts := attempts + 1;
        if attempts >= 100 then
          raise;
        end if;
        perform pg_catalog.pg_sleep(0.05 + pg_catalog.random() * 0.1);
      end;
    end loop;
    commit;

    changed := changed + n;
    batches := batches + 1;
    after_phone := phone_ids[pg_catalog.array_length(phone_ids, 1)];
    after_caller := caller_numbers[pg_catalog.array_length(caller_numbers, 1)];
  end loop;
  raise notice 'callers backfilled: % batches, % rows changed', batches, changed;
end;
$procedure$;

COMMENT ON PROCEDURE "private"."backfill_callers"(integer) IS 'Recounts every caller (private.recount_callers) in key order, batch_size callers per transaction (it commits after each batch, so call it outside an explicit transaction block): the backfill of public.callers, rerunnable, and the repair of the whole directory on a live database. Webhooks wait at most for one batch.';

REVOKE ALL ON PROCEDURE "private"."backfill_callers"(integer) FROM PUBLIC;

REVOKE ALL ON PROCEDURE "private"."backfill_callers"(integer) FROM "postgres";

GRANT EXECUTE ON PROCEDURE "private"."backfill_callers"(integer) TO "postgres";
