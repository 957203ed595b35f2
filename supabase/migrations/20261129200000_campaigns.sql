-- Outbound campaigns: a phone number calls a list of contacts, within a daily
-- window in its own time zone and only while its business is open, with at
-- most so many calls at once.
--
--   campaigns        name, caller id, window (daily local start and end,
--                    optionally days of the week and first and last dates),
--                    max_concurrent, retry delay, status. Admins and owners
--                    create and edit them (by column) and delete those not
--                    under way; every member reads them
--   status           draft -> scheduled -> running <-> paused -> completed,
--                    and canceled from any state before completed. Changed
--                    only through functions (admins: schedule, pause, resume,
--                    cancel; the dialer: scheduled -> running on its first
--                    hand-out, running or paused -> completed when no contact
--                    is left). A BEFORE trigger refuses any other step with
--                    23514 naming it (constraint campaigns_status_transition)
--                    and keeps a finished campaign unchanged
--   contacts         one row per number and campaign (E.164, unique per
--                    campaign), imported in bulk by admins (up to 10,000
--                    numbers per call, duplicates skipped); written afterwards
--                    only by the dialer (service role) and the functions here
--
-- The dialer (service role) asks claim_campaign_contacts(phone, campaign, n)
-- for work and reports each call with finish_campaign_contact. A contact is
-- handed out (pending -> dialing) only while
--   - the campaign is running (or scheduled: its first hand-out starts it),
--   - now, in the phone's time zone, is inside the campaign's window and the
--     business is open (public.is_open),
--   - the campaign has fewer than max_concurrent contacts dialing, and
--   - the phone has fewer calls in progress than max_concurrent_calls,
--     counting its live calls and the dialing contacts of all its campaigns.
-- max_concurrent (1 to 1000) is therefore never checked against the phone's
-- limit when it is set: the limit is the service role's (the plan the
-- business pays for) and may be lowered later; the hand-out applies the lower
-- of both every time. A campaign call is in progress from its hand-out to its
-- finish and is counted by its contact, not by a live_calls slot (the dialer
-- claims none for it); private.calls_in_progress, which claim_call_slot
-- counts with, takes in dialing contacts too (below), so inbound and
-- campaign calls together stay within the limit. Leave room for callers by setting max_concurrent below it.
--
-- Concurrency. Hand-outs of a campaign take turns on its row (FOR NO KEY
-- UPDATE); one that finds room and due contacts then takes its turn on the
-- phone number's row, as claim_call_slot does and as hand-outs of the
-- phone's other campaigns do. Each counts what is committed after its
-- turns, so concurrent dialers never exceed either limit. Pausing,
-- importing, finishing and canceling take the campaign's row too: a pause
-- waits for a hand-out under way and every hand-out after it sees the
-- pause; the last finish sees every other finish and completes the
-- campaign. The turns already keep two hand-outs of a campaign apart; the
-- pending rows are also picked FOR UPDATE SKIP LOCKED and changed only if
-- still pending, so a contact goes to one dialer at the row itself, and a
-- hand-out never waits on a row another transaction holds. All of this
-- needs READ COMMITTED (a new snapshot after each lock), as claim_call_slot
-- does.
--
-- A dialer that crashes leaves its contacts dialing:
-- private.release_stale_campaign_contacts (pg_cron, every minute) returns
-- contacts dialing for over an hour to pending (due at once) or, with no
-- attempt left, to failed; a finish reported after that is refused (55000).
set lock_timeout = '5s';
set statement_timeout = '60s';

-- Types ------------------------------------------------------------------------------

create type public.campaign_status as enum ('draft', 'scheduled', 'running', 'paused', 'completed', 'canceled');
comment on type public.campaign_status is
  'Where a campaign is: draft (being prepared), scheduled (armed: the dialer starts it inside its window), running, '
  'paused (no hand-out until resumed), completed (no contact left to dial), canceled (stopped for good). Allowed '
  'steps: draft -> scheduled | canceled; scheduled -> running | canceled; running -> paused | completed | canceled; '
  'paused -> running | completed | canceled.';

create type public.campaign_contact_status as enum ('pending', 'dialing', 'completed', 'failed', 'skipped');
comment on type public.campaign_contact_status is
  'Where a contact is: pending (to dial, from next_attempt_at), dialing (handed out to a dialer), completed (reached), '
  'failed (no attempt left, or the number cannot be reached), skipped (not dialed again because the campaign was '
  'canceled).';

create type public.campaign_call_outcome as enum ('answered', 'voicemail', 'no_answer', 'busy', 'failed', 'invalid_number');
comment on type public.campaign_call_outcome is
  'What a campaign call came to, as the dialer reports it: answered or voicemail complete the contact; no_answer, '
  'busy and failed retry it while it has attempts left; invalid_number fails it at once.';

-- Helpers ----------------------------------------------------------------------------

create function private.is_weekday_set(days smallint[])
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select pg_catalog.array_ndims(days) = 1
     and pg_catalog.cardinality(days) between 1 and 7
     and pg_catalog.array_position(days, null) is null
     and days operator(pg_catalog.<@) '{0,1,2,3,4,5,6}'::smallint[]
     and (select pg_catalog.count(distinct d) = pg_catalog.count(*) from pg_catalog.unnest(days) d)
