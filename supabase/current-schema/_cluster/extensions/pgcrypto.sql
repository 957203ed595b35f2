CREATE EXTENSION "pgcrypto" SCHEMA "extensions";

COMMENT ON EXTENSION "pgcrypto" IS 'cryptographic functions';

REVOKE ALL ON FUNCTION "extensions"."armor"(bytea) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."armor"(bytea) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."armor"(bytea) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."armor"(bytea) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."armor"(bytea) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."armor"(bytea) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."armor"(bytea, text[], text[]) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."armor"(bytea, text[], text[]) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."armor"(bytea, text[], text[]) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."armor"(bytea, text[], text[]) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."armor"(bytea, text[], text[]) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."armor"(bytea, text[], text[]) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."crypt"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."crypt"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."crypt"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."crypt"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."crypt"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."crypt"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."dearmor"(text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."dearmor"(text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."dearmor"(text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."dearmor"(text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."dearmor"(text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."dearmor"(text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."decrypt"(bytea, bytea, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."decrypt"(bytea, bytea, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."decrypt"(bytea, bytea, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."decrypt"(bytea, bytea, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."decrypt"(bytea, bytea, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."decrypt"(bytea, bytea, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."decrypt_iv"(bytea, bytea, bytea, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."decrypt_iv"(bytea, bytea, bytea, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."decrypt_iv"(bytea, bytea, bytea, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."decrypt_iv"(bytea, bytea, bytea, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."decrypt_iv"(bytea, bytea, bytea, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."decrypt_iv"(bytea, bytea, bytea, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."digest"(bytea, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."digest"(bytea, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."digest"(bytea, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."digest"(bytea, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."digest"(bytea, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."digest"(bytea, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."digest"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."digest"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."digest"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."digest"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."digest"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."digest"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."encrypt"(bytea, bytea, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."encrypt"(bytea, bytea, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."encrypt"(bytea, bytea, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."encrypt"(bytea, bytea, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."encrypt"(bytea, bytea, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."encrypt"(bytea, bytea, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."encrypt_iv"(bytea, bytea, bytea, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."encrypt_iv"(bytea, bytea, bytea, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."encrypt_iv"(bytea, bytea, bytea, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."encrypt_iv"(bytea, bytea, bytea, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."encrypt_iv"(bytea, bytea, bytea, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."encrypt_iv"(bytea, bytea, bytea, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gen_random_bytes"(integer) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gen_random_bytes"(integer) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gen_random_bytes"(integer) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gen_random_bytes"(integer) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gen_random_bytes"(integer) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gen_random_bytes"(integer) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gen_random_uuid"() FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gen_random_uuid"() TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gen_random_uuid"() FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gen_random_uuid"() TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gen_random_uuid"() FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gen_random_uuid"() TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gen_salt"(text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gen_salt"(text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gen_salt"(text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gen_salt"(text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gen_salt"(text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gen_salt"(text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gen_salt"(text, integer) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gen_salt"(text, integer) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gen_salt"(text, integer) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gen_salt"(text, integer) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gen_salt"(text, integer) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gen_salt"(text, integer) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."hmac"(bytea, bytea, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."hmac"(bytea, bytea, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."hmac"(bytea, bytea, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."hmac"(bytea, bytea, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."hmac"(bytea, bytea, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."hmac"(bytea, bytea, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."hmac"(text, text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."hmac"(text, text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."hmac"(text, text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."hmac"(text, text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."hmac"(text, text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."hmac"(text, text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_armor_headers"(text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_armor_headers"(text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_armor_headers"(text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_armor_headers"(text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_armor_headers"(text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_armor_headers"(text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_key_id"(bytea) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_key_id"(bytea) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_key_id"(bytea) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_key_id"(bytea) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_key_id"(bytea) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_key_id"(bytea) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea, text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea, text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea, text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea, text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea, text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt"(bytea, bytea, text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea, text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea, text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea, text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea, text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea, text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_decrypt_bytea"(bytea, bytea, text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_encrypt"(text, bytea) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_encrypt"(text, bytea) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_encrypt"(text, bytea) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_encrypt"(text, bytea) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_encrypt"(text, bytea) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_encrypt"(text, bytea) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_encrypt"(text, bytea, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_encrypt"(text, bytea, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_encrypt"(text, bytea, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_encrypt"(text, bytea, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_encrypt"(text, bytea, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_encrypt"(text, bytea, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_encrypt_bytea"(bytea, bytea) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_encrypt_bytea"(bytea, bytea) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_encrypt_bytea"(bytea, bytea) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_encrypt_bytea"(bytea, bytea) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_encrypt_bytea"(bytea, bytea) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_encrypt_bytea"(bytea, bytea) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_encrypt_bytea"(bytea, bytea, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_encrypt_bytea"(bytea, bytea, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_encrypt_bytea"(bytea, bytea, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_encrypt_bytea"(bytea, bytea, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_pub_encrypt_bytea"(bytea, bytea, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_pub_encrypt_bytea"(bytea, bytea, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_decrypt"(bytea, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_decrypt"(bytea, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_decrypt"(bytea, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_decrypt"(bytea, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_decrypt"(bytea, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_decrypt"(bytea, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_decrypt"(bytea, text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_decrypt"(bytea, text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_decrypt"(bytea, text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_decrypt"(bytea, text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_decrypt"(bytea, text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_decrypt"(bytea, text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_decrypt_bytea"(bytea, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_decrypt_bytea"(bytea, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_decrypt_bytea"(bytea, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_decrypt_bytea"(bytea, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_decrypt_bytea"(bytea, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_decrypt_bytea"(bytea, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_decrypt_bytea"(bytea, text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_decrypt_bytea"(bytea, text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_decrypt_bytea"(bytea, text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_decrypt_bytea"(bytea, text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_decrypt_bytea"(bytea, text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_decrypt_bytea"(bytea, text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_encrypt"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_encrypt"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_encrypt"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_encrypt"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_encrypt"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_encrypt"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_encrypt"(text, text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_encrypt"(text, text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_encrypt"(text, text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_encrypt"(text, text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_encrypt"(text, text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_encrypt"(text, text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_encrypt_bytea"(bytea, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_encrypt_bytea"(bytea, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_encrypt_bytea"(bytea, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_encrypt_bytea"(bytea, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_encrypt_bytea"(bytea, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_encrypt_bytea"(bytea, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_encrypt_bytea"(bytea, text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_encrypt_bytea"(bytea, text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_encrypt_bytea"(bytea, text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_encrypt_bytea"(bytea, text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."pgp_sym_encrypt_bytea"(bytea, text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."pgp_sym_encrypt_bytea"(bytea, text, text) TO "service_role";
