-- Caller numbers by any three or more digits, per phone: search_calls'
-- caller filter ("+1415" as a prefix, "5550123" anywhere), as trigrams of
-- '<phone id> <caller number>', so the phone's own trigrams narrow the match
-- to one tenant and the index serves no other query.
-- squawk-disable-assume-in-transaction
-- (the Supabase CLI runs a file whose one statement cannot run in a
-- transaction outside of one; an interrupted build leaves an invalid index,
-- which a catalog test names: drop it and push again.)
set lock_timeout = '5s';
set statement_timeout = '2h';
create index concurrently if not exists calls_caller_trgm_idx on public.calls using gin (
  (phone_id || ' ' || caller_number) extensions.gin_trgm_ops);
