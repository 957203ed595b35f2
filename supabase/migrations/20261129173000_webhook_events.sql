-- webhook_events: every webhook the backend receives for a phone number
-- (telephony and calendar providers), kept for processing, retries and
-- support, then dropped a month at a time.
--
--   recording   public.record_webhook_event (service role) stores an event
--               once: the same provider event id for the same phone is a
--               no-op however often and however late the provider retries
--   partitions  by month of received_at, with phone_id first in every key.
--               Partitions live in private (no API role reaches them
--               directly; queries go through the parent and its policy).
--               private.maintain_webhook_event_partitions (pg_cron, daily)
--               creates the next three months ahead and drops months older
--               than the retention (six months)
--   duplicates  a unique key on a partitioned table must include the
--               partition key, so it could only refuse a repeat within one
--               month; a retry that crosses a month boundary would be
--               stored twice. private.webhook_event_keys, one small row per
--               event keyed (phone_id, provider, provider_event_id), is the
--               index that sees every month; retention deletes its rows with
--               the partitions
--   pg_partman  not used. The Supabase platform offers pg_partman 5, Debian's
--               packages (and so this stack and CI) 4.7, and their
--               create_parent and configuration differ; two dozen lines of
--               native partitioning behave the same everywhere
set lock_timeout = '5s';
set statement_timeout = '60s';

create type public.webhook_event_status as enum ('received', 'processed', 'failed', 'ignored');
comment on type public.webhook_event_status is
  'Where an event is in processing: received (stored, not yet handled), processed, failed (error says why; '
  'it may be retried), ignored (deliberately not handled).';

create table public.webhook_events (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  received_at timestamptz not null default now()
    constraint webhook_events_received_at_range check (
      received_at >= '2020-01-01 00:00+00' and received_at < '2100-01-01 00:00+00'),
  id uuid not null default gen_random_uuid(),
  provider text not null
    constraint webhook_events_provider_format check (provider ~ '^[a-z][a-z0-9_]{1,31}$'),
  provider_event_id text not null
    constraint webhook_events_provider_event_id_format check (provider_event_id ~ '^[\x21-\x7E]{1,255}$'),
  event_type text not null
    constraint webhook_events_event_type_format check (event_type ~ '^[A-Za-z0-9_.:/-]{1,100}$'),
  call_sid text
    constraint webhook_events_call_sid_format check (call_sid ~ '^[A-Za-z0-9_-]{1,64}$'),
  payload jsonb not null default '{}'
    constraint webhook_events_payload_object check (jsonb_typeof(payload) = 'object')
    constraint webhook_events_payload_size check (octet_length(payload::text) <= 262144)
    constraint webhook_events_payload_depth check (private.jsonb_depth_within(payload, 32)),
  status public.webhook_event_status not null default 'received',
  attempts integer not null default 0
    constraint webhook_events_attempts_range check (attempts between 0 and 1000),
  processed_at timestamptz,
  error text
    constraint webhook_events_error_length check (char_length(error) <= 4000),
  constraint webhook_events_pkey primary key (phone_id, received_at, id),
  constraint webhook_events_processed_after_received check (
    processed_at >= received_at and processed_at < '2100-01-01 00:00+00'),
  constraint webhook_events_error_when_failed check ((status = 'failed') = (error is not null))
) partition by range (received_at);

comment on table public.webhook_events is
  'Every webhook received for a phone number, by month of received_at (partitions in private). Written by the '
  'service role through record_webhook_event, which stores an event once; processing updates status, '
  'attempts, processed_at and error. Admins and owners read their phones'' events. Kept six months.';
comment on column public.webhook_events.provider is 'Who sent it: a lowercase slug such as twilio or google_calendar.';
comment on column public.webhook_events.provider_event_id is 'The provider''s own id of the event; an event is stored once per phone, provider and id.';
comment on column public.webhook_events.call_sid is 'The call the event is about, when it is about one.';
comment on column public.webhook_events.attempts is 'How many times processing was tried.';
comment on column public.webhook_events.error is 'Why processing failed; set exactly when status is failed.';

-- A call's events, for support.
create index webhook_events_call_idx on public.webhook_events (phone_id, call_sid, received_at) where call_sid is not null;
-- The processing queue.
create index webhook_events_pending_idx on public.webhook_events (received_at) where status in ('received', 'failed');

alter table public.webhook_events enable row level security;
revoke all on public.webhook_events from anon, authenticated;
grant select on public.webhook_events to authenticated;
grant all on public.webhook_events to service_role;

create policy "admins read their webhook events"
  on public.webhook_events for select to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins read their webhook events" on public.webhook_events is
  'Admins and owners read the events received for their phone numbers (payloads hold callers'' details).';

create table private.webhook_event_keys (
  phone_id text not null,
  provider text not null,
  provider_event_id text not null,
  received_at timestamptz not null,
  event_id uuid not null,
  constraint webhook_event_keys_pkey primary key (phone_id, provider, provider_event_id)
);
comment on table private.webhook_event_keys is
  'One row per stored webhook event, keyed by the provider''s event id: what makes record_webhook_event a '
  'no-op for a repeat in any month. Rows go with their month''s partition.';
create index webhook_event_keys_received_at_idx on private.webhook_event_keys (received_at);
revoke all on private.webhook_event_keys from public, anon, authenticated, service_role;

