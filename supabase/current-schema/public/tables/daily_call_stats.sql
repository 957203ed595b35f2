CREATE TABLE "public"."daily_call_stats" (
  "phone_id"         text                     NOT NULL,
  "day"              date                     NOT NULL,
  "total_calls"      integer                  NOT NULL DEFAULT 0,
  "answered_calls"   integer                  NOT NULL DEFAULT 0,
  "completed_calls"  integer                  NOT NULL DEFAULT 0,
  "failed_calls"     integer                  NOT NULL DEFAULT 0,
  "total_duration"   bigint                   NOT NULL DEFAULT 0,
  "average_duration" numeric(10,2)            GENERATED ALWAYS AS (
CASE
    WHEN (completed_calls > 0) THEN round(((total_duration)::numeric / (completed_calls)::numeric), 2)
    ELSE NULL::numeric
END) STORED,
  "unique_callers"   integer                  NOT NULL DEFAULT 0,
  "updated_at"       timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "daily_call_stats_pkey" PRIMARY KEY (phone_id, day),
  CONSTRAINT "daily_call_stats_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE
);

ALTER TABLE "public"."daily_call_stats"
  ENABLE ROW LEVEL SECURITY;

CREATE POLICY "members read their stats" ON "public"."daily_call_stats"
  FOR SELECT
  TO "authenticated"
  USING ((phone_id = ANY (( SELECT private.member_phone_ids() AS member_phone_ids)::text[])));

COMMENT ON COLUMN "public"."daily_call_stats"."answered_calls" IS 'Calls that were answered (answered_at set), whatever happened after.';

COMMENT ON COLUMN "public"."daily_call_stats"."average_duration" IS 'Average talk time of the completed calls, in seconds; null without any.';

COMMENT ON COLUMN "public"."daily_call_stats"."completed_calls" IS 'Calls of that day whose status is completed.';

COMMENT ON COLUMN "public"."daily_call_stats"."day" IS 'The day in the phone number''s time zone on which the calls started.';

COMMENT ON COLUMN "public"."daily_call_stats"."failed_calls" IS 'Calls of that day whose status is failed.';

COMMENT ON COLUMN "public"."daily_call_stats"."phone_id" IS 'The tenant: the phone number this row belongs to (phone_numbers.id).';

COMMENT ON COLUMN "public"."daily_call_stats"."total_calls" IS 'Calls that started that day, in any status.';

COMMENT ON COLUMN "public"."daily_call_stats"."total_duration" IS 'Talk time of the completed calls, in seconds.';

COMMENT ON COLUMN "public"."daily_call_stats"."unique_callers" IS 'Distinct caller numbers that day.';

COMMENT ON COLUMN "public"."daily_call_stats"."updated_at" IS 'When the counting triggers last changed the row.';

COMMENT ON POLICY "members read their stats" ON "public"."daily_call_stats" IS 'Members of any level read the daily statistics of their phone numbers.';

COMMENT ON TABLE "public"."daily_call_stats" IS 'Calls per phone number and local day (phone_numbers.timezone), archived calls included. Maintained by triggers on calls; members read it, nobody writes it.';

REVOKE ALL ON TABLE "public"."daily_call_stats" FROM "authenticated";

GRANT SELECT ON TABLE "public"."daily_call_stats" TO "authenticated";

REVOKE ALL ON TABLE "public"."daily_call_stats" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."daily_call_stats" TO "postgres";

REVOKE ALL ON TABLE "public"."daily_call_stats" FROM "service_role";

GRANT SELECT ON TABLE "public"."daily_call_stats" TO "service_role";

REVOKE ALL ON TABLE "public"."daily_call_stats" FROM "anon";
