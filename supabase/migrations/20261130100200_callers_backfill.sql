-- Backfill of public.callers: the calls that came before its triggers.
--
-- Since 20261130100100 committed, the triggers count every call written; the
-- calls committed before it (creating the triggers waited for every writer of
-- calls) are counted by nobody yet, and rows the triggers made since for those
-- callers hold only the changes after that commit. The backfill recounts every
-- caller, in batches of callers in key order, each batch its own transaction:
--
--   1. take the batch's rows: insert the missing ones, lock the others
--      (FOR UPDATE, in key order, so two recounts cannot deadlock)
--   2. in a new statement, so in a snapshot taken after those locks, set each
--      row's count, first and last to what calls and the archive hold
--
-- Exact under concurrent webhooks. A call committed before step 2's snapshot
-- is in the recount; if its trigger had already changed the row, that
-- transaction held the row's lock and step 1 waited for its commit. A call not
-- yet committed is not in the recount; its trigger changes the row after the
-- batch commits (it waits for the lock), adding exactly its own change. A
-- recount is idempotent, so a rerun (an interrupted push) is harmless. The
-- callers recounted are those with calls, archived calls or a row, so a row
-- the triggers made for a caller whose only calls were deleted since is
-- recounted too (to zero).
--
-- Webhooks wait only for the batch that holds their caller's row, and a batch
-- waits at most 50 ms for a row (lock_timeout; then it lets go of its rows and
-- tries again), so a webhook waits at most that and one batch's recount
-- (npm run bench times the batches on the benchmark's data). The loop at the
-- end commits after each batch: the Supabase CLI sends a file's statements as
-- one pipeline, outside an explicit transaction block, where a DO block may
-- commit; each batch is then a transaction of its own (the statements after
-- the loop run in a new one). supabase/tests/callers/backfill_between_the_steps
-- recounts between calls written before, during and after the steps;
-- tests/callers-backfill.test.ts runs this loop under concurrent writers.
set lock_timeout = '50ms';
-- The loop below is one statement however many batches it commits.
set statement_timeout = '0';

create function private.recount_callers(p_phone_ids text[], p_caller_numbers text[])
returns integer
language plpgsql
security definer
set search_path = ''
as $$
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
$$;
comment on function private.recount_callers(text[], text[]) is
  'Sets call_count, first_call_at and last_call_at of the callers (p_phone_ids[i], p_caller_numbers[i]) to what '
  'calls and calls_archive hold, creating missing rows; returns how many rows changed. Locks the rows first, in key '
  'order, and counts in a snapshot taken after the locks, so it is exact while webhooks write. The backfill''s '
  'batch and a repair tool. SECURITY DEFINER: the counts are written by no role but their owner.';
revoke all on function private.recount_callers(text[], text[]) from public, anon, authenticated;

-- One batch: the next batch_size callers after (after_phone, after_caller) in
-- key order, of calls, of archived calls or with a row, recounted.
create function private.backfill_callers_batch(
  after_phone text, after_caller text, batch_size integer,
  out last_phone text, out last_caller text, out changed integer)
language plpgsql
security definer
set search_path = ''
as $$
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
$$;
comment on function private.backfill_callers_batch(text, text, integer) is
  'Recounts (private.recount_callers) the batch_size callers that follow (after_phone, after_caller) in key order '
  'among those with calls, archived calls or a row; returns the last of them (null when none was left) and how '
  'many rows changed. One transaction''s work of the backfill (20261130100200_callers_backfill.sql, which runs batches '
  'until none is left, committing each); run the same loop to repair the whole directory on a live database. '
  'SECURITY DEFINER: see recount_callers.';
revoke all on function private.backfill_callers_batch(text, text, integer) from public, anon, authenticated;

-- The batches, each committed: a DO block at the top level of the file may
-- commit (a function or a procedure with a SET clause may not, and one
-- without search_path set would be open to the caller's). Rerunnable: push
-- again after an interruption. 250 callers a batch: rehearsed at 10M calls
-- under webhook load (npm run bench:migrate), batches of 1,000 held their rows
-- long enough for a webhook to wait 125 ms behind one.
do $$
declare
  batch_size constant integer := 250;
  after_phone text := '';
  after_caller text := '';
  b record;
  batches integer := 0;
  changed integer := 0;
  attempts integer;
begin
  loop
    -- A batch that waits too long for a row (lock_timeout) or meets a
    -- deadlock (a statement writing many calls holds some of its rows) lets
    -- go of every row it took and is tried again.
    attempts := 0;
    loop
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
end
$$;

-- The planner's statistics of the new rows (autovacuum would, later).
analyze public.callers;
