-- Down of 20261129172100_live_calls_validate:
-- the constraints it validated, NOT VALID again as the migrations before left
-- them. A constraint cannot be marked unvalidated in place, so each is dropped
-- and added again NOT VALID: no row is checked, and the lock is held only for
-- the catalog change.
set lock_timeout = '5s';
set statement_timeout = '10min';

alter table public.phone_numbers
  drop constraint phone_numbers_max_concurrent_calls_range,
  add constraint phone_numbers_max_concurrent_calls_range CHECK (((max_concurrent_calls >= 1) AND (max_concurrent_calls <= 1000))) NOT VALID;
