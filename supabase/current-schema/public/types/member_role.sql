CREATE TYPE "public"."member_role" AS ENUM (
  'viewer',
  'admin',
  'owner'
);

COMMENT ON TYPE "public"."member_role" IS 'Level of a member on a phone number, ordered viewer < admin < owner.';
