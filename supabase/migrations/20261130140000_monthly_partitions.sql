-- One maintenance function for every log partitioned by month: webhook_events
-- now, the audit log next. private.maintain_monthly_partitions creates a
-- parent's monthly partitions in private ahead of time and drops the months
-- older than its retention; private.maintain_webhook_event_partitions keeps
-- its signature and its pg_cron job and calls it, then drops the provider
-- event keys of the months it dropped, as before.
--
--   names      <parent's name>_YYYY_MM in private, as webhook_events' partitions
--              have always been named, so the existing ones are maintained
--              unchanged
--   months     calendar months in UTC, whatever the session's time zone (pg_cron
--              and the migrations run in UTC, so the bounds are those of the
--              partitions made so far)
set lock_timeout = '5s';
set statement_timeout = '60s';

create function private.maintain_monthly_partitions(
  parent regclass,
  description text,
  months_ahead integer,
  retention interval
)
returns table (created text[], dropped text[])
language plpgsql
volatile
set search_path = ''
as $$
declare
  base text;
  this_month date := pg_catalog.date_trunc('month', pg_catalog.now() at time zone 'UTC')::date;
  oldest_kept date := pg_catalog.date_trunc('month', (pg_catalog.now() - retention) at time zone 'UTC')::date;
  month date;
  name text;
  part record;
begin
  select c.relname into base from pg_catalog.pg_class c where c.oid = parent and c.relkind = 'p';
  if base is null then
    raise exception '% is not a partitioned table', parent using errcode = 'wrong_object_type';
  end if;
  if months_ahead is null or months_ahead < 0 or retention is null or retention < interval '1 month' then
    raise exception 'months_ahead must be 0 or more and retention at least a month, got % and %', months_ahead, retention
      using errcode = 'invalid_parameter_value';
  end if;
  created := '{}';
  dropped := '{}';
  for i in 0 .. months_ahead loop
    month := this_month + pg_catalog.make_interval(months => i);
    name := base || '_' || pg_catalog.to_char(month, 'YYYY_MM');
    if pg_catalog.to_regclass(pg_catalog.format('private.%I', name)) is null then
      execute pg_catalog.format(
        'create table private.%I partition of %s for values from (%L) to (%L)',
        name, parent, month::timestamp at time zone 'UTC', (month + interval '1 month')::timestamp at time zone 'UTC');
      execute pg_catalog.format('comment on table private.%I is %L', name,
        description || ' in ' || pg_catalog.to_char(month, 'FMMonth YYYY') || ' (UTC); a partition of ' || parent::text || '.');
      created := created || name;
    end if;
  end loop;

  for part in
    select c.relname::text as relname
      from pg_catalog.pg_inherits i join pg_catalog.pg_class c on c.oid = i.inhrelid
     where i.inhparent = parent
       and c.relnamespace = 'private'::regnamespace
       and pg_catalog.left(c.relname, pg_catalog.length(base) + 1) = base || '_'
       and pg_catalog.substr(c.relname, pg_catalog.length(base) + 2) ~ '^\d{4}_\d{2}$'
       and pg_catalog.to_date(pg_catalog.substr(c.relname, pg_catalog.length(base) + 2), 'YYYY_MM') < oldest_kept
     order by 1
  loop
    execute pg_catalog.format('drop table private.%I', part.relname);
    dropped := dropped || part.relname;
  end loop;
  return next;
end;
$$;
comment on function private.maintain_monthly_partitions(regclass, text, integer, interval) is
  'Creates the monthly partitions (private.<parent>_YYYY_MM, calendar months in UTC, commented "<description> in '
  '<Month YYYY> (UTC)") of a table partitioned by range of a timestamptz from this month to months_ahead months '
  'ahead, drops those wholly older than retention, and returns what it created and dropped. Shared by every log '
  'partitioned by month; each has its own pg_cron job.';
revoke all on function private.maintain_monthly_partitions(regclass, text, integer, interval) from public;

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
  oldest_kept date := pg_catalog.date_trunc('month', (pg_catalog.now() - retention) at time zone 'UTC')::date;
begin
  select m.created, m.dropped into created, dropped
    from private.maintain_monthly_partitions('public.webhook_events', 'Webhook events received', months_ahead, retention) m;
  delete from private.webhook_event_keys k where k.received_at < oldest_kept;
  return next;
end;
$$;
comment on function private.maintain_webhook_event_partitions(integer, interval) is
  'Creates the monthly partitions of webhook_events from this month to months_ahead months ahead, drops those '
  'wholly older than retention (default six months) with their keys, and returns what it created and dropped '
  '(private.maintain_monthly_partitions does the partitions). pg_cron runs it daily.';
