-- Call events that converge: the telephony backend's one entry point.
--
-- Providers deliver status callbacks late, out of order, more than once and
-- concurrently, and "answered" is optional. A call must end up the same
-- whatever the order and the repetitions of its events, and no retry may
-- fail forever. public.ingest_call_event merges one event into the call:
--   status         moves forward only (ringing < answered < completed | failed);
--                  a step backwards or sideways is ignored, not an error
--   created_at     the earliest time any event implies (start, answer, the event
--                  itself, an end minus its talk time)
--   answered_at    the earliest reported answer; a completed call reported
--                  without one gets ended_at - duration until the answer arrives
--   ended_at       the latest reported end (an ending event without one: its own time)
--   duration       the reported talk time; derived from the times when missing
--                  or more than a second off them
--   recording, transcript, summary, confidence: the first value reported is
--                  kept, so a retry never overwrites an admin's correction
--   metadata       keys merged, the first value of a key kept; tags united
-- Each rule is commutative and idempotent, so any permutation of a call's
-- events, with duplicates, gives the same row and the same statistics, as
-- long as retries of one event carry the same values. People's own writes
-- keep the strict lifecycle: a direct update that moves a status backwards or
-- sideways is still refused by check_call_status, now with every forward step
-- (ringing -> completed too) allowed.

set lock_timeout = '5s';
set statement_timeout = '1min';

create or replace function private.is_forward_status_step(from_status public.call_status, to_status public.call_status)
returns boolean
language sql
immutable
parallel safe
set search_path = ''
as $$
  select (from_status, to_status) in (
    ('ringing'::public.call_status, 'answered'::public.call_status),
    ('ringing', 'completed'), ('ringing', 'failed'),
    ('answered', 'completed'), ('answered', 'failed'))
$$;
comment on function private.is_forward_status_step(public.call_status, public.call_status) is
  'True for a step forward in the call lifecycle ringing < answered < completed | failed (skipping answered '
  'is forward: "answered" is an optional callback). completed and failed are both final. The one definition '
  'the lifecycle trigger and ingest_call_event share.';
-- The trigger runs as whoever changes a call's status: the service role.
grant execute on function private.is_forward_status_step(public.call_status, public.call_status) to service_role;

create or replace function private.check_call_status()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.status is distinct from old.status
     and not private.is_forward_status_step(old.status, new.status) then
    raise exception 'call % cannot change status from % to %', old.call_sid, old.status, new.status
      using errcode = 'check_violation',
            constraint = 'calls_status_transition',
            hint = 'Allowed: forward steps of ringing -> answered -> completed, or to failed before completing.';
  end if;

  -- Fill what a new status implies when the writer did not send it. Only
  -- when the status is set or changes: clearing answered_at or ended_at of a
  -- call later is refused by the constraints, not silently refilled.
  if tg_op = 'UPDATE' and new.status is not distinct from old.status then
    return new;
  end if;
  if new.status = 'answered' and new.answered_at is null then
    new.answered_at := pg_catalog.now();
    if new.answered_at >= new.created_at - interval '1 day' then
      new.created_at := least(new.created_at, new.answered_at);
    end if;
  elsif new.status = 'completed' and new.answered_at is null
        and new.duration between 0 and 86400 and pg_catalog.isfinite(coalesce(new.ended_at, pg_catalog.now())) then
    -- A call first reported as completed: answered duration seconds before it
    -- ended, so it started ringing no later than that (as ingest_call_event
    -- takes the earliest time an event implies). Only a time filled in here
    -- moves created_at back, and by at most a day (the longest call): a time
    -- the writer sent, or a start further off (a year ahead, infinity), is
    -- left for calls_answered_after_created and calls_created_at_range.
    new.answered_at := coalesce(new.ended_at, pg_catalog.now()) - pg_catalog.make_interval(secs => new.duration);
    if new.answered_at >= new.created_at - interval '1 day' then
      new.created_at := least(new.created_at, new.answered_at);
    end if;
  end if;
  if new.status in ('completed', 'failed') and new.ended_at is null then
    if new.answered_at is not null and new.duration > 0 then
      if new.duration <= 86400 and pg_catalog.isfinite(new.answered_at) then
        new.ended_at := new.answered_at + pg_catalog.make_interval(secs => new.duration);
      end if;
    else
      new.ended_at := greatest(pg_catalog.now(), new.answered_at);
      if new.ended_at >= new.created_at - interval '1 day' then
        new.created_at := least(new.created_at, new.ended_at);
      end if;
    end if;
  end if;
  -- Derived from the timestamps only when they are finite, in order and at
  -- most a day apart; otherwise calls_ended_after_answered, calls_duration_max
  -- or the *_at_range constraints name the problem.
  if new.status in ('completed', 'failed') and new.duration = 0
     and pg_catalog.isfinite(new.answered_at) and pg_catalog.isfinite(new.ended_at) then
    if new.ended_at >= new.answered_at and new.ended_at - new.answered_at <= interval '1 day' then
      new.duration := round(extract(epoch from new.ended_at - new.answered_at))::integer;
    end if;
  end if;
  return new;
end;
$$;
comment on function private.check_call_status() is
  'BEFORE INSERT/UPDATE trigger on calls: refuses a status change that is not a forward step '
  '(private.is_forward_status_step; SQLSTATE 23514, constraint calls_status_transition, naming both states) '
  'and fills answered_at, ended_at and duration when the status implies them and the writer left them out '
  '(moving created_at back, by at most a day, to a filled-in time before it: a call starts no later than its answer). '
  'It computes only with finite times at most a day apart and durations of at most a day, so any other value '
  'reaches the constraints, which refuse it by name.';

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

comment on table public.calls is
  'Phone calls of a phone number. Written by the telephony backend (service role) through '
  'public.ingest_call_event, which merges each webhook into the call whatever the order and repetition of the '
  'events; members read them, admins correct transcript and ai_summary. A direct update that moves the status '
  'backwards or sideways is refused (trigger check_call_status).';
comment on column public.calls.status is
  'ringing -> answered -> completed, or ringing/answered -> failed; any forward step is allowed, a step backwards '
  'or sideways is refused on a direct update and ignored by ingest_call_event.';
