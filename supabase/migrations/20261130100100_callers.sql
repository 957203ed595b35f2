-- Callers: the caller directory of a phone number, one row per tenant and
-- caller number, kept current from its calls by triggers.
--
--   counts         call_count, first_call_at and last_call_at are those of the
--                  phone's calls from that number, archived calls included:
--                  at every commit the row equals a recomputation from calls
--                  and private.calls_archive (once 20261130100200 has
--                  backfilled the calls that came before the trigger). So the
--                  same set of calls gives the same row, whatever the order
--                  and repetition of the webhooks that made them: an insert
--                  counts a call once, a retry that changes nothing writes no
--                  call row and fires nothing, first is the least and last the
--                  greatest created_at, and a late webhook that moves a call's
--                  start back (ingest_call_event takes the earliest) moves them
--                  with it. Every call counts, inbound or outbound: caller_number
--                  is the other party either way
--   archiving      changes nothing. A call moved to the archive is still one of
--                  the caller's calls, as daily_call_stats still counts it: a
--                  regular's count does not drop a year after their first
--                  call, and the directory and the dashboard agree. The archive
--                  moves a call in one statement, a delete from calls and an
--                  insert into the archive; private.archive_calls marks that
--                  statement (replytics.archiving_calls, set around it alone),
--                  and the triggers then leave the caller's row alone: a batch
--                  of 5,000 moves would otherwise lock the rows of callers who
--                  may be calling now for the seconds the batch takes, and
--                  cost each move a lookup of first and last. Only postgres
--                  writes the archive, and the delete side is skipped only for
--                  a call the archive holds, so the mark cannot uncount a call
--   deleting       a deleted call (the service role's erasure of a call, or
--                  its phone number going) is no longer counted, and first and
--                  last are looked up again among the caller's remaining calls
--                  (calls_phone_caller_idx, calls_archive_phone_caller_idx):
--                  the directory describes the calls that exist. A caller whose
--                  calls are all gone keeps the row, with call_count 0 and no
--                  first or last call: the row also holds what members wrote
--                  and the opt-out, which must outlive the calls (the dialer
--                  would call an opted-out number again). The callers screen
--                  lists callers with a last call
--   withheld       calls.caller_number is not null and E.164
--   numbers        (calls_caller_number_e164): a call without a number is
--                  refused before any trigger, so no row can be keyed by one
--   people         members read the directory; admins and owners write
--                  display_name, notes and opted_out (column privileges and a
--                  policy; the service role too, for a caller who asks the
--                  receptionist not to be called). opted_out_at is stamped by
--                  the database. Nobody inserts or deletes a caller through the
--                  API, and nobody writes the counts: the trigger path does,
--                  with SECURITY DEFINER, as the statistics' triggers do
--   not referenced appointments.caller_number and campaign_contacts.number
--                  carry numbers without a foreign key to callers: an admin
--                  books an appointment for, and a campaign calls, numbers
--                  that have never called, and a foreign key would demand a
--                  caller row the API may not create. Both join callers by
--                  (phone_id, number) through its primary key where they need
--                  it (the dialer's opt-out check, 20261130100500)
--
-- Concurrency. The trigger writes the caller's row with one upsert per call,
-- so webhooks of one caller take turns on that row until they commit, as all
-- webhooks of one phone already take turns on its daily_call_stats row for
-- the day. The callers triggers are named to fire before the statistics'
-- (triggers fire in name order): the hotter row, the day's statistics, is
-- locked last and held the shortest. src/bench measures both (npm run
-- bench:ingest: 16 writers on one phone, one caller or many). Removing a call
-- takes the caller's row first, then looks up first and last in a new
-- snapshot, so every call committed before it is seen; a call of the caller
-- still in flight waits for the row and applies its own change after.
-- Statements that write calls of many callers (a bulk delete) can deadlock
-- with each other on callers rows, as on statistics rows; single-call
-- webhooks cannot, and the archive's batches leave callers rows alone.
--
-- Deploying on a live database. Creating a trigger takes SHARE ROW EXCLUSIVE
-- on calls until commit, which stops every webhook's insert. So this file
-- creates the table, its functions and policies first, then takes the locks
-- on calls and the archive with a 50 ms lock_timeout, retried
-- (private.lock_briefly: a webhook waits at most that long behind the
-- request), creates the triggers and commits at once. Every call written
-- after that commit is counted by the triggers; every call committed before
-- it (the lock waited for all writers of calls) is counted by the backfill in
-- 20261130100200, which recounts each caller under its row lock.
-- Until then a row may be partial or even negative (a pre-existing call
-- deleted before its caller was backfilled), so the count rules come after
-- the backfill (20261130100300).
set lock_timeout = '50ms';
set statement_timeout = '60s';

-- The table --------------------------------------------------------------------

-- Locks for DDL on tables webhooks write, without stopping them for long: each
-- attempt waits at most lock_timeout (this file sets 50 ms), so a writer that
-- comes after the request waits at most that long behind it; a timed-out
-- attempt lets go and tries again a moment later.
create function private.lock_briefly(relations regclass[], lock_mode text)
returns void
language plpgsql
set search_path = ''
as $$
declare
  attempt integer := 0;
begin
  if lock_mode not in ('share row exclusive', 'exclusive', 'access exclusive') then
    raise exception 'lock mode % is not one DDL takes', lock_mode using errcode = 'invalid_parameter_value';
  end if;
  loop
    begin
      execute pg_catalog.format('lock table %s in %s mode',
        (select pg_catalog.string_agg(r::text, ', ') from pg_catalog.unnest(relations) r), lock_mode);
      return;
    exception when lock_not_available then
      attempt := attempt + 1;
      if attempt >= 100 then
        raise;
      end if;
      perform pg_catalog.pg_sleep(0.05 + pg_catalog.random() * 0.2);
    end;
  end loop;
end;
$$;
comment on function private.lock_briefly(regclass[], text) is
  'Takes lock_mode on relations (all or none) for the rest of the transaction, waiting at most lock_timeout per '
  'attempt and trying again up to 100 times, 50 to 250 ms apart: for migrations that change tables webhooks write, '
  'with a short lock_timeout, so that no writer waits long behind the request. Raises 55P03 when every attempt '
  'timed out.';
revoke all on function private.lock_briefly(regclass[], text) from public, anon, authenticated;

-- The foreign key below takes SHARE ROW EXCLUSIVE on phone numbers until
-- commit: it stops edits of phone numbers, never calls.
select private.lock_briefly(array['public.phone_numbers'::regclass], 'share row exclusive');

create table public.callers (
  phone_id text not null references public.phone_numbers (id) on delete cascade
    constraint callers_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'),
  caller_number text not null
    constraint callers_caller_number_e164 check (caller_number ~ '^\+[1-9][0-9]{6,14}$'),
  display_name text
    constraint callers_display_name_length check (char_length(display_name) between 1 and 200)
    constraint callers_display_name_not_blank check (not private.is_blank(display_name))
    constraint callers_display_name_trimmed check (not private.has_outer_space(display_name))
    constraint callers_display_name_single_line check (private.is_single_line(display_name)),
  notes text
    constraint callers_notes_length check (char_length(notes) between 1 and 2000)
    constraint callers_notes_not_blank check (not private.is_blank(notes))
    constraint callers_notes_trimmed check (not private.has_outer_space(notes))
    constraint callers_notes_printable check (private.is_printable_text(notes)),
  call_count integer not null default 0,
  first_call_at timestamptz(3),
  last_call_at timestamptz(3),
  opted_out boolean not null default false,
  opted_out_at timestamptz,
  created_at timestamptz not null default now()
    constraint callers_created_at_range check (
      created_at >= '2020-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00'),
  updated_at timestamptz not null default now()
    constraint callers_updated_at_range check (
      updated_at >= '2020-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00'),
  constraint callers_pkey primary key (phone_id, caller_number),
  constraint callers_opted_out_at_when_opted_out check (opted_out = (opted_out_at is not null))
);

comment on table public.callers is
  'The caller directory of a phone number: one row per caller number that has called it, kept current from calls '
  'and archived calls by triggers (call_count, first_call_at, last_call_at equal a recomputation from both; '
  'archiving a call changes nothing, deleting one uncounts it). Members read it; admins and owners (and the service '
  'role) write display_name, notes and opted_out; nobody inserts or deletes a caller through the API. A caller whose '
  'calls were all deleted keeps the row (call_count 0, no first or last call) with what members wrote and the '
  'opt-out. The dialer skips opted-out numbers.';
comment on column public.callers.caller_number is 'The caller''s number in E.164 form, as calls.caller_number.';
comment on column public.callers.display_name is 'What members call the caller (1 to 200 characters, one line).';
comment on column public.callers.notes is 'Members'' notes about the caller (1 to 2000 characters).';
comment on column public.callers.call_count is
  'How many calls of this number the phone has, archived ones included (trigger count_caller_change).';
comment on column public.callers.first_call_at is 'created_at of the caller''s earliest call, archived ones included; null without calls.';
comment on column public.callers.last_call_at is 'created_at of the caller''s latest call; null without calls. The callers screen orders by it.';
comment on column public.callers.opted_out is 'The caller asked not to be called: campaigns skip the number (claim_campaign_contacts).';
comment on column public.callers.opted_out_at is 'When opted_out was last set; null while not opted out. Stamped by the database.';
comment on column public.callers.updated_at is 'When the row last changed: a call counted or a member''s edit.';

-- The callers screen: a phone's callers, most recent first, a page at a time
-- (keyset on last_call_at, caller_number). The table is new and empty: a
-- plain create index holds no lock anyone waits for.
create index callers_phone_last_call_idx on public.callers (phone_id, last_call_at desc, caller_number desc);

-- People's edits: updated_at and the opt-out's time --------------------------------

create function private.stamp_caller_edit()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := pg_catalog.now();
  if new.opted_out is distinct from old.opted_out then
    new.opted_out_at := case when new.opted_out then pg_catalog.now() end;
  end if;
  return new;
end;
$$;
comment on function private.stamp_caller_edit() is
  'BEFORE UPDATE OF display_name, notes, opted_out trigger on callers: sets updated_at, and opted_out_at to now() '
  'when opted_out becomes true (null when it becomes false; unchanged when it stays).';
revoke all on function private.stamp_caller_edit() from public, anon, authenticated;

create trigger stamp_caller_edit
  before update of display_name, notes, opted_out on public.callers
  for each row execute function private.stamp_caller_edit();

-- Counting ---------------------------------------------------------------------------

create function private.count_caller(
  p_phone_id text, p_caller_number text, p_delta integer, p_added timestamptz, p_removed timestamptz)
returns void
language plpgsql
security definer
set search_path = ''
as $$
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
$$;
comment on function private.count_caller(text, text, integer, timestamptz, timestamptz) is
  'Adds p_delta (+1, -1 or 0) to a caller''s call_count, a call started at p_added to its first and last call, and '
  'takes one started at p_removed out of them (looking first and last up again among the caller''s calls and '
  'archived calls when p_removed was one of them); creates the row when missing. Does nothing for a call whose '
  'phone number is being deleted. SECURITY DEFINER: see count_caller_change.';
revoke all on function private.count_caller(text, text, integer, timestamptz, timestamptz) from public, anon, authenticated;

create function private.count_caller_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- private.archive_calls moving calls: the caller stays as it was.
  if pg_catalog.current_setting('replytics.archiving_calls', true) = 'on' then
    if tg_op = 'INSERT' and tg_table_name = 'calls_archive' then
      return null;
    elsif tg_op = 'DELETE' and tg_table_name = 'calls'
          and exists (select from private.calls_archive a where a.phone_id = old.phone_id and a.id = old.id) then
      return null;
    end if;
  end if;

  if tg_op = 'INSERT' then
    -- The common case, inline: one upsert.
    insert into public.callers as c (phone_id, caller_number, call_count, first_call_at, last_call_at)
    values (new.phone_id, new.caller_number, 1, new.created_at, new.created_at)
    on conflict (phone_id, caller_number) do update
      set call_count = c.call_count + 1,
          first_call_at = least(c.first_call_at, excluded.first_call_at),
          last_call_at = greatest(c.last_call_at, excluded.last_call_at),
          updated_at = pg_catalog.now();
  elsif tg_op = 'DELETE' then
    perform private.count_caller(old.phone_id, old.caller_number, -1, null, old.created_at);
  elsif new.phone_id = old.phone_id and new.caller_number = old.caller_number then
    -- Only created_at moved (a late webhook with an earlier start).
    perform private.count_caller(new.phone_id, new.caller_number, 0, new.created_at, old.created_at);
  else
    perform private.count_caller(old.phone_id, old.caller_number, -1, null, old.created_at);
    perform private.count_caller(new.phone_id, new.caller_number, 1, new.created_at, null);
  end if;
  return null;
end;
$$;
comment on function private.count_caller_change() is
  'AFTER INSERT/UPDATE/DELETE row trigger on calls and calls_archive: keeps public.callers equal to a recomputation '
  'from both tables. A call private.archive_calls moves (replytics.archiving_calls on) leaves its caller''s row '
  'alone: it is still counted, with the same start. SECURITY DEFINER because the service role writing calls and postgres '
  'archiving them hold no write privilege on the counts, which are the database''s own.';
revoke all on function private.count_caller_change() from public, anon, authenticated;

-- The archive marks its moves (private.archive_calls as 20261122001300_archive_calls.sql
-- made it, with the mark around its one statement).
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
  -- The triggers on calls and the archive read this mark: the statement moves
  -- calls, it does not add or remove any (20261130100100_callers.sql).
  perform pg_catalog.set_config('replytics.archiving_calls', 'on', true);
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
  perform pg_catalog.set_config('replytics.archiving_calls', 'off', true);
  cutoff := v_cutoff;
  return next;
end;
$$;
comment on function private.archive_calls(interval, integer) is
  'Moves up to p_batch_size calls created more than p_older_than ago (default 365 days), with '
  'their metadata, to private.calls_archive and private.call_metadata_archive, and returns how '
  'many it moved. Idempotent: a rerun moves only what is still due. Daily statistics and callers do not '
  'change (they count archived calls; the move sets replytics.archiving_calls for its statement, and the callers '
  'triggers leave moved calls'' rows alone). Scheduled by pg_cron as job archive-calls.';


-- Row level security -------------------------------------------------------------

alter table public.callers enable row level security;

-- Members read; admins and owners (and the service role) edit what people
-- write. Nobody inserts, deletes or writes the counts through the API.
revoke all on public.callers from public, anon, authenticated, service_role;
grant select on public.callers to authenticated, service_role;
grant update (display_name, notes, opted_out) on public.callers to authenticated, service_role;

create policy "members read their callers"
  on public.callers for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their callers" on public.callers is
  'Members of any level read the caller directory of their phone numbers.';

create policy "admins edit their callers"
  on public.callers for update to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]))
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins edit their callers" on public.callers is
  'Admins and owners write a caller''s display_name, notes and opted_out (column privileges keep the rest out of reach).';
