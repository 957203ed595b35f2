-- Caller numbers by any three or more digits: search_calls' caller filter
-- ("+1415" as a prefix, "5550123" anywhere) when the digits are rare among
-- the phone's newest calls. Trigrams of the number alone: prefixing the
-- phone's id made every search intersect the phone's own trigrams, which
-- every call of the tenant (and of every tenant named alike) carries.
-- squawk-disable-assume-in-transaction
-- (the Supabase CLI runs a file whose one statement cannot run in a
-- transaction outside of one; an interrupted build leaves an invalid index,
-- which a catalog test names: drop it and push again.)
set lock_timeout = '5s';
set statement_timeout = '2h';
create index concurrently if not exists calls_caller_trgm_idx on public.calls using gin (
  caller_number extensions.gin_trgm_ops);
