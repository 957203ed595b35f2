-- Appointments: booked by the receptionist during a call (service role) or by
-- staff in the app (admins and owners), for a caller, at a time, optionally
-- with a resource (a staff member or a room) of the business.
--
--   resources      a phone's staff members and rooms, each a row (resources),
--                  so an appointment names one by key within its tenant. An
--                  inactive resource keeps its appointments but takes no new
--                  ones (trigger check_appointment_resource); a resource that
--                  has appointments, in any status, cannot be deleted (the
--                  foreign key), only deactivated
--   time           starts_at and ends_at, instants (timestamptz), shown and
--                  checked in the phone's time zone; an appointment lasts at
--                  most 12 hours, which is also what lets a day's screen find
--                  an appointment begun the evening before by an index range
--                  on starts_at (src/queries.ts, appointmentsBetween). The
--                  range tstzrange(starts_at, ends_at) is an expression of the
--                  exclusion constraint, not a stored generated column: a
--                  generated column is computed before the check constraints
--                  run, so an end before the start would fail there with 22000
--                  instead of being refused by appointments_ends_after_starts
--   lifecycle      booked -> confirmed; booked or confirmed -> canceled,
--                  completed or no_show; canceled, completed and no_show are
--                  final (trigger check_appointment_status, refusing with
--                  appointments_status_transition). An appointment is
--                  completed or a no-show only once it has started
--                  (appointments_outcome_after_start)
--   double-booking the booked and confirmed appointments of one resource never
--                  overlap (exclusion constraint appointments_no_double_booking,
--                  23P01); canceled, completed and no-show appointments block
--                  nothing, and neither does an appointment without a resource
--   opening hours  a booked or confirmed appointment lies within one stretch
--                  of the business's opening time (business_hours and
--                  business_closures in the phone's time zone: a lunch break
--                  or a closed night splits it, touching intervals and a shift
--                  past midnight do not; an interval that opens on a closed
--                  date does not open) unless outside_hours_override is set
--                  (trigger check_appointment_hours, refusing with
--                  appointments_within_business_hours). Checked when the
--                  appointment is made, moved, or loses its override; later
--                  changes to the hours do not reach existing appointments,
--                  and canceled, completed and no-show ones are records, not
--                  checked
--   calendar sync  provider and provider_event_id: the calendar provider's
--                  event, unique per phone and provider; written by the
--                  service role's calendar sync only
--   who            members read; admins and owners book, reschedule and change
--                  the status; nobody deletes through the API (cancel
--                  instead, so the history and the calendar sync keep the
--                  row); the receptionist writes with the service role
set lock_timeout = '5s';
set statement_timeout = '60s';

create type public.resource_kind as enum ('staff', 'room');
comment on type public.resource_kind is 'What a bookable resource is: a staff member or a room.';

create type public.appointment_status as enum ('booked', 'confirmed', 'canceled', 'completed', 'no_show');
comment on type public.appointment_status is
  'Lifecycle of an appointment: booked -> confirmed; booked or confirmed -> canceled, completed or no_show, which are '
  'final.';

-- Resources -----------------------------------------------------------------------

create table public.resources (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  name text not null
    constraint resources_name_length check (char_length(name) between 1 and 100)
    constraint resources_name_not_blank check (not private.is_blank(name))
    constraint resources_name_trimmed check (not private.has_outer_space(name))
    constraint resources_name_single_line check (private.is_single_line(name)),
  kind public.resource_kind not null,
  active boolean not null default true,
  created_at timestamptz not null default now()
    constraint resources_created_at_range check (
      created_at >= '2020-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00'),
  updated_at timestamptz not null default now()
    constraint resources_updated_at_range check (
      updated_at >= '2020-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00'),
  constraint resources_pkey primary key (phone_id, id),
  -- The receptionist books "with Dr Lee" by name: one resource per name and phone.
  constraint resources_name_key unique (phone_id, name)
);

comment on table public.resources is
  'What a phone number''s appointments can be booked with: staff members and rooms. Members read them, admins and '
  'owners manage them. An inactive resource keeps its appointments and takes no new ones; a resource that has '
  'appointments is deactivated rather than deleted.';
comment on column public.resources.name is 'How staff and callers name it (1 to 100 characters, one line), unique per phone.';
comment on column public.resources.active is 'Whether new appointments may be booked with it.';

