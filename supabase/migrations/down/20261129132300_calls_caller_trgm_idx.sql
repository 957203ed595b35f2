-- Down of 20261129132300_calls_caller_trgm_idx: without calls_caller_trgm_idx, dropped
-- concurrently (readers and writers of the table go on), alone in this file.
-- squawk-disable-assume-in-transaction
set lock_timeout = '5s';
set statement_timeout = '2h';
drop index concurrently if exists public.calls_caller_trgm_idx;
