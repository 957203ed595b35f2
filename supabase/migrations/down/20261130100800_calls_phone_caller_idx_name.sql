-- Down of 20261130100800_calls_phone_caller_idx_name.sql.
set lock_timeout = '5s';
set statement_timeout = '60s';
alter index public.calls_phone_caller_idx rename to calls_phone_caller_id_idx;
