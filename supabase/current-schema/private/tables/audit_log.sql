CREATE TABLE "private"."audit_log_2026_11" PARTITION OF "public"."audit_log" FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00');

CREATE TABLE "private"."audit_log_2026_12" PARTITION OF "public"."audit_log" FOR VALUES FROM ('2026-12-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');

CREATE TABLE "private"."audit_log_2027_01" PARTITION OF "public"."audit_log" FOR VALUES FROM ('2027-01-01 00:00:00+00') TO ('2027-02-01 00:00:00+00');

CREATE TABLE "private"."audit_log_2027_02" PARTITION OF "public"."audit_log" FOR VALUES FROM ('2027-02-01 00:00:00+00') TO ('2027-03-01 00:00:00+00');

COMMENT ON TABLE "private"."audit_log_2026_11" IS 'Audit entries recorded in November 2026 (UTC); a partition of public.audit_log.';

COMMENT ON TABLE "private"."audit_log_2026_12" IS 'Audit entries recorded in December 2026 (UTC); a partition of public.audit_log.';

COMMENT ON TABLE "private"."audit_log_2027_01" IS 'Audit entries recorded in January 2027 (UTC); a partition of public.audit_log.';

COMMENT ON TABLE "private"."audit_log_2027_02" IS 'Audit entries recorded in February 2027 (UTC); a partition of public.audit_log.';
