-- Down of 20261130100600_calls_phone_caller_id_idx.sql.
-- squawk-disable-assume-in-transaction
-- (DROP INDEX CONCURRENTLY cannot run in a transaction.)
set lock_timeout = '5s';
set statement_timeout = '10min';
drop index concurrently if exists public.calls_phone_caller_id_idx;
