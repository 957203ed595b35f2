CREATE TYPE "public"."webhook_event_status" AS ENUM (
  'received',
  'processed',
  'failed',
  'ignored'
);

COMMENT ON TYPE "public"."webhook_event_status" IS 'Where an event is in processing: received (stored, not yet handled), processed, failed (error says why; it may be retried), ignored (deliberately not handled).';
