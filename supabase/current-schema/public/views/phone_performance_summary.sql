CREATE VIEW "public"."phone_performance_summary" WITH (security_invoker=true) AS  SELECT member_phone_performance_summary.phone_id,
    member_phone_performance_summary.total_calls,
    member_phone_performance_summary.answered_calls,
    member_phone_performance_summary.completed_calls,
    member_phone_performance_summary.failed_calls,
    member_phone_performance_summary.average_duration,
    member_phone_performance_summary.unique_callers,
    member_phone_performance_summary.success_rate,
    member_phone_performance_summary.window_start,
    member_phone_performance_summary.refreshed_at
   FROM private.member_phone_performance_summary() member_phone_performance_summary(phone_id, total_calls, answered_calls, completed_calls, failed_calls, average_duration, unique_callers, success_rate, window_start, refreshed_at);

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."phone_performance_summary" TO "service_role";

COMMENT ON VIEW "public"."phone_performance_summary" IS 'The last 30 days of each of the signed-in user''s phone numbers (see private.phone_performance_summary). Members only; anon cannot read it.';

REVOKE ALL ON TABLE "public"."phone_performance_summary" FROM "authenticated";

GRANT SELECT ON TABLE "public"."phone_performance_summary" TO "authenticated";

REVOKE ALL ON TABLE "public"."phone_performance_summary" FROM "postgres";

GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE "public"."phone_performance_summary" TO "postgres";

REVOKE ALL ON TABLE "public"."phone_performance_summary" FROM "anon";
