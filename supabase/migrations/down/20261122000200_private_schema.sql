-- Down of 20261122000200_private_schema: the private schema goes, and
-- functions postgres creates are executable by PUBLIC again (Postgres'
-- built-in default). The migration's per-schema revokes on tables and
-- sequences in private changed nothing (a schema's default privileges start
-- empty), so there is nothing of theirs to undo.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter default privileges for role postgres grant execute on functions to public;
drop schema private;
