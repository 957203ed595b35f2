-- Down of 20261122000100_extensions: drops btree_gist, the one extension this
-- migration installed. pg_cron and pg_stat_statements are preinstalled on a
-- Supabase project (its `create extension if not exists` found them there),
-- so they stay.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop extension btree_gist;
