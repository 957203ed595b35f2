-- daily_call_stats: per phone number and per day in the phone's own time
-- zone, the counts the dashboard charts. Kept current by statement-level
-- triggers on calls and calls_archive, in the same transaction as the change,
-- so at every commit it equals a recomputation from calls and archived calls.
-- (The alternative, a periodic recomputation, costs ingestion nothing but is
-- stale between runs; the note of the schema issue has the measured figures.)
set lock_timeout = '5s';
set statement_timeout = '60s';

create table public.daily_call_stats (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  -- Seed 003 named this column date; day reads better next to the date type.
  day date not null,
  total_calls integer not null default 0,
  answered_calls integer not null default 0,
  completed_calls integer not null default 0,
  failed_calls integer not null default 0,
  total_duration bigint not null default 0,
  average_duration numeric(10, 2) generated always as (
    case when completed_calls > 0 then round(total_duration::numeric / completed_calls, 2) end
  ) stored,
  unique_callers integer not null default 0,
  updated_at timestamptz not null default now(),
  -- No CHECK constraints on the counts: an upsert checks the proposed row,
  -- which here is a delta (often negative), before it meets the conflict.
  -- The counts are proven against a recomputation by the tests instead.
  constraint daily_call_stats_pkey primary key (phone_id, day)
);

comment on table public.daily_call_stats is
  'Calls per phone number and local day (phone_numbers.timezone), archived calls included. '
  'Maintained by triggers on calls; members read it, nobody writes it.';
comment on column public.daily_call_stats.day is 'The day in the phone number''s time zone on which the calls started.';
comment on column public.daily_call_stats.answered_calls is 'Calls that were answered (answered_at set), whatever happened after.';
comment on column public.daily_call_stats.total_duration is 'Talk time of the completed calls, in seconds.';
comment on column public.daily_call_stats.average_duration is 'Average talk time of the completed calls, in seconds; null without any.';
comment on column public.daily_call_stats.unique_callers is 'Distinct caller numbers that day.';

-- How often each caller called on each day, so unique_callers stays exact
-- when calls are deleted or archived.
create table private.daily_call_callers (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  day date not null,
  caller_number text not null,
  calls integer not null,
  constraint daily_call_callers_pkey primary key (phone_id, day, caller_number)
);
comment on table private.daily_call_callers is
  'Calls per caller number and local day, behind daily_call_stats.unique_callers. Internal: '
  'no privilege for the API roles.';

-- One changed call, counted with sign +1 (now present) or -1 (gone).
create type private.call_change as (
  phone_id text,
  created_at timestamptz,
  caller_number text,
  status public.call_status,
  duration integer,
  answered boolean,
  sign integer
);
comment on type private.call_change is 'A call entering (+1) or leaving (-1) the statistics.';

