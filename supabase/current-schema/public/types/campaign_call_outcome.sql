CREATE TYPE "public"."campaign_call_outcome" AS ENUM (
  'answered',
  'voicemail',
  'no_answer',
  'busy',
  'failed',
  'invalid_number'
);

COMMENT ON TYPE "public"."campaign_call_outcome" IS 'What a campaign call came to, as the dialer reports it: answered or voicemail complete the contact; no_answer, busy and failed retry it while it has attempts left; invalid_number fails it at once.';
