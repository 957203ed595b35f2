CREATE TABLE "public"."active_prompts" (
  "phone_id" text NOT NULL,
  CONSTRAINT "active_prompts_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE
);

ALTER TABLE "public"."active_prompts"
  ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."active_prompts"
  ADD COLUMN "kind" public.prompt_kind NOT NULL;

ALTER TABLE "public"."active_prompts"
  ADD COLUMN "version" integer NOT NULL;

ALTER TABLE "public"."active_prompts"
  ADD COLUMN "latest_version" integer NOT NULL;

ALTER TABLE "public"."active_prompts"
  ADD COLUMN "activated_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."active_prompts"
  ADD CONSTRAINT "active_prompts_activated_at_range" CHECK (((activated_at >= '2020-01-01 00:00:00+00'::timestamp
    with time zone) AND (activated_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

ALTER TABLE "public"."active_prompts"
  ADD CONSTRAINT "active_prompts_pkey" PRIMARY KEY (phone_id, kind);

ALTER TABLE "public"."active_prompts"
  ADD CONSTRAINT "active_prompts_version_range" CHECK (((version >= 1) AND (version <= latest_version)));

ALTER TABLE "public"."active_prompts"
  ADD CONSTRAINT "active_prompts_version_fkey" FOREIGN KEY (phone_id, kind, VERSION) REFERENCES public.prompt_versions(phone_id, kind, VERSION) DEFERRABLE INITIALLY DEFERRED;

CREATE INDEX active_prompts_version_idx ON public.active_prompts USING btree (phone_id, kind, VERSION);

CREATE TRIGGER keep_active_prompt
  BEFORE DELETE OR UPDATE ON public.active_prompts
  FOR EACH ROW
  EXECUTE FUNCTION private.keep_active_prompt();

CREATE POLICY "admins activate prompts" ON "public"."active_prompts"
  FOR UPDATE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])))
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "members read their active prompts" ON "public"."active_prompts"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

REVOKE ALL ON TABLE "public"."active_prompts" FROM "authenticated";

ALTER TABLE "public"."active_prompts"
  ADD COLUMN "activated_by" uuid DEFAULT auth.uid();

ALTER TABLE "public"."active_prompts"
  ADD CONSTRAINT "active_prompts_activated_by_fkey" FOREIGN KEY (activated_by) REFERENCES auth.users(id) ON DELETE SET NULL;

CREATE INDEX active_prompts_activated_by_idx ON public.active_prompts USING btree (activated_by);

COMMENT ON COLUMN "public"."active_prompts"."activated_at" IS 'When the active version was activated, filled in by the database.';

COMMENT ON COLUMN "public"."active_prompts"."kind" IS 'The prompt kind whose active version this row points at; one row per phone and kind.';

COMMENT ON COLUMN "public"."active_prompts"."latest_version" IS 'The last version number given out for this phone and kind; the next save gets latest_version + 1. Written only by the trigger number_prompt_version.';

COMMENT ON COLUMN "public"."active_prompts"."phone_id" IS 'The tenant: the phone number this row belongs to (phone_numbers.id).';

COMMENT ON COLUMN "public"."active_prompts"."version" IS 'The active version (a prompt_versions row of the same phone and kind, checked at commit).';

COMMENT ON POLICY "admins activate prompts" ON "public"."active_prompts" IS 'Owners and admins change which version is active (the version column only, by column privilege).';

COMMENT ON POLICY "members read their active prompts" ON "public"."active_prompts" IS 'Members of any level see which version of each prompt is active on their phone numbers.';

COMMENT ON TABLE "public"."active_prompts" IS 'The active version of each phone''s prompt of each kind: one row per phone and kind that has versions, created with the first version and kept until the phone number goes. Owners and admins change version (activate_prompt, or an update of version); members read it; the receptionist reads the active text through it on every call.';

COMMENT ON COLUMN "public"."active_prompts"."activated_by" IS 'Who activated the active version, filled in by the database (null once that user is deleted, or when no signed-in user did).';

REVOKE ALL ("version") ON TABLE "public"."active_prompts" FROM "authenticated";

GRANT UPDATE ("version") ON TABLE "public"."active_prompts" TO "authenticated";

GRANT SELECT ON TABLE "public"."active_prompts" TO "authenticated";

REVOKE ALL ON TABLE "public"."active_prompts" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."active_prompts" TO "postgres";

REVOKE ALL ON TABLE "public"."active_prompts" FROM "service_role";

GRANT SELECT ON TABLE "public"."active_prompts" TO "service_role";

REVOKE ALL ON TABLE "public"."active_prompts" FROM "anon";
