-- Down of 20261122000300_updated_at.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop function private.set_updated_at();