-- No insert or delete policy: the triggers on calls write the rows.

-- The triggers on calls and the archive: last, under a short lock ------------------

select private.lock_briefly(array['public.calls'::regclass, 'private.calls_archive'::regclass], 'share row exclusive');

-- Only what moves a call between callers or in time fires the update trigger:
-- a status change or an admin's correction costs nothing here.
create trigger callers_count_inserts after insert on public.calls
  for each row execute function private.count_caller_change();
create trigger callers_count_updates
  after update of phone_id, caller_number, created_at on public.calls
  for each row
  when ((old.phone_id, old.caller_number, old.created_at) is distinct from (new.phone_id, new.caller_number, new.created_at))
  execute function private.count_caller_change();
create trigger callers_count_deletes after delete on public.calls
  for each row execute function private.count_caller_change();
create trigger callers_count_inserts after insert on private.calls_archive
  for each row execute function private.count_caller_change();
create trigger callers_count_updates
  after update of phone_id, caller_number, created_at on private.calls_archive
  for each row
  when ((old.phone_id, old.caller_number, old.created_at) is distinct from (new.phone_id, new.caller_number, new.created_at))
  execute function private.count_caller_change();
create trigger callers_count_deletes after delete on private.calls_archive
  for each row execute function private.count_caller_change();
