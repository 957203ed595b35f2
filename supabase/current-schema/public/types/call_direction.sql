CREATE TYPE "public"."call_direction" AS ENUM (
  'inbound',
  'outbound'
);

COMMENT ON TYPE "public"."call_direction" IS 'Which way a call went: inbound (a caller rang the phone number) or outbound (a campaign or staff dialled out).';
