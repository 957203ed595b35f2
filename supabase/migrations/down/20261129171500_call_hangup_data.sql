-- loses data: public.calls.direction, public.calls.ended_reason, public.calls.billed_seconds, public.calls.cost, public.calls.currency, public.calls.transferred_to, private.calls_archive.direction, private.calls_archive.ended_reason, private.calls_archive.billed_seconds, private.calls_archive.cost, private.calls_archive.currency, private.calls_archive.transferred_to
-- Down of 20261129171500_call_hangup_data: calls and the archive without the
-- hang-up columns (their constraints and comments go with them), the types,
-- and ingest_call_event as 20261129131600_ingest_call_event made it.
set lock_timeout = '5s';
set statement_timeout = '1min';

drop function public.ingest_call_event(text, text, text, timestamptz, public.call_status, timestamptz, timestamptz,
  timestamptz, integer, text, text, text, numeric, jsonb, text[], public.call_direction, public.call_ended_reason,
  integer, numeric, text, text);

alter table public.calls
  drop column direction,
  drop column ended_reason,
  drop column billed_seconds,
  drop column cost,
  drop column currency,
  drop column transferred_to;
alter table private.calls_archive
  drop column direction,
  drop column ended_reason,
  drop column billed_seconds,
  drop column cost,
  drop column currency,
  drop column transferred_to;
drop type public.call_ended_reason;
drop type public.call_direction;

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
  tags text[] default null
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
                                 duration, recording_url, transcript, ai_summary, ai_confidence)
  values (ingest_call_event.phone_id, ingest_call_event.call_sid, ingest_call_event.caller_number,
          coalesce(ingest_call_event.status, 'ringing'), ev_start,
          case when ingest_call_event.status in ('answered', 'completed', 'failed') then ev_answered end,
          case when ingest_call_event.status in ('completed', 'failed') then ev_ended end,
          case when ingest_call_event.status in ('completed', 'failed') then coalesce(ingest_call_event.duration, 0) else 0 end,
          ingest_call_event.recording_url, ingest_call_event.transcript, ingest_call_event.ai_summary,
          ingest_call_event.ai_confidence)
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

    -- A retry that adds nothing writes nothing: no row version, no trigger.
    if (nxt.status, nxt.created_at, nxt.answered_at, nxt.ended_at, nxt.duration,
        nxt.recording_url, nxt.transcript, nxt.ai_summary, nxt.ai_confidence)
       is distinct from
       (cur.status, cur.created_at, cur.answered_at, cur.ended_at, cur.duration,
        cur.recording_url, cur.transcript, cur.ai_summary, cur.ai_confidence) then
      update public.calls c
         set status = nxt.status, created_at = nxt.created_at, answered_at = nxt.answered_at,
             ended_at = nxt.ended_at, duration = nxt.duration, recording_url = nxt.recording_url,
             transcript = nxt.transcript, ai_summary = nxt.ai_summary, ai_confidence = nxt.ai_confidence
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
comment on function public.ingest_call_event(text, text, text, timestamptz, public.call_status, timestamptz,
                                             timestamptz, timestamptz, integer, text, text, text, numeric, jsonb, text[]) is
  'The telephony backend''s entry point for a call event (service role only): creates or merges into the call '
  '(phone_id, call_sid) and its metadata and returns the call. Idempotent and order-insensitive: status only moves '
  'forward (a late or repeated event is ignored, never an error), times merge to the earliest start and answer and '
  'the latest end, the first reported recording, transcript, summary and confidence are kept, metadata keys and '
  'tags are united. occurred_at is the provider''s time of the event; it stands in for the time its status implies. '
  'The talk time is derived only from finite times at most a day apart; other times reach the constraints of calls, '
  'which refuse them by name.';

revoke all on function public.ingest_call_event(text, text, text, timestamptz, public.call_status, timestamptz,
                                                timestamptz, timestamptz, integer, text, text, text, numeric, jsonb, text[])
  from public, anon, authenticated;
grant execute on function public.ingest_call_event(text, text, text, timestamptz, public.call_status, timestamptz,
                                                   timestamptz, timestamptz, integer, text, text, text, numeric, jsonb, text[])
  to service_role;
