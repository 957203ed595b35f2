CREATE TABLE "private"."call_turns_archive" (
  "phone_id"  text    NOT NULL,
  "call_id"   uuid    NOT NULL,
  "sequence"  integer NOT NULL,
  "offset_ms" integer NOT NULL,
  CONSTRAINT "call_turns_archive_pkey" PRIMARY KEY (phone_id, call_id, SEQUENCE),
  CONSTRAINT "call_turns_archive_call_fkey" FOREIGN KEY (phone_id, call_id) REFERENCES private.calls_archive(phone_id, id) ON DELETE CASCADE
);

ALTER TABLE "private"."call_turns_archive"
  ADD COLUMN "speaker" public.turn_speaker NOT NULL;

ALTER TABLE "private"."call_turns_archive"
  ADD COLUMN "created_at" timestamp WITH time zone NOT NULL;

ALTER TABLE "private"."call_turns_archive"
  ADD COLUMN "content" text;

ALTER TABLE "private"."call_turns_archive"
  ADD COLUMN "tool_name" text;

ALTER TABLE "private"."call_turns_archive"
  ADD COLUMN "tool_arguments" jsonb;

ALTER TABLE "private"."call_turns_archive"
  ADD COLUMN "archived_at" timestamp WITH time zone NOT NULL DEFAULT now();

GRANT SELECT ON TABLE "private"."call_turns_archive" TO "service_role";

COMMENT ON COLUMN "private"."call_turns_archive"."archived_at" IS 'When the turn was moved out of public.call_turns.';

COMMENT ON COLUMN "private"."call_turns_archive"."call_id" IS 'As public.call_turns.call_id, when the turn was archived.';

COMMENT ON COLUMN "private"."call_turns_archive"."content" IS 'As public.call_turns.content, when the turn was archived.';

COMMENT ON COLUMN "private"."call_turns_archive"."created_at" IS 'As public.call_turns.created_at, when the turn was archived.';

COMMENT ON COLUMN "private"."call_turns_archive"."offset_ms" IS 'As public.call_turns.offset_ms, when the turn was archived.';

COMMENT ON COLUMN "private"."call_turns_archive"."phone_id" IS 'As public.call_turns.phone_id, when the turn was archived.';

COMMENT ON COLUMN "private"."call_turns_archive"."sequence" IS 'As public.call_turns.sequence, when the turn was archived.';

COMMENT ON COLUMN "private"."call_turns_archive"."speaker" IS 'As public.call_turns.speaker, when the turn was archived.';

COMMENT ON COLUMN "private"."call_turns_archive"."tool_arguments" IS 'As public.call_turns.tool_arguments, when the turn was archived.';

COMMENT ON COLUMN "private"."call_turns_archive"."tool_name" IS 'As public.call_turns.tool_name, when the turn was archived.';

COMMENT ON TABLE "private"."call_turns_archive" IS 'Turns of archived calls, moved with them by private.archive_calls(). Same protection as private.calls_archive: readable by the service role only. Same columns as public.call_turns plus archived_at.';
