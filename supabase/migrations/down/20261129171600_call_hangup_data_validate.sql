-- Down of 20261129171600_call_hangup_data_validate:
-- the constraints it validated, NOT VALID again as the migrations before left
-- them. A constraint cannot be marked unvalidated in place, so each is dropped
-- and added again NOT VALID: no row is checked, and the lock is held only for
-- the catalog change.
set lock_timeout = '5s';
set statement_timeout = '2h';

alter table public.calls
  drop constraint calls_billed_seconds_range,
  add constraint calls_billed_seconds_range CHECK (((billed_seconds >= 0) AND (billed_seconds <= 86400))) NOT VALID,
  drop constraint calls_cost_range,
  add constraint calls_cost_range CHECK (((cost >= (0)::numeric) AND (cost < (100000)::numeric))) NOT VALID,
  drop constraint calls_currency_format,
  add constraint calls_currency_format CHECK ((currency ~ '^[A-Z]{3}$'::text)) NOT VALID,
  drop constraint calls_cost_with_currency,
  add constraint calls_cost_with_currency CHECK (((cost IS NULL) = (currency IS NULL))) NOT VALID,
  drop constraint calls_transferred_to_e164,
  add constraint calls_transferred_to_e164 CHECK ((transferred_to ~ '^\+[1-9][0-9]{6,14}$'::text)) NOT VALID;
