CREATE TABLE "public"."phone_members" (
  "phone_id" text NOT NULL,
  "user_id"  uuid NOT NULL,
  CONSTRAINT "phone_members_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "phone_members_pkey" PRIMARY KEY (phone_id, user_id),
  CONSTRAINT "phone_members_user_id_fkey" FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE,
  CONSTRAINT "phone_members_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE
);

ALTER TABLE "public"."phone_members"
  ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."phone_members"
  ADD COLUMN "role" public.member_role NOT NULL DEFAULT 'viewer'::public.member_role;

ALTER TABLE "public"."phone_members"
  ADD COLUMN "created_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."phone_members"
  ADD COLUMN "updated_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."phone_members"
  ADD CONSTRAINT "phone_members_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

ALTER TABLE "public"."phone_members"
  ADD CONSTRAINT "phone_members_updated_at_range" CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

CREATE INDEX phone_members_user_id_idx ON public.phone_members USING btree (user_id, phone_id) INCLUDE (ROLE);

CREATE TRIGGER keep_an_owner
  BEFORE DELETE OR UPDATE ON public.phone_members
  FOR EACH ROW
  EXECUTE FUNCTION private.keep_an_owner();

CREATE TRIGGER set_updated_at
  BEFORE UPDATE ON public.phone_members
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "members read the members of their phones" ON "public"."phone_members"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

CREATE POLICY "owners change member roles" ON "public"."phone_members"
  FOR UPDATE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('owner'::public.member_role) AS member_phone_ids)::text[])))
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('owner'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "owners remove members, members leave" ON "public"."phone_members"
  FOR DELETE
  TO "authenticated"
  USING (((phone_id = ANY (( SELECT private.member_phone_ids('owner'::public.member_role) AS member_phone_ids)::text[])) OR (user_id = ( SELECT auth.uid() AS uid))));

REVOKE ALL ON TABLE "public"."phone_members" FROM "authenticated";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."phone_members" TO "service_role";

COMMENT ON COLUMN "public"."phone_members"."created_at" IS 'When the user became a member, filled in by the database.';

COMMENT ON COLUMN "public"."phone_members"."phone_id" IS 'The phone number the user is a member of (phone_numbers.id).';

COMMENT ON COLUMN "public"."phone_members"."role" IS 'viewer reads; admin also edits settings, rules and hours; owner also manages members and the number.';

COMMENT ON COLUMN "public"."phone_members"."updated_at" IS 'When the row last changed, kept by the trigger set_updated_at.';

COMMENT ON COLUMN "public"."phone_members"."user_id" IS 'The member (auth.users.id); a user is a member of a phone once.';

COMMENT ON POLICY "members read the members of their phones" ON "public"."phone_members" IS 'Any member sees every membership of the phone numbers they belong to, and no other.';

COMMENT ON POLICY "owners change member roles" ON "public"."phone_members" IS 'Only owners change roles; the last owner cannot be demoted (trigger keep_an_owner).';

COMMENT ON POLICY "owners remove members, members leave" ON "public"."phone_members" IS 'Owners remove any member of their phones; any member may remove themselves. The last owner cannot be removed (trigger keep_an_owner).';

COMMENT ON TABLE "public"."phone_members" IS 'Membership of users in phone numbers (tenants). The service role adds members (never the API: adding a user id would tell the caller whether that account exists); owners change roles and remove members; every member sees the other members of their own phone numbers and may leave. A phone number always keeps at least one owner.';

REVOKE ALL ("role") ON TABLE "public"."phone_members" FROM "authenticated";

GRANT UPDATE ("role") ON TABLE "public"."phone_members" TO "authenticated";

GRANT DELETE, SELECT ON TABLE "public"."phone_members" TO "authenticated";

REVOKE ALL ON TABLE "public"."phone_members" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."phone_members" TO "postgres";

REVOKE ALL ON TABLE "public"."phone_members" FROM "anon";
