CREATE TYPE "public"."appointment_status" AS ENUM (
  'booked',
  'confirmed',
  'canceled',
  'completed',
  'no_show'
);

COMMENT ON TYPE "public"."appointment_status" IS 'Lifecycle of an appointment: booked -> confirmed; booked or confirmed -> canceled, completed or no_show, which are final.';
