CREATE TABLE "public"."resources" (
  "phone_id" text NOT NULL,
  "id"       uuid NOT NULL DEFAULT gen_random_uuid(),
  "name"     text NOT NULL,
  CONSTRAINT "resources_name_key" UNIQUE (phone_id, name),
  CONSTRAINT "resources_name_length" CHECK (((char_length(name) >= 1) AND (char_length(name) <= 100))),
  CONSTRAINT "resources_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE,
  CONSTRAINT "resources_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "resources_pkey" PRIMARY KEY (phone_id, id),
  CONSTRAINT "resources_name_not_blank" CHECK ((NOT private.is_blank(name))),
  CONSTRAINT "resources_name_single_line" CHECK (private.is_single_line(name)),
  CONSTRAINT "resources_name_trimmed" CHECK ((NOT private.has_outer_space(name)))
);

ALTER TABLE "public"."resources"
  ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."resources"
  ADD COLUMN "kind" public.resource_kind NOT NULL;

ALTER TABLE "public"."resources"
  ADD COLUMN "active" boolean NOT NULL DEFAULT true;

ALTER TABLE "public"."resources"
  ADD COLUMN "created_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."resources"
  ADD COLUMN "updated_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."resources"
  ADD CONSTRAINT "resources_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

ALTER TABLE "public"."resources"
  ADD CONSTRAINT "resources_updated_at_range" CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

CREATE TRIGGER set_updated_at
  BEFORE UPDATE ON public.resources
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "admins add resources" ON "public"."resources"
  FOR INSERT
  TO "authenticated"
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "admins change resources" ON "public"."resources"
  FOR UPDATE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])))
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "admins delete resources" ON "public"."resources"
  FOR DELETE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "members read their resources" ON "public"."resources"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

REVOKE ALL ON TABLE "public"."resources" FROM "authenticated";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."resources" TO "service_role";

COMMENT ON COLUMN "public"."resources"."active" IS 'Whether new appointments may be booked with it.';

COMMENT ON COLUMN "public"."resources"."created_at" IS 'When the resource was created, filled in by the database.';

COMMENT ON COLUMN "public"."resources"."id" IS 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';

COMMENT ON COLUMN "public"."resources"."kind" IS 'staff (a person) or room.';

COMMENT ON COLUMN "public"."resources"."name" IS 'How staff and callers name it (1 to 100 characters, one line), unique per phone.';

COMMENT ON COLUMN "public"."resources"."phone_id" IS 'The tenant: the phone number this row belongs to (phone_numbers.id).';

COMMENT ON COLUMN "public"."resources"."updated_at" IS 'When the row last changed, kept by the trigger set_updated_at.';

COMMENT ON POLICY "admins add resources" ON "public"."resources" IS 'Admins and owners add staff and rooms.';

COMMENT ON POLICY "admins change resources" ON "public"."resources" IS 'Admins and owners rename, re-kind and (de)activate staff and rooms.';

COMMENT ON POLICY "admins delete resources" ON "public"."resources" IS 'Admins and owners delete staff and rooms that were never booked (appointments_resource_fkey refuses the others: deactivate them).';

COMMENT ON POLICY "members read their resources" ON "public"."resources" IS 'Members of any level read the staff and rooms of their phone numbers.';

COMMENT ON TABLE "public"."resources" IS 'What a phone number''s appointments can be booked with: staff members and rooms. Members read them, admins and owners manage them. An inactive resource keeps its appointments and takes no new ones; a resource that has appointments is deactivated rather than deleted.';

REVOKE ALL ("active") ON TABLE "public"."resources" FROM "authenticated";

GRANT INSERT ("active"), UPDATE ("active") ON TABLE "public"."resources" TO "authenticated";

REVOKE ALL ("kind") ON TABLE "public"."resources" FROM "authenticated";

GRANT INSERT ("kind"), UPDATE ("kind") ON TABLE "public"."resources" TO "authenticated";

REVOKE ALL ("name") ON TABLE "public"."resources" FROM "authenticated";

GRANT INSERT ("name"), UPDATE ("name") ON TABLE "public"."resources" TO "authenticated";

REVOKE ALL ("phone_id") ON TABLE "public"."resources" FROM "authenticated";

GRANT INSERT ("phone_id") ON TABLE "public"."resources" TO "authenticated";

GRANT DELETE, SELECT ON TABLE "public"."resources" TO "authenticated";

REVOKE ALL ON TABLE "public"."resources" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."resources" TO "postgres";

REVOKE ALL ON TABLE "public"."resources" FROM "anon";
