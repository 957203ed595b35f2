CREATE TABLE "public"."calls" (
  "phone_id"      text NOT NULL,
  "id"            uuid NOT NULL DEFAULT gen_random_uuid(),
  "call_sid"      text NOT NULL,
  "caller_number" text NOT NULL,
  CONSTRAINT "calls_call_sid_format" CHECK ((call_sid ~ '^[A-Za-z0-9_-]{1,64}$'::text)),
  CONSTRAINT "calls_call_sid_key" UNIQUE (phone_id, call_sid),
  CONSTRAINT "calls_caller_number_e164" CHECK ((caller_number ~ '^\+[1-9][0-9]{6,14}$'::text)),
  CONSTRAINT "calls_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "calls_pkey" PRIMARY KEY (phone_id, id),
  CONSTRAINT "calls_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE
);

ALTER TABLE "public"."calls"
  ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."calls"
  ADD COLUMN "status" public.call_status NOT NULL DEFAULT 'ringing'::public.call_status;

ALTER TABLE "public"."calls"
  ADD COLUMN "duration" integer NOT NULL DEFAULT 0;

ALTER TABLE "public"."calls"
  ADD COLUMN "answered_at" timestamp WITH time zone;

ALTER TABLE "public"."calls"
  ADD COLUMN "ended_at" timestamp WITH time zone;

ALTER TABLE "public"."calls"
  ADD COLUMN "recording_url" text;

ALTER TABLE "public"."calls"
  ADD COLUMN "transcript" text;

ALTER TABLE "public"."calls"
  ADD COLUMN "ai_summary" text;

ALTER TABLE "public"."calls"
  ADD COLUMN "created_at" timestamp(3) WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."calls"
  ADD COLUMN "updated_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."calls"
  ADD COLUMN "ai_confidence" numeric(3,2);

ALTER TABLE "public"."calls"
  ADD COLUMN "direction" public.call_direction NOT NULL DEFAULT 'inbound'::public.call_direction;

ALTER TABLE "public"."calls"
  ADD COLUMN "ended_reason" public.call_ended_reason;

ALTER TABLE "public"."calls"
  ADD COLUMN "billed_seconds" integer;

ALTER TABLE "public"."calls"
  ADD COLUMN "cost" numeric(12,5);

ALTER TABLE "public"."calls"
  ADD COLUMN "currency" text;

