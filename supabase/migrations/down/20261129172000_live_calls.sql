-- loses data: public.live_calls, public.phone_numbers.max_concurrent_calls
-- Down of 20261129172000_live_calls: the reaper's pg_cron job, the slot
-- functions, live_calls (out of the supabase_realtime publication first) and
-- phone_numbers.max_concurrent_calls.
set lock_timeout = '5s';
set statement_timeout = '60s';

select cron.unschedule('reap-call-slots');
drop function private.reap_call_slots(interval);
drop function public.release_call_slot(text, text);
drop function public.heartbeat_call_slot(text, text);
drop function public.claim_call_slot(text, text, text);
drop function private.calls_in_progress(text);
alter publication supabase_realtime drop table public.live_calls;
drop table public.live_calls;
alter table public.phone_numbers drop column max_concurrent_calls;
