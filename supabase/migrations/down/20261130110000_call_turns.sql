-- loses data: public.call_turns, private.call_turns_archive
-- Undoes 20261130110000_call_turns.sql: archive_calls as it was (calls and
-- metadata only, without the lock-first statement), then the turns, their
-- archive, the recording function, the index's document function and the
-- speaker type.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop function private.archive_calls(interval, integer);
create or replace function private.archive_calls(
  p_older_than interval default '365 days',
  p_batch_size integer default 5000
)
returns table (calls_archived bigint, metadata_archived bigint, cutoff timestamptz)
language plpgsql
set search_path = ''
as $$
declare
  v_cutoff timestamptz := pg_catalog.now() - p_older_than;
begin
  if p_older_than is null or p_older_than < interval '1 day' then
    raise exception 'retention must be at least 1 day, got %', p_older_than using errcode = 'invalid_parameter_value';
  end if;
  if p_batch_size is null or p_batch_size not between 1 and 100000 then
    raise exception 'batch size must be between 1 and 100000, got %', p_batch_size using errcode = 'invalid_parameter_value';
  end if;

  -- Rows are copied by column name (jsonb_populate_record), so a column added
  -- to calls and to the archive needs no change here. Calls locked by a
  -- concurrent writer are skipped and taken by a later run; a call is deleted
  -- and inserted in the same statement, so it is never in both tables or in
  -- neither, and rerunning moves only what is still due.
  with stamp as (
    select pg_catalog.jsonb_build_object('archived_at', pg_catalog.now()) as archived_at
  ),
  due as (
    select c.phone_id, c.id from public.calls c
     where c.created_at < v_cutoff
     limit p_batch_size
       for update skip locked
  ),
  moved_metadata as (
    delete from public.call_metadata m using due
     where m.phone_id = due.phone_id and m.call_id = due.id
    returning m.*
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
  )
  select (select count(*) from archived_calls), (select count(*) from archived_metadata)
    into calls_archived, metadata_archived;
  cutoff := v_cutoff;
  return next;
end;
$$;
comment on function private.archive_calls(interval, integer) is
  'Moves up to p_batch_size calls created more than p_older_than ago (default 365 days), with '
  'their metadata, to private.calls_archive and private.call_metadata_archive, and returns how '
  'many it moved. Idempotent: a rerun moves only what is still due. Daily statistics do not '
  'change (they count archived calls). Scheduled by pg_cron as job archive-calls.';

drop function public.record_call_turns(text, uuid, jsonb);
drop table private.call_turns_archive;
drop table public.call_turns;
drop function private.call_turn_words(text, uuid, text);
drop type public.turn_speaker;