-- Partitions --------------------------------------------------------------------------

create function private.maintain_webhook_event_partitions(
  months_ahead integer default 3,
  retention interval default '6 months'
)
returns table (created text[], dropped text[])
language plpgsql
volatile
set search_path = ''
as $$
declare
  month date;
  name text;
  oldest_kept date := pg_catalog.date_trunc('month', pg_catalog.now() - retention)::date;
  part record;
begin
  created := '{}';
  dropped := '{}';
  for i in 0 .. months_ahead loop
    month := (pg_catalog.date_trunc('month', pg_catalog.now()) + pg_catalog.make_interval(months => i))::date;
    name := 'webhook_events_' || pg_catalog.to_char(month, 'YYYY_MM');
    if pg_catalog.to_regclass('private.' || name) is null then
      execute pg_catalog.format(
        'create table private.%I partition of public.webhook_events for values from (%L) to (%L)',
        name, month::timestamptz, (month + interval '1 month')::timestamptz);
      execute pg_catalog.format('comment on table private.%I is %L', name,
        'Webhook events received in ' || pg_catalog.to_char(month, 'FMMonth YYYY') || ' (UTC); a partition of public.webhook_events.');
      created := created || name;
    end if;
  end loop;

  for part in
    select c.relname::text as relname
      from pg_catalog.pg_inherits i join pg_catalog.pg_class c on c.oid = i.inhrelid
     where i.inhparent = 'public.webhook_events'::regclass
       and c.relname ~ '^webhook_events_\d{4}_\d{2}$'
       and pg_catalog.to_date(pg_catalog.substr(c.relname, 16), 'YYYY_MM') < oldest_kept
  loop
    execute pg_catalog.format('drop table private.%I', part.relname);
    dropped := dropped || part.relname;
  end loop;
  delete from private.webhook_event_keys k where k.received_at < oldest_kept;
  return next;
end;
$$;
comment on function private.maintain_webhook_event_partitions(integer, interval) is
  'Creates the monthly partitions of webhook_events from this month to months_ahead months ahead, drops those '
  'wholly older than retention (default six months) with their keys, and returns what it created and dropped. '
  'pg_cron runs it daily; the migration ran it once.';
revoke all on function private.maintain_webhook_event_partitions(integer, interval) from public;

select private.maintain_webhook_event_partitions();
select cron.schedule('maintain-webhook-event-partitions', '17 3 * * *',
  $$select private.maintain_webhook_event_partitions()$$);

-- Recording (the service role) ----------------------------------------------------------

create function private.record_webhook_event(
  phone_id text,
  provider text,
  provider_event_id text,
  event_type text,
  payload jsonb,
  call_sid text
)
returns table (event_id uuid, received_at timestamptz, duplicate boolean)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  new_id uuid := pg_catalog.gen_random_uuid();
  now_at timestamptz := pg_catalog.now();
begin
  -- The key first: of two deliveries at once, the second waits here for the
  -- first to commit and then finds its key.
  insert into private.webhook_event_keys as k (phone_id, provider, provider_event_id, received_at, event_id)
  values (record_webhook_event.phone_id, record_webhook_event.provider, record_webhook_event.provider_event_id,
          now_at, new_id)
  on conflict on constraint webhook_event_keys_pkey do nothing;
  if not found then
    return query
      select k.event_id, k.received_at, true from private.webhook_event_keys k
       where k.phone_id = record_webhook_event.phone_id and k.provider = record_webhook_event.provider
         and k.provider_event_id = record_webhook_event.provider_event_id;
    return;
  end if;
  insert into public.webhook_events (phone_id, received_at, id, provider, provider_event_id, event_type, call_sid, payload)
  values (record_webhook_event.phone_id, now_at, new_id, record_webhook_event.provider,
          record_webhook_event.provider_event_id, record_webhook_event.event_type, record_webhook_event.call_sid,
          coalesce(record_webhook_event.payload, '{}'));
  return query select new_id, now_at, false;
end;
$$;
comment on function private.record_webhook_event(text, text, text, text, jsonb, text) is
  'Behind public.record_webhook_event. SECURITY DEFINER because the keys that make a repeat a no-op are in '
  'private.webhook_event_keys, which no API role reaches. It writes only the given phone''s event and key.';

create function public.record_webhook_event(
  phone_id text,
  provider text,
  provider_event_id text,
  event_type text,
  payload jsonb default '{}',
  call_sid text default null
)
returns table (event_id uuid, received_at timestamptz, duplicate boolean)
language sql
volatile
set search_path = ''
as $$
  select * from private.record_webhook_event(phone_id, provider, provider_event_id, event_type, payload, call_sid)
$$;
comment on function public.record_webhook_event(text, text, text, text, jsonb, text) is
  'Stores a webhook event once: returns its id and receipt time, and duplicate = true (nothing stored) when '
  'this phone already has the provider''s event id, however long ago within the retention. Service role.';

revoke all on function private.record_webhook_event(text, text, text, text, jsonb, text) from public, anon, authenticated;
revoke all on function public.record_webhook_event(text, text, text, text, jsonb, text) from public, anon, authenticated;
grant execute on function private.record_webhook_event(text, text, text, text, jsonb, text) to service_role;
grant execute on function public.record_webhook_event(text, text, text, text, jsonb, text) to service_role;
