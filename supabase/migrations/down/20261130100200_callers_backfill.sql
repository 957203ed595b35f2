-- Down of 20261130100200_callers_backfill.sql: without the recount and its
-- batches. The counts it wrote stay (they are the calls' own, and
-- the triggers go on keeping them).
set lock_timeout = '5s';
set statement_timeout = '60s';

drop function private.backfill_callers_batch(text, text, integer);
drop function private.recount_callers(text[], text[]);