create or replace function private.apply_call_changes(changes private.call_change[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  with c as (
    select ch.phone_id, (ch.created_at at time zone p.timezone)::date as day,
           ch.caller_number, ch.status, ch.duration, ch.answered, ch.sign
      from pg_catalog.unnest(changes) ch
      -- A phone deleted in this transaction has no statistics left to keep.
      join public.phone_numbers p on p.id = ch.phone_id
  ),
  caller_delta as (
    select phone_id, day, caller_number, sum(sign)::integer as delta
      from c group by phone_id, day, caller_number
    having sum(sign) <> 0
  ),
  callers as (
    insert into private.daily_call_callers as dc (phone_id, day, caller_number, calls)
    select phone_id, day, caller_number, delta from caller_delta
    on conflict (phone_id, day, caller_number) do update set calls = dc.calls + excluded.calls
    returning dc.phone_id, dc.day, dc.caller_number, dc.calls
  ),
  unique_delta as (
    select n.phone_id, n.day,
           sum(case when n.calls > 0 and n.calls = d.delta then 1               -- first call of the caller
                    when n.calls = 0 then -1                                    -- last call gone
                    else 0 end)::integer as delta
      from callers n join caller_delta d using (phone_id, day, caller_number)
     group by n.phone_id, n.day
  ),
  stats_delta as (
    select phone_id, day,
           sum(sign)::integer as total_calls,
           coalesce(sum(sign) filter (where answered), 0)::integer as answered_calls,
           coalesce(sum(sign) filter (where status = 'completed'), 0)::integer as completed_calls,
           coalesce(sum(sign) filter (where status = 'failed'), 0)::integer as failed_calls,
           coalesce(sum(sign * duration) filter (where status = 'completed'), 0)::bigint as total_duration
      from c group by phone_id, day
  )
  insert into public.daily_call_stats as s (phone_id, day, total_calls, answered_calls, completed_calls,
                                            failed_calls, total_duration, unique_callers)
  select sd.phone_id, sd.day, sd.total_calls, sd.answered_calls, sd.completed_calls, sd.failed_calls,
         sd.total_duration, coalesce(ud.delta, 0)
    from stats_delta sd left join unique_delta ud using (phone_id, day)
   -- An update that changed nothing counted (a transcript correction) writes nothing.
   where (sd.total_calls, sd.answered_calls, sd.completed_calls, sd.failed_calls, sd.total_duration,
          coalesce(ud.delta, 0)) <> (0, 0, 0, 0, 0, 0)
  on conflict (phone_id, day) do update
    set total_calls = s.total_calls + excluded.total_calls,
        answered_calls = s.answered_calls + excluded.answered_calls,
        completed_calls = s.completed_calls + excluded.completed_calls,
        failed_calls = s.failed_calls + excluded.failed_calls,
        total_duration = s.total_duration + excluded.total_duration,
        unique_callers = s.unique_callers + excluded.unique_callers,
        updated_at = pg_catalog.now();

  delete from private.daily_call_callers dc
   using pg_catalog.unnest(changes) ch
   where ch.sign < 0 and dc.phone_id = ch.phone_id and dc.caller_number = ch.caller_number and dc.calls = 0;
end;
$$;
comment on function private.apply_call_changes(private.call_change[]) is
  'Adds calls entering (+1) and leaving (-1) the statistics to daily_call_stats and '
  'daily_call_callers, grouped per phone and local day. SECURITY DEFINER because the triggers that '
  'call it also fire for admins correcting a call, who may not write the statistics.';

create or replace function private.count_call_changes()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.apply_call_changes(array(
      select (n.phone_id, n.created_at, n.caller_number, n.status, n.duration, n.answered_at is not null, 1)::private.call_change
        from new_rows n));
  elsif tg_op = 'DELETE' then
    perform private.apply_call_changes(array(
      select (o.phone_id, o.created_at, o.caller_number, o.status, o.duration, o.answered_at is not null, -1)::private.call_change
        from old_rows o));
  else
    perform private.apply_call_changes(array(
      select (o.phone_id, o.created_at, o.caller_number, o.status, o.duration, o.answered_at is not null, -1)::private.call_change
        from old_rows o
      union all
      select (n.phone_id, n.created_at, n.caller_number, n.status, n.duration, n.answered_at is not null, 1)::private.call_change
        from new_rows n));
  end if;
  return null;
end;
$$;
comment on function private.count_call_changes() is
  'AFTER ... FOR EACH STATEMENT trigger on calls and calls_archive: passes the rows a statement '
  'added (+1) and removed (-1) to apply_call_changes. Archiving a call removes it from calls and '
  'adds it to the archive, so the statistics do not change. SECURITY DEFINER for the same reason '
  'as apply_call_changes.';

create trigger count_call_inserts after insert on public.calls
  referencing new table as new_rows for each statement execute function private.count_call_changes();
create trigger count_call_updates after update on public.calls
  referencing old table as old_rows new table as new_rows for each statement execute function private.count_call_changes();
create trigger count_call_deletes after delete on public.calls
  referencing old table as old_rows for each statement execute function private.count_call_changes();
create trigger count_call_inserts after insert on private.calls_archive
  referencing new table as new_rows for each statement execute function private.count_call_changes();
create trigger count_call_updates after update on private.calls_archive
  referencing old table as old_rows new table as new_rows for each statement execute function private.count_call_changes();
create trigger count_call_deletes after delete on private.calls_archive
  referencing old table as old_rows for each statement execute function private.count_call_changes();

-- Rebuild ------------------------------------------------------------------------

create or replace function private.rebuild_daily_call_stats(p_phone_id text)
returns void
language sql
security definer
set search_path = ''
as $$
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
$$;
comment on function private.rebuild_daily_call_stats(text) is
  'Recomputes daily_call_stats of one phone number from its calls and archived calls. Runs when '
  'the phone''s time zone changes (its days change); also a repair tool. SECURITY DEFINER because '
  'an owner changing the time zone may not write the statistics.';

create or replace function private.rebuild_stats_on_timezone_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.rebuild_daily_call_stats(new.id);
  return null;
end;
$$;
comment on function private.rebuild_stats_on_timezone_change() is
  'AFTER UPDATE trigger on phone_numbers: a new time zone moves calls to other local days, so the '
  'phone''s statistics are rebuilt. SECURITY DEFINER: owners change the time zone.';

create trigger rebuild_stats_on_timezone_change
  after update of timezone on public.phone_numbers
  for each row when (old.timezone is distinct from new.timezone)
  execute function private.rebuild_stats_on_timezone_change();

-- Row level security -------------------------------------------------------------

alter table public.daily_call_stats enable row level security;
revoke insert, update, delete, truncate, references, trigger on public.daily_call_stats from anon, authenticated;

create policy "members read their stats"
  on public.daily_call_stats for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their stats" on public.daily_call_stats is
  'Members of any level read the daily statistics of their phone numbers.';
