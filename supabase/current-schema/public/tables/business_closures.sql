CREATE TABLE "public"."business_closures" (
  "phone_id"   text                     NOT NULL,
  "id"         uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "starts_on"  date                     NOT NULL,
  "ends_on"    date                     NOT NULL,
  "reason"     text,
  "created_at" timestamp with time zone NOT NULL DEFAULT now(),
  "updated_at" timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "business_closures_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "business_closures_dates_ordered" CHECK ((ends_on >= starts_on)),
  CONSTRAINT "business_closures_dates_range" CHECK (((starts_on >= '2020-01-01'::date) AND (ends_on < '2100-01-01'::date))),
  CONSTRAINT "business_closures_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "business_closures_pkey" PRIMARY KEY (phone_id, id),
  CONSTRAINT "business_closures_reason_length" CHECK (((char_length(reason) >= 1) AND (char_length(reason) <= 200))),
  CONSTRAINT "business_closures_updated_at_range" CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "business_closures_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE,
  CONSTRAINT "business_closures_reason_not_blank" CHECK ((NOT private.is_blank(reason))),
  CONSTRAINT "business_closures_reason_single_line" CHECK (private.is_single_line(reason)),
  CONSTRAINT "business_closures_reason_trimmed" CHECK ((NOT private.has_outer_space(reason)))
);

ALTER TABLE "public"."business_closures"
  ENABLE ROW LEVEL SECURITY;

CREATE TRIGGER set_updated_at
  BEFORE UPDATE ON public.business_closures
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "admins add closures" ON "public"."business_closures"
  FOR INSERT
  TO "authenticated"
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "admins change closures" ON "public"."business_closures"
  FOR UPDATE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])))
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "admins delete closures" ON "public"."business_closures"
  FOR DELETE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "members read their closures" ON "public"."business_closures"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

REVOKE ALL ON TABLE "public"."business_closures" FROM "authenticated";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."business_closures" TO "service_role";

COMMENT ON COLUMN "public"."business_closures"."created_at" IS 'When the closure was created, filled in by the database.';

COMMENT ON COLUMN "public"."business_closures"."ends_on" IS 'Last closed date, inclusive.';

COMMENT ON COLUMN "public"."business_closures"."id" IS 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';

COMMENT ON COLUMN "public"."business_closures"."phone_id" IS 'The tenant: the phone number this row belongs to (phone_numbers.id).';

COMMENT ON COLUMN "public"."business_closures"."reason" IS 'Why the business is closed (e.g. a holiday), for staff; optional.';

COMMENT ON COLUMN "public"."business_closures"."starts_on" IS 'First closed date (local calendar).';

COMMENT ON COLUMN "public"."business_closures"."updated_at" IS 'When the row last changed, kept by the trigger set_updated_at.';

COMMENT ON POLICY "admins add closures" ON "public"."business_closures" IS 'Admins and owners add closures.';

COMMENT ON POLICY "admins change closures" ON "public"."business_closures" IS 'Admins and owners change closures.';

COMMENT ON POLICY "admins delete closures" ON "public"."business_closures" IS 'Admins and owners delete closures.';

COMMENT ON POLICY "members read their closures" ON "public"."business_closures" IS 'Members of any level read the closures of their phone numbers.';

COMMENT ON TABLE "public"."business_closures" IS 'Dates a phone number''s business is closed (holidays, vacations), inclusive, in its local calendar. An interval that opens on a closed date does not open, even the part after midnight. Members read them, admins manage them.';

REVOKE ALL ("ends_on") ON TABLE "public"."business_closures" FROM "authenticated";

GRANT INSERT ("ends_on"), UPDATE ("ends_on") ON TABLE "public"."business_closures" TO "authenticated";

REVOKE ALL ("phone_id") ON TABLE "public"."business_closures" FROM "authenticated";

GRANT INSERT ("phone_id") ON TABLE "public"."business_closures" TO "authenticated";

REVOKE ALL ("reason") ON TABLE "public"."business_closures" FROM "authenticated";

GRANT INSERT ("reason"), UPDATE ("reason") ON TABLE "public"."business_closures" TO "authenticated";

REVOKE ALL ("starts_on") ON TABLE "public"."business_closures" FROM "authenticated";

GRANT INSERT ("starts_on"), UPDATE ("starts_on") ON TABLE "public"."business_closures" TO "authenticated";

GRANT DELETE, SELECT ON TABLE "public"."business_closures" TO "authenticated";

REVOKE ALL ON TABLE "public"."business_closures" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."business_closures" TO "postgres";

REVOKE ALL ON TABLE "public"."business_closures" FROM "anon";
