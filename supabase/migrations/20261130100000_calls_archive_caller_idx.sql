-- A caller's archived calls by time: the callers directory (next migration)
-- counts archived calls too, and when a call leaves a caller's first or last
-- place (deleted, or moved in time by a late webhook) the trigger that keeps
-- the directory current looks up the caller's earliest and latest remaining
-- call in calls and here; so does the backfill's recount. The archive had only its primary key, so
-- that lookup would read every archived call. Built before the trigger exists,
-- so no write ever waits on a scan of the archive.
-- squawk-disable-assume-in-transaction
-- (the Supabase CLI runs a file whose one statement cannot run in a
-- transaction outside of one; an interrupted build leaves an invalid index,
-- which a catalog test names: drop it and push again.)
set lock_timeout = '5s';
set statement_timeout = '2h';
create index concurrently if not exists calls_archive_phone_caller_idx
  on private.calls_archive (phone_id, caller_number, created_at);
