-- Down of 20261130100300_callers_counts_checked.sql: without the count rules.
set lock_timeout = '50ms';
set statement_timeout = '60s';

select private.lock_briefly(array['public.callers'::regclass], 'access exclusive');
alter table public.callers
  drop constraint callers_call_count_nonnegative,
  drop constraint callers_first_call_not_after_last;
