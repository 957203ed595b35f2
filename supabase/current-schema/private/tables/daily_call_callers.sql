CREATE TABLE "private"."daily_call_callers" (
  "phone_id"      text    NOT NULL,
  "day"           date    NOT NULL,
  "caller_number" text    NOT NULL,
  "calls"         integer NOT NULL,
  CONSTRAINT "daily_call_callers_pkey" PRIMARY KEY (phone_id, day, caller_number),
  CONSTRAINT "daily_call_callers_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE
);

COMMENT ON COLUMN "private"."daily_call_callers"."caller_number" IS 'The caller''s number, as calls.caller_number.';

COMMENT ON COLUMN "private"."daily_call_callers"."calls" IS 'How many of that day''s calls came from this number; 0 once they are all deleted or archived (the row is kept).';

COMMENT ON COLUMN "private"."daily_call_callers"."day" IS 'The local day, as daily_call_stats.day.';

COMMENT ON COLUMN "private"."daily_call_callers"."phone_id" IS 'The tenant: the phone number this row belongs to (phone_numbers.id).';

COMMENT ON TABLE "private"."daily_call_callers" IS 'Calls per caller number and local day, behind daily_call_stats.unique_callers. Internal: no privilege for the API roles.';