$$;
comment on function private.is_weekday_set(smallint[]) is
  'True when days is a one-dimensional list of 1 to 7 distinct weekdays, 0 = Sunday ... 6 = Saturday (as '
  'extract(dow from ...) counts), without nulls. The campaigns_window_days_valid constraint uses it.';

create function private.campaign_window_includes(
  window_start time, window_end time, window_days smallint[], starts_on date, ends_on date, local_at timestamp)
returns boolean
language sql
immutable
parallel safe
set search_path = ''
as $$
  select (starts_on is null or local_at::date >= starts_on)
     and (ends_on is null or local_at::date <= ends_on)
     and (window_days is null or extract(dow from local_at)::smallint = any (window_days))
     and local_at::time >= window_start
     and local_at::time < window_end
$$;
comment on function private.campaign_window_includes(time, time, smallint[], date, date, timestamp) is
  'True when the local wall-clock time local_at is inside a campaign''s window: on or after starts_on and on or '
  'before ends_on (when set), on one of window_days (when set), at or after window_start and before window_end. '
  'claim_campaign_contacts passes now in the phone''s time zone.';

revoke all on function private.is_weekday_set(smallint[]) from public, anon;
revoke all on function private.campaign_window_includes(time, time, smallint[], date, date, timestamp) from public, anon;
-- CHECK constraints run as whoever writes the row.
grant execute on function private.is_weekday_set(smallint[]) to authenticated, service_role;
grant execute on function private.campaign_window_includes(time, time, smallint[], date, date, timestamp) to service_role;

-- campaigns --------------------------------------------------------------------------

create table public.campaigns (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  name text not null
    constraint campaigns_name_length check (char_length(name) between 1 and 200)
    constraint campaigns_name_not_blank check (not private.is_blank(name))
    constraint campaigns_name_trimmed check (not private.has_outer_space(name))
    constraint campaigns_name_single_line check (private.is_single_line(name)),
  caller_id text not null
    constraint campaigns_caller_id_e164 check (caller_id ~ '^\+[1-9][0-9]{6,14}$'),
  window_start time not null
    constraint campaigns_window_start_range check (window_start < '24:00'),
  window_end time not null,
  window_days smallint[]
    constraint campaigns_window_days_valid check (private.is_weekday_set(window_days)),
  starts_on date,
  ends_on date,
  max_concurrent integer not null default 1
    constraint campaigns_max_concurrent_range check (max_concurrent between 1 and 1000),
  retry_delay_minutes integer not null default 60
    constraint campaigns_retry_delay_minutes_range check (retry_delay_minutes between 1 and 10080),
  status public.campaign_status not null default 'draft',
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  started_at timestamptz,
  finished_at timestamptz,
  created_at timestamptz not null default now()
    constraint campaigns_created_at_range check (
      created_at >= '2020-01-01 00:00+00' and created_at < '2100-01-01 00:00+00'),
  updated_at timestamptz not null default now()
    constraint campaigns_updated_at_range check (
      updated_at >= '2020-01-01 00:00+00' and updated_at < '2100-01-01 00:00+00'),
  constraint campaigns_pkey primary key (phone_id, id),
  constraint campaigns_window_ordered check (window_end > window_start),
  constraint campaigns_window_whole_minutes check (
    extract(second from window_start) = 0 and extract(second from window_end) = 0),
  constraint campaigns_dates_range check (starts_on >= '2020-01-01' and ends_on < '2100-01-01'),
  constraint campaigns_dates_ordered check (ends_on >= starts_on),
  constraint campaigns_started_when_under_way check (status not in ('running', 'paused', 'completed') or started_at is not null),
  constraint campaigns_finished_when_final check ((status in ('completed', 'canceled')) = (finished_at is not null)),
  constraint campaigns_started_at_range check (
    started_at >= '2020-01-01 00:00+00' and started_at < '2100-01-01 00:00+00'),
  constraint campaigns_finished_at_range check (
    finished_at >= '2020-01-01 00:00+00' and finished_at < '2100-01-01 00:00+00')
);

comment on table public.campaigns is
  'Outbound calling campaigns of a phone number. Admins and owners create and edit them and delete those not under '
  'way (draft, completed, canceled); members read them. Status changes only through schedule_campaign, '
  'pause_campaign, resume_campaign and cancel_campaign (admins) and the dialer''s functions; see the type '
  'campaign_status for the steps. A finished (completed or canceled) campaign no longer changes.';
comment on column public.campaigns.caller_id is 'The number the called contacts see, E.164.';
comment on column public.campaigns.window_start is
  'Daily start of dialing, local wall-clock time of the phone''s time zone, whole minutes.';
comment on column public.campaigns.window_end is
  'Daily end of dialing (exclusive), after window_start on the same day; 24:00 for the end of the day.';
comment on column public.campaigns.window_days is
  'Weekdays the campaign dials, 0 = Sunday ... 6 = Saturday; null for every day.';
