-- Tags per phone: search_calls' tags filter (the newest calls tagged "urgent"
-- of one phone), keyed '<phone id> <tag>' (private.phone_tags). Replaces
-- call_metadata_tags_idx, which indexed tags alone and so read every tenant's
-- tagged rows for each tenant's search.
-- squawk-disable-assume-in-transaction
-- (the Supabase CLI runs a file whose one statement cannot run in a
-- transaction outside of one; an interrupted build leaves an invalid index,
-- which a catalog test names: drop it and push again.)
set lock_timeout = '5s';
set statement_timeout = '2h';
create index concurrently if not exists call_metadata_phone_tags_idx on public.call_metadata using gin (
  private.phone_tags(phone_id, tags));
