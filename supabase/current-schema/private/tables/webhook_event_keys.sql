CREATE TABLE "private"."webhook_event_keys" (
  "phone_id"          text                     NOT NULL,
  "provider"          text                     NOT NULL,
  "provider_event_id" text                     NOT NULL,
  "received_at"       timestamp with time zone NOT NULL,
  "event_id"          uuid                     NOT NULL,
  CONSTRAINT "webhook_event_keys_pkey" PRIMARY KEY (phone_id, PROVIDER, provider_event_id)
);

CREATE INDEX webhook_event_keys_received_at_idx ON private.webhook_event_keys USING btree (received_at);

COMMENT ON TABLE "private"."webhook_event_keys" IS 'One row per stored webhook event, keyed by the provider''s event id: what makes record_webhook_event a no-op for a repeat in any month. Rows go with their month''s partition. [not audited] Written with every webhook event (service role ingestion).';
