-- loses data: public.calls
-- Down of 20261122000600_calls.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop table public.calls;
drop function private.check_call_status();
drop type public.call_status;
