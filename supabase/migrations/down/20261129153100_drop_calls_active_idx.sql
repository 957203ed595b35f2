-- Down of 20261129153100_drop_calls_active_idx: calls_active_idx again, as
-- 20261122000600_calls made it, built concurrently (writers of calls go on),
-- alone in this file.
-- squawk-disable-assume-in-transaction
set lock_timeout = '5s';
set statement_timeout = '2h';
create index concurrently if not exists calls_active_idx on public.calls (phone_id, created_at desc)
  where status in ('ringing', 'answered');
