CREATE TYPE "public"."call_status" AS ENUM (
  'ringing',
  'answered',
  'completed',
  'failed'
);

COMMENT ON TYPE "public"."call_status" IS 'Lifecycle of a call: ringing -> answered -> completed, or ringing/answered -> failed.';