create trigger set_updated_at
  before update on public.resources
  for each row execute function private.set_updated_at();

-- Appointments --------------------------------------------------------------------

create table public.appointments (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  caller_number text not null
    constraint appointments_caller_number_e164 check (caller_number ~ '^\+[1-9][0-9]{6,14}$'),
  caller_name text
    constraint appointments_caller_name_length check (char_length(caller_name) between 1 and 200)
    constraint appointments_caller_name_not_blank check (not private.is_blank(caller_name))
    constraint appointments_caller_name_trimmed check (not private.has_outer_space(caller_name))
    constraint appointments_caller_name_single_line check (private.is_single_line(caller_name)),
  call_id uuid,
  resource_id uuid,
  starts_at timestamptz not null
    constraint appointments_starts_at_range check (
      starts_at >= '2020-01-01 00:00:00+00' and starts_at < '2100-01-01 00:00:00+00'),
  ends_at timestamptz not null
    constraint appointments_ends_at_range check (
      ends_at >= '2020-01-01 00:00:00+00' and ends_at < '2100-01-01 00:00:00+00'),
  status public.appointment_status not null default 'booked',
  outside_hours_override boolean not null default false,
  provider text
    constraint appointments_provider_format check (provider ~ '^[a-z][a-z0-9_]{1,31}$'),
  provider_event_id text
    -- Printable ASCII without spaces; the length apart, as a regular
    -- expression counts repetitions only up to 255.
    constraint appointments_provider_event_id_format check (provider_event_id ~ '^[\x21-\x7E]+$')
    constraint appointments_provider_event_id_length check (char_length(provider_event_id) <= 1024),
  notes text
    constraint appointments_notes_length check (char_length(notes) between 1 and 2000)
    constraint appointments_notes_not_blank check (not private.is_blank(notes))
    constraint appointments_notes_printable check (private.is_printable_text(notes)),
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now()
    constraint appointments_created_at_range check (
      created_at >= '2020-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00'),
  updated_at timestamptz not null default now()
    constraint appointments_updated_at_range check (
      updated_at >= '2020-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00'),
  constraint appointments_pkey primary key (phone_id, id),
  -- A plain ON DELETE SET NULL of this two-column key would null phone_id too
  -- (refused: it is NOT NULL), so only call_id is cleared. Calls leave the
  -- table when they are archived (private.archive_calls, after 365 days) or
  -- their phone is deleted; the appointment keeps the caller's number.
  constraint appointments_call_fkey foreign key (phone_id, call_id)
    references public.calls (phone_id, id) on delete set null (call_id),
  -- No action on delete: a resource that was booked is deactivated, not deleted.
  constraint appointments_resource_fkey foreign key (phone_id, resource_id)
    references public.resources (phone_id, id),
  -- Checked in name order, so length_max, which comes before starts_at_range,
  -- yields to it for a start before the bounds (-infinity included), and adds
  -- to starts_at rather than subtracting, which fails on infinite times. A
  -- start past the bounds is refused first by ends_after_starts or ends_at_range.
  constraint appointments_ends_after_starts check (ends_at > starts_at),
  constraint appointments_length_max check (
    ends_at <= starts_at + interval '12 hours' or starts_at < '2020-01-01 00:00:00+00'),
  constraint appointments_provider_event_pair check ((provider is null) = (provider_event_id is null)),
  -- The calendar sync finds an appointment by its provider's event id.
  constraint appointments_provider_event_key unique (phone_id, provider, provider_event_id),
  -- One resource, one appointment at a time. Half-open ranges: an
  -- appointment may start when the previous one ends.
  constraint appointments_no_double_booking exclude using gist (
    phone_id with =,
    resource_id with =,
    (tstzrange(starts_at, ends_at, '[)')) with &&
  ) where (resource_id is not null and status in ('booked', 'confirmed'))
);

comment on table public.appointments is
  'Appointments of a phone number''s business: booked by the receptionist during a call (service role, with call_id) '
  'or by admins and owners in the app. Members read them. The booked and confirmed appointments of a resource never '
  'overlap (appointments_no_double_booking); a booked or confirmed appointment lies within the opening hours unless '
  'outside_hours_override is set (appointments_within_business_hours); status moves booked -> confirmed -> '
  'canceled, completed or no_show (appointments_status_transition). Nobody deletes through the API: cancel '
  'instead. The receptionist may send its own id, so a retried booking is `on conflict (phone_id, id) do nothing`.';
