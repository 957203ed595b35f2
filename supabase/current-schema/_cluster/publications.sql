ALTER PUBLICATION "supabase_realtime" ADD TABLE "public"."live_calls";
