-- loses data: private.calls_archive, private.call_metadata_archive
-- Down of 20261122001100_calls_archive.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop table private.call_metadata_archive;
drop table private.calls_archive;
