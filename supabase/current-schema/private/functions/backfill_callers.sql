CREATE OR REPLACE PROCEDURE private.backfill_callers (
  IN batch_size integer DEFAULT 1000
)
  LANGUAGE plpgsql
  AS $procedure$
declare
  after_phone text := '';
  after_caller text := '';
  b record;
  batches integer := 0;
  changed integer := 0;
  attempts integer;
begin
  if batch_size is null or batch_size not between 1 and 100000 then
    raise exception 'batch size must be between 1 and 100000, got %', batch_size using errcode = 'invalid_parameter_value';
  end if;
  loop
    -- A batch that waits too long for a row (lock_timeout) or meets a
    -- deadlock (a statement writing many calls holds some of its rows) lets
    -- go of every row it took and is tried again.
    attempts := 0;
    loop
      -- For this transaction only, whoever calls the procedure.
      perform pg_catalog.set_config('lock_timeout', '50ms', true);
      begin
        b := private.backfill_callers_batch(after_phone, after_caller, batch_size);
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
    exit when b.last_phone is null;
    batches := batches + 1;
    changed := changed + b.changed;
    after_phone := b.last_phone;
    after_caller := b.last_caller;
  end loop;
  raise notice 'callers backfilled: % batches, % rows changed', batches, changed;
end;
$procedure$;

COMMENT ON PROCEDURE "private"."backfill_callers"(integer) IS 'Recounts every caller in key order, batch_size callers per transaction (private.backfill_callers_batch; it commits after each batch, so call it outside an explicit transaction block): the backfill of public.callers, rerunnable, and the repair of the whole directory on a live database. Webhooks wait at most for one batch.';

REVOKE ALL ON PROCEDURE "private"."backfill_callers"(integer) FROM PUBLIC;

REVOKE ALL ON PROCEDURE "private"."backfill_callers"(integer) FROM "postgres";

GRANT EXECUTE ON PROCEDURE "private"."backfill_callers"(integer) TO "postgres";
