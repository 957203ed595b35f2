-- calls: one row per phone call answered (or missed) by the AI receptionist.
-- Written by the telephony backend with the service role, one webhook per
-- event (ringing, answered, completed or failed), retried until acknowledged.
-- Members read their phones' calls; admins correct what a person would correct.
set lock_timeout = '5s';
set statement_timeout = '60s';

create type public.call_status as enum ('ringing', 'answered', 'completed', 'failed');
comment on type public.call_status is
  'Lifecycle of a call: ringing -> answered -> completed, or ringing/answered -> failed.';

create table public.calls (
  -- Seed 003 made id alone the key and call_sid globally unique. Both keys
  -- include the tenant here: a foreign key can then never point into another
  -- tenant, and the table can be distributed by phone_id.
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  call_sid text not null,
  caller_number text not null,
  status public.call_status not null default 'ringing',
  duration integer not null default 0,
  answered_at timestamptz,
  ended_at timestamptz,
  recording_url text,
  transcript text,
  ai_summary text,
  -- Milliseconds, not Postgres' microseconds: the call list pages on
  -- (created_at, id), and a cursor that went through a JavaScript Date must
  -- name exactly the row it came from, or calls sharing its millisecond are skipped.
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz not null default now(),
  constraint calls_pkey primary key (phone_id, id),
  -- A webhook retried any number of times upserts one row:
  -- insert ... on conflict (phone_id, call_sid) do update ...
  constraint calls_call_sid_key unique (phone_id, call_sid),
  constraint calls_call_sid_format check (call_sid ~ '^[A-Za-z0-9_-]{1,64}$'),
  constraint calls_caller_number_e164 check (caller_number ~ '^\+[1-9][0-9]{6,14}$'),
  constraint calls_duration_nonnegative check (duration >= 0),
  constraint calls_recording_url_https check (recording_url ~ '^https://'),
  -- Which timestamps each status requires. A call fails either before it is
  -- answered (answered_at null) or after (answered_at set).
  constraint calls_status_timestamps check (
    case status
      when 'ringing' then answered_at is null and ended_at is null
      when 'answered' then answered_at is not null and ended_at is null
      when 'completed' then answered_at is not null and ended_at is not null
      when 'failed' then ended_at is not null
    end
  ),
  constraint calls_ended_after_answered check (ended_at >= answered_at),
  -- duration is the talk time in whole seconds: zero until a call that was
  -- answered has ended, then the answered -> ended span, give or take the
  -- second the telephony provider rounds to.
  constraint calls_duration_matches_times check (
    case
      when answered_at is null or ended_at is null then duration = 0
      -- Out of order: calls_ended_after_answered refuses the row and names why.
      when ended_at < answered_at then true
      else abs(duration - extract(epoch from ended_at - answered_at)) <= 1
    end
  )
);

