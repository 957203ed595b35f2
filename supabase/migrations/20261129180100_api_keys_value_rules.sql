-- Two malformed values api_keys met with an error instead of a refusal by
-- name (tests/malformed-values.test.ts found them):
--
--   phone_id  a key of a few thousand characters failed in the primary key
--             index with 54000 (index row size): now in the form of
--             phone_numbers.id, as every other tenant table has it
--   scopes    a list of lists ('{{calls:read}}') failed in
--             api_keys_scopes_not_null with 0A000 (array_position does not
--             search multidimensional arrays): api_keys_scopes_flat refuses
--             it first (constraints are checked in name order)
--
-- Added NOT VALID; 20261129180101_api_keys_value_rules_validate.sql
-- validates them.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.api_keys
  add constraint api_keys_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid,
  add constraint api_keys_scopes_flat check (coalesce(array_ndims(scopes), 1) = 1) not valid;
