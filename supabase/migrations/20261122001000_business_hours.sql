-- Opening hours of a phone number's business, and the dates it is closed.
-- Seed 003 allowed one interval per weekday and a timezone per row. Real
-- businesses close for lunch and some open past midnight, so a day may have
-- several intervals that must not overlap (an exclusion constraint over the
-- week), an interval may run past midnight, and closures cover date ranges.
-- The business's one IANA time zone lives on phone_numbers.
set lock_timeout = '5s';
set statement_timeout = '60s';

-- Minutes of the week (0 = Sunday 00:00, 10080 = the next Sunday 00:00) that
-- an interval covers; an interval running past Saturday midnight wraps to Sunday.
create or replace function private.week_minutes(day_of_week smallint, opens_at time, closes_at time)
returns int4multirange
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  with m as (
    select day_of_week * 1440 + (extract(epoch from opens_at) / 60)::int as starts,
           (extract(epoch from case when closes_at > opens_at then closes_at - opens_at
                                    else closes_at - opens_at + interval '24 hours' end) / 60)::int as minutes
  )
  select case
           when starts + minutes <= 10080 then pg_catalog.int4multirange(pg_catalog.int4range(starts, starts + minutes))
           else pg_catalog.int4multirange(pg_catalog.int4range(starts, 10080),
                                          pg_catalog.int4range(0, starts + minutes - 10080))
         end
    from m
$$;
comment on function private.week_minutes(smallint, time, time) is
  'Minutes of the week an opening interval covers, as a multirange (an interval past Saturday '
  'midnight wraps to Sunday). Used by the business_hours exclusion constraint.';
-- Index expressions run with the privileges of whoever writes the row.
grant execute on function private.week_minutes(smallint, time, time) to authenticated, service_role;

create table public.business_hours (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  -- 0 = Sunday ... 6 = Saturday, as extract(dow from ...) counts.
  day_of_week smallint not null
    constraint business_hours_day_of_week_range check (day_of_week between 0 and 6),
  opens_at time not null
    constraint business_hours_opens_at_range check (opens_at < '24:00'),
  -- Not after opens_at: the interval runs past midnight into the next day.
  closes_at time not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint business_hours_pkey primary key (phone_id, id),
  constraint business_hours_whole_minutes check (
    extract(second from opens_at) = 0 and extract(second from closes_at) = 0
  ),
  constraint business_hours_not_empty check (closes_at <> opens_at),
  constraint business_hours_no_overlap exclude using gist (
    phone_id with =,
    (private.week_minutes(day_of_week, opens_at, closes_at)) with &&
  )
);

comment on table public.business_hours is
  'Weekly opening intervals of a phone number''s business, in the wall-clock time of '
  'phone_numbers.timezone. A day may have several intervals (a split shift); intervals never '
  'overlap, also across midnight. Members read them, admins manage them.';
comment on column public.business_hours.day_of_week is 'Day the interval opens: 0 = Sunday ... 6 = Saturday.';
comment on column public.business_hours.opens_at is 'Local opening time, whole minutes.';
comment on column public.business_hours.closes_at is
  'Local closing time, whole minutes; at or before opens_at means the next day (22:00-02:00). '
  'Use 00:00-24:00 for a whole day.';

create table public.business_closures (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  starts_on date not null,
  ends_on date not null,
  reason text
    constraint business_closures_reason_length check (char_length(btrim(reason)) between 1 and 200),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint business_closures_pkey primary key (phone_id, id),
  constraint business_closures_dates_ordered check (ends_on >= starts_on)
);

comment on table public.business_closures is
  'Dates a phone number''s business is closed (holidays, vacations), inclusive, in its local '
  'calendar. An interval that opens on a closed date does not open, even the part after midnight. '
  'Members read them, admins manage them.';
comment on column public.business_closures.starts_on is 'First closed date (local calendar).';
comment on column public.business_closures.ends_on is 'Last closed date, inclusive.';

