CREATE TABLE "public"."call_metadata" (
  "phone_id"      text                     NOT NULL,
  "call_id"       uuid                     NOT NULL,
  "metadata"      jsonb                    NOT NULL DEFAULT '{}'::jsonb,
  "custom_fields" jsonb                    NOT NULL DEFAULT '{}'::jsonb,
  "tags"          text[]                   NOT NULL DEFAULT '{}'::text[],
  "created_at"    timestamp with time zone NOT NULL DEFAULT now(),
  "updated_at"    timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "call_metadata_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "call_metadata_custom_fields_object" CHECK ((jsonb_typeof(custom_fields) = 'object'::text)),
  CONSTRAINT "call_metadata_custom_fields_size" CHECK ((octet_length((custom_fields)::text) <= 16384)),
  CONSTRAINT "call_metadata_metadata_object" CHECK ((jsonb_typeof(metadata) = 'object'::text)),
  CONSTRAINT "call_metadata_metadata_size" CHECK ((octet_length((metadata)::text) <= 65536)),
  CONSTRAINT "call_metadata_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "call_metadata_pkey" PRIMARY KEY (phone_id, call_id),
  CONSTRAINT "call_metadata_tags_valid" CHECK (((COALESCE(array_ndims(tags), 1) = 1) AND (cardinality(tags) <= 50) AND (array_position(tags, NULL::text) IS NULL))),
  CONSTRAINT "call_metadata_updated_at_range" CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "call_metadata_call_fkey" FOREIGN KEY (phone_id, call_id) REFERENCES public.calls(phone_id, id) ON DELETE CASCADE,
  CONSTRAINT "call_metadata_custom_fields_depth" CHECK (private.jsonb_depth_within(custom_fields, 10)),
  CONSTRAINT "call_metadata_metadata_depth" CHECK (private.jsonb_depth_within(metadata, 10)),
  CONSTRAINT "call_metadata_tags_format" CHECK (private.tags_are_slugs(tags)),
  CONSTRAINT "call_metadata_tags_length" CHECK (private.tags_within_length(tags, 32)),
  CONSTRAINT "call_metadata_tags_unique" CHECK (private.tags_are_distinct(tags))
);

ALTER TABLE "public"."call_metadata"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX call_metadata_metadata_idx ON public.call_metadata USING gin (metadata jsonb_path_ops);

CREATE INDEX call_metadata_tags_idx ON public.call_metadata USING gin (tags);

CREATE TRIGGER set_updated_at
  BEFORE UPDATE ON public.call_metadata
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "admins edit tags and custom fields" ON "public"."call_metadata"
  FOR UPDATE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])))
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "members read their call metadata" ON "public"."call_metadata"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

REVOKE ALL ON TABLE "public"."call_metadata" FROM "authenticated";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."call_metadata" TO "service_role";

CREATE INDEX call_metadata_phone_tags_idx ON public.call_metadata USING gin (private.phone_tags(phone_id, tags));

COMMENT ON COLUMN "public"."call_metadata"."call_id" IS 'The call the metadata belongs to (calls.id of the same phone); one row per call.';

COMMENT ON COLUMN "public"."call_metadata"."created_at" IS 'When the metadata was created, filled in by the database.';

COMMENT ON COLUMN "public"."call_metadata"."custom_fields" IS 'Business-defined fields, a JSON object of at most 16 KiB as text, nested at most 10 deep.';

COMMENT ON COLUMN "public"."call_metadata"."metadata" IS 'What the receptionist extracted from the call, a JSON object of at most 64 KiB as text, nested at most 10 deep; searched with @>.';

COMMENT ON COLUMN "public"."call_metadata"."phone_id" IS 'The tenant: the phone number this row belongs to (phone_numbers.id).';

COMMENT ON COLUMN "public"."call_metadata"."tags" IS 'Labels of the call: at most 50, each a lowercase slug (a-z, 0-9, - and _) of at most 32 characters, none twice, no nulls; searched with @> and &&.';

COMMENT ON COLUMN "public"."call_metadata"."updated_at" IS 'When the row last changed, kept by the trigger set_updated_at.';

COMMENT ON POLICY "admins edit tags and custom fields" ON "public"."call_metadata" IS 'Admins and owners edit tags and custom_fields (column privileges limit the rest).';

COMMENT ON POLICY "members read their call metadata" ON "public"."call_metadata" IS 'Members of any level read the metadata of their phone numbers'' calls.';

COMMENT ON TABLE "public"."call_metadata" IS 'Structured data about one call: extracted metadata, custom fields and tags. Written by the telephony backend (service role); members read it, admins edit tags and custom_fields.';

REVOKE ALL ("custom_fields") ON TABLE "public"."call_metadata" FROM "authenticated";

GRANT UPDATE ("custom_fields") ON TABLE "public"."call_metadata" TO "authenticated";

REVOKE ALL ("tags") ON TABLE "public"."call_metadata" FROM "authenticated";

GRANT UPDATE ("tags") ON TABLE "public"."call_metadata" TO "authenticated";

GRANT SELECT ON TABLE "public"."call_metadata" TO "authenticated";

REVOKE ALL ON TABLE "public"."call_metadata" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."call_metadata" TO "postgres";

REVOKE ALL ON TABLE "public"."call_metadata" FROM "anon";
