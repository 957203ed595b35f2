-- Validates the rules 20261130100300_callers_counts_checked.sql added NOT
-- VALID: existing rows are checked under a SHARE UPDATE EXCLUSIVE lock, which
-- lets reads and the triggers' writes go on (and does not conflict with the
-- lock they take, so waiting for it stops no one).
set lock_timeout = '5s';
set statement_timeout = '15min';

alter table public.callers validate constraint callers_call_count_nonnegative;
alter table public.callers validate constraint callers_first_call_not_after_last;
