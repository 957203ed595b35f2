CREATE TYPE "public"."audit_operation" AS ENUM (
  'insert',
  'update',
  'delete'
);

COMMENT ON TYPE "public"."audit_operation" IS 'What a change did to a row: insert, update or delete.';
