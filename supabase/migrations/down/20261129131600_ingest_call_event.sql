-- Down of 20261129131600_ingest_call_event: no ingest_call_event or
-- is_forward_status_step; the lifecycle trigger, the comments of calls and
-- calls.status as 20261122000600_calls wrote them.
set lock_timeout = '5s';
set statement_timeout = '1min';

drop function public.ingest_call_event(text, text, text, timestamptz, public.call_status, timestamptz,
                                       timestamptz, timestamptz, integer, text, text, text, numeric, jsonb, text[]);

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

drop function private.is_forward_status_step(public.call_status, public.call_status);

comment on table public.calls is
  'Phone calls of a phone number. Written by the telephony backend (service role), upserted on '
  '(phone_id, call_sid); members read them, admins correct transcript and ai_summary. A retry of '
  'an earlier event arriving after a later one (answered after completed) would move the status '
  'backwards and is refused: guard the upsert with `where calls.status in (''ringing'', '
  '''answered'') and calls.status < excluded.status` so a stale retry updates nothing.';
comment on column public.calls.status is
  'ringing -> answered -> completed, or ringing/answered -> failed; other changes are refused (trigger check_call_status).';