comment on column public.campaigns.starts_on is 'First local date the campaign dials; null for at once.';
comment on column public.campaigns.ends_on is 'Last local date the campaign dials (inclusive); null for no end.';
comment on column public.campaigns.max_concurrent is
  'Most contacts dialing at once (1 to 1000). The hand-out also keeps the phone within its max_concurrent_calls, '
  'so the lower of both applies.';
comment on column public.campaigns.retry_delay_minutes is 'How long a contact waits after an unanswered call before the next attempt.';
comment on column public.campaigns.created_by is 'The member who created the campaign (null once that user is deleted, or when made by the service role).';
comment on column public.campaigns.started_at is 'When the campaign first handed out a contact.';
comment on column public.campaigns.finished_at is 'When it was completed or canceled.';

create index campaigns_created_by_idx on public.campaigns (created_by);

-- The status lifecycle.
create function private.check_campaign_status()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.status is distinct from old.status then
    if (old.status, new.status) not in (
         ('draft'::public.campaign_status, 'scheduled'::public.campaign_status), ('draft', 'canceled'),
         ('scheduled', 'running'), ('scheduled', 'canceled'),
         ('running', 'paused'), ('running', 'completed'), ('running', 'canceled'),
         ('paused', 'running'), ('paused', 'completed'), ('paused', 'canceled')) then
      raise exception 'campaign % cannot change status from % to %', old.id, old.status, new.status
        using errcode = 'check_violation',
              constraint = 'campaigns_status_transition',
              hint = 'Allowed: draft -> scheduled -> running <-> paused -> completed, and canceled from any state before completed.';
    end if;
  elsif tg_op = 'UPDATE' and old.status in ('completed', 'canceled') then
    raise exception 'campaign % is % and no longer changes', old.id, old.status
      using errcode = 'object_not_in_prerequisite_state',
            hint = 'Create a new campaign.';
  end if;
  if new.status in ('running', 'paused', 'completed') and new.started_at is null then
    new.started_at := pg_catalog.now();
  end if;
  if new.status in ('completed', 'canceled') and new.finished_at is null then
    new.finished_at := pg_catalog.now();
  end if;
  return new;
end;
$$;
comment on function private.check_campaign_status() is
  'BEFORE INSERT/UPDATE trigger on campaigns: refuses a status change that is not an allowed step (SQLSTATE 23514, '
  'constraint campaigns_status_transition, naming both states) and any change to a completed or canceled campaign '
  '(55000); fills started_at on the first step under way and finished_at on the last.';
revoke all on function private.check_campaign_status() from public, anon, authenticated;

create trigger check_campaign_status
  before insert or update on public.campaigns
  for each row execute function private.check_campaign_status();
create trigger set_updated_at
  before update on public.campaigns
  for each row execute function private.set_updated_at();

alter table public.campaigns enable row level security;
revoke all on public.campaigns from anon, authenticated;
grant select, delete on public.campaigns to authenticated;
grant insert (phone_id, name, caller_id, window_start, window_end, window_days, starts_on, ends_on,
              max_concurrent, retry_delay_minutes) on public.campaigns to authenticated;
grant update (name, caller_id, window_start, window_end, window_days, starts_on, ends_on,
              max_concurrent, retry_delay_minutes) on public.campaigns to authenticated;
grant all on public.campaigns to service_role;

create policy "members read their campaigns"
  on public.campaigns for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their campaigns" on public.campaigns is
  'Members of any level read the campaigns of their phone numbers.';
create policy "admins add campaigns"
  on public.campaigns for insert to authenticated
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins add campaigns" on public.campaigns is
  'Admins and owners create campaigns (as drafts: status is not theirs to set).';
create policy "admins change campaigns"
  on public.campaigns for update to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]))
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins change campaigns" on public.campaigns is
  'Admins and owners edit a campaign''s settings (column privileges leave status to the functions).';
create policy "admins delete campaigns not under way"
  on public.campaigns for delete to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[])
         and status in ('draft', 'completed', 'canceled'));
comment on policy "admins delete campaigns not under way" on public.campaigns is
  'Admins and owners delete draft, completed and canceled campaigns with their contacts; a scheduled, running or '
  'paused one is canceled first.';

-- campaign_contacts ------------------------------------------------------------------

