-- Down of 20261122001300_archive_calls: the pg_cron job and the function it runs.
set lock_timeout = '5s';
set statement_timeout = '60s';

select cron.unschedule('archive-calls');
drop function private.archive_calls(interval, integer);
