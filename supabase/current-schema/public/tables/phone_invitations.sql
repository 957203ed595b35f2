CREATE TABLE "public"."phone_invitations" (
  "phone_id" text NOT NULL,
  "id"       uuid NOT NULL DEFAULT gen_random_uuid(),
  "email"    text NOT NULL,
  CONSTRAINT "phone_invitations_email_format" CHECK (((email = lower(email)) AND (email ~ '^[^@[:space:][:cntrl:]]+@[^@[:space:][:cntrl:]]+\.[^@[:space:][:cntrl:]]+$'::text))),
  CONSTRAINT "phone_invitations_email_length" CHECK ((char_length(email) <= 320)),
  CONSTRAINT "phone_invitations_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "phone_invitations_pkey" PRIMARY KEY (phone_id, id),
  CONSTRAINT "phone_invitations_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE,
  CONSTRAINT "phone_invitations_email_single_line" CHECK (private.is_single_line(email)),
  CONSTRAINT "phone_invitations_email_trimmed" CHECK ((NOT private.has_outer_space(email)))
);

ALTER TABLE "public"."phone_invitations"
  ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."phone_invitations"
  ADD COLUMN "role" public.member_role NOT NULL;

ALTER TABLE "public"."phone_invitations"
  ADD COLUMN "invited_by" uuid;

ALTER TABLE "public"."phone_invitations"
  ADD COLUMN "created_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."phone_invitations"
  ADD COLUMN "expires_at" timestamp WITH time zone NOT NULL DEFAULT (now() + '7 days'::interval);

ALTER TABLE "public"."phone_invitations"
  ADD COLUMN "accepted_at" timestamp WITH time zone;

ALTER TABLE "public"."phone_invitations"
  ADD COLUMN "accepted_by" uuid;

ALTER TABLE "public"."phone_invitations"
  ADD COLUMN "revoked_at" timestamp WITH time zone;

ALTER TABLE "public"."phone_invitations"
  ADD COLUMN "updated_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."phone_invitations"
  ADD CONSTRAINT "phone_invitations_accepted_at_range" CHECK (((accepted_at >= created_at) AND (accepted_at <= expires_at)));

ALTER TABLE "public"."phone_invitations"
  ADD CONSTRAINT "phone_invitations_accepted_by_fkey" FOREIGN KEY (accepted_by) REFERENCES auth.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."phone_invitations"
  ADD CONSTRAINT "phone_invitations_accepted_or_revoked" CHECK (((accepted_at IS NULL) OR (revoked_at IS NULL)));

ALTER TABLE "public"."phone_invitations"
  ADD CONSTRAINT "phone_invitations_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp
    with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

ALTER TABLE "public"."phone_invitations"
  ADD CONSTRAINT "phone_invitations_expires_after_created" CHECK (((expires_at > created_at) AND (expires_at <= (created_at + '30 days'::interval))));

ALTER TABLE "public"."phone_invitations"
  ADD CONSTRAINT "phone_invitations_invited_by_fkey" FOREIGN KEY (invited_by) REFERENCES auth.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."phone_invitations"
  ADD CONSTRAINT "phone_invitations_revoked_at_range" CHECK (((revoked_at >= created_at) AND (revoked_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

ALTER TABLE "public"."phone_invitations"
  ADD CONSTRAINT "phone_invitations_updated_at_range" CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp
    with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

CREATE INDEX phone_invitations_accepted_by_idx ON public.phone_invitations USING btree (accepted_by);

CREATE INDEX phone_invitations_invited_by_idx ON public.phone_invitations USING btree (invited_by);

CREATE UNIQUE INDEX phone_invitations_open_email_key ON public.phone_invitations USING btree (phone_id, email)
  WHERE ((accepted_at IS NULL) AND (revoked_at IS NULL));

CREATE TRIGGER set_updated_at
  BEFORE UPDATE ON public.phone_invitations
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "admins read their invitations" ON "public"."phone_invitations"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."phone_invitations" TO "service_role";

COMMENT ON COLUMN "public"."phone_invitations"."accepted_at" IS 'When the invitee accepted (accept_invitation); null while open. An invitation is accepted once.';

COMMENT ON COLUMN "public"."phone_invitations"."accepted_by" IS 'The user who accepted (null once that user is deleted).';

COMMENT ON COLUMN "public"."phone_invitations"."created_at" IS 'When the invitation was created, filled in by the database.';

COMMENT ON COLUMN "public"."phone_invitations"."email" IS 'The invitee''s address, lowercase. Accepting requires a signed-in user with this confirmed email.';

COMMENT ON COLUMN "public"."phone_invitations"."expires_at" IS 'After this, the invitation can no longer be accepted (7 days after it was made).';

COMMENT ON COLUMN "public"."phone_invitations"."id" IS 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';

COMMENT ON COLUMN "public"."phone_invitations"."invited_by" IS 'The member who invited (null once that user is deleted).';

COMMENT ON COLUMN "public"."phone_invitations"."phone_id" IS 'The phone number the invitee is invited to (phone_numbers.id).';

COMMENT ON COLUMN "public"."phone_invitations"."revoked_at" IS 'When an owner or admin revoked the invitation (revoke_invitation); it can no longer be accepted.';

COMMENT ON COLUMN "public"."phone_invitations"."role" IS 'The role the invitee gets on accepting; never above the inviter''s own.';

COMMENT ON COLUMN "public"."phone_invitations"."updated_at" IS 'When the row last changed, kept by the trigger set_updated_at.';

COMMENT ON POLICY "admins read their invitations" ON "public"."phone_invitations" IS 'Owners and admins read the invitations of their phone numbers; viewers and invitees read none.';

COMMENT ON TABLE "public"."phone_invitations" IS 'Invitations to become a member of a phone number, by email. Owners invite at any role, admins viewers and admins (public.invite_member); owners and admins list and revoke their phone''s invitations; the invitee accepts once with the token sent to them (public.accept_invitation). Rows are kept after acceptance or revocation as a record of who joined how.';

REVOKE ALL ON TABLE "public"."phone_invitations" FROM "authenticated";

GRANT SELECT ON TABLE "public"."phone_invitations" TO "authenticated";

REVOKE ALL ON TABLE "public"."phone_invitations" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."phone_invitations" TO "postgres";

REVOKE ALL ON TABLE "public"."phone_invitations" FROM "anon";