create table public.campaign_contacts (
  phone_id text not null,
  campaign_id uuid not null,
  id uuid not null default gen_random_uuid(),
  number text not null
    constraint campaign_contacts_number_e164 check (number ~ '^\+[1-9][0-9]{6,14}$'),
  status public.campaign_contact_status not null default 'pending',
  attempts integer not null default 0,
  max_attempts integer not null default 3
    constraint campaign_contacts_max_attempts_range check (max_attempts between 1 and 10),
  next_attempt_at timestamptz default now()
    constraint campaign_contacts_next_attempt_at_range check (
      next_attempt_at >= '2020-01-01 00:00+00' and next_attempt_at < '2100-01-01 00:00+00'),
  claimed_at timestamptz
    constraint campaign_contacts_claimed_at_range check (
      claimed_at >= '2020-01-01 00:00+00' and claimed_at < '2100-01-01 00:00+00'),
  claimed_by text
    constraint campaign_contacts_claimed_by_format check (claimed_by ~ '^[A-Za-z0-9_.:-]{1,128}$'),
  finished_at timestamptz
    constraint campaign_contacts_finished_at_range check (finished_at < '2100-01-01 00:00+00'),
  last_call_sid text
    constraint campaign_contacts_last_call_sid_format check (last_call_sid ~ '^[A-Za-z0-9_-]{1,64}$'),
  last_outcome public.campaign_call_outcome,
  created_at timestamptz not null default now()
    constraint campaign_contacts_created_at_range check (
      created_at >= '2020-01-01 00:00+00' and created_at < '2100-01-01 00:00+00'),
  updated_at timestamptz not null default now()
    constraint campaign_contacts_updated_at_range check (
      updated_at >= '2020-01-01 00:00+00' and updated_at < '2100-01-01 00:00+00'),
  constraint campaign_contacts_pkey primary key (phone_id, id),
  constraint campaign_contacts_number_key unique (phone_id, campaign_id, number),
  constraint campaign_contacts_campaign_fkey foreign key (phone_id, campaign_id)
    references public.campaigns (phone_id, id) on delete cascade,
  constraint campaign_contacts_attempts_range check (attempts between 0 and max_attempts),
  constraint campaign_contacts_next_attempt_when_pending check ((status = 'pending') = (next_attempt_at is not null)),
  constraint campaign_contacts_claimed_when_dialing check (status <> 'dialing' or claimed_at is not null),
  constraint campaign_contacts_finished_after_claimed check (finished_at >= claimed_at)
);

comment on table public.campaign_contacts is
  'The numbers a campaign calls, one row per number and campaign. Admins and owners add them with '
  'import_campaign_contacts; the dialer (service role) takes them with claim_campaign_contacts and reports each '
  'call with finish_campaign_contact. Members read them.';
comment on column public.campaign_contacts.number is 'The number to call, E.164; once per campaign.';
comment on column public.campaign_contacts.attempts is 'Calls handed out so far (counted at hand-out), at most max_attempts.';
comment on column public.campaign_contacts.max_attempts is 'Most calls to this contact (1 to 10), set at import.';
comment on column public.campaign_contacts.next_attempt_at is
  'When a pending contact may be dialed (at once after import; retry_delay_minutes after an unanswered call); null '
  'unless pending.';
comment on column public.campaign_contacts.claimed_at is 'When the current or last attempt was handed out.';
comment on column public.campaign_contacts.claimed_by is 'Which dialer took the current or last attempt, for operators.';
comment on column public.campaign_contacts.finished_at is 'When the last attempt''s outcome was reported.';
comment on column public.campaign_contacts.last_call_sid is 'The provider''s call id of the last attempt.';
comment on column public.campaign_contacts.last_outcome is 'What the last attempt came to.';

-- The hand-out: a campaign's pending contacts that are due, in order.
create index campaign_contacts_due_idx on public.campaign_contacts (phone_id, campaign_id, next_attempt_at, id)
  where status = 'pending';
-- What is in flight, per campaign and (by its prefix) per phone; the stale-claim sweep.
create index campaign_contacts_dialing_idx on public.campaign_contacts (phone_id, campaign_id)
  where status = 'dialing';
-- Progress: a campaign's contacts counted by status, from the index alone.
create index campaign_contacts_progress_idx on public.campaign_contacts (phone_id, campaign_id, status);

create trigger set_updated_at
  before update on public.campaign_contacts
  for each row execute function private.set_updated_at();

alter table public.campaign_contacts enable row level security;
revoke all on public.campaign_contacts from anon, authenticated;
grant select on public.campaign_contacts to authenticated;
grant all on public.campaign_contacts to service_role;

create policy "members read their campaign contacts"
  on public.campaign_contacts for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their campaign contacts" on public.campaign_contacts is
  'Members of any level read the contacts of their phone numbers'' campaigns (they read callers'' numbers too).';

-- Admins: import, schedule, pause, resume, cancel ---------------------------------------

-- The campaign's row, locked: of everything that changes a campaign or its
-- contacts, one at a time.
create function private.lock_campaign(phone_id text, campaign_id uuid)
returns public.campaigns
language plpgsql
volatile
set search_path = ''
as $$
declare
  c public.campaigns;
begin
  select * into c from public.campaigns k
   where k.phone_id = lock_campaign.phone_id and k.id = lock_campaign.campaign_id
     for no key update;
  if not found then
    raise exception 'no campaign % on phone number %', lock_campaign.campaign_id, lock_campaign.phone_id
      using errcode = 'no_data_found';
  end if;
  return c;
end;
$$;
comment on function private.lock_campaign(text, uuid) is
  'Locks the campaign''s row (FOR NO KEY UPDATE) and returns it; P0002 when there is none. Hand-outs, finishes, '
  'imports and status changes of one campaign take turns on it.';
revoke all on function private.lock_campaign(text, uuid) from public, anon, authenticated;
grant execute on function private.lock_campaign(text, uuid) to service_role;

