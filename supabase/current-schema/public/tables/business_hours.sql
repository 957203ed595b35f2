CREATE TABLE "public"."business_hours" (
  "phone_id"    text                     NOT NULL,
  "id"          uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "day_of_week" smallint                 NOT NULL,
  "opens_at"    time without time zone   NOT NULL,
  "closes_at"   time without time zone   NOT NULL,
  "created_at"  timestamp with time zone NOT NULL DEFAULT now(),
  "updated_at"  timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "business_hours_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "business_hours_day_of_week_range" CHECK (((day_of_week >= 0) AND (day_of_week <= 6))),
  CONSTRAINT "business_hours_not_empty" CHECK ((closes_at <> opens_at)),
  CONSTRAINT "business_hours_opens_at_range" CHECK ((opens_at < '24:00:00'::time without time zone)),
  CONSTRAINT "business_hours_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "business_hours_pkey" PRIMARY KEY (phone_id, id),
  CONSTRAINT "business_hours_updated_at_range" CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "business_hours_whole_minutes" CHECK (((EXTRACT(second FROM opens_at) = (0)::numeric) AND (EXTRACT(second FROM closes_at) = (0)::numeric))),
  CONSTRAINT "business_hours_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE,
  CONSTRAINT "business_hours_no_overlap" EXCLUDE USING gist (phone_id WITH =, private.week_minutes(day_of_week, opens_at, closes_at) WITH &&)
);

ALTER TABLE "public"."business_hours"
  ENABLE ROW LEVEL SECURITY;

CREATE TRIGGER set_updated_at
  BEFORE UPDATE ON public.business_hours
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "admins add hours" ON "public"."business_hours"
  FOR INSERT
  TO "authenticated"
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "admins change hours" ON "public"."business_hours"
  FOR UPDATE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])))
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "admins delete hours" ON "public"."business_hours"
  FOR DELETE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "members read their hours" ON "public"."business_hours"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

REVOKE ALL ON TABLE "public"."business_hours" FROM "authenticated";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."business_hours" TO "service_role";

COMMENT ON COLUMN "public"."business_hours"."closes_at" IS 'Local closing time, whole minutes; at or before opens_at means the next day (22:00-02:00). Use 00:00-24:00 for a whole day.';

COMMENT ON COLUMN "public"."business_hours"."created_at" IS 'When the interval was created, filled in by the database.';

COMMENT ON COLUMN "public"."business_hours"."day_of_week" IS 'Day the interval opens: 0 = Sunday ... 6 = Saturday.';

COMMENT ON COLUMN "public"."business_hours"."id" IS 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';

COMMENT ON COLUMN "public"."business_hours"."opens_at" IS 'Local opening time, whole minutes.';

COMMENT ON COLUMN "public"."business_hours"."phone_id" IS 'The tenant: the phone number this row belongs to (phone_numbers.id).';

COMMENT ON COLUMN "public"."business_hours"."updated_at" IS 'When the row last changed, kept by the trigger set_updated_at.';

COMMENT ON POLICY "admins add hours" ON "public"."business_hours" IS 'Admins and owners add opening intervals.';

COMMENT ON POLICY "admins change hours" ON "public"."business_hours" IS 'Admins and owners change opening intervals.';

COMMENT ON POLICY "admins delete hours" ON "public"."business_hours" IS 'Admins and owners delete opening intervals.';

COMMENT ON POLICY "members read their hours" ON "public"."business_hours" IS 'Members of any level read the opening hours of their phone numbers.';

COMMENT ON TABLE "public"."business_hours" IS 'Weekly opening intervals of a phone number''s business, in the wall-clock time of phone_numbers.timezone. A day may have several intervals (a split shift); intervals never overlap, also across midnight. Members read them, admins manage them.';

REVOKE ALL ("closes_at") ON TABLE "public"."business_hours" FROM "authenticated";

GRANT INSERT ("closes_at"), UPDATE ("closes_at") ON TABLE "public"."business_hours" TO "authenticated";

REVOKE ALL ("day_of_week") ON TABLE "public"."business_hours" FROM "authenticated";

GRANT INSERT ("day_of_week"), UPDATE ("day_of_week") ON TABLE "public"."business_hours" TO "authenticated";

REVOKE ALL ("opens_at") ON TABLE "public"."business_hours" FROM "authenticated";

GRANT INSERT ("opens_at"), UPDATE ("opens_at") ON TABLE "public"."business_hours" TO "authenticated";

REVOKE ALL ("phone_id") ON TABLE "public"."business_hours" FROM "authenticated";

GRANT INSERT ("phone_id") ON TABLE "public"."business_hours" TO "authenticated";

GRANT DELETE, SELECT ON TABLE "public"."business_hours" TO "authenticated";

REVOKE ALL ON TABLE "public"."business_hours" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."business_hours" TO "postgres";

REVOKE ALL ON TABLE "public"."business_hours" FROM "anon";
