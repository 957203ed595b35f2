-- Down of 20261130140000_monthly_partitions.sql: maintain_webhook_event_partitions
-- does its partitions itself again (its body and comment of
-- 20261129173000_webhook_events.sql), and the shared function goes.
set lock_timeout = '5s';
set statement_timeout = '60s';

create or replace function private.maintain_webhook_event_partitions(
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

drop function private.maintain_monthly_partitions(regclass, text, integer, interval);
