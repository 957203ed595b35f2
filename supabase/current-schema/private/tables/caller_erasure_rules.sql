CREATE TABLE "private"."caller_erasure_rules" (
  "relation"  regclass NOT NULL,
  "step"      smallint NOT NULL,
  "condition" text     NOT NULL,
  CONSTRAINT "caller_erasure_rules_condition_not_blank" CHECK ((btrim(condition) <> ''::text)),
  CONSTRAINT "caller_erasure_rules_pkey" PRIMARY KEY (relation),
  CONSTRAINT "caller_erasure_rules_step_range" CHECK (((step >= 1) AND (step <= 100)))
);

COMMENT ON COLUMN "private"."caller_erasure_rules"."condition" IS 'A boolean SQL expression over the table''s columns, with $1 .. $4 as above, e.g. caller_number = $2.';

COMMENT ON COLUMN "private"."caller_erasure_rules"."relation" IS 'The table the rule erases rows of.';

COMMENT ON COLUMN "private"."caller_erasure_rules"."step" IS 'Order: 10 what belongs to the caller''s calls, 20 what names the caller, 30 the calls, 40 the statistics'' per-caller rows.';

COMMENT ON TABLE "private"."caller_erasure_rules" IS 'Which rows of each table private.erase_caller deletes: those of the phone ($1) that meet condition, a boolean SQL expression over the table''s columns that may use $2 the number, $3 the ids of the caller''s calls (uuid[], live and archived) and $4 their call sids (text[]). Rules run by step, lower first (what refers to a call before the call). Written by migrations only.';
