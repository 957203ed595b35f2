-- The caller index keeps its name: calls_phone_caller_id_idx (20261130100600)
-- becomes calls_phone_caller_idx, the name the plan tests and the README
-- know. Renaming an index takes SHARE UPDATE EXCLUSIVE, which lets reads and
-- writes of calls go on.
set lock_timeout = '5s';
set statement_timeout = '60s';
alter index public.calls_phone_caller_id_idx rename to calls_phone_caller_idx;
