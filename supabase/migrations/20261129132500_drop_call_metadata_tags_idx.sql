-- call_metadata_tags_idx is replaced by call_metadata_phone_tags_idx.
-- squawk-disable-assume-in-transaction
-- (the Supabase CLI runs a file whose one statement cannot run in a
-- transaction outside of one.)
set lock_timeout = '5s';
set statement_timeout = '10min';
drop index concurrently if exists public.call_metadata_tags_idx;
