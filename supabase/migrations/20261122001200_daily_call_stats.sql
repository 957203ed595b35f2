-- daily_call_stats: per phone number and per day in the phone's own time
-- zone, the counts the dashboard charts. Kept current by row-level triggers
-- on calls and calls_archive, in the same transaction as the change,
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

-- Maintenance -------------------------------------------------------------------
-- Row-level triggers, measured against statement-level ones with transition
-- tables (which aggregate a whole statement's rows in one pass): for the
-- webhooks' single-row statements the row-level version does far less work
-- (no tuplestores, no array, no aggregation plan), and ingestion is what
-- matters. Bulk loads disable these triggers and call rebuild_daily_call_stats.

create or replace function private.count_call(
  p_phone_id text, p_day date, p_caller_number text, p_status public.call_status,
  p_duration integer, p_answered boolean, p_sign integer
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller_calls integer;
begin
  insert into private.daily_call_callers as dc (phone_id, day, caller_number, calls)
  values (p_phone_id, p_day, p_caller_number, p_sign)
  on conflict (phone_id, day, caller_number) do update set calls = dc.calls + excluded.calls
  returning dc.calls into caller_calls;

  insert into public.daily_call_stats as s (phone_id, day, total_calls, answered_calls, completed_calls,
                                            failed_calls, total_duration, unique_callers)
  values (p_phone_id, p_day, p_sign,
          case when p_answered then p_sign else 0 end,
          case when p_status = 'completed' then p_sign else 0 end,
          case when p_status = 'failed' then p_sign else 0 end,
          case when p_status = 'completed' then p_sign * p_duration else 0 end,
          -- The caller's first call that day, or their last one gone.
          case when p_sign > 0 and caller_calls = p_sign then 1
               when p_sign < 0 and caller_calls = 0 then -1
               else 0 end)
  on conflict (phone_id, day) do update
    set total_calls = s.total_calls + excluded.total_calls,
        answered_calls = s.answered_calls + excluded.answered_calls,
        completed_calls = s.completed_calls + excluded.completed_calls,
        failed_calls = s.failed_calls + excluded.failed_calls,
        total_duration = s.total_duration + excluded.total_duration,
        unique_callers = s.unique_callers + excluded.unique_callers,
        updated_at = pg_catalog.now();
end;
$$;
comment on function private.count_call(text, date, text, public.call_status, integer, boolean, integer) is
  'Adds one call (p_sign +1) to, or removes it (-1) from, daily_call_stats and daily_call_callers. '
  'A daily_call_callers row with calls = 0 means no call (it is not deleted, which would cost '
  'every removal a second statement). SECURITY DEFINER: see count_call_change.';

create or replace function private.count_call_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  tz text;
  old_day date;
  new_day date;
begin
  if tg_op <> 'INSERT' then
    select p.timezone into tz from public.phone_numbers p where p.id = old.phone_id;
    -- Not found: the phone number itself is being deleted, and its statistics with it.
    if found then
      old_day := (old.created_at at time zone tz)::date;
    end if;
  end if;
  if tg_op <> 'DELETE' then
    if tg_op = 'INSERT' or new.phone_id <> old.phone_id then
      select p.timezone into tz from public.phone_numbers p where p.id = new.phone_id;
    end if;
    new_day := (new.created_at at time zone tz)::date;
  end if;

  -- A status change (the common update): same phone, day and caller, so only
  -- the counters of one statistics row move.
  if tg_op = 'UPDATE' and new.phone_id = old.phone_id and new_day = old_day
     and new.caller_number = old.caller_number then
    update public.daily_call_stats s
       set answered_calls = s.answered_calls + (new.answered_at is not null)::integer - (old.answered_at is not null)::integer,
           completed_calls = s.completed_calls + (new.status = 'completed')::integer - (old.status = 'completed')::integer,
           failed_calls = s.failed_calls + (new.status = 'failed')::integer - (old.status = 'failed')::integer,
           total_duration = s.total_duration
                            + case when new.status = 'completed' then new.duration else 0 end
                            - case when old.status = 'completed' then old.duration else 0 end,
           updated_at = pg_catalog.now()
     where s.phone_id = new.phone_id and s.day = new_day;
    return null;
  end if;

  if old_day is not null then
    perform private.count_call(old.phone_id, old_day, old.caller_number, old.status, old.duration,
                               old.answered_at is not null, -1);
  end if;
  if tg_op <> 'DELETE' then
    perform private.count_call(new.phone_id, new_day, new.caller_number, new.status, new.duration,
                               new.answered_at is not null, 1);
  end if;
  return null;
end;
$$;
comment on function private.count_call_change() is
  'AFTER INSERT/UPDATE/DELETE row trigger on calls and calls_archive: keeps daily_call_stats equal '
  'to a recomputation from both tables. Archiving removes a call from calls and adds it to the '
  'archive, so the statistics do not change. SECURITY DEFINER because it also fires for admins '
  'correcting a call, who may not write the statistics.';

-- Only updates that change what is counted fire the trigger: a transcript
-- correction costs nothing here.
create trigger count_call_inserts after insert on public.calls
  for each row execute function private.count_call_change();
create trigger count_call_updates
  after update of phone_id, created_at, caller_number, status, duration, answered_at on public.calls
  for each row
  when ((old.phone_id, old.created_at, old.caller_number, old.status, old.duration, old.answered_at)
        is distinct from (new.phone_id, new.created_at, new.caller_number, new.status, new.duration, new.answered_at))
  execute function private.count_call_change();
create trigger count_call_deletes after delete on public.calls
  for each row execute function private.count_call_change();
create trigger count_call_inserts after insert on private.calls_archive
  for each row execute function private.count_call_change();
create trigger count_call_updates
  after update of phone_id, created_at, caller_number, status, duration, answered_at on private.calls_archive
  for each row
  when ((old.phone_id, old.created_at, old.caller_number, old.status, old.duration, old.answered_at)
        is distinct from (new.phone_id, new.created_at, new.caller_number, new.status, new.duration, new.answered_at))
  execute function private.count_call_change();
create trigger count_call_deletes after delete on private.calls_archive
  for each row execute function private.count_call_change();

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
