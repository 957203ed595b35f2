-- The counts of public.callers, now that every caller has been recounted
-- (20261130100200): a call count is never negative and a first call is never
-- after the last. Before the backfill a row could hold -1 (a call that came
-- before the triggers, deleted before its caller was recounted), so these
-- could not come with the table.
--
-- Only these two: the triggers keep them at every row change. A rule tying
-- the count to the times (no calls, no first call) would not hold within a
-- statement: the archive moves a call by deleting and inserting it in one
-- statement, and when the delete's trigger runs first the row has a count of
-- zero while first_call_at already sees the archived copy.
--
-- Added NOT VALID (a plain ADD would scan the table under a lock that stops
-- the triggers, so every webhook); 20261130100400 validates them. Adding a
-- constraint still takes ACCESS EXCLUSIVE on callers for a moment, which
-- webhooks' triggers wait for: taken with private.lock_briefly.
set lock_timeout = '50ms';
set statement_timeout = '60s';

select private.lock_briefly(array['public.callers'::regclass], 'access exclusive');

alter table public.callers
  add constraint callers_call_count_nonnegative check (call_count >= 0) not valid,
  add constraint callers_first_call_not_after_last check (first_call_at <= last_call_at) not valid;
