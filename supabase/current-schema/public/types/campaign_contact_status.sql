CREATE TYPE "public"."campaign_contact_status" AS ENUM (
  'pending',
  'dialing',
  'completed',
  'failed',
  'skipped'
);

COMMENT ON TYPE "public"."campaign_contact_status" IS 'Where a contact is: pending (to dial, from next_attempt_at), dialing (handed out to a dialer), completed (reached), failed (no attempt left, or the number cannot be reached), skipped (not dialed again: the campaign was canceled, or the number opted out of outbound calls, public.callers.opted_out).';
