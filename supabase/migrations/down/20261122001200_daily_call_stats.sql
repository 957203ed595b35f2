-- loses data: public.daily_call_stats, private.daily_call_callers
-- Down of 20261122001200_daily_call_stats: the statistics, their triggers on
-- calls, calls_archive and phone_numbers, and their functions.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop trigger count_call_inserts on public.calls;
drop trigger count_call_updates on public.calls;
drop trigger count_call_deletes on public.calls;
drop trigger count_call_inserts on private.calls_archive;
drop trigger count_call_updates on private.calls_archive;
drop trigger count_call_deletes on private.calls_archive;
drop trigger rebuild_stats_on_timezone_change on public.phone_numbers;
drop function private.rebuild_stats_on_timezone_change();
drop function private.rebuild_daily_call_stats(text);
drop function private.count_call_change();
drop function private.count_call(text, date, text, public.call_status, integer, boolean, integer);
drop table private.daily_call_callers;
drop table public.daily_call_stats;
