CREATE MATERIALIZED VIEW "private"."phone_performance_summary"
  AS  SELECT p.id AS phone_id,
    (count(c.id))::integer AS total_calls,
    (count(c.id) FILTER (WHERE (c.answered_at IS NOT NULL)))::integer AS answered_calls,
    (count(c.id) FILTER (WHERE (c.status = 'completed'::public.call_status)))::integer AS completed_calls,
    (count(c.id) FILTER (WHERE (c.status = 'failed'::public.call_status)))::integer AS failed_calls,
    round(avg(c.duration) FILTER (WHERE (c.status = 'completed'::public.call_status)), 2) AS average_duration,
    (count(DISTINCT c.caller_number))::integer AS unique_callers,
    round(((100.0 * (count(c.id) FILTER (WHERE (c.status = 'completed'::public.call_status)))::numeric) / (NULLIF(count(c.id), 0))::numeric), 2) AS success_rate,
    (now() - '30 days'::interval) AS window_start,
    now() AS refreshed_at
   FROM (public.phone_numbers p
     LEFT JOIN public.calls c ON (((c.phone_id = p.id) AND (c.created_at >= (now() - '30 days'::interval)))))
  GROUP BY p.id;

CREATE UNIQUE INDEX phone_performance_summary_phone_id_key ON private.phone_performance_summary USING btree (phone_id);

GRANT SELECT ON TABLE "private"."phone_performance_summary" TO "service_role";

COMMENT ON MATERIALIZED VIEW "private"."phone_performance_summary" IS 'Per phone number, its calls of the 30 days before refreshed_at. Refreshed concurrently every 15 minutes (pg_cron job refresh-phone-performance-summary). Members read it through public.phone_performance_summary.';
