CREATE SEQUENCE "private"."audit_log_id_seq" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

COMMENT ON SEQUENCE "private"."audit_log_id_seq" IS 'Numbers the audit entries: their order within one transaction''s time.';
