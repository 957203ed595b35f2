CREATE EXTENSION "pg_trgm" SCHEMA "extensions";

COMMENT ON EXTENSION "pg_trgm" IS 'text similarity measurement and index searching based on trigrams';

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_trgm"(text, internal, smallint, internal, internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_trgm"(text, internal, smallint, internal, internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_trgm"(text, internal, smallint, internal, internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_trgm"(text, internal, smallint, internal, internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_trgm"(text, internal, smallint, internal, internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_trgm"(text, internal, smallint, internal, internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_trgm"(text, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_trgm"(text, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_trgm"(text, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_trgm"(text, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_trgm"(text, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_trgm"(text, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_trgm_consistent"(internal, smallint, text, integer, internal, internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_trgm_consistent"(internal, smallint, text, integer, internal, internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_trgm_consistent"(internal, smallint, text, integer, internal, internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_trgm_consistent"(internal, smallint, text, integer, internal, internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_trgm_consistent"(internal, smallint, text, integer, internal, internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_trgm_consistent"(internal, smallint, text, integer, internal, internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_trgm_triconsistent"(internal, smallint, text, integer, internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_trgm_triconsistent"(internal, smallint, text, integer, internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_trgm_triconsistent"(internal, smallint, text, integer, internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_trgm_triconsistent"(internal, smallint, text, integer, internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_trgm_triconsistent"(internal, smallint, text, integer, internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_trgm_triconsistent"(internal, smallint, text, integer, internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_consistent"(internal, text, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_consistent"(internal, text, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_consistent"(internal, text, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_consistent"(internal, text, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_consistent"(internal, text, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_consistent"(internal, text, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_decompress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_decompress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_decompress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_decompress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_decompress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_decompress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_distance"(internal, text, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_distance"(internal, text, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_distance"(internal, text, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_distance"(internal, text, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_distance"(internal, text, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_distance"(internal, text, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_in"(cstring) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_in"(cstring) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_in"(cstring) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_in"(cstring) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_in"(cstring) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_in"(cstring) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_options"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_options"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_options"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_options"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_options"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_options"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_out"(extensions.gtrgm) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_out"(extensions.gtrgm) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_out"(extensions.gtrgm) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_out"(extensions.gtrgm) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_out"(extensions.gtrgm) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_out"(extensions.gtrgm) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_same"(extensions.gtrgm, extensions.gtrgm, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_same"(extensions.gtrgm, extensions.gtrgm, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_same"(extensions.gtrgm, extensions.gtrgm, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_same"(extensions.gtrgm, extensions.gtrgm, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_same"(extensions.gtrgm, extensions.gtrgm, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_same"(extensions.gtrgm, extensions.gtrgm, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gtrgm_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gtrgm_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."set_limit"(real) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."set_limit"(real) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."set_limit"(real) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."set_limit"(real) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."set_limit"(real) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."set_limit"(real) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."show_limit"() FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."show_limit"() TO "anon";

REVOKE ALL ON FUNCTION "extensions"."show_limit"() FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."show_limit"() TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."show_limit"() FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."show_limit"() TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."show_trgm"(text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."show_trgm"(text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."show_trgm"(text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."show_trgm"(text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."show_trgm"(text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."show_trgm"(text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."similarity"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."similarity"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."similarity"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."similarity"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."similarity"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."similarity"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."similarity_dist"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."similarity_dist"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."similarity_dist"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."similarity_dist"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."similarity_dist"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."similarity_dist"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."similarity_op"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."similarity_op"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."similarity_op"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."similarity_op"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."similarity_op"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."similarity_op"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity_commutator_op"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity_commutator_op"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity_commutator_op"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity_commutator_op"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity_commutator_op"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity_commutator_op"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity_dist_commutator_op"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity_dist_commutator_op"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity_dist_commutator_op"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity_dist_commutator_op"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity_dist_commutator_op"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity_dist_commutator_op"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity_dist_op"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity_dist_op"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity_dist_op"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity_dist_op"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity_dist_op"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity_dist_op"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity_op"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity_op"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity_op"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity_op"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."strict_word_similarity_op"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."strict_word_similarity_op"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."word_similarity"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."word_similarity"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."word_similarity"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."word_similarity_commutator_op"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity_commutator_op"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."word_similarity_commutator_op"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity_commutator_op"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."word_similarity_commutator_op"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity_commutator_op"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."word_similarity_dist_commutator_op"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity_dist_commutator_op"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."word_similarity_dist_commutator_op"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity_dist_commutator_op"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."word_similarity_dist_commutator_op"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity_dist_commutator_op"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."word_similarity_dist_op"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity_dist_op"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."word_similarity_dist_op"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity_dist_op"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."word_similarity_dist_op"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity_dist_op"(text, text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."word_similarity_op"(text, text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity_op"(text, text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."word_similarity_op"(text, text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity_op"(text, text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."word_similarity_op"(text, text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."word_similarity_op"(text, text) TO "service_role";
