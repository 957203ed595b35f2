-- Hangup data on calls: which way the call went, why it ended, what the
-- provider billed and where it was transferred. The telephony backend reports
-- them through ingest_call_event, like every other fact of a call.
--
--   direction       inbound (the default, every call so far) or outbound
--   ended_reason    why it ended; where events disagree, the later reason in
--                   the type's order wins (a provider's own reason over the
--                   reaper's heartbeat_lost), so the merge stays independent
--                   of the order events arrive in
--   billed_seconds  what the provider billed, cost and currency what it cost
--                   (ISO 4217, given together); the greatest reported wins
--   transferred_to  the E.164 number a transferred call went to
--
-- The columns are nullable or have a constant default, so adding them to the
-- live calls table rewrites nothing; their constraints are added NOT VALID
-- and validated by 20261129171600_call_hangup_data_validate.sql. The archive
-- gets the same columns (private.archive_calls copies columns by name).
set lock_timeout = '5s';
set statement_timeout = '60s';

create type public.call_direction as enum ('inbound', 'outbound');
comment on type public.call_direction is 'Which way a call went: inbound (a caller rang the phone number) or outbound (a campaign or staff dialled out).';

-- In merge order: where two events disagree, the later value wins.
create type public.call_ended_reason as enum (
  'heartbeat_lost', 'error', 'canceled', 'no_answer', 'busy', 'voicemail',
  'caller_hung_up', 'agent_hung_up', 'transferred');
comment on type public.call_ended_reason is
  'Why a call ended. heartbeat_lost: the worker handling it stopped answering and the slot was reaped; error: '
  'the platform failed; canceled: hung up before it was answered; no_answer, busy, voicemail: an outbound call '
  'not taken; caller_hung_up, agent_hung_up: a normal end; transferred: handed to another number. In merge '
  'order: where events disagree, the later value wins.';

alter table public.calls
  add column direction public.call_direction not null default 'inbound',
  add column ended_reason public.call_ended_reason,
  add column billed_seconds integer,
  add column cost numeric(12, 5),
  add column currency text,
  add column transferred_to text;
alter table public.calls
  add constraint calls_billed_seconds_range check (billed_seconds between 0 and 86400) not valid,
  add constraint calls_cost_range check (cost >= 0 and cost < 100000) not valid,
  add constraint calls_currency_format check (currency ~ '^[A-Z]{3}$') not valid,
  add constraint calls_cost_with_currency check ((cost is null) = (currency is null)) not valid,
  add constraint calls_transferred_to_e164 check (transferred_to ~ '^\+[1-9][0-9]{6,14}$') not valid;
comment on column public.calls.direction is 'inbound or outbound.';
comment on column public.calls.ended_reason is 'Why the call ended, as the provider (or the reaper) reported it; null while unknown.';
comment on column public.calls.billed_seconds is 'The seconds the provider billed (0 to 86400).';
comment on column public.calls.cost is 'What the call cost, in currency; reported with it.';
comment on column public.calls.currency is 'ISO 4217 code of cost, e.g. USD.';
comment on column public.calls.transferred_to is 'The E.164 number the call was transferred to.';

alter table private.calls_archive
  add column direction public.call_direction not null default 'inbound',
  add column ended_reason public.call_ended_reason,
  add column billed_seconds integer,
  add column cost numeric(12, 5),
  add column currency text,
  add column transferred_to text;

-- ingest_call_event takes the hangup data. The old signature goes first, so
-- PostgREST and Kysely find one function by this name.
drop function public.ingest_call_event(text, text, text, timestamptz, public.call_status, timestamptz, timestamptz, timestamptz, integer, text, text, text, numeric, jsonb, text[]);

create function public.ingest_call_event(
  phone_id text,
  call_sid text,
  caller_number text,
  occurred_at timestamptz,
  status public.call_status default null,
  started_at timestamptz default null,
  answered_at timestamptz default null,
  ended_at timestamptz default null,
  duration integer default null,
  recording_url text default null,
  transcript text default null,
  ai_summary text default null,
  ai_confidence numeric default null,
  metadata jsonb default null,
  tags text[] default null,
  direction public.call_direction default null,
  ended_reason public.call_ended_reason default null,
  billed_seconds integer default null,
  cost numeric default null,
  currency text default null,
  transferred_to text default null
)
returns public.calls
language plpgsql
set search_path = ''
as $$
#variable_conflict use_column
declare
  -- What this event reports, with the event's own time standing in for the
  -- time its status implies.
  ev_answered timestamptz := coalesce(ingest_call_event.answered_at,
    case when ingest_call_event.status = 'answered' then ingest_call_event.occurred_at end);
  ev_ended timestamptz := coalesce(ingest_call_event.ended_at,
    case when ingest_call_event.status in ('completed', 'failed') then ingest_call_event.occurred_at end);
  -- The latest the call can have started, by this event alone: its own time,
  -- a reported start or answer, and for an ending with a talk time the end
  -- minus that time (so a stand-in answer is never before the start).
  -- Rounded as calls.created_at stores it, so an equal start is no change.
  ev_start timestamptz := least(ingest_call_event.started_at, ingest_call_event.occurred_at, ev_answered,
    ev_ended - pg_catalog.make_interval(secs => coalesce(ingest_call_event.duration, 0)))::timestamptz(3);
  cur public.calls;
  nxt public.calls;
