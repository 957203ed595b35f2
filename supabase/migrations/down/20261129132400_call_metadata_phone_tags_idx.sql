-- Down of 20261129132400_call_metadata_phone_tags_idx: without call_metadata_phone_tags_idx, dropped
-- concurrently (readers and writers of the table go on), alone in this file.
-- squawk-disable-assume-in-transaction
set lock_timeout = '5s';
set statement_timeout = '2h';
drop index concurrently if exists public.call_metadata_phone_tags_idx;