create function private.import_campaign_contacts(phone_id text, campaign_id uuid, numbers text[], max_attempts integer)
returns table (submitted integer, imported integer, duplicates integer)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  c public.campaigns;
begin
  perform private.require_role(import_campaign_contacts.phone_id, 'admin', 'import campaign contacts');
  submitted := coalesce(pg_catalog.cardinality(numbers), 0);
  if submitted > 10000 then
    raise exception 'at most 10000 numbers per import, got %', submitted
      using errcode = 'program_limit_exceeded', hint = 'Import a longer list in several calls.';
  end if;
  c := private.lock_campaign(import_campaign_contacts.phone_id, import_campaign_contacts.campaign_id);
  if c.status in ('completed', 'canceled') then
    raise exception 'campaign % is %: no contacts can be added', c.id, c.status
      using errcode = 'object_not_in_prerequisite_state';
  end if;
  insert into public.campaign_contacts (phone_id, campaign_id, number, max_attempts)
  select c.phone_id, c.id, u.number, import_campaign_contacts.max_attempts
    from pg_catalog.unnest(numbers) with ordinality as u(number, n)
   order by u.n
  on conflict on constraint campaign_contacts_number_key do nothing;
  get diagnostics imported = row_count;
  duplicates := submitted - imported;
  return next;
end;
$$;
comment on function private.import_campaign_contacts(text, uuid, text[], integer) is
  'Behind public.import_campaign_contacts. SECURITY DEFINER because no API role writes contacts (their status and '
  'attempts are the dialer''s). Checks the caller itself: owners and admins of the phone number only.';

-- One status step of a campaign for its admins; a step to where it already is
-- changes nothing (two admins pressing pause).
create function private.set_campaign_status(phone_id text, campaign_id uuid, status public.campaign_status, action text)
returns public.campaigns
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  c public.campaigns;
begin
  perform private.require_role(set_campaign_status.phone_id, 'admin', set_campaign_status.action);
  c := private.lock_campaign(set_campaign_status.phone_id, set_campaign_status.campaign_id);
  if c.status = set_campaign_status.status then
    return c;
  end if;
  -- Only the dialer starts a scheduled campaign, inside its window.
  if set_campaign_status.status = 'running' and c.status <> 'paused' then
    raise exception 'campaign % is %, not paused: only a paused campaign is resumed', c.id, c.status
      using errcode = 'object_not_in_prerequisite_state';
  end if;
  if set_campaign_status.status = 'scheduled'
     and (select pg_catalog.min(k.next_attempt_at) from public.campaign_contacts k
           where k.phone_id = c.phone_id and k.campaign_id = c.id and k.status = 'pending') is null then
    raise exception 'campaign % has no contacts to dial', c.id
      using errcode = 'object_not_in_prerequisite_state', hint = 'Import contacts first (import_campaign_contacts).';
  end if;
  update public.campaigns k set status = set_campaign_status.status
   where k.phone_id = c.phone_id and k.id = c.id
  returning * into c;
  if set_campaign_status.status = 'canceled' then
    -- Never dialed now: the campaign's pending contacts. Those dialing finish as reported.
    update public.campaign_contacts k set status = 'skipped', next_attempt_at = null
     where k.phone_id = c.phone_id and k.campaign_id = c.id and k.status = 'pending';
  end if;
  return c;
end;
$$;
comment on function private.set_campaign_status(text, uuid, public.campaign_status, text) is
  'Behind public.schedule_campaign, pause_campaign, resume_campaign and cancel_campaign. SECURITY DEFINER because '
  'members hold no UPDATE on status and no API role writes contacts (canceling skips the pending ones). Checks the '
  'caller itself: owners and admins only. A step the lifecycle does not allow is refused by the trigger '
  'check_campaign_status, naming it.';

revoke all on function private.import_campaign_contacts(text, uuid, text[], integer) from public, anon;
revoke all on function private.set_campaign_status(text, uuid, public.campaign_status, text) from public, anon;
grant execute on function private.import_campaign_contacts(text, uuid, text[], integer) to authenticated;
grant execute on function private.set_campaign_status(text, uuid, public.campaign_status, text) to authenticated;

create function public.import_campaign_contacts(phone_id text, campaign_id uuid, numbers text[], max_attempts integer default 3)
returns table (submitted integer, imported integer, duplicates integer)
language sql
volatile
set search_path = ''
as $$
  select * from private.import_campaign_contacts(phone_id, campaign_id, numbers, max_attempts)
$$;
comment on function public.import_campaign_contacts(text, uuid, text[], integer) is
  'Adds numbers (E.164, at most 10,000 per call) to a campaign that is not finished, each with max_attempts '
  '(default 3), and returns how many were submitted, imported, and skipped as duplicates (already in the campaign '
  'or repeated in the list). A malformed number refuses the whole list (23514, campaign_contacts_number_e164). '
  'Owners and admins.';

create function public.schedule_campaign(phone_id text, campaign_id uuid)
returns public.campaigns
language sql
volatile
set search_path = ''
as $$
  select * from private.set_campaign_status(phone_id, campaign_id, 'scheduled', 'schedule campaigns')
$$;
comment on function public.schedule_campaign(text, uuid) is
  'Arms a draft campaign that has contacts: the dialer starts it (running) at its first hand-out inside the window. '
  'Owners and admins; returns the campaign.';

