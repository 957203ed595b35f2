-- Tags per phone: search_calls' tags filter (the newest calls tagged "urgent"
-- of one phone). Replaces call_metadata_tags_idx, which indexed tags alone and
-- so made every tenant's tagged rows part of each tenant's search; queries on
-- tags alone still use this one (GIN serves any of its columns).
-- squawk-disable-assume-in-transaction
-- (the Supabase CLI runs a file whose one statement cannot run in a
-- transaction outside of one; an interrupted build leaves an invalid index,
-- which a catalog test names: drop it and push again.)
set lock_timeout = '5s';
set statement_timeout = '2h';
create index concurrently if not exists call_metadata_phone_tags_idx on public.call_metadata using gin (phone_id, tags);