comment on column public.appointments.caller_number is 'The caller''s number in E.164 form.';
comment on column public.appointments.caller_name is 'The name the caller gave, if any (one line, 1 to 200 characters).';
comment on column public.appointments.call_id is
  'The call during which the receptionist booked it; null when staff booked it, and once the call is archived or deleted.';
comment on column public.appointments.resource_id is
  'The staff member or room it is booked with, if any; only appointments with a resource can collide.';
comment on column public.appointments.starts_at is
  'When it starts (an instant; screens show it in phone_numbers.timezone). Lasts at most 12 hours.';
comment on column public.appointments.ends_at is 'When it ends, after starts_at and at most 12 hours later (exclusive).';
comment on column public.appointments.status is
  'booked -> confirmed; booked or confirmed -> canceled, completed or no_show (final). completed and no_show only '
  'once it has started. Only booked and confirmed appointments occupy their resource.';
comment on column public.appointments.outside_hours_override is
  'Set to book outside the opening hours (or across a closure) on purpose; otherwise such a booking is refused '
  '(appointments_within_business_hours).';
comment on column public.appointments.provider is
  'The calendar provider that holds its event, a lowercase slug such as google_calendar; with provider_event_id. '
  'Written by the calendar sync (service role).';
comment on column public.appointments.provider_event_id is
  'The provider''s id of the event, unique per phone and provider. Written by the calendar sync (service role).';
comment on column public.appointments.notes is 'Free text for staff (up to 2000 characters, several lines).';
comment on column public.appointments.created_by is
  'The member who booked it (from the JWT); null when the receptionist or another service booked it, or once that '
  'user is deleted.';

-- Indexes. Each serves a screen, a key or a foreign key:
--   appointments_pkey (phone_id, id)                one appointment
--   appointments_phone_starts_idx                   a phone's day or week, in order (phone_id, starts_at, id)
--   appointments_resource_starts_idx (partial)      a resource's day or week, and the resources foreign key
--   appointments_call_idx (partial)                 the appointments of a call, and clearing call_id when
--                                                   calls are archived
--   appointments_created_by_idx (partial)           clearing created_by when a user is deleted
--   appointments_provider_event_key                 the calendar sync's lookup by event id
--   appointments_no_double_booking (gist, partial)  the exclusion constraint
create index appointments_phone_starts_idx on public.appointments (phone_id, starts_at, id);
create index appointments_resource_starts_idx on public.appointments (phone_id, resource_id, starts_at, id)
  where resource_id is not null;
create index appointments_call_idx on public.appointments (phone_id, call_id) where call_id is not null;
create index appointments_created_by_idx on public.appointments (created_by) where created_by is not null;

-- Opening time ----------------------------------------------------------------------

-- is_open answers for an instant; a booking needs the opening time around a
-- span. This returns it as instants (a multirange), built the way is_open
-- reads the hours:
--   time zone   intervals are wall-clock times of the phone's zone, turned
--               into instants day by day, so 09:00 stays 09:00 across DST.
--               The two agree on every instant but those of the hour that
--               repeats when clocks go back: is_open reads the wall clock,
--               which shows those times twice, while an opening or closing
--               time in that hour is taken here at its later instant (as
--               Postgres converts an ambiguous local time)
--   overnight   an interval that closes at or before it opens runs into the
--               next day: intervals opening on the day before from_at are
--               included
--   closures    an interval that opens on a closed date does not open, also
--               its part after midnight (as is_open)
--   touching    intervals that touch (a shift ending at 12:00 and the next
--               starting at 12:00, or a whole day after a whole day) merge
--               into one stretch of open time: an appointment may run across
--               the boundary, but not across a lunch break or a closed night
create function private.opening_time(phone_id text, from_at timestamptz, to_at timestamptz)
returns tstzmultirange
language sql
stable
set search_path = ''
as $$
  select coalesce(pg_catalog.range_agg(pg_catalog.tstzrange(o.opens, o.closes, '[)')), '{}'::pg_catalog.tstzmultirange)
    from public.phone_numbers p
   cross join lateral (
     select (from_at at time zone p.timezone)::date - 1 + i as day
       from pg_catalog.generate_series(0, (to_at at time zone p.timezone)::date - (from_at at time zone p.timezone)::date + 1) i
   ) d
    join public.business_hours h on h.phone_id = p.id and h.day_of_week = extract(dow from d.day)
   cross join lateral (
     select (d.day + h.opens_at) at time zone p.timezone as opens,
            (d.day + h.opens_at + case when h.closes_at > h.opens_at then h.closes_at - h.opens_at
                                       else h.closes_at - h.opens_at + interval '24 hours' end) at time zone p.timezone as closes
   ) o
   where p.id = opening_time.phone_id
     and not exists (
       select 1 from public.business_closures c
        where c.phone_id = p.id and d.day between c.starts_on and c.ends_on)