create function public.pause_campaign(phone_id text, campaign_id uuid)
returns public.campaigns
language sql
volatile
set search_path = ''
as $$
  select * from private.set_campaign_status(phone_id, campaign_id, 'paused', 'pause campaigns')
$$;
comment on function public.pause_campaign(text, uuid) is
  'Pauses a running campaign: once this returns, no contact is handed out until it is resumed (contacts already '
  'dialing finish). Pausing a paused campaign changes nothing. Owners and admins; returns the campaign.';

create function public.resume_campaign(phone_id text, campaign_id uuid)
returns public.campaigns
language sql
volatile
set search_path = ''
as $$
  select * from private.set_campaign_status(phone_id, campaign_id, 'running', 'resume campaigns')
$$;
comment on function public.resume_campaign(text, uuid) is
  'Resumes a paused campaign where it stopped: the pending contacts it had not dialed, and the retries as they come '
  'due. Resuming a running campaign changes nothing. Owners and admins; returns the campaign.';

create function public.cancel_campaign(phone_id text, campaign_id uuid)
returns public.campaigns
language sql
volatile
set search_path = ''
as $$
  select * from private.set_campaign_status(phone_id, campaign_id, 'canceled', 'cancel campaigns')
$$;
comment on function public.cancel_campaign(text, uuid) is
  'Cancels a campaign that is not completed, for good: its pending contacts are skipped, those dialing finish as '
  'reported. Canceling a canceled campaign changes nothing. Owners and admins; returns the campaign.';

revoke all on function public.import_campaign_contacts(text, uuid, text[], integer) from public, anon;
revoke all on function public.schedule_campaign(text, uuid) from public, anon;
revoke all on function public.pause_campaign(text, uuid) from public, anon;
revoke all on function public.resume_campaign(text, uuid) from public, anon;
revoke all on function public.cancel_campaign(text, uuid) from public, anon;
grant execute on function public.import_campaign_contacts(text, uuid, text[], integer) to authenticated;
grant execute on function public.schedule_campaign(text, uuid) to authenticated;
grant execute on function public.pause_campaign(text, uuid) to authenticated;
grant execute on function public.resume_campaign(text, uuid) to authenticated;
grant execute on function public.cancel_campaign(text, uuid) to authenticated;

-- Progress ---------------------------------------------------------------------------

create function public.campaign_progress(phone_id text, campaign_ids uuid[] default null)
returns table (campaign_id uuid, pending bigint, dialing bigint, completed bigint, failed bigint, skipped bigint, total bigint)
language sql
stable
set search_path = ''
as $$
  select c.id,
         pg_catalog.count(k.status) filter (where k.status = 'pending'),
         pg_catalog.count(k.status) filter (where k.status = 'dialing'),
         pg_catalog.count(k.status) filter (where k.status = 'completed'),
         pg_catalog.count(k.status) filter (where k.status = 'failed'),
         pg_catalog.count(k.status) filter (where k.status = 'skipped'),
         pg_catalog.count(k.status)
    from public.campaigns c
    left join public.campaign_contacts k on k.phone_id = c.phone_id and k.campaign_id = c.id
   where c.phone_id = campaign_progress.phone_id
     and (campaign_progress.campaign_ids is null or c.id = any (campaign_progress.campaign_ids))
   group by c.id
   order by c.id
$$;
comment on function public.campaign_progress(text, uuid[]) is
  'Per campaign of phone_id (or of campaign_ids among them), how many contacts are pending, dialing, completed, '
  'failed and skipped, and in all; a campaign without contacts has zeros. Counted from '
  'campaign_contacts_progress_idx. Invoker: row level security decides what a caller sees.';
revoke all on function public.campaign_progress(text, uuid[]) from public, anon;
grant execute on function public.campaign_progress(text, uuid[]) to authenticated, service_role;

-- The dialer (service role) ----------------------------------------------------------

create function public.claim_campaign_contacts(phone_id text, campaign_id uuid, n integer default 1, worker text default null)
returns setof public.campaign_contacts
language plpgsql
volatile
set search_path = ''
as $$
declare
  c public.campaigns;
  tz text;
  max_calls integer;
  dialing_campaign integer;
  next_due timestamptz;
  allowed integer;
