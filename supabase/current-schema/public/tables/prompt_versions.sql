CREATE TABLE "public"."prompt_versions" (
  "phone_id" text NOT NULL,
  CONSTRAINT "prompt_versions_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE
);

ALTER TABLE "public"."prompt_versions"
  ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."prompt_versions"
  ADD COLUMN "kind" public.prompt_kind NOT NULL;

ALTER TABLE "public"."prompt_versions"
  ADD COLUMN "version" integer NOT NULL;

ALTER TABLE "public"."prompt_versions"
  ADD COLUMN "body" text NOT NULL;

ALTER TABLE "public"."prompt_versions"
  ADD COLUMN "note" text;

ALTER TABLE "public"."prompt_versions"
  ADD COLUMN "created_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."prompt_versions"
  ADD CONSTRAINT "prompt_versions_body_length" CHECK (((char_length(body) >= 1) AND (char_length(body) <= 20000)));

ALTER TABLE "public"."prompt_versions"
  ADD CONSTRAINT "prompt_versions_body_spoken_length" CHECK (((kind = 'system_prompt'::public.prompt_kind) OR (char_length(body) <= 1000)));

ALTER TABLE "public"."prompt_versions"
  ADD CONSTRAINT "prompt_versions_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

ALTER TABLE "public"."prompt_versions"
  ADD CONSTRAINT "prompt_versions_note_length" CHECK (((char_length(note) >= 1) AND (char_length(note) <= 200)));

ALTER TABLE "public"."prompt_versions"
  ADD CONSTRAINT "prompt_versions_pkey" PRIMARY KEY (phone_id, kind, VERSION);

ALTER TABLE "public"."prompt_versions"
  ADD CONSTRAINT "prompt_versions_version_positive" CHECK ((version >= 1));

CREATE TRIGGER keep_prompt_version
  BEFORE DELETE OR UPDATE ON public.prompt_versions
  FOR EACH ROW
  EXECUTE FUNCTION private.keep_prompt_version();

CREATE TRIGGER number_prompt_version
  BEFORE INSERT ON public.prompt_versions
  FOR EACH ROW
  EXECUTE FUNCTION private.number_prompt_version();

CREATE POLICY "members read their prompt versions" ON "public"."prompt_versions"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

ALTER TABLE "public"."prompt_versions"
  ADD COLUMN "created_by" uuid DEFAULT auth.uid();

ALTER TABLE "public"."prompt_versions"
  ADD CONSTRAINT "prompt_versions_created_by_fkey" FOREIGN KEY (created_by) REFERENCES auth.users(id) ON DELETE SET NULL;

CREATE INDEX prompt_versions_created_by_idx ON public.prompt_versions USING btree (created_by);

ALTER TABLE "public"."prompt_versions"
  ADD CONSTRAINT "prompt_versions_body_not_blank" CHECK ((NOT private.is_blank(body)));

ALTER TABLE "public"."prompt_versions"
  ADD CONSTRAINT "prompt_versions_body_printable" CHECK (private.is_printable_text(body));

ALTER TABLE "public"."prompt_versions"
  ADD CONSTRAINT "prompt_versions_body_trimmed" CHECK ((NOT private.has_outer_space(body)));

ALTER TABLE "public"."prompt_versions"
  ADD CONSTRAINT "prompt_versions_note_not_blank" CHECK ((NOT private.is_blank(note)));

ALTER TABLE "public"."prompt_versions"
  ADD CONSTRAINT "prompt_versions_note_single_line" CHECK (private.is_single_line(note));

ALTER TABLE "public"."prompt_versions"
  ADD CONSTRAINT "prompt_versions_note_trimmed" CHECK ((NOT private.has_outer_space(note)));

COMMENT ON COLUMN "public"."prompt_versions"."body" IS 'The text: up to 20,000 characters for a system prompt, 1,000 for a spoken kind; not blank, no leading or trailing whitespace, line breaks and tabs allowed but no other control character.';

COMMENT ON COLUMN "public"."prompt_versions"."created_at" IS 'When the version was saved, filled in by the database.';

COMMENT ON COLUMN "public"."prompt_versions"."kind" IS 'Which prompt this is a version of: system_prompt, greeting, fallback, after_hours or voicemail.';

COMMENT ON COLUMN "public"."prompt_versions"."note" IS 'What changed, in the editor''s words (optional): one line of at most 200 characters.';

COMMENT ON COLUMN "public"."prompt_versions"."phone_id" IS 'The tenant: the phone number this row belongs to (phone_numbers.id).';

COMMENT ON COLUMN "public"."prompt_versions"."version" IS 'The version''s number within its phone and kind: 1, 2, 3 ... in the order saved, given by the database (trigger number_prompt_version), never reused.';

COMMENT ON POLICY "members read their prompt versions" ON "public"."prompt_versions" IS 'Members of any level read every version of their phone numbers'' prompts.';

COMMENT ON TABLE "public"."prompt_versions" IS 'Every saved version of a phone''s prompt templates, per kind, numbered from 1; the receptionist uses the one active_prompts points at. Never changed or deleted (trigger keep_prompt_version): editing saves a new version (public.save_prompt), rolling back activates an older one (public.activate_prompt). Members read them; owners and admins save them; they go only with their phone number.';

COMMENT ON COLUMN "public"."prompt_versions"."created_by" IS 'The member who saved it (null once that user is deleted).';

REVOKE ALL ON TABLE "public"."prompt_versions" FROM "authenticated";

GRANT SELECT ON TABLE "public"."prompt_versions" TO "authenticated";

REVOKE ALL ON TABLE "public"."prompt_versions" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."prompt_versions" TO "postgres";

REVOKE ALL ON TABLE "public"."prompt_versions" FROM "service_role";

GRANT SELECT ON TABLE "public"."prompt_versions" TO "service_role";

REVOKE ALL ON TABLE "public"."prompt_versions" FROM "anon";