$$;
comment on function private.opening_time(text, timestamptz, timestamptz) is
  'The opening time of phone_id''s business around from_at..to_at, as instants: every opening interval that opens on '
  'a local date from the day before from_at to the day of to_at and not on a closed date, touching intervals '
  'merged. A span lies within the opening hours when the result contains it (@>). Agrees with is_open on every '
  'instant but those of the hour repeated when clocks go back, where an opening or closing time is taken at its '
  'later instant. Runs with the caller''s rights (a member reads their phone''s hours; the service role all).';

-- Checks ---------------------------------------------------------------------------

create function private.check_appointment_status()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.status is distinct from old.status
     and not (old.status, new.status) in (('booked', 'confirmed'), ('booked', 'canceled'), ('booked', 'completed'),
                                          ('booked', 'no_show'), ('confirmed', 'canceled'), ('confirmed', 'completed'),
                                          ('confirmed', 'no_show')) then
    raise exception 'appointment % cannot change status from % to %', old.id, old.status, new.status
      using errcode = 'check_violation',
            constraint = 'appointments_status_transition',
            hint = 'Allowed: booked -> confirmed; booked or confirmed -> canceled, completed or no_show. '
                   'Canceled, completed and no_show are final: book a new appointment instead.';
  end if;
  -- Only when the status or the start changes: an appointment recorded as
  -- completed stays editable otherwise.
  if new.status in ('completed', 'no_show') and new.starts_at > pg_catalog.now()
     and (tg_op = 'INSERT' or new.status is distinct from old.status or new.starts_at is distinct from old.starts_at) then
    raise exception 'appointment % starts at % and cannot be % before it has started', new.id, new.starts_at, new.status
      using errcode = 'check_violation',
            constraint = 'appointments_outcome_after_start';
  end if;
  return new;
end;
$$;
comment on function private.check_appointment_status() is
  'BEFORE INSERT/UPDATE OF status, starts_at trigger on appointments: refuses a status change outside the lifecycle '
  '(SQLSTATE 23514, constraint appointments_status_transition, naming both states) and a completed or no_show '
  'appointment that has not started yet (appointments_outcome_after_start). Compares only, so it runs safely before '
  'the check constraints have seen the row.';

create trigger check_appointment_status
  before insert or update of status, starts_at on public.appointments
  for each row execute function private.check_appointment_status();

-- AFTER, so the check constraints have already refused an unbounded or
-- reversed time before any opening time is computed.
create function private.check_appointment_hours()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.outside_hours_override or new.status not in ('booked', 'confirmed') then
    return null;
  end if;
  -- An update that leaves the time and the override as they were re-checks
  -- nothing: hours changed since the booking do not refuse a later edit.
  if tg_op = 'UPDATE' and new.starts_at = old.starts_at and new.ends_at = old.ends_at
     and not old.outside_hours_override then
    return null;
  end if;
  if not private.opening_time(new.phone_id, new.starts_at, new.ends_at)
         @> pg_catalog.tstzrange(new.starts_at, new.ends_at, '[)') then
    raise exception 'appointment % to % is outside the opening hours of %', new.starts_at, new.ends_at, new.phone_id
      using errcode = 'check_violation',
            constraint = 'appointments_within_business_hours',
            hint = 'Book within one stretch of opening time (business_hours, not on a closed date, in the phone''s '
                   'time zone), or set outside_hours_override.';
  end if;
  return null;