comment on table public.calls is
  'Phone calls of a phone number. Written by the telephony backend (service role), upserted on '
  '(phone_id, call_sid); members read them, admins correct transcript and ai_summary. A retry of '
  'an earlier event arriving after a later one (answered after completed) would move the status '
  'backwards and is refused: guard the upsert with `where calls.status in (''ringing'', '
  '''answered'') and calls.status < excluded.status` so a stale retry updates nothing.';
comment on column public.calls.call_sid is 'The telephony provider''s id of the call, unique per phone number.';
comment on column public.calls.caller_number is 'The caller''s number in E.164 form.';
comment on column public.calls.status is
  'ringing -> answered -> completed, or ringing/answered -> failed; other changes are refused (trigger check_call_status).';
comment on column public.calls.duration is
  'Talk time in whole seconds, from answered_at to ended_at (within a second); 0 for calls never answered or still in progress.';
comment on column public.calls.answered_at is 'When the receptionist answered; set from now() when a call becomes answered without it.';
comment on column public.calls.ended_at is 'When the call ended (completed or failed); derived when a call ends without it.';
comment on column public.calls.created_at is
  'When the call started ringing, to the millisecond (so a JavaScript Date holds it exactly); the list pages on (created_at, id).';
comment on column public.calls.ai_summary is 'The AI''s summary of the call; admins may correct it.';
comment on column public.calls.transcript is 'Transcript of the call; admins may correct it.';

-- Indexes. Seed 003 proposed eight; each kept here serves a policy, a key or
-- a query the app sends:
--   calls_pkey (phone_id, id)                  the call_metadata foreign key, single-call reads
--   calls_call_sid_key (phone_id, call_sid)    webhook upserts
--   calls_phone_created_idx                    the keyset-paginated call list (created_at, id),
--                                              daily aggregation by date range, the policies'
--                                              phone filter (seed's idx_calls_phone_id and
--                                              idx_calls_created_at are prefixes or worse)
--   calls_phone_caller_idx                     calls by caller number, newest first
--   calls_active_idx (partial)                 calls still ringing or answered
--   calls_created_brin                         the archive's scan for calls created before a
--                                              cutoff: calls is append-mostly in created_at
--                                              order, so a BRIN index of a few pages finds the
--                                              old block ranges (every btree leads with phone_id)
-- Dropped from seed 003: (phone_id, status) and (phone_id, status, created_at):
-- most calls are completed, so a status filter is served as well by
-- calls_phone_created_idx, and every extra index on status is maintained twice
-- per call as it moves through its lifecycle.
create index calls_phone_created_idx on public.calls (phone_id, created_at desc, id desc);
create index calls_phone_caller_idx on public.calls (phone_id, caller_number, created_at desc);
create index calls_active_idx on public.calls (phone_id, created_at desc)
  where status in ('ringing', 'answered');
create index calls_created_brin on public.calls using brin (created_at);

-- Lifecycle -------------------------------------------------------------------

create or replace function private.check_call_status()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.status is distinct from old.status
     and not (old.status, new.status) in (('ringing', 'answered'), ('answered', 'completed'),
                                          ('ringing', 'failed'), ('answered', 'failed')) then
    raise exception 'call % cannot change status from % to %', old.call_sid, old.status, new.status
      using errcode = 'check_violation',
            constraint = 'calls_status_transition',
            hint = 'Allowed: ringing -> answered -> completed, ringing or answered -> failed.';
  end if;

  -- Fill what a new status implies when the webhook did not send it. Only
  -- when the status is set or changes: clearing answered_at or ended_at of a
  -- call later is refused by the constraints, not silently refilled.
  if tg_op = 'UPDATE' and new.status is not distinct from old.status then
    return new;
  end if;
  if new.status = 'answered' and new.answered_at is null then
    new.answered_at := pg_catalog.now();
  elsif new.status = 'completed' and new.answered_at is null then
    -- A call first reported as completed: answered duration seconds before it ended.
    new.answered_at := coalesce(new.ended_at, pg_catalog.now()) - pg_catalog.make_interval(secs => new.duration);
  end if;
  if new.status in ('completed', 'failed') and new.ended_at is null then
    if new.answered_at is not null and new.duration > 0 then
      new.ended_at := new.answered_at + pg_catalog.make_interval(secs => new.duration);
    else
      new.ended_at := greatest(pg_catalog.now(), new.answered_at);
    end if;
  end if;
  -- Derived from the timestamps only when they are in order; otherwise
  -- calls_ended_after_answered names the problem.
  if new.status in ('completed', 'failed') and new.duration = 0 and new.ended_at >= new.answered_at then
    new.duration := round(extract(epoch from new.ended_at - new.answered_at))::integer;
  end if;
  return new;
end;
$$;
comment on function private.check_call_status() is
  'BEFORE INSERT/UPDATE trigger on calls: refuses status changes outside the lifecycle '
  '(SQLSTATE 23514, constraint calls_status_transition, naming both states) and fills '
  'answered_at, ended_at and duration when the status implies them and the webhook left them out.';

create trigger check_call_status
  before insert or update of status, answered_at, ended_at, duration on public.calls
  for each row execute function private.check_call_status();

create trigger set_updated_at
  before update on public.calls
  for each row execute function private.set_updated_at();

-- Row level security ------------------------------------------------------------

alter table public.calls enable row level security;

-- Members never write calls; admins may correct the two columns a person
-- writes. TRUNCATE, REFERENCES and TRIGGER bypass RLS: none for the API roles.
revoke insert, update, delete, truncate, references, trigger on public.calls from anon, authenticated;
grant update (transcript, ai_summary) on public.calls to authenticated;

create policy "members read their calls"
  on public.calls for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their calls" on public.calls is
  'Members of any level read the calls of their phone numbers.';

create policy "admins correct their calls"
  on public.calls for update to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]))
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins correct their calls" on public.calls is
  'Admins and owners correct transcript and ai_summary (column privileges limit the rest).';
-- No insert or delete policy: the telephony backend writes calls with the service role.
