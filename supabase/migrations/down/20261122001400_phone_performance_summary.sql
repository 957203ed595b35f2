-- Down of 20261122001400_phone_performance_summary: the view, the pg_cron job,
-- the functions and the materialized view (its rows are computed from calls).
set lock_timeout = '5s';
set statement_timeout = '60s';

select cron.unschedule('refresh-phone-performance-summary');
drop view public.phone_performance_summary;
drop function private.member_phone_performance_summary();
drop function private.refresh_phone_performance_summary();
drop materialized view private.phone_performance_summary;