create trigger set_updated_at
  before update on public.business_hours
  for each row execute function private.set_updated_at();
create trigger set_updated_at
  before update on public.business_closures
  for each row execute function private.set_updated_at();

-- is_open -----------------------------------------------------------------------

create or replace function public.is_open(p_phone_id text, p_at timestamptz default now())
returns boolean
language plpgsql
stable
set search_path = ''
as $$
declare
  tz text;
  local_ts timestamp;
begin
  select p.timezone into tz from public.phone_numbers p where p.id = p_phone_id;
  if not found then
    raise exception 'phone number % not found', p_phone_id
      using errcode = 'no_data_found', hint = 'The caller must be a member of the phone number, or the service role.';
  end if;
  -- Wall-clock time at the business. Intervals are wall-clock times too, so a
  -- 09:00 opening stays 09:00 across DST changes: never a fixed UTC offset.
  local_ts := p_at at time zone tz;
  -- An interval that opened today or yesterday (past midnight) and has not
  -- closed, unless the day it opened is a closure.
  return exists (
    select 1
      from public.business_hours h
      join (values (local_ts::date), (local_ts::date - 1)) as d(day)
        on h.day_of_week = extract(dow from d.day)
     where h.phone_id = p_phone_id
       and local_ts >= d.day + h.opens_at
       and local_ts < d.day + h.opens_at
                      + case when h.closes_at > h.opens_at then h.closes_at - h.opens_at
                             else h.closes_at - h.opens_at + interval '24 hours' end
       and not exists (
         select 1 from public.business_closures c
          where c.phone_id = p_phone_id and d.day between c.starts_on and c.ends_on
       )
  );
end;
$$;
comment on function public.is_open(text, timestamptz) is
  'True when the business of p_phone_id is open at p_at (default now), in its own time zone: '
  'one of its intervals covers the local wall-clock time and the day that interval opened is not '
  'a closure. No intervals means closed. Runs with the caller''s rights: members and the service '
  'role; anyone else gets SQLSTATE P0002 (phone number not found).';
revoke execute on function public.is_open(text, timestamptz) from anon;

-- Row level security -------------------------------------------------------------

alter table public.business_hours enable row level security;
alter table public.business_closures enable row level security;

revoke insert, update, truncate, references, trigger on public.business_hours from anon, authenticated;
grant insert (phone_id, day_of_week, opens_at, closes_at) on public.business_hours to authenticated;
grant update (day_of_week, opens_at, closes_at) on public.business_hours to authenticated;
revoke insert, update, truncate, references, trigger on public.business_closures from anon, authenticated;
grant insert (phone_id, starts_on, ends_on, reason) on public.business_closures to authenticated;
grant update (starts_on, ends_on, reason) on public.business_closures to authenticated;

create policy "members read their hours"
  on public.business_hours for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their hours" on public.business_hours is
  'Members of any level read the opening hours of their phone numbers.';
create policy "admins add hours"
  on public.business_hours for insert to authenticated
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins add hours" on public.business_hours is 'Admins and owners add opening intervals.';
create policy "admins change hours"
  on public.business_hours for update to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]))
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins change hours" on public.business_hours is 'Admins and owners change opening intervals.';
create policy "admins delete hours"
  on public.business_hours for delete to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins delete hours" on public.business_hours is 'Admins and owners delete opening intervals.';

create policy "members read their closures"
  on public.business_closures for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their closures" on public.business_closures is
  'Members of any level read the closures of their phone numbers.';
create policy "admins add closures"
  on public.business_closures for insert to authenticated
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins add closures" on public.business_closures is 'Admins and owners add closures.';
create policy "admins change closures"
  on public.business_closures for update to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]))
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins change closures" on public.business_closures is 'Admins and owners change closures.';
create policy "admins delete closures"
  on public.business_closures for delete to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins delete closures" on public.business_closures is 'Admins and owners delete closures.';
