-- Down of 20261130100700_drop_calls_phone_caller_idx.sql: the index as
-- 20261122000600_calls.sql made it.
-- squawk-disable-assume-in-transaction
-- (CREATE INDEX CONCURRENTLY cannot run in a transaction.)
set lock_timeout = '5s';
set statement_timeout = '2h';
create index concurrently if not exists calls_phone_caller_idx on public.calls (phone_id, caller_number, created_at desc);