ALTER TABLE "public"."calls"
  ADD COLUMN "transferred_to" text;

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_ai_confidence_range" CHECK (((ai_confidence >= (0)::numeric) AND (ai_confidence <= (1)::numeric)));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_ai_summary_length" CHECK (((char_length(ai_summary) >= 1) AND (char_length(ai_summary) <= 5000)));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_answered_after_created" CHECK (((answered_at)::timestamp(3) with time zone >= created_at));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_answered_at_range" CHECK (((answered_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (answered_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_billed_seconds_range" CHECK (((billed_seconds >= 0) AND (billed_seconds <= 86400)));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_cost_range" CHECK (((cost >= (0)::numeric) AND (cost < (100000)::numeric)));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_cost_with_currency" CHECK (((cost IS NULL) = (currency IS NULL)));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_currency_format" CHECK ((currency ~ '^[A-Z]{3}$'::text));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_duration_matches_times" CHECK (
CASE
    WHEN ((duration < 0) OR (duration > 86400)) THEN true
    WHEN ((answered_at IS NULL) OR (ended_at IS NULL)) THEN (duration = 0)
    WHEN ((NOT isfinite(answered_at)) OR (NOT isfinite(ended_at))) THEN true
    WHEN (ended_at < answered_at) THEN true
    WHEN ((ended_at - answered_at) > '24:00:01'::interval) THEN true
    ELSE (abs(((duration)::numeric - EXTRACT(epoch FROM (ended_at - answered_at)))) <= (1)::numeric)
END);

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_duration_max" CHECK (((duration <= 86400) AND (
CASE
    WHEN (isfinite(answered_at) AND isfinite(ended_at)) THEN ((ended_at - answered_at) <= '24:00:01'::interval)
    ELSE NULL::boolean
END IS NOT FALSE)));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_duration_nonnegative" CHECK ((duration >= 0));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_ended_after_answered" CHECK ((ended_at >= answered_at));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_ended_after_created" CHECK (((ended_at)::timestamp(3) with time zone >= created_at));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_ended_at_range" CHECK (((ended_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (ended_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_recording_url_https"
    CHECK
    ((recording_url ~
    '^https://[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?([/?#]([A-Za-z0-9._~!$&''()*+,;=:@/?#-]|%[0-9A-Fa-f]{2})*)?$'::text));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_recording_url_length" CHECK ((char_length(recording_url) <= 2048));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_status_timestamps" CHECK (
CASE status
    WHEN 'ringing'::public.call_status THEN ((answered_at IS NULL) AND (ended_at IS NULL))
    WHEN 'answered'::public.call_status THEN ((answered_at IS NOT NULL) AND (ended_at IS NULL))
    WHEN 'completed'::public.call_status THEN ((answered_at IS NOT NULL) AND (ended_at IS NOT NULL))
    WHEN 'failed'::public.call_status THEN (ended_at IS NOT NULL)
    ELSE NULL::boolean
END);

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_transcript_length" CHECK (((char_length(transcript) >= 1) AND (char_length(transcript) <= 100000)));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_transferred_to_e164" CHECK ((transferred_to ~ '^\+[1-9][0-9]{6,14}$'::text));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_updated_at_range" CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

CREATE INDEX calls_caller_trgm_idx ON public.calls USING gin (caller_number extensions.gin_trgm_ops);

CREATE INDEX calls_created_brin ON public.calls USING brin (created_at);

CREATE INDEX calls_in_progress_idx ON public.calls USING btree (phone_id, created_at DESC, id DESC)
  WHERE (status = ANY (ARRAY['ringing'::public.call_status, 'answered'::public.call_status]));

CREATE INDEX calls_phone_caller_idx ON public.calls USING btree (phone_id, caller_number, created_at DESC);

CREATE INDEX calls_phone_created_idx ON public.calls USING btree (phone_id, created_at DESC, id DESC);

CREATE INDEX calls_search_text_idx ON public.calls
  USING gin
  (((to_tsvector('simple'::regconfig, ((COALESCE(transcript, ''::text) || ' '::text) || COALESCE(ai_summary, ''::text))) || array_to_tsvector(ARRAY[('phone:'::text ||
  phone_id)]))));

CREATE TRIGGER check_call_status
  BEFORE INSERT OR UPDATE OF status, answered_at, ended_at, duration ON public.calls
  FOR EACH ROW
  EXECUTE FUNCTION private.check_call_status();

CREATE TRIGGER count_call_deletes
  AFTER DELETE ON public.calls
  FOR EACH ROW
  EXECUTE FUNCTION private.count_call_change();

CREATE TRIGGER count_call_inserts
  AFTER INSERT ON public.calls
  FOR EACH ROW
  EXECUTE FUNCTION private.count_call_change();

CREATE TRIGGER count_call_updates
  AFTER UPDATE OF phone_id, created_at, caller_number, status, duration, answered_at ON public.calls
  FOR EACH ROW
  WHEN
    (((((((old.phone_id IS DISTINCT FROM new.phone_id) OR (old.created_at IS DISTINCT FROM new.created_at)) OR (old.caller_number IS DISTINCT FROM new.caller_number)) OR
    (old.status IS DISTINCT FROM new.status)) OR (old.duration IS DISTINCT FROM new.duration)) OR (old.answered_at IS DISTINCT FROM new.answered_at)))
  EXECUTE FUNCTION private.count_call_change();

CREATE TRIGGER set_updated_at
  BEFORE UPDATE ON public.calls
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "admins correct their calls" ON "public"."calls"
  FOR UPDATE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])))
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "members read their calls" ON "public"."calls"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

REVOKE ALL ON TABLE "public"."calls" FROM "authenticated";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."calls" TO "service_role";

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_ai_summary_not_blank" CHECK ((NOT private.is_blank(ai_summary)));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_ai_summary_printable" CHECK (private.is_printable_text(ai_summary));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_transcript_not_blank" CHECK ((NOT private.is_blank(transcript)));

