CREATE TABLE "private"."invitation_tokens" (
  "phone_id"      text  NOT NULL,
  "invitation_id" uuid  NOT NULL,
  "token_hash"    bytea NOT NULL,
  CONSTRAINT "invitation_tokens_hash_key" UNIQUE (phone_id, token_hash),
  CONSTRAINT "invitation_tokens_hash_length" CHECK ((octet_length(token_hash) = 32)),
  CONSTRAINT "invitation_tokens_pkey" PRIMARY KEY (phone_id, invitation_id),
  CONSTRAINT "invitation_tokens_invitation_fkey" FOREIGN KEY (phone_id, invitation_id) REFERENCES public.phone_invitations(phone_id, id) ON DELETE CASCADE
);

CREATE INDEX invitation_tokens_hash_idx ON private.invitation_tokens USING btree (token_hash);

COMMENT ON COLUMN "private"."invitation_tokens"."invitation_id" IS 'The invitation whose token this is (public.phone_invitations.id of the same phone).';

COMMENT ON COLUMN "private"."invitation_tokens"."phone_id" IS 'The phone number of the invitation (public.phone_invitations.phone_id).';

COMMENT ON COLUMN "private"."invitation_tokens"."token_hash" IS 'SHA-256 of the token sent to the invitee; what accept_invitation looks a presented token up by.';

COMMENT ON TABLE "private"."invitation_tokens" IS 'SHA-256 of each invitation''s token, the only form in which a token is stored. Read by private.accept_invitation only.';
