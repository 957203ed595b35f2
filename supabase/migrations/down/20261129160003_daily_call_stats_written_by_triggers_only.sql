-- Down of 20261129160003_daily_call_stats_written_by_triggers_only: the service
-- role holds Supabase's default ALL on daily_call_stats again.
set lock_timeout = '5s';
set statement_timeout = '60s';

grant insert, update, delete, truncate, references, trigger on public.daily_call_stats to service_role;
