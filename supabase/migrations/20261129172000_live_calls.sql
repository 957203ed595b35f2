-- Live calls and the per-tenant concurrency limit.
--
-- The telephony backend admits a call only while its phone number has a free
-- slot: claim_call_slot when the call comes in (or before an outbound call is
-- dialled), heartbeat_call_slot every few seconds while it lasts,
-- release_call_slot when it ends. A worker that crashes stops sending
-- heartbeats; private.reap_call_slots (pg_cron, every minute: the cron syntax
-- every pg_cron version reads) frees slots silent for 90 seconds and marks
-- their calls failed with ended_reason heartbeat_lost.
--
--   the limit        phone_numbers.max_concurrent_calls, set by the service
--                    role (members hold no UPDATE on it)
--   admission        claims of one phone number take turns on its
--                    phone_numbers row (FOR NO KEY UPDATE, which owners'
--                    edits of the number's names also take, briefly); each
--                    then counts the live calls it sees committed. That
--                    needs READ COMMITTED (PostgREST's, and the default):
--                    under a snapshot taken before the lock, the count could
--                    miss a call admitted meanwhile, so other levels are
--                    refused
--   idempotent       a claim retried for a call already admitted admits it
--                    again (and counts as a heartbeat); releasing or beating
--                    for a slot that is gone returns false, which tells a
--                    worker its call was reaped
--
-- live_calls is small and hot (at most the limit per phone), so members read
-- it for the dashboard, and Realtime streams its changes (publication
-- supabase_realtime; Realtime applies the select policy per subscriber).
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.phone_numbers add column max_concurrent_calls integer not null default 5;
-- Validated by 20261129172100_live_calls_validate.sql.
alter table public.phone_numbers add constraint phone_numbers_max_concurrent_calls_range
  check (max_concurrent_calls between 1 and 1000) not valid;
comment on column public.phone_numbers.max_concurrent_calls is
  'How many calls the phone number may have in progress at once (1 to 1000); claim_call_slot refuses more. '
  'Set by the service role (the plan the business pays for).';

create table public.live_calls (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  call_sid text not null
    constraint live_calls_call_sid_format check (call_sid ~ '^[A-Za-z0-9_-]{1,64}$'),
  worker text
    constraint live_calls_worker_format check (worker ~ '^[A-Za-z0-9_.:-]{1,128}$'),
  claimed_at timestamptz not null default now(),
  heartbeat_at timestamptz not null default now(),
  constraint live_calls_pkey primary key (phone_id, call_sid),
  constraint live_calls_heartbeat_after_claim check (heartbeat_at >= claimed_at)
);
comment on table public.live_calls is
  'The calls in progress, one row per admitted call, at most phone_numbers.max_concurrent_calls per phone. '
  'Written only through claim_call_slot, heartbeat_call_slot and release_call_slot (service role) and the '
  'reaper; members read their phones'' rows (the live dashboard, also over Realtime).';
comment on column public.live_calls.call_sid is 'The provider''s call id; the call''s row in calls may not exist yet.';
comment on column public.live_calls.worker is 'Which telephony worker holds the call, for operators.';
comment on column public.live_calls.heartbeat_at is 'The worker''s last sign of life; silent for 90 seconds, the slot is reaped.';

-- The reaper's scan.
create index live_calls_heartbeat_idx on public.live_calls (heartbeat_at);

alter table public.live_calls enable row level security;
revoke all on public.live_calls from anon, authenticated;
grant select on public.live_calls to authenticated;
grant all on public.live_calls to service_role;

create policy "members read their live calls"
  on public.live_calls for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their live calls" on public.live_calls is
  'Members of any level see the calls in progress on their phone numbers.';

alter publication supabase_realtime add table public.live_calls;

-- Claiming, beating, releasing (the service role) ------------------------------------

create function private.calls_in_progress(phone_id text)
returns integer
language sql
stable
set search_path = ''
as $$
  select pg_catalog.count(*)::integer from public.live_calls l where l.phone_id = calls_in_progress.phone_id
$$;
comment on function private.calls_in_progress(text) is
  'How many calls phone_id has in progress, the number its max_concurrent_calls limits: its live calls. '
  'claim_call_slot counts with it after taking the phone''s row.';
revoke all on function private.calls_in_progress(text) from public, anon, authenticated;
grant execute on function private.calls_in_progress(text) to service_role;

create function public.claim_call_slot(phone_id text, call_sid text, worker text default null)
returns public.live_calls
language plpgsql
volatile
set search_path = ''
as $$
declare
  max_calls integer;
  slot public.live_calls;
begin
  if pg_catalog.current_setting('transaction_isolation') <> 'read committed' then
    raise exception 'claim_call_slot needs a READ COMMITTED transaction, not %',
      pg_catalog.current_setting('transaction_isolation')
      using errcode = 'invalid_transaction_state';
  end if;
  -- Claims of one phone number take turns here.
  select p.max_concurrent_calls into max_calls
    from public.phone_numbers p where p.id = claim_call_slot.phone_id
     for no key update;
  if not found then
    raise exception 'no phone number %', claim_call_slot.phone_id using errcode = 'no_data_found';
  end if;

  update public.live_calls l set heartbeat_at = pg_catalog.now(), worker = coalesce(claim_call_slot.worker, l.worker)
   where l.phone_id = claim_call_slot.phone_id and l.call_sid = claim_call_slot.call_sid
  returning * into slot;
  if found then
    return slot;
  end if;

  if private.calls_in_progress(claim_call_slot.phone_id) >= max_calls then
    raise exception 'phone number % has % calls in progress, its limit', claim_call_slot.phone_id, max_calls
      using errcode = 'configuration_limit_exceeded',
            hint = 'Refuse or queue the call; a slot frees when a call ends or its worker stops sending heartbeats.';
  end if;
  insert into public.live_calls (phone_id, call_sid, worker)
  values (claim_call_slot.phone_id, claim_call_slot.call_sid, claim_call_slot.worker)
  returning * into slot;
  return slot;
end;
$$;
comment on function public.claim_call_slot(text, text, text) is
  'Admits call_sid on phone_id if the phone has fewer calls in progress than its max_concurrent_calls, and '
  'returns its live_calls row; refuses with 53400 when it is full, P0002 for an unknown phone. A retry for a '
  'call already admitted admits it again. Service role; READ COMMITTED transactions only.';

create function public.heartbeat_call_slot(phone_id text, call_sid text)
returns boolean
language sql
volatile
set search_path = ''
as $$
  with beat as (
    update public.live_calls l set heartbeat_at = pg_catalog.now()
     where l.phone_id = heartbeat_call_slot.phone_id and l.call_sid = heartbeat_call_slot.call_sid
    returning 1)
  select exists (select from beat)
$$;
comment on function public.heartbeat_call_slot(text, text) is
  'Marks the call''s slot alive; false when the slot is gone (released or reaped: the worker should end the '
  'call). Service role.';

create function public.release_call_slot(phone_id text, call_sid text)
returns boolean
language sql
volatile
set search_path = ''
as $$
  with freed as (
    delete from public.live_calls l
     where l.phone_id = release_call_slot.phone_id and l.call_sid = release_call_slot.call_sid
    returning 1)
  select exists (select from freed)
$$;
comment on function public.release_call_slot(text, text) is
  'Frees the call''s slot; false when it was already free (a retried release). Service role.';

revoke all on function public.claim_call_slot(text, text, text) from public, anon, authenticated;
revoke all on function public.heartbeat_call_slot(text, text) from public, anon, authenticated;
revoke all on function public.release_call_slot(text, text) from public, anon, authenticated;
grant execute on function public.claim_call_slot(text, text, text) to service_role;
grant execute on function public.heartbeat_call_slot(text, text) to service_role;
grant execute on function public.release_call_slot(text, text) to service_role;

-- Reaping -------------------------------------------------------------------------

create function private.reap_call_slots(max_silence interval default '90 seconds')
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
  reaped integer := 0;
  gone record;
begin
  for gone in
    delete from public.live_calls l
     where l.heartbeat_at < pg_catalog.now() - max_silence
    returning l.phone_id, l.call_sid
  loop
    reaped := reaped + 1;
    -- The call, if its row exists and has not ended, failed now: as an event
    -- through ingest_call_event, which merges it like any provider's.
    perform public.ingest_call_event(
      phone_id => c.phone_id, call_sid => c.call_sid, caller_number => c.caller_number,
      occurred_at => pg_catalog.now(), status => 'failed', ended_at => pg_catalog.now(),
      ended_reason => 'heartbeat_lost')
      from public.calls c
     where c.phone_id = gone.phone_id and c.call_sid = gone.call_sid and c.status in ('ringing', 'answered');
  end loop;
  return reaped;
end;
$$;
comment on function private.reap_call_slots(interval) is
  'Frees the slots whose worker has been silent for max_silence (default 90 seconds) and marks their calls '
  'failed with ended_reason heartbeat_lost; returns how many it freed. pg_cron runs it every minute.';
revoke all on function private.reap_call_slots(interval) from public;

select cron.schedule('reap-call-slots', '* * * * *', $$select private.reap_call_slots()$$);
