CREATE TABLE "private"."daily_call_callers" (
  "phone_id"      text    NOT NULL,
  "day"           date    NOT NULL,
  "caller_number" text    NOT NULL,
  "calls"         integer NOT NULL,
  CONSTRAINT "daily_call_callers_pkey" PRIMARY KEY (phone_id, day, caller_number),
  CONSTRAINT "daily_call_callers_phone_id_fkey" FOREIGN KEY (phone_id) REFERENCES public.phone_numbers(id) ON DELETE CASCADE
);

COMMENT ON COLUMN "private"."daily_call_callers"."caller_number" IS '[personal] The caller counted.';

COMMENT ON TABLE "private"."daily_call_callers" IS 'Calls per caller number and local day, behind daily_call_stats.unique_callers. Internal: no privilege for the API roles. [not audited] Derived from calls by triggers.';
