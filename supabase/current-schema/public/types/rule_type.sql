CREATE TYPE "public"."rule_type" AS ENUM (
  'greeting',
  'routing',
  'transfer',
  'hours'
);

COMMENT ON TYPE "public"."rule_type" IS 'Kind of conversation rule: greeting, routing, transfer or hours.';
