-- calls_in_progress_idx covers the same calls with the id as a last key, and
-- serves every query calls_active_idx served.
-- squawk-disable-assume-in-transaction
-- (DROP INDEX CONCURRENTLY cannot run in a transaction; see the file above.)
set lock_timeout = '5s';
set statement_timeout = '10min';
drop index concurrently if exists public.calls_active_idx;
