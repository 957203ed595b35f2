CREATE TABLE "private"."webhook_events_2026_11" PARTITION OF "public"."webhook_events" FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00');

CREATE TABLE "private"."webhook_events_2026_12" PARTITION OF "public"."webhook_events" FOR VALUES FROM ('2026-12-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');

CREATE TABLE "private"."webhook_events_2027_01" PARTITION OF "public"."webhook_events" FOR VALUES FROM ('2027-01-01 00:00:00+00') TO ('2027-02-01 00:00:00+00');

CREATE TABLE "private"."webhook_events_2027_02" PARTITION OF "public"."webhook_events" FOR VALUES FROM ('2027-02-01 00:00:00+00') TO ('2027-03-01 00:00:00+00');

COMMENT ON TABLE "private"."webhook_events_2026_11" IS 'Webhook events received in November 2026 (UTC); a partition of public.webhook_events.';

COMMENT ON TABLE "private"."webhook_events_2026_12" IS 'Webhook events received in December 2026 (UTC); a partition of public.webhook_events.';

COMMENT ON TABLE "private"."webhook_events_2027_01" IS 'Webhook events received in January 2027 (UTC); a partition of public.webhook_events.';

COMMENT ON TABLE "private"."webhook_events_2027_02" IS 'Webhook events received in February 2027 (UTC); a partition of public.webhook_events.';
