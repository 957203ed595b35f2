-- calls_phone_caller_id_idx covers the same keys with the id as a last one,
-- and serves every query calls_phone_caller_idx served.
-- squawk-disable-assume-in-transaction
-- (DROP INDEX CONCURRENTLY cannot run in a transaction; see the file above.)
set lock_timeout = '5s';
set statement_timeout = '10min';
drop index concurrently if exists public.calls_phone_caller_idx;
