CREATE TABLE "private"."calls_archive" (
  "phone_id"      text NOT NULL,
  "id"            uuid NOT NULL,
  "call_sid"      text NOT NULL,
  "caller_number" text NOT NULL,
  CONSTRAINT "calls_archive_pkey" PRIMARY KEY (phone_id, id),
  CONSTRAINT "calls_archive_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE
);

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "status" public.call_status NOT NULL;

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "duration" integer NOT NULL;

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "answered_at" timestamp WITH time zone;

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "ended_at" timestamp WITH time zone;

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "recording_url" text;

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "transcript" text;

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "ai_summary" text;

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "created_at" timestamp(3) WITH time zone NOT NULL;

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "updated_at" timestamp WITH time zone NOT NULL;

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "archived_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "ai_confidence" numeric(3,2);

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "direction" public.call_direction NOT NULL DEFAULT 'inbound'::public.call_direction;

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "ended_reason" public.call_ended_reason;

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "billed_seconds" integer;

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "cost" numeric(12,5);

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "currency" text;

ALTER TABLE "private"."calls_archive"
  ADD COLUMN "transferred_to" text;

CREATE TRIGGER count_call_deletes
  AFTER DELETE ON private.calls_archive
  FOR EACH ROW
  EXECUTE FUNCTION private.count_call_change();

CREATE TRIGGER count_call_inserts
  AFTER INSERT ON private.calls_archive
  FOR EACH ROW
  EXECUTE FUNCTION private.count_call_change();

CREATE TRIGGER count_call_updates
  AFTER UPDATE OF phone_id, created_at, caller_number, status, duration, answered_at ON private.calls_archive
  FOR EACH ROW
  WHEN
    (((((((old.phone_id IS DISTINCT FROM new.phone_id) OR (old.created_at IS DISTINCT FROM new.created_at)) OR (old.caller_number IS DISTINCT FROM new.caller_number)) OR
    (old.status IS DISTINCT FROM new.status)) OR (old.duration IS DISTINCT FROM new.duration)) OR (old.answered_at IS DISTINCT FROM new.answered_at)))
  EXECUTE FUNCTION private.count_call_change();

GRANT SELECT ON TABLE "private"."calls_archive" TO "service_role";

COMMENT ON COLUMN "private"."calls_archive"."ai_confidence" IS 'As public.calls.ai_confidence, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."ai_summary" IS 'As public.calls.ai_summary, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."answered_at" IS 'As public.calls.answered_at, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."archived_at" IS 'When the call was moved out of public.calls.';

COMMENT ON COLUMN "private"."calls_archive"."billed_seconds" IS 'As public.calls.billed_seconds, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."call_sid" IS 'As public.calls.call_sid, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."caller_number" IS 'As public.calls.caller_number, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."cost" IS 'As public.calls.cost, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."created_at" IS 'As public.calls.created_at, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."currency" IS 'As public.calls.currency, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."direction" IS 'As public.calls.direction, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."duration" IS 'As public.calls.duration, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."ended_at" IS 'As public.calls.ended_at, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."ended_reason" IS 'As public.calls.ended_reason, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."id" IS 'As public.calls.id, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."phone_id" IS 'As public.calls.phone_id, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."recording_url" IS 'As public.calls.recording_url, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."status" IS 'As public.calls.status, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."transcript" IS 'As public.calls.transcript, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."transferred_to" IS 'As public.calls.transferred_to, when the call was archived.';

COMMENT ON COLUMN "private"."calls_archive"."updated_at" IS 'As public.calls.updated_at, when the call was archived.';

COMMENT ON TABLE "private"."calls_archive" IS 'Calls older than the retention period, moved here by private.archive_calls(). Not exposed by the API; readable by the service role only. Same columns as public.calls plus archived_at.';
