-- Down of 20261130100400_callers_counts_checked_validate.sql: the two rules
-- back to NOT VALID, as 20261130100300 left them (a constraint cannot be
-- marked not validated again, so each is dropped and added back NOT VALID, in
-- one transaction under a briefly taken lock).
set lock_timeout = '50ms';
set statement_timeout = '60s';

select private.lock_briefly(array['public.callers'::regclass], 'access exclusive');
alter table public.callers
  drop constraint callers_call_count_nonnegative,
  drop constraint callers_first_call_not_after_last,
  add constraint callers_call_count_nonnegative check (call_count >= 0) not valid,
  add constraint callers_first_call_not_after_last check (first_call_at <= last_call_at) not valid;
