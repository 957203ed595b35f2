-- loses data: public.call_metadata
-- Down of 20261122000700_call_metadata.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop table public.call_metadata;
