CREATE TYPE "public"."campaign_status" AS ENUM (
  'draft',
  'scheduled',
  'running',
  'paused',
  'completed',
  'canceled'
);

COMMENT ON TYPE "public"."campaign_status" IS 'Where a campaign is: draft (being prepared), scheduled (armed: the dialer starts it inside its window), running, paused (no hand-out until resumed), completed (no contact left to dial), canceled (stopped for good). Allowed steps: draft -> scheduled | canceled; scheduled -> running | canceled; running -> paused | completed | canceled; paused -> running | completed | canceled.';
