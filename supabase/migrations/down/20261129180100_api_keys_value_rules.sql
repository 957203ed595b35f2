-- Down of 20261129180100_api_keys_value_rules.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.api_keys
  drop constraint api_keys_phone_id_format,
  drop constraint api_keys_scopes_flat;