ALTER TABLE "public"."calls"
  ADD CONSTRAINT "calls_transcript_printable" CHECK (private.is_printable_text(transcript));

COMMENT ON COLUMN "public"."calls"."ai_confidence" IS 'Confidence of the AI in ai_summary, 0.00 to 1.00; null when the call was not scored.';

COMMENT ON COLUMN "public"."calls"."ai_summary" IS 'The AI''s summary of the call; admins may correct it.';

COMMENT ON COLUMN "public"."calls"."answered_at" IS 'When the receptionist answered; set from now() when a call becomes answered without it.';

COMMENT ON COLUMN "public"."calls"."billed_seconds" IS 'The seconds the provider billed (0 to 86400).';

COMMENT ON COLUMN "public"."calls"."call_sid" IS 'The telephony provider''s id of the call, unique per phone number.';

COMMENT ON COLUMN "public"."calls"."caller_number" IS 'The caller''s number in E.164 form.';

COMMENT ON COLUMN "public"."calls"."cost" IS 'What the call cost, in currency; reported with it.';

COMMENT ON COLUMN "public"."calls"."created_at" IS 'When the call started ringing, to the millisecond (so a JavaScript Date holds it exactly); the list pages on (created_at, id).';

COMMENT ON COLUMN "public"."calls"."currency" IS 'ISO 4217 code of cost, e.g. USD.';

COMMENT ON COLUMN "public"."calls"."direction" IS 'inbound or outbound.';

COMMENT ON COLUMN "public"."calls"."duration" IS 'Talk time in whole seconds, from answered_at to ended_at (within a second); 0 for calls never answered or still in progress.';

COMMENT ON COLUMN "public"."calls"."ended_at" IS 'When the call ended (completed or failed); derived when a call ends without it.';

COMMENT ON COLUMN "public"."calls"."ended_reason" IS 'Why the call ended, as the provider (or the reaper) reported it; null while unknown.';

COMMENT ON COLUMN "public"."calls"."id" IS 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';

COMMENT ON COLUMN "public"."calls"."phone_id" IS 'The tenant: the phone number that was called, or that called out (phone_numbers.id).';

COMMENT ON COLUMN "public"."calls"."recording_url" IS 'The recording, an https URL of at most 2048 characters.';

COMMENT ON COLUMN "public"."calls"."status" IS 'ringing -> answered -> completed, or ringing/answered -> failed; any forward step is allowed, a step backwards or sideways is refused on a direct update and ignored by ingest_call_event.';

COMMENT ON COLUMN "public"."calls"."transcript" IS 'Transcript of the call; admins may correct it.';

COMMENT ON COLUMN "public"."calls"."transferred_to" IS 'The E.164 number the call was transferred to.';

COMMENT ON COLUMN "public"."calls"."updated_at" IS 'When the row last changed, kept by the trigger set_updated_at.';

COMMENT ON POLICY "admins correct their calls" ON "public"."calls" IS 'Admins and owners correct transcript and ai_summary (column privileges limit the rest).';

COMMENT ON POLICY "members read their calls" ON "public"."calls" IS 'Members of any level read the calls of their phone numbers.';

COMMENT ON TABLE "public"."calls" IS 'Phone calls of a phone number. Written by the telephony backend (service role) through public.ingest_call_event, which merges each webhook into the call whatever the order and repetition of the events; members read them, admins correct transcript and ai_summary. A direct update that moves the status backwards or sideways is refused (trigger check_call_status).';

REVOKE ALL ("ai_summary") ON TABLE "public"."calls" FROM "authenticated";

GRANT UPDATE ("ai_summary") ON TABLE "public"."calls" TO "authenticated";

REVOKE ALL ("transcript") ON TABLE "public"."calls" FROM "authenticated";

GRANT UPDATE ("transcript") ON TABLE "public"."calls" TO "authenticated";

GRANT SELECT ON TABLE "public"."calls" TO "authenticated";

REVOKE ALL ON TABLE "public"."calls" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."calls" TO "postgres";

REVOKE ALL ON TABLE "public"."calls" FROM "anon";
