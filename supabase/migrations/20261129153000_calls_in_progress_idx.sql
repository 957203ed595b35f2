-- Calls in progress in the order every screen lists calls: newest first, ties
-- by id. calls_active_idx keys (phone_id, created_at) only, so a request
-- ordered by (created_at, id), as supabase-js sends "calls in progress" with
-- PostgREST's LIMIT 1000, needed an incremental sort on top of it.
-- Under row level security the planner may not look at a column's statistics
-- through an operator that is not leakproof, and enum equality is not: it
-- assumes one call in a hundred is ringing or answered, where it is one in
-- many thousands. With that LIMIT, the sort then cost as much as walking the
-- whole tenant down calls_phone_created_idx and filtering on status: a second
-- for a tenant of a million calls. Walking this index needs no sort and reads
-- only the calls in progress, so it is the cheaper plan at any estimate.
-- squawk-disable-assume-in-transaction
-- (the Supabase CLI runs a file whose one statement cannot run in a
-- transaction outside of one; an interrupted build leaves an invalid index,
-- which a catalog test names: drop it and push again.)
set lock_timeout = '5s';
set statement_timeout = '2h';
create index concurrently if not exists calls_in_progress_idx on public.calls (phone_id, created_at desc, id desc)
  where status in ('ringing', 'answered');
