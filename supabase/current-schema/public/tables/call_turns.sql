CREATE TABLE "public"."call_turns" (
  "phone_id"  text    NOT NULL,
  "call_id"   uuid    NOT NULL,
  "sequence"  integer NOT NULL,
  "offset_ms" integer NOT NULL,
  CONSTRAINT "call_turns_offset_ms_range" CHECK (((offset_ms >= 0) AND (offset_ms <= 86400000))),
  CONSTRAINT "call_turns_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "call_turns_pkey" PRIMARY KEY (phone_id, call_id, SEQUENCE),
  CONSTRAINT "call_turns_sequence_range" CHECK (((sequence >= 0) AND (sequence <= 100000))),
  CONSTRAINT "call_turns_call_fkey" FOREIGN KEY (phone_id, call_id) REFERENCES public.calls(phone_id, id) ON DELETE CASCADE
);

ALTER TABLE "public"."call_turns"
  ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."call_turns"
  ADD COLUMN "speaker" public.turn_speaker NOT NULL;

ALTER TABLE "public"."call_turns"
  ADD COLUMN "created_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."call_turns"
  ADD COLUMN "content" text;

ALTER TABLE "public"."call_turns"
  ADD COLUMN "tool_name" text;

ALTER TABLE "public"."call_turns"
  ADD COLUMN "tool_arguments" jsonb;

ALTER TABLE "public"."call_turns"
  ADD CONSTRAINT "call_turns_content_length" CHECK (((char_length(content) >= 1) AND (char_length(content) <= 10000)));

ALTER TABLE "public"."call_turns"
  ADD CONSTRAINT "call_turns_content_unless_tool" CHECK (((speaker = 'tool'::public.turn_speaker) OR (content IS NOT NULL)));

ALTER TABLE "public"."call_turns"
  ADD CONSTRAINT "call_turns_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

ALTER TABLE "public"."call_turns"
  ADD CONSTRAINT "call_turns_tool_arguments_for_tool" CHECK (((speaker = 'tool'::public.turn_speaker) = (tool_arguments IS NOT NULL)));

ALTER TABLE "public"."call_turns"
  ADD CONSTRAINT "call_turns_tool_arguments_object" CHECK ((jsonb_typeof(tool_arguments) = 'object'::text));

ALTER TABLE "public"."call_turns"
  ADD CONSTRAINT "call_turns_tool_arguments_size" CHECK ((octet_length((tool_arguments)::text) <= 65536));

ALTER TABLE "public"."call_turns"
  ADD CONSTRAINT "call_turns_tool_name_for_tool" CHECK (((speaker = 'tool'::public.turn_speaker) = (tool_name IS NOT NULL)));

ALTER TABLE "public"."call_turns"
  ADD CONSTRAINT "call_turns_tool_name_format" CHECK ((tool_name ~ '^[A-Za-z0-9_.:/-]{1,64}$'::text));

CREATE POLICY "members read their call turns" ON "public"."call_turns"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

ALTER TABLE "public"."call_turns"
  ADD CONSTRAINT "call_turns_content_not_blank" CHECK ((NOT private.is_blank(content)));

ALTER TABLE "public"."call_turns"
  ADD CONSTRAINT "call_turns_content_printable" CHECK (private.is_printable_text(content));

ALTER TABLE "public"."call_turns"
  ADD CONSTRAINT "call_turns_tool_arguments_depth" CHECK (private.jsonb_depth_within(tool_arguments, 32));

CREATE INDEX call_turns_search_idx ON public.call_turns USING gin (private.call_turn_words(phone_id, call_id, content));

COMMENT ON COLUMN "public"."call_turns"."call_id" IS 'The call the turn was said in (calls.id of the same phone).';

COMMENT ON COLUMN "public"."call_turns"."content" IS 'What was said, as recognized or generated (outer whitespace kept, up to 10,000 characters); for a tool turn, what the tool returned, if anything. Required for every speaker but tool.';

COMMENT ON COLUMN "public"."call_turns"."created_at" IS 'When the turn was stored (not when it was said: see offset_ms).';

COMMENT ON COLUMN "public"."call_turns"."offset_ms" IS 'Milliseconds from the start of the call (calls.created_at) to the start of the turn, 0 to 86,400,000 (a day).';

COMMENT ON COLUMN "public"."call_turns"."phone_id" IS 'The tenant: the phone number of the call (phone_numbers.id).';

COMMENT ON COLUMN "public"."call_turns"."sequence" IS 'The turn''s number within its call, from the telephony provider (0 to 100,000): its identity and its order.';

COMMENT ON COLUMN "public"."call_turns"."speaker" IS 'Who spoke: the caller, the assistant, a tool the assistant called, or the system.';

COMMENT ON COLUMN "public"."call_turns"."tool_arguments" IS 'The arguments a tool turn called its tool with, a JSON object (at most 64 kB, 32 levels); only on tool turns.';

COMMENT ON COLUMN "public"."call_turns"."tool_name" IS 'The tool a tool turn called (1 to 64 of A-Z a-z 0-9 _ . : / -); only on tool turns.';

COMMENT ON POLICY "members read their call turns" ON "public"."call_turns" IS 'Members of any level read the turns of their phone numbers'' calls.';

COMMENT ON TABLE "public"."call_turns" IS 'The turns of a call''s conversation, one row per turn, ordered by sequence. Written by the telephony backend (service role) through record_call_turns, which makes a retried turn a no-op and refuses a changed one; never updated or deleted through the API. Members read their phones'' turns. Archived with their call; deleted with their call or phone number.';

REVOKE ALL ON TABLE "public"."call_turns" FROM "authenticated";

GRANT SELECT ON TABLE "public"."call_turns" TO "authenticated";

REVOKE ALL ON TABLE "public"."call_turns" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."call_turns" TO "postgres";

REVOKE ALL ON TABLE "public"."call_turns" FROM "service_role";

GRANT INSERT, SELECT ON TABLE "public"."call_turns" TO "service_role";

REVOKE ALL ON TABLE "public"."call_turns" FROM "anon";
