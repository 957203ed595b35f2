CREATE TABLE "private"."api_key_hashes" (
  "phone_id"    text  NOT NULL,
  "key_id"      uuid  NOT NULL,
  "secret_hash" bytea NOT NULL,
  CONSTRAINT "api_key_hashes_pkey" PRIMARY KEY (phone_id, key_id),
  CONSTRAINT "api_key_hashes_secret_hash_length" CHECK ((octet_length(secret_hash) = 32)),
  CONSTRAINT "api_key_hashes_key_fkey" FOREIGN KEY (phone_id, key_id) REFERENCES public.api_keys(phone_id, id) ON DELETE CASCADE
);

CREATE INDEX api_key_hashes_secret_hash_idx ON private.api_key_hashes USING btree (secret_hash);

COMMENT ON COLUMN "private"."api_key_hashes"."key_id" IS 'The key whose secret this is (public.api_keys.id of the same phone).';

COMMENT ON COLUMN "private"."api_key_hashes"."phone_id" IS 'The phone number of the key (public.api_keys.phone_id).';

COMMENT ON COLUMN "private"."api_key_hashes"."secret_hash" IS 'SHA-256 of the whole secret as text; what verify_api_key looks a presented secret up by.';

COMMENT ON TABLE "private"."api_key_hashes" IS 'SHA-256 of each API key''s secret (of the whole secret as text), the only form in which a secret is stored; deleted when the key is revoked. Read and written by the API key functions only: no API role, nor the service role, reads it.';
