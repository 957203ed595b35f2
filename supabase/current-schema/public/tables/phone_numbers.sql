CREATE TABLE "public"."phone_numbers" (
  "id"                   text                     NOT NULL,
  "number"               text                     NOT NULL,
  "display_name"         text,
  "business_name"        text                     NOT NULL,
  "timezone"             text                     NOT NULL DEFAULT 'UTC'::text,
  "created_at"           timestamp with time zone NOT NULL DEFAULT now(),
  "updated_at"           timestamp with time zone NOT NULL DEFAULT now(),
  "max_concurrent_calls" integer                  NOT NULL DEFAULT 5,
  CONSTRAINT "phone_numbers_business_name_length" CHECK (((char_length(business_name) >= 1) AND (char_length(business_name) <= 200))),
  CONSTRAINT "phone_numbers_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "phone_numbers_display_name_length" CHECK (((char_length(display_name) >= 1) AND (char_length(display_name) <= 100))),
  CONSTRAINT "phone_numbers_id_format" CHECK ((id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "phone_numbers_max_concurrent_calls_range" CHECK (((max_concurrent_calls >= 1) AND (max_concurrent_calls <= 1000))),
  CONSTRAINT "phone_numbers_number_e164" CHECK ((number ~ '^\+[1-9][0-9]{6,14}$'::text)),
  CONSTRAINT "phone_numbers_number_key" UNIQUE (number),
  CONSTRAINT "phone_numbers_pkey" PRIMARY KEY (id),
  CONSTRAINT "phone_numbers_updated_at_range" CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "phone_numbers_business_name_not_blank" CHECK ((NOT private.is_blank(business_name))),
  CONSTRAINT "phone_numbers_business_name_single_line" CHECK (private.is_single_line(business_name)),
  CONSTRAINT "phone_numbers_business_name_trimmed" CHECK ((NOT private.has_outer_space(business_name))),
  CONSTRAINT "phone_numbers_display_name_not_blank" CHECK ((NOT private.is_blank(display_name))),
  CONSTRAINT "phone_numbers_display_name_single_line" CHECK (private.is_single_line(display_name)),
  CONSTRAINT "phone_numbers_display_name_trimmed" CHECK ((NOT private.has_outer_space(display_name))),
  CONSTRAINT "phone_numbers_timezone_canonical" CHECK ((timezone = private.canonical_timezone(timezone))),
  CONSTRAINT "phone_numbers_timezone_iana" CHECK (private.is_iana_timezone(timezone))
);

ALTER TABLE "public"."phone_numbers"
  ENABLE ROW LEVEL SECURITY;

CREATE TRIGGER canonical_timezone
  BEFORE INSERT OR UPDATE OF timezone ON public.phone_numbers
  FOR EACH ROW
  EXECUTE FUNCTION private.set_canonical_timezone();

CREATE TRIGGER create_voice_settings
  AFTER INSERT ON public.phone_numbers
  FOR EACH ROW
  EXECUTE FUNCTION private.create_voice_settings();

CREATE TRIGGER rebuild_stats_on_timezone_change
  AFTER UPDATE OF timezone ON public.phone_numbers
  FOR EACH ROW
  WHEN ((old.timezone IS DISTINCT FROM new.timezone))
  EXECUTE FUNCTION private.rebuild_stats_on_timezone_change();

CREATE TRIGGER set_updated_at
  BEFORE UPDATE ON public.phone_numbers
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "members read their phone numbers" ON "public"."phone_numbers"
  FOR SELECT
  TO "authenticated"
  USING ((id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

CREATE POLICY "owners delete their phone numbers" ON "public"."phone_numbers"
  FOR DELETE
  TO "authenticated"
  USING ((id = ANY (( SELECT private.member_phone_ids('owner'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "owners edit their phone numbers" ON "public"."phone_numbers"
  FOR UPDATE
  TO "authenticated"
  USING ((id = ANY (( SELECT private.member_phone_ids('owner'::public.member_role) AS member_phone_ids)::text[])))
  WITH CHECK ((id = ANY (( SELECT private.member_phone_ids('owner'::public.member_role) AS member_phone_ids)::text[])));

REVOKE ALL ON TABLE "public"."phone_numbers" FROM "authenticated";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."phone_numbers" TO "service_role";

COMMENT ON COLUMN "public"."phone_numbers"."business_name" IS 'The name of the business the number answers for, as the receptionist says it.';

COMMENT ON COLUMN "public"."phone_numbers"."created_at" IS 'When the phone number was provisioned, filled in by the database.';

COMMENT ON COLUMN "public"."phone_numbers"."display_name" IS 'Optional label shown in the app.';

COMMENT ON COLUMN "public"."phone_numbers"."id" IS 'Tenant key (phone_id everywhere else): a stable slug, lowercase letters, digits, - and _.';

COMMENT ON COLUMN "public"."phone_numbers"."max_concurrent_calls" IS 'How many calls the phone number may have in progress at once (1 to 1000); claim_call_slot refuses more. Set by the service role (the plan the business pays for).';

COMMENT ON COLUMN "public"."phone_numbers"."number" IS 'The phone number in E.164 form, e.g. +14155550123.';

COMMENT ON COLUMN "public"."phone_numbers"."timezone" IS 'IANA time zone of the business, stored in its canonical spelling (trigger canonical_timezone): business hours and daily statistics are computed in it.';

COMMENT ON COLUMN "public"."phone_numbers"."updated_at" IS 'When the row last changed, kept by the trigger set_updated_at.';

COMMENT ON POLICY "members read their phone numbers" ON "public"."phone_numbers" IS 'Members of any level read the phone numbers they belong to.';

COMMENT ON POLICY "owners delete their phone numbers" ON "public"."phone_numbers" IS 'Owners release a phone number; its tenant data is deleted with it.';

COMMENT ON POLICY "owners edit their phone numbers" ON "public"."phone_numbers" IS 'Owners edit display_name, business_name and timezone (column privileges limit the rest).';

COMMENT ON TABLE "public"."phone_numbers" IS 'A Replytics phone number: the tenant. Provisioned by the telephony backend (service role); members read it, owners edit display_name, business_name and timezone.';

REVOKE ALL ("business_name") ON TABLE "public"."phone_numbers" FROM "authenticated";

GRANT UPDATE ("business_name") ON TABLE "public"."phone_numbers" TO "authenticated";

REVOKE ALL ("display_name") ON TABLE "public"."phone_numbers" FROM "authenticated";

GRANT UPDATE ("display_name") ON TABLE "public"."phone_numbers" TO "authenticated";

REVOKE ALL ("timezone") ON TABLE "public"."phone_numbers" FROM "authenticated";

GRANT UPDATE ("timezone") ON TABLE "public"."phone_numbers" TO "authenticated";

GRANT DELETE, SELECT ON TABLE "public"."phone_numbers" TO "authenticated";

REVOKE ALL ON TABLE "public"."phone_numbers" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."phone_numbers" TO "postgres";

REVOKE ALL ON TABLE "public"."phone_numbers" FROM "anon";
