-- Validates the constraints 20261129180100_api_keys_value_rules.sql added NOT
-- VALID: a scan of api_keys under SHARE UPDATE EXCLUSIVE, which blocks no
-- reads or writes.
set lock_timeout = '5s';
set statement_timeout = '15min';

alter table public.api_keys validate constraint api_keys_phone_id_format;
alter table public.api_keys validate constraint api_keys_scopes_flat;