begin
  if ingest_call_event.occurred_at is null or not pg_catalog.isfinite(ingest_call_event.occurred_at) then
    raise exception 'ingest_call_event needs occurred_at, the provider''s finite time of the event'
      using errcode = 'null_value_not_allowed';
  end if;

  -- The first event of a call creates it (the lifecycle trigger fills what
  -- its status implies); any later one merges into it under the row's lock.
  insert into public.calls as c (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at,
                                 duration, recording_url, transcript, ai_summary, ai_confidence,
                                 direction, ended_reason, billed_seconds, cost, currency, transferred_to)
  values (ingest_call_event.phone_id, ingest_call_event.call_sid, ingest_call_event.caller_number,
          coalesce(ingest_call_event.status, 'ringing'), ev_start,
          case when ingest_call_event.status in ('answered', 'completed', 'failed') then ev_answered end,
          case when ingest_call_event.status in ('completed', 'failed') then ev_ended end,
          case when ingest_call_event.status in ('completed', 'failed') then coalesce(ingest_call_event.duration, 0) else 0 end,
          ingest_call_event.recording_url, ingest_call_event.transcript, ingest_call_event.ai_summary,
          ingest_call_event.ai_confidence, coalesce(ingest_call_event.direction, 'inbound'),
          ingest_call_event.ended_reason, ingest_call_event.billed_seconds, ingest_call_event.cost,
          ingest_call_event.currency, ingest_call_event.transferred_to)
  on conflict on constraint calls_call_sid_key do nothing
  returning * into nxt;

  if not found then
    select * into strict cur from public.calls c
     where c.phone_id = ingest_call_event.phone_id and c.call_sid = ingest_call_event.call_sid
       for update;
    nxt := cur;
    if private.is_forward_status_step(cur.status, ingest_call_event.status) then
      nxt.status := ingest_call_event.status;
    end if;
    nxt.created_at := least(cur.created_at, ev_start);
    if nxt.status in ('completed', 'failed') then
      nxt.ended_at := greatest(cur.ended_at, ev_ended);
      nxt.duration := greatest(cur.duration, ingest_call_event.duration);
    end if;
    if nxt.status <> 'ringing' then
      nxt.answered_at := case
        when ev_answered is null then cur.answered_at
        when cur.answered_at is null then ev_answered
        -- The stand-in of a completed call reported without its answer.
        when cur.status = 'completed'
             and cur.answered_at = cur.ended_at - pg_catalog.make_interval(secs => cur.duration) then ev_answered
        else least(cur.answered_at, ev_answered) end;
    end if;
    -- A call that ends without its answer reported: the stand-in, until the answer arrives.
    if nxt.status = 'completed' and nxt.answered_at is null then
      nxt.answered_at := nxt.ended_at - pg_catalog.make_interval(secs => nxt.duration);
    end if;
    -- An ended call's talk time agrees with its times: derived when missing,
    -- and the times win when the reported one is more than a second off.
    -- Only from finite times in order and at most a day apart: any other
    -- times are stored as reported, for the constraints to refuse by name
    -- (an infinite time raised 22008 here, a years-long call 22003).
    if nxt.status in ('completed', 'failed') and pg_catalog.isfinite(nxt.answered_at)
       and pg_catalog.isfinite(nxt.ended_at) then
      if nxt.ended_at >= nxt.answered_at and nxt.ended_at - nxt.answered_at <= interval '1 day' then
        if nxt.duration = 0 or abs(nxt.duration - extract(epoch from nxt.ended_at - nxt.answered_at)) > 1 then
          nxt.duration := round(extract(epoch from nxt.ended_at - nxt.answered_at))::integer;
        end if;
      end if;
    end if;
    nxt.recording_url := coalesce(cur.recording_url, ingest_call_event.recording_url);
    nxt.transcript := coalesce(cur.transcript, ingest_call_event.transcript);
    nxt.ai_summary := coalesce(cur.ai_summary, ingest_call_event.ai_summary);
    nxt.ai_confidence := coalesce(cur.ai_confidence, ingest_call_event.ai_confidence);
    -- Hangup data: where events disagree, the greater value wins (outbound
    -- over inbound, the later reason in call_ended_reason's order, the larger
    -- billed time and cost), so the merge does not depend on their order.
    nxt.direction := greatest(cur.direction, ingest_call_event.direction);
    nxt.ended_reason := greatest(cur.ended_reason, ingest_call_event.ended_reason);
    nxt.billed_seconds := greatest(cur.billed_seconds, ingest_call_event.billed_seconds);
    if ingest_call_event.cost is not null
       and (cur.cost is null or ingest_call_event.cost > cur.cost
            or (ingest_call_event.cost = cur.cost and ingest_call_event.currency > cur.currency)) then
      nxt.cost := ingest_call_event.cost;
      nxt.currency := ingest_call_event.currency;
    end if;
    nxt.transferred_to := coalesce(cur.transferred_to, ingest_call_event.transferred_to);

    -- A retry that adds nothing writes nothing: no row version, no trigger.
    if (nxt.status, nxt.created_at, nxt.answered_at, nxt.ended_at, nxt.duration,
        nxt.recording_url, nxt.transcript, nxt.ai_summary, nxt.ai_confidence,
        nxt.direction, nxt.ended_reason, nxt.billed_seconds, nxt.cost, nxt.currency, nxt.transferred_to)
       is distinct from
       (cur.status, cur.created_at, cur.answered_at, cur.ended_at, cur.duration,
        cur.recording_url, cur.transcript, cur.ai_summary, cur.ai_confidence,
        cur.direction, cur.ended_reason, cur.billed_seconds, cur.cost, cur.currency, cur.transferred_to) then
      update public.calls c
         set status = nxt.status, created_at = nxt.created_at, answered_at = nxt.answered_at,
             ended_at = nxt.ended_at, duration = nxt.duration, recording_url = nxt.recording_url,
             transcript = nxt.transcript, ai_summary = nxt.ai_summary, ai_confidence = nxt.ai_confidence,
             direction = nxt.direction, ended_reason = nxt.ended_reason, billed_seconds = nxt.billed_seconds,
             cost = nxt.cost, currency = nxt.currency, transferred_to = nxt.transferred_to
       where c.phone_id = cur.phone_id and c.id = cur.id
      returning * into nxt;
    end if;
  end if;

  if ingest_call_event.metadata is not null or ingest_call_event.tags is not null then
    insert into public.call_metadata as m (phone_id, call_id, metadata, tags)
    values (nxt.phone_id, nxt.id, coalesce(ingest_call_event.metadata, '{}'),
            coalesce((select pg_catalog.array_agg(distinct t order by t)
                        from pg_catalog.unnest(ingest_call_event.tags) t), '{}'))
    on conflict (phone_id, call_id) do update
      set metadata = excluded.metadata || m.metadata,
          tags = (select coalesce(pg_catalog.array_agg(distinct t order by t), '{}')
                    from pg_catalog.unnest(m.tags || excluded.tags) t)
      where not (m.metadata @> excluded.metadata and m.tags @> excluded.tags);
  end if;

  return nxt;
