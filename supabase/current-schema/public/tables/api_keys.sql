CREATE TABLE "public"."api_keys" (
  "phone_id" text NOT NULL,
  "id"       uuid NOT NULL DEFAULT gen_random_uuid(),
  "name"     text NOT NULL,
  "prefix"   text NOT NULL,
  CONSTRAINT "api_keys_name_length" CHECK (((char_length(name) >= 1) AND (char_length(name) <= 100))),
  CONSTRAINT "api_keys_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "api_keys_pkey" PRIMARY KEY (phone_id, id),
  CONSTRAINT "api_keys_prefix_format" CHECK ((prefix ~ '^rk_[A-Za-z0-9_-]{8}$'::text)),
  CONSTRAINT "api_keys_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE,
  CONSTRAINT "api_keys_name_not_blank" CHECK ((NOT private.is_blank(name))),
  CONSTRAINT "api_keys_name_single_line" CHECK (private.is_single_line(name)),
  CONSTRAINT "api_keys_name_trimmed" CHECK ((NOT private.has_outer_space(name)))
);

ALTER TABLE "public"."api_keys"
  ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."api_keys"
  ADD COLUMN "scopes" public.api_key_scope[] NOT NULL;

ALTER TABLE "public"."api_keys"
  ADD COLUMN "created_by" uuid;

ALTER TABLE "public"."api_keys"
  ADD COLUMN "created_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."api_keys"
  ADD COLUMN "last_used_at" timestamp WITH time zone;

ALTER TABLE "public"."api_keys"
  ADD COLUMN "expires_at" timestamp WITH time zone;

ALTER TABLE "public"."api_keys"
  ADD COLUMN "revoked_at" timestamp WITH time zone;

ALTER TABLE "public"."api_keys"
  ADD CONSTRAINT "api_keys_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

ALTER TABLE "public"."api_keys"
  ADD CONSTRAINT "api_keys_created_by_fkey" FOREIGN KEY (created_by) REFERENCES auth.users(id) ON DELETE SET NULL;

ALTER TABLE "public"."api_keys"
  ADD CONSTRAINT "api_keys_expires_after_created" CHECK ((expires_at > created_at));

ALTER TABLE "public"."api_keys"
  ADD CONSTRAINT "api_keys_expires_at_range" CHECK ((expires_at < '2100-01-01 00:00:00+00'::timestamp with time zone));

ALTER TABLE "public"."api_keys"
  ADD CONSTRAINT "api_keys_last_used_at_range" CHECK (((last_used_at >= created_at) AND (last_used_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

ALTER TABLE "public"."api_keys"
  ADD CONSTRAINT "api_keys_revoked_at_range" CHECK (((revoked_at >= created_at) AND (revoked_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

ALTER TABLE "public"."api_keys"
  ADD CONSTRAINT "api_keys_scopes_flat" CHECK ((COALESCE(array_ndims(scopes), 1) = 1));

ALTER TABLE "public"."api_keys"
  ADD CONSTRAINT "api_keys_scopes_not_empty" CHECK ((cardinality(scopes) >= 1));

ALTER TABLE "public"."api_keys"
  ADD CONSTRAINT "api_keys_scopes_not_null" CHECK ((array_position(scopes, NULL::public.api_key_scope) IS NULL));

CREATE INDEX api_keys_created_by_idx ON public.api_keys USING btree (created_by);

CREATE POLICY "owners read their api keys" ON "public"."api_keys"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('owner'::public.member_role) AS member_phone_ids)::text[])));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."api_keys" TO "service_role";

ALTER TABLE "public"."api_keys"
  ADD CONSTRAINT "api_keys_scopes_distinct" CHECK (private.scopes_are_distinct(scopes));

COMMENT ON COLUMN "public"."api_keys"."created_at" IS 'When the key was created, filled in by the database.';

COMMENT ON COLUMN "public"."api_keys"."created_by" IS 'The owner who created the key (null once that user is deleted; the key stays valid).';

COMMENT ON COLUMN "public"."api_keys"."expires_at" IS 'After this the key is no longer valid; null: it does not expire.';

COMMENT ON COLUMN "public"."api_keys"."id" IS 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';

COMMENT ON COLUMN "public"."api_keys"."last_used_at" IS 'When verify_api_key last accepted the key, to the minute: it is moved at most once a minute per key.';

COMMENT ON COLUMN "public"."api_keys"."name" IS 'What the key is for, chosen by the owner (e.g. "CRM sync"); not unique.';

COMMENT ON COLUMN "public"."api_keys"."phone_id" IS 'The phone number the key acts for (phone_numbers.id).';

COMMENT ON COLUMN "public"."api_keys"."prefix" IS 'The first 11 characters of the secret (''rk_'' and 8 more), shown to tell keys apart and to match a leaked secret to its key. Not enough to use the key.';

COMMENT ON COLUMN "public"."api_keys"."revoked_at" IS 'When an owner revoked the key; from then on it is never valid again.';

COMMENT ON COLUMN "public"."api_keys"."scopes" IS 'What the key may do; the backend checks them after verify_api_key.';

COMMENT ON POLICY "owners read their api keys" ON "public"."api_keys" IS 'Owners read the API keys of their phone numbers (never a secret or its hash); admins, viewers and others read none.';

COMMENT ON TABLE "public"."api_keys" IS 'API keys for server-to-server calls into a phone number. Owners create them (public.create_api_key, which returns the secret once), revoke them (public.revoke_api_key) and read their phone''s keys; admins and viewers read none. The backend verifies a secret with public.verify_api_key (service role). The secret itself is never stored, its SHA-256 only in private.api_key_hashes. Revoked and expired keys are kept as a record.';

REVOKE ALL ON TABLE "public"."api_keys" FROM "authenticated";

GRANT SELECT ON TABLE "public"."api_keys" TO "authenticated";

REVOKE ALL ON TABLE "public"."api_keys" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."api_keys" TO "postgres";

REVOKE ALL ON TABLE "public"."api_keys" FROM "anon";
