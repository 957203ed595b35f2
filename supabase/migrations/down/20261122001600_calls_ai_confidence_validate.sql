-- Down of 20261122001600_calls_ai_confidence_validate: calls_ai_confidence_range
-- as the migration before left it, NOT VALID. A constraint cannot be marked
-- unvalidated in place: it is dropped and added again NOT VALID, which checks
-- no row and holds the lock only for the catalog change.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.calls drop constraint calls_ai_confidence_range;
alter table public.calls add constraint calls_ai_confidence_range
  check (ai_confidence between 0 and 1) not valid;
