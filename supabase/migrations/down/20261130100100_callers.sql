-- loses data: public.callers
-- Down of 20261130100100_callers.sql: without the caller directory, its
-- triggers on calls and the archive, and private.lock_briefly. Dropping a
-- trigger takes ACCESS EXCLUSIVE on calls: taken briefly, as the up took its lock.
set lock_timeout = '50ms';
set statement_timeout = '60s';

select private.lock_briefly(array['public.calls'::regclass, 'private.calls_archive'::regclass], 'access exclusive');
drop trigger callers_count_inserts on public.calls;
drop trigger callers_count_updates on public.calls;
drop trigger callers_count_deletes on public.calls;
drop trigger callers_count_inserts on private.calls_archive;
drop trigger callers_count_updates on private.calls_archive;
drop trigger callers_count_deletes on private.calls_archive;

drop table public.callers;
drop function private.count_caller_change();
drop function private.count_caller(text, text, integer, timestamptz, timestamptz);
drop function private.stamp_caller_edit();
drop function private.lock_briefly(regclass[], text);