end
$$;
comment on function public.ingest_call_event(text, text, text, timestamptz, public.call_status, timestamptz, timestamptz, timestamptz, integer, text, text, text, numeric, jsonb, text[], public.call_direction, public.call_ended_reason, integer, numeric, text, text) is
  'The telephony backend''s entry point for a call event (service role only): creates or merges into the call '
  '(phone_id, call_sid) and its metadata and returns the call. Idempotent and order-insensitive: status only moves '
  'forward (a late or repeated event is ignored, never an error), times merge to the earliest start and answer and '
  'the latest end, the first reported recording, transcript, summary and confidence are kept, metadata keys and '
  'tags are united, and of the hangup data (direction, ended_reason, billed_seconds, cost with currency) the '
  'greatest reported wins, of transferred_to the first. occurred_at is the provider''s time of the event; it stands '
  'in for the time its status implies. The talk time is derived only from finite times at most a day apart; other '
  'times reach the constraints of calls, which refuse them by name.';

revoke all on function public.ingest_call_event(text, text, text, timestamptz, public.call_status, timestamptz, timestamptz, timestamptz, integer, text, text, text, numeric, jsonb, text[], public.call_direction, public.call_ended_reason, integer, numeric, text, text) from public, anon, authenticated;
grant execute on function public.ingest_call_event(text, text, text, timestamptz, public.call_status, timestamptz, timestamptz, timestamptz, integer, text, text, text, numeric, jsonb, text[], public.call_direction, public.call_ended_reason, integer, numeric, text, text) to service_role;