begin
  if pg_catalog.current_setting('transaction_isolation') <> 'read committed' then
    raise exception 'claim_campaign_contacts needs a READ COMMITTED transaction, not %',
      pg_catalog.current_setting('transaction_isolation')
      using errcode = 'invalid_transaction_state';
  end if;
  if n is null or n not between 1 and 1000 then
    raise exception 'n must be 1 to 1000, got %', coalesce(n::text, 'null') using errcode = 'invalid_parameter_value';
  end if;

  -- Hand-outs of this campaign take turns here; a pause waits for this one
  -- and every later one sees it.
  c := private.lock_campaign(claim_campaign_contacts.phone_id, claim_campaign_contacts.campaign_id);
  if c.status not in ('scheduled', 'running') then
    return;
  end if;
  select p.timezone into tz from public.phone_numbers p where p.id = c.phone_id;
  if not private.campaign_window_includes(c.window_start, c.window_end, c.window_days, c.starts_on, c.ends_on,
                                          pg_catalog.now() at time zone tz)
     or not public.is_open(c.phone_id, pg_catalog.now()) then
    return;
  end if;
  -- The campaign's own limit and work: only this campaign's hand-outs add
  -- to them, and they take turns above; finishes only lower them.
  select pg_catalog.count(*) into dialing_campaign
    from public.campaign_contacts k where k.phone_id = c.phone_id and k.campaign_id = c.id and k.status = 'dialing';
  select pg_catalog.min(k.next_attempt_at) into next_due
    from public.campaign_contacts k where k.phone_id = c.phone_id and k.campaign_id = c.id and k.status = 'pending';
  if dialing_campaign >= c.max_concurrent or not next_due <= pg_catalog.now() then
    return;
  end if;

  -- Then the phone's limit: with the hand-outs of its other campaigns and
  -- claim_call_slot, which take turns on the phone number's row. Counted
  -- after the lock, each count in a snapshot of its own: every hand-out and
  -- admitted call before this one is seen.
  select p.max_concurrent_calls into max_calls
    from public.phone_numbers p where p.id = c.phone_id
     for no key update;
  allowed := least(n, c.max_concurrent - dialing_campaign, max_calls - private.calls_in_progress(c.phone_id));
  if allowed <= 0 then
    return;
  end if;

  if c.status = 'scheduled' then
    update public.campaigns k set status = 'running' where k.phone_id = c.phone_id and k.id = c.id;
  end if;

  return query
  with picked as (
    select k.phone_id, k.id
      from public.campaign_contacts k
     where k.phone_id = c.phone_id and k.campaign_id = c.id
       and k.status = 'pending' and k.next_attempt_at <= pg_catalog.now()
     order by k.next_attempt_at, k.id
     limit allowed
       for update skip locked)
  update public.campaign_contacts k
     set status = 'dialing', attempts = k.attempts + 1, next_attempt_at = null,
         claimed_at = pg_catalog.now(), claimed_by = claim_campaign_contacts.worker
    from picked
   where k.phone_id = picked.phone_id and k.id = picked.id and k.status = 'pending'
  returning k.*;
end;
$$;
comment on function public.claim_campaign_contacts(text, uuid, integer, text) is
  'The dialer''s work: up to n (1 to 1000) due pending contacts of the campaign, now dialing (attempts counted, '
  'claimed_by = worker), oldest due first. Nothing unless the campaign is running (a scheduled one starts here), '
  'now is inside its window in the phone''s time zone and the business is open (is_open), and never more than '
  'max_concurrent of the campaign dialing nor more than the phone''s max_concurrent_calls in progress (live calls '
  'and dialing contacts of all its campaigns). Concurrent dialers never get the same contact. P0002 for an unknown '
  'campaign. Service role; READ COMMITTED transactions only.';

create function public.finish_campaign_contact(phone_id text, contact_id uuid, outcome public.campaign_call_outcome,
                                               call_sid text default null)
returns public.campaign_contacts
language plpgsql
volatile
set search_path = ''
as $$
declare
  contact public.campaign_contacts;
  c public.campaigns;
  next_status public.campaign_contact_status;
begin
  if pg_catalog.current_setting('transaction_isolation') <> 'read committed' then
    raise exception 'finish_campaign_contact needs a READ COMMITTED transaction, not %',
      pg_catalog.current_setting('transaction_isolation')
      using errcode = 'invalid_transaction_state';
  end if;
  if outcome is null then
    raise exception 'an outcome is required' using errcode = 'null_value_not_allowed';
  end if;
  select * into contact from public.campaign_contacts k
   where k.phone_id = finish_campaign_contact.phone_id and k.id = finish_campaign_contact.contact_id;
  if not found then
    raise exception 'no campaign contact % on phone number %', contact_id, finish_campaign_contact.phone_id
      using errcode = 'no_data_found';
  end if;
  -- With every other finish and hand-out of the campaign: the last finish
  -- sees all the others and completes it.
  c := private.lock_campaign(contact.phone_id, contact.campaign_id);
  select * into contact from public.campaign_contacts k
   where k.phone_id = contact.phone_id and k.id = contact.id
     for update;
  if contact.status <> 'dialing' then
    if contact.last_call_sid is not distinct from finish_campaign_contact.call_sid
       and contact.last_outcome is not distinct from finish_campaign_contact.outcome then
      return contact;  -- a retried report of the same call
    end if;
    raise exception 'campaign contact % is %, not dialing', contact.id, contact.status
      using errcode = 'object_not_in_prerequisite_state',
            hint = 'Its attempt was released after an hour without a report, or reported already.';
  end if;

  next_status := case
    when outcome in ('answered', 'voicemail') then 'completed'
    when outcome = 'invalid_number' or contact.attempts >= contact.max_attempts then 'failed'
    when c.status = 'canceled' then 'skipped'
    else 'pending' end;
  update public.campaign_contacts k
     set status = next_status,
         next_attempt_at = case when next_status = 'pending'
                                then pg_catalog.now() + pg_catalog.make_interval(mins => c.retry_delay_minutes) end,
         finished_at = pg_catalog.now(),
         last_call_sid = finish_campaign_contact.call_sid,
         last_outcome = finish_campaign_contact.outcome
   where k.phone_id = contact.phone_id and k.id = contact.id
  returning * into contact;

  update public.campaigns k set status = 'completed'
   where k.phone_id = c.phone_id and k.id = c.id and k.status in ('running', 'paused')
     and not exists (select from public.campaign_contacts x
                      where x.phone_id = c.phone_id and x.campaign_id = c.id and x.status = 'dialing')
     and (select pg_catalog.min(x.next_attempt_at) from public.campaign_contacts x
                     where x.phone_id = c.phone_id and x.campaign_id = c.id and x.status = 'pending') is null;
  return contact;
