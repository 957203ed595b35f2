CREATE TABLE "private"."webhook_event_keys" (
  "phone_id"          text                     NOT NULL,
  "provider"          text                     NOT NULL,
  "provider_event_id" text                     NOT NULL,
  "received_at"       timestamp with time zone NOT NULL,
  "event_id"          uuid                     NOT NULL,
  CONSTRAINT "webhook_event_keys_pkey" PRIMARY KEY (phone_id, PROVIDER, provider_event_id)
);

CREATE INDEX webhook_event_keys_received_at_idx ON private.webhook_event_keys USING btree (received_at);

COMMENT ON COLUMN "private"."webhook_event_keys"."event_id" IS 'The stored event (public.webhook_events.id).';

COMMENT ON COLUMN "private"."webhook_event_keys"."phone_id" IS 'The tenant: the phone number this row belongs to (phone_numbers.id).';

COMMENT ON COLUMN "private"."webhook_event_keys"."provider" IS 'As public.webhook_events.provider.';

COMMENT ON COLUMN "private"."webhook_event_keys"."provider_event_id" IS 'As public.webhook_events.provider_event_id; a repeat of the same key is not stored again.';

COMMENT ON COLUMN "private"."webhook_event_keys"."received_at" IS 'The stored event''s received_at, which names its partition; the key goes when the partition is dropped.';

COMMENT ON TABLE "private"."webhook_event_keys" IS 'One row per stored webhook event, keyed by the provider''s event id: what makes record_webhook_event a no-op for a repeat in any month. Rows go with their month''s partition.';
