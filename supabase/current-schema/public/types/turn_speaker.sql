CREATE TYPE "public"."turn_speaker" AS ENUM (
  'caller',
  'assistant',
  'tool',
  'system'
);

COMMENT ON TYPE "public"."turn_speaker" IS 'Who a conversation turn is from: caller (the person calling), assistant (the AI receptionist), tool (a tool the receptionist called, with its name and arguments) or system (the platform: a transfer, a hold, a hang-up).';