end;
$$;
comment on function public.finish_campaign_contact(text, uuid, public.campaign_call_outcome, text) is
  'Records the outcome and call_sid of a dialing contact''s call: answered or voicemail complete it; invalid_number, '
  'or no attempt left, fail it; otherwise it is pending again after the campaign''s retry_delay_minutes (skipped '
  'if the campaign was canceled). When no contact of the campaign is left pending or dialing, the campaign is '
  'completed. Returns the contact; a repeat of the same report returns it unchanged; 55000 for a contact not '
  'dialing, P0002 for an unknown one. Service role; READ COMMITTED transactions only.';

revoke all on function public.claim_campaign_contacts(text, uuid, integer, text) from public, anon, authenticated;
revoke all on function public.finish_campaign_contact(text, uuid, public.campaign_call_outcome, text) from public, anon, authenticated;
grant execute on function public.claim_campaign_contacts(text, uuid, integer, text) to service_role;
grant execute on function public.finish_campaign_contact(text, uuid, public.campaign_call_outcome, text) to service_role;

-- Stale claims -------------------------------------------------------------------------

create function private.release_stale_campaign_contacts(max_age interval default '1 hour')
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
  released integer := 0;
  n integer;
  stale record;
begin
  for stale in
    select distinct k.phone_id, k.campaign_id from public.campaign_contacts k
     where k.status = 'dialing' and k.claimed_at < pg_catalog.now() - max_age
  loop
    perform private.lock_campaign(stale.phone_id, stale.campaign_id);
    update public.campaign_contacts k
       set status = case when k.attempts >= k.max_attempts then 'failed' else 'pending' end::public.campaign_contact_status,
           next_attempt_at = case when k.attempts < k.max_attempts then pg_catalog.now() end,
           finished_at = pg_catalog.now(), last_outcome = 'failed', last_call_sid = null
     where k.phone_id = stale.phone_id and k.campaign_id = stale.campaign_id
       and k.status = 'dialing' and k.claimed_at < pg_catalog.now() - max_age;
    get diagnostics n = row_count;
    released := released + n;
    update public.campaigns c set status = 'completed'
     where c.phone_id = stale.phone_id and c.id = stale.campaign_id and c.status in ('running', 'paused')
       and not exists (select from public.campaign_contacts x
                        where x.phone_id = c.phone_id and x.campaign_id = c.id and x.status = 'dialing')
       and (select pg_catalog.min(x.next_attempt_at) from public.campaign_contacts x
                       where x.phone_id = c.phone_id and x.campaign_id = c.id and x.status = 'pending') is null;
  end loop;
  return released;
end;
$$;
comment on function private.release_stale_campaign_contacts(interval) is
  'Contacts dialing for longer than max_age (default an hour) without a report, their dialer presumably gone: '
  'pending again at once when they have attempts left, failed otherwise (last_outcome failed), completing a '
  'campaign left with nothing to dial. Returns how many it released. pg_cron runs it every minute.';
revoke all on function private.release_stale_campaign_contacts(interval) from public, anon, authenticated;

select cron.schedule('release-stale-campaign-contacts', '* * * * *', $$select private.release_stale_campaign_contacts()$$);

-- Calls in progress count campaign calls ----------------------------------------------

-- As in 20261129172000_live_calls.sql, with the phone's dialing campaign
-- contacts counted as calls in progress: claim_call_slot and
-- claim_campaign_contacts both count with it.
create or replace function private.calls_in_progress(phone_id text)
returns integer
language sql
stable
set search_path = ''
as $$
  select ((select pg_catalog.count(*) from public.live_calls l where l.phone_id = calls_in_progress.phone_id)
        + (select pg_catalog.count(*) from public.campaign_contacts k
            where k.phone_id = calls_in_progress.phone_id and k.status = 'dialing'))::integer
$$;
comment on function private.calls_in_progress(text) is
  'How many calls phone_id has in progress, the number its max_concurrent_calls limits: its live calls and its '
  'dialing campaign contacts. claim_call_slot and claim_campaign_contacts count with it after taking the phone''s row.';
comment on function public.claim_call_slot(text, text, text) is
  'Admits call_sid on phone_id if the phone has fewer calls in progress (live calls and dialing campaign contacts) '
  'than its max_concurrent_calls, and returns its live_calls row; refuses with 53400 when it is full, P0002 for an '
  'unknown phone. A retry for a call already admitted admits it again. Service role; READ COMMITTED transactions '
  'only.';
