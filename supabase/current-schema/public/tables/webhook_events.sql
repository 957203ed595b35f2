CREATE TABLE "public"."webhook_events" (
  "phone_id"          text                        NOT NULL,
  "received_at"       timestamp with time zone    NOT NULL,
  "id"                uuid                        NOT NULL,
  "provider"          text                        NOT NULL,
  "provider_event_id" text                        NOT NULL,
  "event_type"        text                        NOT NULL,
  "call_sid"          text,
  "payload"           jsonb                       NOT NULL,
  "status"            public.webhook_event_status NOT NULL,
  "attempts"          integer                     NOT NULL,
  "processed_at"      timestamp with time zone,
  "error"             text
) PARTITION BY RANGE (received_at);

ALTER TABLE "public"."webhook_events"
  ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."webhook_events"
  ALTER COLUMN "attempts" SET DEFAULT 0;

ALTER TABLE "public"."webhook_events"
  ALTER COLUMN "id" SET DEFAULT gen_random_uuid();

ALTER TABLE "public"."webhook_events"
  ALTER COLUMN "payload" SET DEFAULT '{}'::jsonb;

ALTER TABLE "public"."webhook_events"
  ALTER COLUMN "received_at" SET DEFAULT now();

ALTER TABLE "public"."webhook_events"
  ALTER COLUMN "status" SET DEFAULT 'received'::public.webhook_event_status;

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_attempts_range" CHECK (((attempts >= 0) AND (attempts <= 1000)));

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_call_sid_format" CHECK ((call_sid ~ '^[A-Za-z0-9_-]{1,64}$'::text));

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_error_length" CHECK ((char_length(error) <= 4000));

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_error_when_failed" CHECK (((status = 'failed'::public.webhook_event_status) = (error IS NOT NULL)));

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_event_type_format" CHECK ((event_type ~ '^[A-Za-z0-9_.:/-]{1,100}$'::text));

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_payload_object" CHECK ((jsonb_typeof(payload) = 'object'::text));

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_payload_size" CHECK ((octet_length((payload)::text) <= 262144));

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE;

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text));

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_pkey" PRIMARY KEY (phone_id, received_at, id);

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_processed_after_received" CHECK (((processed_at >= received_at) AND (processed_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_provider_event_id_format" CHECK ((provider_event_id ~ '^[\x21-\x7E]{1,255}$'::text));

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_provider_format" CHECK ((provider ~ '^[a-z][a-z0-9_]{1,31}$'::text));

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_received_at_range" CHECK (((received_at >= '2020-01-01 00:00:00+00'::timestamp
    with time zone) AND (received_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

CREATE INDEX webhook_events_call_idx ON ONLY public.webhook_events USING btree (phone_id, call_sid, received_at)
  WHERE (call_sid IS NOT NULL);

CREATE INDEX webhook_events_pending_idx ON ONLY public.webhook_events USING btree (received_at)
  WHERE (status = ANY (ARRAY['received'::public.webhook_event_status, 'failed'::public.webhook_event_status]));

CREATE POLICY "admins read their webhook events" ON "public"."webhook_events"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."webhook_events" TO "service_role";

ALTER TABLE "public"."webhook_events"
  ADD CONSTRAINT "webhook_events_payload_depth" CHECK (private.jsonb_depth_within(payload, 32));

COMMENT ON COLUMN "public"."webhook_events"."attempts" IS 'How many times processing was tried.';

COMMENT ON COLUMN "public"."webhook_events"."call_sid" IS 'The call the event is about, when it is about one.';

COMMENT ON COLUMN "public"."webhook_events"."error" IS 'Why processing failed; set exactly when status is failed.';

COMMENT ON COLUMN "public"."webhook_events"."event_type" IS 'The provider''s name of the event (e.g. call.completed), 1 to 100 characters of letters, digits and _ . : / -.';

COMMENT ON COLUMN "public"."webhook_events"."id" IS 'Identifier, filled in by the database (gen_random_uuid()); the primary key with phone_id and received_at.';

COMMENT ON COLUMN "public"."webhook_events"."payload" IS 'The event''s body as the provider sent it, a JSON object.';

COMMENT ON COLUMN "public"."webhook_events"."phone_id" IS 'The tenant: the phone number the event is for (phone_numbers.id).';

COMMENT ON COLUMN "public"."webhook_events"."processed_at" IS 'When processing last ended (processed, failed or ignored); null while received.';

COMMENT ON COLUMN "public"."webhook_events"."provider" IS 'Who sent it: a lowercase slug such as twilio or google_calendar.';

COMMENT ON COLUMN "public"."webhook_events"."provider_event_id" IS 'The provider''s own id of the event; an event is stored once per phone, provider and id.';

COMMENT ON COLUMN "public"."webhook_events"."received_at" IS 'When the event was stored, filled in by the database; it decides the event''s monthly partition.';

COMMENT ON COLUMN "public"."webhook_events"."status" IS 'Where the event is in processing (see type webhook_event_status): received, processed, failed (error says why) or ignored.';

COMMENT ON POLICY "admins read their webhook events" ON "public"."webhook_events" IS 'Admins and owners read the events received for their phone numbers (payloads hold callers'' details).';

COMMENT ON TABLE "public"."webhook_events" IS 'Every webhook received for a phone number, by month of received_at (partitions in private). Written by the service role through record_webhook_event, which stores an event once; processing updates status, attempts, processed_at and error. Admins and owners read their phones'' events. Kept six months.';

REVOKE ALL ON TABLE "public"."webhook_events" FROM "authenticated";

GRANT SELECT ON TABLE "public"."webhook_events" TO "authenticated";

REVOKE ALL ON TABLE "public"."webhook_events" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."webhook_events" TO "postgres";

REVOKE ALL ON TABLE "public"."webhook_events" FROM "anon";
