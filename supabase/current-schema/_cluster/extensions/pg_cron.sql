CREATE EXTENSION "pg_cron";

COMMENT ON EXTENSION "pg_cron" IS 'Job scheduler for PostgreSQL';
