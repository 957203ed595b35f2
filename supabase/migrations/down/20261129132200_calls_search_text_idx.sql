-- Down of 20261129132200_calls_search_text_idx: without calls_search_text_idx, dropped
-- concurrently (readers and writers of the table go on), alone in this file.
-- squawk-disable-assume-in-transaction
set lock_timeout = '5s';
set statement_timeout = '2h';
drop index concurrently if exists public.calls_search_text_idx;
