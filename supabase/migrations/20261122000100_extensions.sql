-- Extensions the schema relies on. Supabase installs extensions into the
-- `extensions` schema so they stay out of the API surface; pg_cron lives in
-- pg_catalog with its own `cron` schema, as Supabase's dashboard installs it.
set lock_timeout = '5s';
set statement_timeout = '60s';

-- Scheduled jobs: materialized view refreshes, archiving.
create extension if not exists pg_cron with schema pg_catalog;
-- Query statistics for performance work (preinstalled on Supabase).
create extension if not exists pg_stat_statements with schema extensions;
-- Equality operators for GiST, needed by exclusion constraints that mix a
-- tenant key with a range (business hours may not overlap within a tenant).
create extension if not exists btree_gist with schema extensions;
