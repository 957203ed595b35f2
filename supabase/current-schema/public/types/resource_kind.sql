CREATE TYPE "public"."resource_kind" AS ENUM (
  'staff',
  'room'
);

COMMENT ON TYPE "public"."resource_kind" IS 'What a bookable resource is: a staff member or a room.';
