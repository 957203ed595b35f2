-- A caller's history in the order every call screen pages in: newest first,
-- ties by id. calls_phone_caller_idx keys (phone_id, caller_number,
-- created_at desc) only, so the history paged on (created_at, id)
-- (callsByCaller, and supabase-js ordering by created_at and id) was sorted:
-- under row level security the planner expects one call per caller and sorts
-- all of them rather than walk them in order, which for a frequent caller
-- (tens of thousands of calls at 10M) reads and sorts every one for each
-- page. With the id as a last key the index gives the order itself. It
-- replaces calls_phone_caller_idx (dropped next, then this one takes its
-- name), so calls keep the same number of indexes to maintain.
-- squawk-disable-assume-in-transaction
-- (the Supabase CLI runs a file whose one statement cannot run in a
-- transaction outside of one; an interrupted build leaves an invalid index,
-- which a catalog test names: drop it and push again.)
set lock_timeout = '5s';
set statement_timeout = '2h';
create index concurrently if not exists calls_phone_caller_id_idx
  on public.calls (phone_id, caller_number, created_at desc, id desc);
