-- Down of 20261130100000_calls_archive_caller_idx.sql.
-- squawk-disable-assume-in-transaction
-- (DROP INDEX CONCURRENTLY cannot run in a transaction.)
set lock_timeout = '5s';
set statement_timeout = '10min';
drop index concurrently if exists private.calls_archive_phone_caller_idx;
