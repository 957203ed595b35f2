-- Down of 20261129153000_calls_in_progress_idx: without calls_in_progress_idx,
-- dropped concurrently (readers and writers of calls go on), alone in this file.
-- squawk-disable-assume-in-transaction
set lock_timeout = '5s';
set statement_timeout = '2h';
drop index concurrently if exists public.calls_in_progress_idx;
