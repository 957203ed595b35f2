CREATE TABLE "public"."live_calls" (
  "phone_id"     text                     NOT NULL,
  "call_sid"     text                     NOT NULL,
  "worker"       text,
  "claimed_at"   timestamp with time zone NOT NULL DEFAULT now(),
  "heartbeat_at" timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "live_calls_call_sid_format" CHECK ((call_sid ~ '^[A-Za-z0-9_-]{1,64}$'::text)),
  CONSTRAINT "live_calls_claimed_at_range" CHECK (((claimed_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (claimed_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "live_calls_heartbeat_after_claim" CHECK ((heartbeat_at >= claimed_at)),
  CONSTRAINT "live_calls_heartbeat_at_range" CHECK (((heartbeat_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (heartbeat_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone))),
  CONSTRAINT "live_calls_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "live_calls_pkey" PRIMARY KEY (phone_id, call_sid),
  CONSTRAINT "live_calls_worker_format" CHECK ((worker ~ '^[A-Za-z0-9_.:-]{1,128}$'::text)),
  CONSTRAINT "live_calls_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE
);

ALTER TABLE "public"."live_calls"
  ENABLE ROW LEVEL SECURITY;

CREATE INDEX live_calls_heartbeat_idx ON public.live_calls USING btree (heartbeat_at);

CREATE POLICY "members read their live calls" ON "public"."live_calls"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."live_calls" TO "service_role";

COMMENT ON COLUMN "public"."live_calls"."call_sid" IS 'The provider''s call id; the call''s row in calls may not exist yet.';

COMMENT ON COLUMN "public"."live_calls"."claimed_at" IS 'When claim_call_slot admitted the call, filled in by the database.';

COMMENT ON COLUMN "public"."live_calls"."heartbeat_at" IS 'The worker''s last sign of life; silent for 90 seconds, the slot is reaped.';

COMMENT ON COLUMN "public"."live_calls"."phone_id" IS 'The tenant: the phone number this row belongs to (phone_numbers.id).';

COMMENT ON COLUMN "public"."live_calls"."worker" IS 'Which telephony worker holds the call, for operators.';

COMMENT ON POLICY "members read their live calls" ON "public"."live_calls" IS 'Members of any level see the calls in progress on their phone numbers.';

COMMENT ON TABLE "public"."live_calls" IS 'The calls in progress, one row per admitted call, at most phone_numbers.max_concurrent_calls per phone. Written only through claim_call_slot, heartbeat_call_slot and release_call_slot (service role) and the reaper; members read their phones'' rows (the live dashboard, also over Realtime).';

REVOKE ALL ON TABLE "public"."live_calls" FROM "authenticated";

GRANT SELECT ON TABLE "public"."live_calls" TO "authenticated";

REVOKE ALL ON TABLE "public"."live_calls" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."live_calls" TO "postgres";

REVOKE ALL ON TABLE "public"."live_calls" FROM "anon";
