CREATE EXTENSION "uuid-ossp" SCHEMA "extensions";

COMMENT ON EXTENSION "uuid-ossp" IS 'generate universally unique identifiers (UUIDs)';

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v1"() FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v1"() TO "anon";

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v1"() FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v1"() TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v1"() FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v1"() TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v1mc"() FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v1mc"() TO "anon";

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v1mc"() FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v1mc"() TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v1mc"() FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v1mc"() TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v3"(uuid, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v3"(uuid, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v3"(uuid, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v3"(uuid, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v3"(uuid, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v3"(uuid, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v4"() FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v4"() TO "anon";

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v4"() FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v4"() TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v4"() FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v4"() TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v5"(uuid, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v5"(uuid, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v5"(uuid, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v5"(uuid, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."uuid_generate_v5"(uuid, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_generate_v5"(uuid, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."uuid_nil"() FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_nil"() TO "anon";

REVOKE ALL ON FUNCTION "extensions"."uuid_nil"() FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_nil"() TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."uuid_nil"() FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_nil"() TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."uuid_ns_dns"() FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_ns_dns"() TO "anon";

REVOKE ALL ON FUNCTION "extensions"."uuid_ns_dns"() FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_ns_dns"() TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."uuid_ns_dns"() FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_ns_dns"() TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."uuid_ns_oid"() FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_ns_oid"() TO "anon";

REVOKE ALL ON FUNCTION "extensions"."uuid_ns_oid"() FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_ns_oid"() TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."uuid_ns_oid"() FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_ns_oid"() TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."uuid_ns_url"() FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_ns_url"() TO "anon";

REVOKE ALL ON FUNCTION "extensions"."uuid_ns_url"() FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_ns_url"() TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."uuid_ns_url"() FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_ns_url"() TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."uuid_ns_x500"() FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_ns_x500"() TO "anon";

REVOKE ALL ON FUNCTION "extensions"."uuid_ns_x500"() FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_ns_x500"() TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."uuid_ns_x500"() FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."uuid_ns_x500"() TO "service_role";
