-- Validates the constraint 20261129172000_live_calls.sql added NOT VALID: a
-- scan of phone_numbers under SHARE UPDATE EXCLUSIVE, which blocks no reads
-- or writes.
set lock_timeout = '5s';
set statement_timeout = '10min';
alter table public.phone_numbers validate constraint phone_numbers_max_concurrent_calls_range;
