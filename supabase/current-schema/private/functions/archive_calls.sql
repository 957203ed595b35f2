CREATE OR REPLACE FUNCTION private.archive_calls (
  p_older_than interval DEFAULT '365 days'::interval,
  p_batch_size integer  DEFAULT 5000
)
  RETURNS TABLE (
    calls_archived    bigint,
    metadata_archived bigint,
    turns_archived    bigint,
    cutoff            timestamp with time zone
  )
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
declare
  v_cutoff timestamptz := pg_catalog.now() - p_older_than;
  v_phone_ids text[];
  v_ids uuid[];
begin
  if p_older_than is null or p_older_than < interval '1 day' then
    raise exception 'retention must be at least 1 day, got %', p_older_than using errcode = 'invalid_parameter_value';
  end if;
  if p_batch_size is null or p_batch_size not between 1 and 100000 then
    raise exception 'batch size must be between 1 and 100000, got %', p_batch_size using errcode = 'invalid_parameter_value';
  end if;

  -- Lock the due calls first, in a statement of their own. Calls locked by a
  -- concurrent writer (a call being updated, a turn or metadata row being
  -- added) are skipped and taken by a later run. Once a call is locked, no
  -- turn or metadata row can be added to it (the foreign key check waits for
  -- the lock, then finds the call gone and fails), and the statement that
  -- moves the rows starts after the lock, so it sees every row committed
  -- before: nothing is left for the foreign keys' cascade to delete unarchived.
  select pg_catalog.array_agg(d.phone_id), pg_catalog.array_agg(d.id)
    into v_phone_ids, v_ids
    from (select c.phone_id, c.id from public.calls c
           where c.created_at < v_cutoff
           limit p_batch_size
             for update skip locked) d;

  -- Rows are copied by column name (jsonb_populate_record), so a column added
  -- to a table and to its archive needs no change here. A call is deleted and
  -- inserted in the same statement, so it is never in both tables or in
  -- neither, and rerunning moves only what is still due.
  with stamp as (
    select pg_catalog.jsonb_build_object('archived_at', pg_catalog.now()) as archived_at
  ),
  due as (
    select d.phone_id, d.id from rows from (pg_catalog.unnest(v_phone_ids), pg_catalog.unnest(v_ids)) as d(phone_id, id)
  ),
  moved_metadata as (
    delete from public.call_metadata m using due
     where m.phone_id = due.phone_id and m.call_id = due.id
    returning m.*
  ),
  moved_turns as (
    delete from public.call_turns t using due
     where t.phone_id = due.phone_id and t.call_id = due.id
    returning t.*
  ),
  moved_calls as (
    delete from public.calls c using due
     where c.phone_id = due.phone_id and c.id = due.id
    returning c.*
  ),
  archived_calls as (
    insert into private.calls_archive
    select r.*
      from moved_calls mc, stamp,
           pg_catalog.jsonb_populate_record(null::private.calls_archive, pg_catalog.to_jsonb(mc) || stamp.archived_at) r
    returning 1
  ),
  archived_metadata as (
    insert into private.call_metadata_archive
    select r.*
      from moved_metadata mm, stamp,
           pg_catalog.jsonb_populate_record(null::private.call_metadata_archive, pg_catalog.to_jsonb(mm) || stamp.archived_at) r
    returning 1
  ),
  archived_turns as (
    insert into private.call_turns_archive
    select r.*
      from moved_turns mt, stamp,
           pg_catalog.jsonb_populate_record(null::private.call_turns_archive, pg_catalog.to_jsonb(mt) || stamp.archived_at) r
    returning 1
  )
  select (select count(*) from archived_calls), (select count(*) from archived_metadata),
         (select count(*) from archived_turns)
    into calls_archived, metadata_archived, turns_archived;
  cutoff := v_cutoff;
  return next;
end;
$function$;

COMMENT ON FUNCTION "private"."archive_calls"(interval, integer) IS 'Moves up to p_batch_size calls created more than p_older_than ago (default 365 days), with their metadata and turns, to private.calls_archive, private.call_metadata_archive and private.call_turns_archive, and returns how many of each it moved. Locks the due calls before moving them (skipping calls a concurrent writer holds), so a turn or metadata row added meanwhile is moved or refused, never lost. Idempotent: a rerun moves only what is still due. Daily statistics do not change (they count archived calls). Scheduled by pg_cron as job archive-calls.';

REVOKE ALL ON FUNCTION "private"."archive_calls"(interval, integer) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."archive_calls"(interval, integer) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."archive_calls"(interval, integer) TO "postgres";
