-- The archive's shape and who may reach it: calls_archive and
-- call_metadata_archive have the columns of calls and call_metadata plus
-- archived_at; the API roles have no privilege on them or on archive_calls
-- (only service_role reads them); pg_cron schedules the archiving and the
-- summary refresh; archive_calls refuses a retention or batch size out of range.
begin;
select plan(15);

select tests.create_phone('stats-a', '+15550004001', 'America/New_York', 'Stats A Dental');
select tests.add_member('stats-a', 'ann-owner', 'owner');

select is_empty(
  $$select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'public.calls'::regclass and a.attnum > 0 and not a.attisdropped
    except
    select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'private.calls_archive'::regclass and a.attnum > 0 and not a.attisdropped$$,
  'calls_archive has every column of calls, with the same type'
);
select results_eq(
  $$select a.attname::text collate "default", format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'private.calls_archive'::regclass and a.attnum > 0 and not a.attisdropped
    except
    select a.attname::text collate "default", format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'public.calls'::regclass and a.attnum > 0 and not a.attisdropped$$,
  $$values ('archived_at', 'timestamp with time zone')$$,
  'calls_archive has only archived_at beyond the columns of calls'
);
select is_empty(
  $$select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'public.call_metadata'::regclass and a.attnum > 0 and not a.attisdropped
    except
    select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'private.call_metadata_archive'::regclass and a.attnum > 0 and not a.attisdropped$$,
  'call_metadata_archive has every column of call_metadata, with the same type'
);
select results_eq(
  $$select a.attname::text collate "default", format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'private.call_metadata_archive'::regclass and a.attnum > 0 and not a.attisdropped
    except
    select a.attname::text collate "default", format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'public.call_metadata'::regclass and a.attnum > 0 and not a.attisdropped$$,
  $$values ('archived_at', 'timestamp with time zone')$$,
  'call_metadata_archive has only archived_at beyond the columns of call_metadata'
);
select is_empty(
  $$select r.rolname, t.tab, p.priv
      from (values ('anon'), ('authenticated')) r(rolname)
     cross join (values ('private.calls_archive'), ('private.call_metadata_archive')) t(tab)
     cross join (values ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) p(priv)
     where has_table_privilege(r.rolname, t.tab, p.priv)
        or (p.priv in ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES') and has_any_column_privilege(r.rolname, t.tab, p.priv))$$,
  'anon and authenticated hold no privilege at all on the archive tables'
);
select ok(
  has_table_privilege('service_role', 'private.calls_archive', 'SELECT')
    and has_table_privilege('service_role', 'private.call_metadata_archive', 'SELECT'),
  'service_role may select the archive tables'
);
select is_empty(
  $$select r.rolname from (values ('anon'), ('authenticated')) r(rolname)
     where has_function_privilege(r.rolname, 'private.archive_calls(interval, integer)', 'execute')$$,
  'anon and authenticated may not execute private.archive_calls'
);
select results_eq(
  $$select jobname::text collate "default", schedule collate "default", command collate "default", active from cron.job
     where jobname in ('archive-calls', 'refresh-phone-performance-summary') order by jobname$$,
  $$values ('archive-calls', '*/10 * * * *', 'select * from private.archive_calls()', true),
           ('refresh-phone-performance-summary', '*/15 * * * *', 'select private.refresh_phone_performance_summary()', true)$$,
  'pg_cron runs archive-calls every 10 minutes and refresh-phone-performance-summary every 15'
);

select tests.authenticate_as('ann-owner');
select throws_ok($$select * from private.calls_archive$$,
  '42501', 'permission denied for table calls_archive', 'an owner (authenticated) cannot read calls_archive (42501)');
select throws_ok($$select * from private.call_metadata_archive$$,
  '42501', 'permission denied for table call_metadata_archive',
  'an owner (authenticated) cannot read call_metadata_archive (42501)');
select throws_ok($$select * from private.archive_calls()$$,
  '42501', 'permission denied for function archive_calls', 'an owner (authenticated) cannot run archive_calls (42501)');
select tests.authenticate_as_anon();
select throws_ok($$select * from private.calls_archive$$,
  '42501', 'permission denied for schema private', 'anon cannot even reach the private schema of calls_archive (42501)');
select tests.clear_authentication();

select throws_ok($$select * from private.archive_calls(p_older_than => interval '23 hours 59 minutes')$$,
  '22023', 'retention must be at least 1 day, got 23:59:00', 'archive_calls refuses a retention under 1 day (22023)');
select throws_ok($$select * from private.archive_calls(p_batch_size => 0)$$,
  '22023', 'batch size must be between 1 and 100000, got 0', 'archive_calls refuses a batch size of 0 (22023)');
select throws_ok($$select * from private.archive_calls(p_batch_size => 100001)$$,
  '22023', 'batch size must be between 1 and 100000, got 100001', 'archive_calls refuses a batch size of 100001 (22023)');

select * from finish();
rollback;
