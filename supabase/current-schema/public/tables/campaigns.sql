CREATE TABLE "public"."campaigns" (
  "phone_id"            text                   NOT NULL,
  "id"                  uuid                   NOT NULL DEFAULT gen_random_uuid(),
  "name"                text                   NOT NULL,
  "caller_id"           text                   NOT NULL,
  "window_start"        time without time zone NOT NULL,
  "window_end"          time without time zone NOT NULL,
  "window_days"         smallint[],
  "starts_on"           date,
  "ends_on"             date,
  "max_concurrent"      integer                NOT NULL DEFAULT 1,
  "retry_delay_minutes" integer                NOT NULL DEFAULT 60,
  CONSTRAINT "campaigns_caller_id_e164" CHECK ((caller_id ~ '^\+[1-9][0-9]{6,14}$'::text)),
  CONSTRAINT "campaigns_dates_bounded"
    CHECK (((starts_on >= '2020-01-01'::date) AND (starts_on < '2100-01-01'::date) AND (ends_on >= '2020-01-01'::date) AND (ends_on < '2100-01-01'::date))),
  CONSTRAINT "campaigns_dates_ordered" CHECK ((ends_on >= starts_on)),
  CONSTRAINT "campaigns_dates_range" CHECK (((starts_on >= '2020-01-01'::date) AND (ends_on < '2100-01-01'::date))),
  CONSTRAINT "campaigns_max_concurrent_range" CHECK (((max_concurrent >= 1) AND (max_concurrent <= 1000))),
  CONSTRAINT "campaigns_name_length" CHECK (((char_length(name) >= 1) AND (char_length(name) <= 200))),
  CONSTRAINT "campaigns_phone_id_format" CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)),
  CONSTRAINT "campaigns_pkey" PRIMARY KEY (phone_id, id),
  CONSTRAINT "campaigns_retry_delay_minutes_range" CHECK (((retry_delay_minutes >= 1) AND (retry_delay_minutes <= 10080))),
  CONSTRAINT "campaigns_window_ordered" CHECK ((window_end > window_start)),
  CONSTRAINT "campaigns_window_start_range" CHECK ((window_start < '24:00:00'::time without time zone)),
  CONSTRAINT "campaigns_window_whole_minutes" CHECK (((EXTRACT(second FROM window_start) = (0)::numeric) AND (EXTRACT(second FROM window_end) = (0)::numeric))),
  CONSTRAINT "campaigns_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE,
  CONSTRAINT "campaigns_name_not_blank" CHECK ((NOT private.is_blank(name))),
  CONSTRAINT "campaigns_name_single_line" CHECK (private.is_single_line(name)),
  CONSTRAINT "campaigns_name_trimmed" CHECK ((NOT private.has_outer_space(name))),
  CONSTRAINT "campaigns_window_days_valid" CHECK (private.is_weekday_set(window_days))
);

ALTER TABLE "public"."campaigns"
  ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."campaigns"
  ADD COLUMN "status" public.campaign_status NOT NULL DEFAULT 'draft'::public.campaign_status;

ALTER TABLE "public"."campaigns"
  ADD COLUMN "started_at" timestamp WITH time zone;

ALTER TABLE "public"."campaigns"
  ADD COLUMN "finished_at" timestamp WITH time zone;

ALTER TABLE "public"."campaigns"
  ADD COLUMN "created_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."campaigns"
  ADD COLUMN "updated_at" timestamp WITH time zone NOT NULL DEFAULT now();