end;
$$;
comment on function private.check_appointment_hours() is
  'AFTER INSERT/UPDATE OF starts_at, ends_at, outside_hours_override trigger on appointments: a booked or confirmed '
  'appointment without outside_hours_override must lie within one stretch of the phone''s opening time '
  '(private.opening_time), else SQLSTATE 23514 with constraint appointments_within_business_hours. Checked when '
  'the appointment is made, moved or loses its override.';

create trigger check_appointment_hours
  after insert or update of starts_at, ends_at, outside_hours_override on public.appointments
  for each row execute function private.check_appointment_hours();

create function private.check_appointment_resource()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.resource_id is null or new.status not in ('booked', 'confirmed')
     or (tg_op = 'UPDATE' and new.resource_id is not distinct from old.resource_id) then
    return null;
  end if;
  if not exists (select 1 from public.resources r
                  where r.phone_id = new.phone_id and r.id = new.resource_id and r.active) then
    raise exception 'resource % of % is inactive and takes no new appointments', new.resource_id, new.phone_id
      using errcode = 'check_violation',
            constraint = 'appointments_resource_active';
  end if;
  return null;
end;
$$;
comment on function private.check_appointment_resource() is
  'AFTER INSERT/UPDATE OF resource_id trigger on appointments: a booked or confirmed appointment is put on an active '
  'resource only (SQLSTATE 23514, constraint appointments_resource_active); appointments already on a resource that '
  'is deactivated keep it.';

create trigger check_appointment_resource
  after insert or update of resource_id on public.appointments
  for each row execute function private.check_appointment_resource();

create trigger set_updated_at
  before update on public.appointments
  for each row execute function private.set_updated_at();

revoke all on function private.opening_time(text, timestamptz, timestamptz) from public, anon;
revoke all on function private.check_appointment_status() from public, anon, authenticated;
revoke all on function private.check_appointment_hours() from public, anon, authenticated;
revoke all on function private.check_appointment_resource() from public, anon, authenticated;
-- The hours trigger runs as whoever writes the appointment.
grant execute on function private.opening_time(text, timestamptz, timestamptz) to authenticated, service_role;

-- Row level security -------------------------------------------------------------

alter table public.resources enable row level security;
alter table public.appointments enable row level security;

revoke all on public.resources from anon, authenticated;
grant select, delete on public.resources to authenticated;
grant insert (phone_id, name, kind, active) on public.resources to authenticated;
grant update (name, kind, active) on public.resources to authenticated;
grant all on public.resources to service_role;

-- Members never choose the id, created_by (the JWT's user), the timestamps or
-- the calendar provider's columns (the service role's sync writes those), and
-- never move an appointment to another phone. No DELETE: cancel instead.
revoke all on public.appointments from anon, authenticated;
grant select on public.appointments to authenticated;
grant insert (phone_id, caller_number, caller_name, call_id, resource_id, starts_at, ends_at, status,
              outside_hours_override, notes) on public.appointments to authenticated;
grant update (caller_number, caller_name, call_id, resource_id, starts_at, ends_at, status,
              outside_hours_override, notes) on public.appointments to authenticated;
grant all on public.appointments to service_role;

create policy "members read their resources"
  on public.resources for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their resources" on public.resources is
  'Members of any level read the staff and rooms of their phone numbers.';
create policy "admins add resources"
  on public.resources for insert to authenticated
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins add resources" on public.resources is 'Admins and owners add staff and rooms.';
create policy "admins change resources"
  on public.resources for update to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]))
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins change resources" on public.resources is
  'Admins and owners rename, re-kind and (de)activate staff and rooms.';
create policy "admins delete resources"
  on public.resources for delete to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins delete resources" on public.resources is
  'Admins and owners delete staff and rooms that were never booked (appointments_resource_fkey refuses the others: '
  'deactivate them).';

create policy "members read their appointments"
  on public.appointments for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their appointments" on public.appointments is
  'Members of any level read the appointments of their phone numbers.';
create policy "admins book appointments"
  on public.appointments for insert to authenticated
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins book appointments" on public.appointments is
  'Admins and owners book appointments on their phone numbers.';
create policy "admins change appointments"
  on public.appointments for update to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]))
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins change appointments" on public.appointments is
  'Admins and owners reschedule, confirm, cancel and close appointments (column privileges keep the keys, '
  'created_by and the provider''s columns out of reach).';
-- No delete policy: appointments are canceled, not deleted.
