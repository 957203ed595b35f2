CREATE TABLE "public"."campaign_contacts" (
  "phone_id"    text NOT NULL,
  "campaign_id" uuid NOT NULL,
  "id"          uuid NOT NULL DEFAULT gen_random_uuid(),
  "number"      text NOT NULL,
  CONSTRAINT "campaign_contacts_number_e164" CHECK ((number ~ '^\+[1-9][0-9]{6,14}$'::text)),
  CONSTRAINT "campaign_contacts_number_key" UNIQUE (phone_id, campaign_id, number),
  CONSTRAINT "campaign_contacts_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "campaign_contacts_pkey" PRIMARY KEY (phone_id, id),
  CONSTRAINT "campaign_contacts_campaign_fkey" FOREIGN KEY (phone_id, campaign_id) REFERENCES public.campaigns(phone_id, id) ON DELETE CASCADE
);

ALTER TABLE "public"."campaign_contacts"
  ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."campaign_contacts"
  ADD COLUMN "status" public.campaign_contact_status NOT NULL DEFAULT 'pending'::public.campaign_contact_status;

ALTER TABLE "public"."campaign_contacts"
  ADD COLUMN "attempts" integer NOT NULL DEFAULT 0;

ALTER TABLE "public"."campaign_contacts"
  ADD COLUMN "max_attempts" integer NOT NULL DEFAULT 3;

ALTER TABLE "public"."campaign_contacts"
  ADD COLUMN "next_attempt_at" timestamp WITH time zone DEFAULT now();

ALTER TABLE "public"."campaign_contacts"
  ADD COLUMN "claimed_at" timestamp WITH time zone;

ALTER TABLE "public"."campaign_contacts"
  ADD COLUMN "claimed_by" text;

ALTER TABLE "public"."campaign_contacts"
  ADD COLUMN "finished_at" timestamp WITH time zone;

ALTER TABLE "public"."campaign_contacts"
  ADD COLUMN "last_call_sid" text;

ALTER TABLE "public"."campaign_contacts"
  ADD COLUMN "last_outcome" public.campaign_call_outcome;

ALTER TABLE "public"."campaign_contacts"
  ADD COLUMN "created_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."campaign_contacts"
  ADD COLUMN "updated_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_attempts_range" CHECK (((attempts >= 0) AND (attempts <= max_attempts)));

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_claimed_after_created" CHECK ((claimed_at >= created_at));

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_claimed_at_range" CHECK (((claimed_at >= '2020-01-01 00:00:00+00'::timestamp
    with time zone) AND (claimed_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_claimed_by_format" CHECK ((claimed_by ~ '^[A-Za-z0-9_.:-]{1,128}$'::text));

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_claimed_when_dialing" CHECK (((status <> 'dialing'::public.campaign_contact_status) OR (claimed_at IS NOT NULL)));

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp
    with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_finished_after_claimed" CHECK ((finished_at >= claimed_at));

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_finished_after_created" CHECK ((finished_at >= created_at));

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_finished_at_bounded" CHECK (((finished_at >= '2020-01-01 00:00:00+00'::timestamp
    with time zone) AND (finished_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_finished_at_range" CHECK ((finished_at < '2100-01-01 00:00:00+00'::timestamp with time zone));

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_last_call_sid_format" CHECK ((last_call_sid ~ '^[A-Za-z0-9_-]{1,64}$'::text));

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_max_attempts_range" CHECK (((max_attempts >= 1) AND (max_attempts <= 10)));

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_next_attempt_at_range" CHECK (((next_attempt_at >= '2020-01-01 00:00:00+00'::timestamp
    with time zone) AND (next_attempt_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_next_attempt_when_pending" CHECK (((status = 'pending'::public.campaign_contact_status) = (next_attempt_at IS NOT NULL)));

ALTER TABLE "public"."campaign_contacts"
  ADD CONSTRAINT "campaign_contacts_updated_at_range" CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp
    with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp with time zone)));

CREATE INDEX campaign_contacts_dialing_idx ON public.campaign_contacts USING btree (phone_id, campaign_id)
  WHERE (status = 'dialing'::public.campaign_contact_status);

CREATE INDEX campaign_contacts_due_idx ON public.campaign_contacts USING btree (phone_id, campaign_id, next_attempt_at, id)
  WHERE (status = 'pending'::public.campaign_contact_status);

CREATE INDEX campaign_contacts_progress_idx ON public.campaign_contacts USING btree (phone_id, campaign_id, status);

CREATE TRIGGER set_updated_at
  BEFORE UPDATE ON public.campaign_contacts
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "members read their campaign contacts" ON "public"."campaign_contacts"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."campaign_contacts" TO "service_role";

COMMENT ON COLUMN "public"."campaign_contacts"."attempts" IS 'Calls handed out so far (counted at hand-out), at most max_attempts.';

COMMENT ON COLUMN "public"."campaign_contacts"."campaign_id" IS 'The campaign that calls this number (campaigns.id of the same phone).';

COMMENT ON COLUMN "public"."campaign_contacts"."claimed_at" IS 'When the current or last attempt was handed out.';

COMMENT ON COLUMN "public"."campaign_contacts"."claimed_by" IS 'Which dialer took the current or last attempt, for operators.';

COMMENT ON COLUMN "public"."campaign_contacts"."created_at" IS 'When the contact was imported, filled in by the database.';

COMMENT ON COLUMN "public"."campaign_contacts"."finished_at" IS 'When the last attempt''s outcome was reported.';

COMMENT ON COLUMN "public"."campaign_contacts"."id" IS 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';

COMMENT ON COLUMN "public"."campaign_contacts"."last_call_sid" IS 'The provider''s call id of the last attempt.';

COMMENT ON COLUMN "public"."campaign_contacts"."last_outcome" IS 'What the last attempt came to.';

COMMENT ON COLUMN "public"."campaign_contacts"."max_attempts" IS 'Most calls to this contact (1 to 10), set at import.';

COMMENT ON COLUMN "public"."campaign_contacts"."next_attempt_at" IS 'When a pending contact may be dialed (at once after import; retry_delay_minutes after an unanswered call); null unless pending.';

COMMENT ON COLUMN "public"."campaign_contacts"."number" IS 'The number to call, E.164; once per campaign.';

COMMENT ON COLUMN "public"."campaign_contacts"."phone_id" IS 'The tenant: the phone number this row belongs to (phone_numbers.id).';

COMMENT ON COLUMN "public"."campaign_contacts"."status" IS 'Where the contact is (see type campaign_contact_status): pending, dialing, completed, failed or skipped; changed by the campaign functions only.';

COMMENT ON COLUMN "public"."campaign_contacts"."updated_at" IS 'When the row last changed, kept by the trigger set_updated_at.';

COMMENT ON POLICY "members read their campaign contacts" ON "public"."campaign_contacts" IS 'Members of any level read the contacts of their phone numbers'' campaigns (they read callers'' numbers too).';

COMMENT ON TABLE "public"."campaign_contacts" IS 'The numbers a campaign calls, one row per number and campaign. Admins and owners add them with import_campaign_contacts; the dialer (service role) takes them with claim_campaign_contacts and reports each call with finish_campaign_contact. Members read them.';

REVOKE ALL ON TABLE "public"."campaign_contacts" FROM "authenticated";

GRANT SELECT ON TABLE "public"."campaign_contacts" TO "authenticated";

REVOKE ALL ON TABLE "public"."campaign_contacts" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."campaign_contacts" TO "postgres";

REVOKE ALL ON TABLE "public"."campaign_contacts" FROM "anon";