ALTER TABLE "public"."campaigns"
  ADD CONSTRAINT "campaigns_created_at_range" CHECK (((created_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (created_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

ALTER TABLE "public"."campaigns"
  ADD CONSTRAINT "campaigns_finished_after_created" CHECK ((finished_at >= created_at));

ALTER TABLE "public"."campaigns"
  ADD CONSTRAINT "campaigns_finished_after_started" CHECK ((finished_at >= started_at));

ALTER TABLE "public"."campaigns"
  ADD CONSTRAINT "campaigns_finished_at_range" CHECK (((finished_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (finished_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

ALTER TABLE "public"."campaigns"
  ADD CONSTRAINT "campaigns_finished_when_final" CHECK (((status = ANY (ARRAY['completed'::public.campaign_status, 'canceled'::public.campaign_status])) = (finished_at IS
    NOT NULL)));

ALTER TABLE "public"."campaigns"
  ADD CONSTRAINT "campaigns_started_after_created" CHECK ((started_at >= created_at));

ALTER TABLE "public"."campaigns"
  ADD CONSTRAINT "campaigns_started_at_range" CHECK (((started_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (started_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

ALTER TABLE "public"."campaigns"
  ADD CONSTRAINT "campaigns_started_when_under_way"
    CHECK (((status <> ALL (ARRAY['running'::public.campaign_status, 'paused'::public.campaign_status, 'completed'::public.campaign_status])) OR (started_at IS NOT NULL)));

ALTER TABLE "public"."campaigns"
  ADD CONSTRAINT "campaigns_updated_at_range" CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp
    with time zone)));

CREATE TRIGGER check_campaign_status
  BEFORE INSERT OR UPDATE ON public.campaigns
  FOR EACH ROW
  EXECUTE FUNCTION private.check_campaign_status();

CREATE TRIGGER set_updated_at
  BEFORE UPDATE ON public.campaigns
  FOR EACH ROW
  EXECUTE FUNCTION private.set_updated_at();

CREATE POLICY "admins add campaigns" ON "public"."campaigns"
  FOR INSERT
  TO "authenticated"
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "admins change campaigns" ON "public"."campaigns"
  FOR UPDATE
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])))
  WITH CHECK ((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])));

CREATE POLICY "admins delete campaigns not under way" ON "public"."campaigns"
  FOR DELETE
  TO "authenticated"
  USING
    (((phone_id = ANY (( SELECT private.member_phone_ids('admin'::public.member_role) AS member_phone_ids)::text[])) AND (status = ANY (ARRAY['draft'::public.campaign_status,
    'completed'::public.campaign_status, 'canceled'::public.campaign_status]))));

CREATE POLICY "members read their campaigns" ON "public"."campaigns"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

REVOKE ALL ON TABLE "public"."campaigns" FROM "authenticated";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."campaigns" TO "service_role";

ALTER TABLE "public"."campaigns"
  ADD COLUMN "created_by" uuid DEFAULT auth.uid();

ALTER TABLE "public"."campaigns"
  ADD CONSTRAINT "campaigns_created_by_fkey" FOREIGN KEY (created_by) REFERENCES auth.users(id) ON DELETE SET NULL;

CREATE INDEX campaigns_created_by_idx ON public.campaigns USING btree (created_by);

COMMENT ON COLUMN "public"."campaigns"."caller_id" IS 'The number the called contacts see, E.164.';

COMMENT ON COLUMN "public"."campaigns"."created_at" IS 'When the campaign was created, filled in by the database.';

COMMENT ON COLUMN "public"."campaigns"."ends_on" IS 'Last local date the campaign dials (inclusive); null for no end.';

COMMENT ON COLUMN "public"."campaigns"."finished_at" IS 'When it was completed or canceled.';

COMMENT ON COLUMN "public"."campaigns"."id" IS 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';

COMMENT ON COLUMN "public"."campaigns"."max_concurrent" IS 'Most contacts dialing at once (1 to 1000). The hand-out also keeps the phone within its max_concurrent_calls, so the lower of both applies.';

COMMENT ON COLUMN "public"."campaigns"."name" IS 'How staff call the campaign (one line); not unique.';

COMMENT ON COLUMN "public"."campaigns"."phone_id" IS 'The tenant: the phone number the campaign calls from (phone_numbers.id).';

COMMENT ON COLUMN "public"."campaigns"."retry_delay_minutes" IS 'How long a contact waits after an unanswered call before the next attempt.';

COMMENT ON COLUMN "public"."campaigns"."started_at" IS 'When the campaign first handed out a contact.';

COMMENT ON COLUMN "public"."campaigns"."starts_on" IS 'First local date the campaign dials; null for at once.';

COMMENT ON COLUMN "public"."campaigns"."status" IS 'draft -> scheduled -> running <-> paused -> completed, or canceled before completed (trigger check_campaign_status); changed through schedule_campaign, pause_campaign, resume_campaign and cancel_campaign.';

COMMENT ON COLUMN "public"."campaigns"."updated_at" IS 'When the row last changed, kept by the trigger set_updated_at.';

COMMENT ON COLUMN "public"."campaigns"."window_days" IS 'Weekdays the campaign dials, 0 = Sunday ... 6 = Saturday; null for every day.';

COMMENT ON COLUMN "public"."campaigns"."window_end" IS 'Daily end of dialing (exclusive), after window_start on the same day; 24:00 for the end of the day.';

COMMENT ON COLUMN "public"."campaigns"."window_start" IS 'Daily start of dialing, local wall-clock time of the phone''s time zone, whole minutes.';

COMMENT ON POLICY "admins add campaigns" ON "public"."campaigns" IS 'Admins and owners create campaigns (as drafts: status is not theirs to set).';

COMMENT ON POLICY "admins change campaigns" ON "public"."campaigns" IS 'Admins and owners edit a campaign''s settings (column privileges leave status to the functions).';

COMMENT ON POLICY "admins delete campaigns not under way" ON "public"."campaigns" IS 'Admins and owners delete draft, completed and canceled campaigns with their contacts; a scheduled, running or paused one is canceled first.';

COMMENT ON POLICY "members read their campaigns" ON "public"."campaigns" IS 'Members of any level read the campaigns of their phone numbers.';

COMMENT ON TABLE "public"."campaigns" IS 'Outbound calling campaigns of a phone number. Admins and owners create and edit them and delete those not under way (draft, completed, canceled); members read them. Status changes only through schedule_campaign, pause_campaign, resume_campaign and cancel_campaign (admins) and the dialer''s functions; see the type campaign_status for the steps. A finished (completed or canceled) campaign no longer changes.';

COMMENT ON COLUMN "public"."campaigns"."created_by" IS 'The member who created the campaign (null once that user is deleted, or when made by the service role).';

REVOKE ALL ("caller_id") ON TABLE "public"."campaigns" FROM "authenticated";

GRANT INSERT ("caller_id"), UPDATE ("caller_id") ON TABLE "public"."campaigns" TO "authenticated";

REVOKE ALL ("ends_on") ON TABLE "public"."campaigns" FROM "authenticated";

GRANT INSERT ("ends_on"), UPDATE ("ends_on") ON TABLE "public"."campaigns" TO "authenticated";

REVOKE ALL ("max_concurrent") ON TABLE "public"."campaigns" FROM "authenticated";

GRANT INSERT ("max_concurrent"), UPDATE ("max_concurrent") ON TABLE "public"."campaigns" TO "authenticated";

REVOKE ALL ("name") ON TABLE "public"."campaigns" FROM "authenticated";

GRANT INSERT ("name"), UPDATE ("name") ON TABLE "public"."campaigns" TO "authenticated";

REVOKE ALL ("phone_id") ON TABLE "public"."campaigns" FROM "authenticated";

GRANT INSERT ("phone_id") ON TABLE "public"."campaigns" TO "authenticated";

REVOKE ALL ("retry_delay_minutes") ON TABLE "public"."campaigns" FROM "authenticated";

GRANT INSERT ("retry_delay_minutes"), UPDATE ("retry_delay_minutes") ON TABLE "public"."campaigns" TO "authenticated";

REVOKE ALL ("starts_on") ON TABLE "public"."campaigns" FROM "authenticated";

GRANT INSERT ("starts_on"), UPDATE ("starts_on") ON TABLE "public"."campaigns" TO "authenticated";

REVOKE ALL ("window_days") ON TABLE "public"."campaigns" FROM "authenticated";

GRANT INSERT ("window_days"), UPDATE ("window_days") ON TABLE "public"."campaigns" TO "authenticated";

REVOKE ALL ("window_end") ON TABLE "public"."campaigns" FROM "authenticated";

GRANT INSERT ("window_end"), UPDATE ("window_end") ON TABLE "public"."campaigns" TO "authenticated";

REVOKE ALL ("window_start") ON TABLE "public"."campaigns" FROM "authenticated";

GRANT INSERT ("window_start"), UPDATE ("window_start") ON TABLE "public"."campaigns" TO "authenticated";

GRANT DELETE, SELECT ON TABLE "public"."campaigns" TO "authenticated";

REVOKE ALL ON TABLE "public"."campaigns" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."campaigns" TO "postgres";

REVOKE ALL ON TABLE "public"."campaigns" FROM "anon";
