CREATE TABLE "private"."call_metadata_archive" (
  "phone_id"      text                     NOT NULL,
  "call_id"       uuid                     NOT NULL,
  "metadata"      jsonb                    NOT NULL,
  "custom_fields" jsonb                    NOT NULL,
  "tags"          text[]                   NOT NULL,
  "created_at"    timestamp with time zone NOT NULL,
  "updated_at"    timestamp with time zone NOT NULL,
  "archived_at"   timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "call_metadata_archive_pkey" PRIMARY KEY (phone_id, call_id),
  CONSTRAINT "call_metadata_archive_call_fkey" FOREIGN KEY (phone_id, call_id) REFERENCES private.calls_archive(phone_id, id) ON DELETE CASCADE
);

GRANT SELECT ON TABLE "private"."call_metadata_archive" TO "service_role";

COMMENT ON COLUMN "private"."call_metadata_archive"."archived_at" IS 'When the metadata was moved out of public.call_metadata.';

COMMENT ON COLUMN "private"."call_metadata_archive"."call_id" IS 'The archived call (private.calls_archive.id of the same phone).';

COMMENT ON COLUMN "private"."call_metadata_archive"."created_at" IS 'As public.call_metadata.created_at, when the call was archived.';

COMMENT ON COLUMN "private"."call_metadata_archive"."custom_fields" IS 'As public.call_metadata.custom_fields, when the call was archived.';

COMMENT ON COLUMN "private"."call_metadata_archive"."metadata" IS 'As public.call_metadata.metadata, when the call was archived.';

COMMENT ON COLUMN "private"."call_metadata_archive"."phone_id" IS 'As public.call_metadata.phone_id, when the call was archived.';

COMMENT ON COLUMN "private"."call_metadata_archive"."tags" IS 'As public.call_metadata.tags, when the call was archived.';

COMMENT ON COLUMN "private"."call_metadata_archive"."updated_at" IS 'As public.call_metadata.updated_at, when the call was archived.';

COMMENT ON TABLE "private"."call_metadata_archive" IS 'Metadata of archived calls, moved with them. Same protection as private.calls_archive.';
