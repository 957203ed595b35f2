-- The trail through the API: owners read their phones' entries and nobody
-- else's; admins, viewers, outsiders and anon read none; no API role, the
-- service role included, inserts, updates, deletes or truncates an entry or
-- reaches a partition. Partitions: in private, this month and three ahead,
-- kept 13 months by the shared maintenance function that pg_cron runs.
begin;
select plan(20);

select tests.create_phone('aud-r', '+15550008301', 'UTC');
select tests.create_phone('aud-s', '+15550008302', 'UTC');
select tests.add_member('aud-r', 'aud-r-owner', 'owner');
select tests.add_member('aud-r', 'aud-r-admin', 'admin');
select tests.add_member('aud-r', 'aud-r-viewer', 'viewer');
select tests.add_member('aud-s', 'aud-s-owner', 'owner');
select tests.create_supabase_user('aud-outsider');

-- Reading.
select tests.authenticate_as('aud-r-owner');
select ok((select count(*) from public.audit_log where phone_id = 'aud-r') >= 5, 'the owner reads the phone''s entries');
select is_empty($$select 1 from public.audit_log where phone_id <> 'aud-r'$$, 'and no other phone''s');
select tests.authenticate_as('aud-r-admin');
select is_empty($$select 1 from public.audit_log$$, 'an admin reads no entry');
select tests.authenticate_as('aud-r-viewer');
select is_empty($$select 1 from public.audit_log$$, 'a viewer reads no entry');
select tests.authenticate_as('aud-outsider');
select is_empty($$select 1 from public.audit_log$$, 'an outsider reads no entry');
select tests.authenticate_as_anon();
select throws_ok($$select 1 from public.audit_log$$, '42501', 'permission denied for table audit_log', 'anon may not read it');

-- Writing, as the owner and as the service role.
select tests.authenticate_as('aud-r-owner');
select throws_ok($$insert into public.audit_log (phone_id, actor_role, table_name, operation, row_key)
                   values ('aud-r', 'authenticated', 'public.calls', 'delete', '{}')$$,
  '42501', 'permission denied for table audit_log', 'the owner may not insert an entry');
select throws_ok($$update public.audit_log set old_values = null where phone_id = 'aud-r'$$,
  '42501', 'permission denied for table audit_log', 'the owner may not update an entry');
select throws_ok($$delete from public.audit_log where phone_id = 'aud-r'$$,
  '42501', 'permission denied for table audit_log', 'the owner may not delete an entry');
select throws_ok($$truncate public.audit_log$$, '42501', 'permission denied for table audit_log', 'the owner may not truncate it');
select throws_ok(format('select 1 from private.audit_log_%s', to_char(now() at time zone 'UTC', 'YYYY_MM')),
  '42501', null, 'the owner reaches no partition');
select tests.authenticate_as_service_role();
select ok((select count(*) from public.audit_log where phone_id in ('aud-r', 'aud-s')) >= 6, 'the service role reads entries');
select throws_ok($$insert into public.audit_log (phone_id, actor_role, table_name, operation, row_key)
                   values ('aud-r', 'service_role', 'public.calls', 'delete', '{}')$$,
  '42501', 'permission denied for table audit_log', 'the service role may not insert an entry');
select throws_ok($$update public.audit_log set old_values = null where phone_id = 'aud-r'$$,
  '42501', 'permission denied for table audit_log', 'the service role may not update an entry');
select throws_ok($$delete from public.audit_log where phone_id = 'aud-r'$$,
  '42501', 'permission denied for table audit_log', 'the service role may not delete an entry');
select throws_ok($$select private.record_audit_entry()$$, '42501', null, 'nor call the trigger function');
select tests.clear_authentication();

-- Partitions and retention.
select is(
  (select array_agg(c.relname::text order by c.relname) from pg_inherits i join pg_class c on c.oid = i.inhrelid
    where i.inhparent = 'public.audit_log'::regclass and c.relnamespace = 'private'::regnamespace),
  (select array_agg('audit_log_' || to_char(date_trunc('month', now() at time zone 'UTC') + make_interval(months => m), 'YYYY_MM') order by m)
     from generate_series(0, 3) m),
  'audit_log has a partition in private for this month and each of the next three');
select is((select count(*)::int from pg_inherits i join pg_class c on c.oid = i.inhrelid
            where i.inhparent = 'public.audit_log'::regclass and c.relnamespace <> 'private'::regnamespace), 0,
  'and none elsewhere');
create table private.audit_log_2021_01 partition of public.audit_log
  for values from ('2021-01-01 00:00+00') to ('2021-02-01 00:00+00');
select results_eq(
  $$select created, dropped from private.maintain_monthly_partitions('public.audit_log', 'Audit entries recorded', 4, '13 months')$$,
  $$values (array['audit_log_' || to_char(date_trunc('month', now() at time zone 'UTC') + interval '4 months', 'YYYY_MM')],
            array['audit_log_2021_01'])$$,
  'the shared maintenance creates the month four ahead and drops the month past the retention');
select is((select command from cron.job where jobname = 'maintain-audit-log-partitions'),
  $$select private.maintain_monthly_partitions('public.audit_log', 'Audit entries recorded', 3, '13 months')$$,
  'pg_cron keeps three months ahead and 13 months back');

select * from finish();
rollback;
