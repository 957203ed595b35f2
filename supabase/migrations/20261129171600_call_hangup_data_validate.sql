-- Validates the constraints 20261129171500_call_hangup_data.sql added NOT
-- VALID: a scan of calls under SHARE UPDATE EXCLUSIVE, which blocks no reads
-- or writes.
set lock_timeout = '5s';
set statement_timeout = '2h';
alter table public.calls validate constraint calls_billed_seconds_range;
alter table public.calls validate constraint calls_cost_range;
alter table public.calls validate constraint calls_currency_format;
alter table public.calls validate constraint calls_cost_with_currency;
alter table public.calls validate constraint calls_transferred_to_e164;
