CREATE SCHEMA "private";

GRANT USAGE ON SCHEMA "private" TO "authenticated", "service_role";

COMMENT ON SCHEMA "private" IS 'Internals of the Replytics schema: helpers called by policies, SECURITY DEFINER functions, internal tables and materialized views. Not exposed by the API; anon and authenticated get only EXECUTE on the few helpers that policies call.';
