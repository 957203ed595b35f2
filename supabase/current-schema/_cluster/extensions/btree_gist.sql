CREATE EXTENSION "btree_gist" SCHEMA "extensions";

COMMENT ON EXTENSION "btree_gist" IS 'support for indexing common datatypes in GiST';

REVOKE ALL ON FUNCTION "extensions"."cash_dist"(money, money) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."cash_dist"(money, money) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."cash_dist"(money, money) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."cash_dist"(money, money) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."cash_dist"(money, money) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."cash_dist"(money, money) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."date_dist"(date, date) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."date_dist"(date, date) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."date_dist"(date, date) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."date_dist"(date, date) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."date_dist"(date, date) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."date_dist"(date, date) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."float4_dist"(real, real) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."float4_dist"(real, real) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."float4_dist"(real, real) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."float4_dist"(real, real) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."float4_dist"(real, real) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."float4_dist"(real, real) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."float8_dist"(double precision, double precision) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."float8_dist"(double precision, double precision) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."float8_dist"(double precision, double precision) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."float8_dist"(double precision, double precision) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."float8_dist"(double precision, double precision) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."float8_dist"(double precision, double precision) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_consistent"(internal, bit, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_consistent"(internal, bit, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_consistent"(internal, bit, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_consistent"(internal, bit, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_consistent"(internal, bit, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_consistent"(internal, bit, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bit_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bit_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_consistent"(internal, boolean, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_consistent"(internal, boolean, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_consistent"(internal, boolean, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_consistent"(internal, boolean, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_consistent"(internal, boolean, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_consistent"(internal, boolean, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_same"(extensions.gbtreekey2, extensions.gbtreekey2, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_same"(extensions.gbtreekey2, extensions.gbtreekey2, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_same"(extensions.gbtreekey2, extensions.gbtreekey2, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_same"(extensions.gbtreekey2, extensions.gbtreekey2, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_same"(extensions.gbtreekey2, extensions.gbtreekey2, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_same"(extensions.gbtreekey2, extensions.gbtreekey2, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bool_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bool_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bpchar_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bpchar_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bpchar_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bpchar_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bpchar_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bpchar_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bpchar_consistent"(internal, character, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bpchar_consistent"(internal, character, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bpchar_consistent"(internal, character, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bpchar_consistent"(internal, character, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bpchar_consistent"(internal, character, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bpchar_consistent"(internal, character, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_consistent"(internal, bytea, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_consistent"(internal, bytea, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_consistent"(internal, bytea, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_consistent"(internal, bytea, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_consistent"(internal, bytea, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_consistent"(internal, bytea, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_bytea_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_bytea_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_consistent"(internal, money, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_consistent"(internal, money, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_consistent"(internal, money, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_consistent"(internal, money, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_consistent"(internal, money, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_consistent"(internal, money, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_distance"(internal, money, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_distance"(internal, money, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_distance"(internal, money, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_distance"(internal, money, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_distance"(internal, money, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_distance"(internal, money, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_cash_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_cash_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_consistent"(internal, date, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_consistent"(internal, date, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_consistent"(internal, date, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_consistent"(internal, date, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_consistent"(internal, date, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_consistent"(internal, date, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_distance"(internal, date, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_distance"(internal, date, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_distance"(internal, date, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_distance"(internal, date, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_distance"(internal, date, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_distance"(internal, date, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_date_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_date_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_decompress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_decompress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_decompress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_decompress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_decompress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_decompress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_consistent"(internal, anyenum, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_consistent"(internal, anyenum, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_consistent"(internal, anyenum, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_consistent"(internal, anyenum, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_consistent"(internal, anyenum, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_consistent"(internal, anyenum, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_enum_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_enum_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_consistent"(internal, real, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_consistent"(internal, real, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_consistent"(internal, real, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_consistent"(internal, real, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_consistent"(internal, real, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_consistent"(internal, real, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_distance"(internal, real, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_distance"(internal, real, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_distance"(internal, real, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_distance"(internal, real, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_distance"(internal, real, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_distance"(internal, real, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float4_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float4_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_consistent"(internal, double precision, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_consistent"(internal, double precision, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_consistent"(internal, double precision, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_consistent"(internal, double precision, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_consistent"(internal, double precision, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_consistent"(internal, double precision, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_distance"(internal, double precision, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_distance"(internal, double precision, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_distance"(internal, double precision, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_distance"(internal, double precision, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_distance"(internal, double precision, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_distance"(internal, double precision, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_float8_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_float8_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_consistent"(internal, inet, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_consistent"(internal, inet, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_consistent"(internal, inet, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_consistent"(internal, inet, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_consistent"(internal, inet, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_consistent"(internal, inet, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_inet_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_inet_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_consistent"(internal, smallint, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_consistent"(internal, smallint, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_consistent"(internal, smallint, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_consistent"(internal, smallint, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_consistent"(internal, smallint, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_consistent"(internal, smallint, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_distance"(internal, smallint, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_distance"(internal, smallint, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_distance"(internal, smallint, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_distance"(internal, smallint, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_distance"(internal, smallint, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_distance"(internal, smallint, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_same"(extensions.gbtreekey4, extensions.gbtreekey4, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_same"(extensions.gbtreekey4, extensions.gbtreekey4, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_same"(extensions.gbtreekey4, extensions.gbtreekey4, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_same"(extensions.gbtreekey4, extensions.gbtreekey4, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_same"(extensions.gbtreekey4, extensions.gbtreekey4, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_same"(extensions.gbtreekey4, extensions.gbtreekey4, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int2_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int2_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_consistent"(internal, integer, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_consistent"(internal, integer, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_consistent"(internal, integer, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_consistent"(internal, integer, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_consistent"(internal, integer, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_consistent"(internal, integer, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_distance"(internal, integer, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_distance"(internal, integer, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_distance"(internal, integer, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_distance"(internal, integer, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_distance"(internal, integer, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_distance"(internal, integer, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int4_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int4_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_consistent"(internal, bigint, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_consistent"(internal, bigint, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_consistent"(internal, bigint, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_consistent"(internal, bigint, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_consistent"(internal, bigint, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_consistent"(internal, bigint, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_distance"(internal, bigint, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_distance"(internal, bigint, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_distance"(internal, bigint, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_distance"(internal, bigint, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_distance"(internal, bigint, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_distance"(internal, bigint, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_int8_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_int8_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_consistent"(internal, interval, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_consistent"(internal, interval, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_consistent"(internal, interval, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_consistent"(internal, interval, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_consistent"(internal, interval, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_consistent"(internal, interval, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_decompress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_decompress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_decompress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_decompress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_decompress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_decompress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_distance"(internal, interval, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_distance"(internal, interval, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_distance"(internal, interval, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_distance"(internal, interval, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_distance"(internal, interval, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_distance"(internal, interval, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_same"(extensions.gbtreekey32, extensions.gbtreekey32, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_same"(extensions.gbtreekey32, extensions.gbtreekey32, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_same"(extensions.gbtreekey32, extensions.gbtreekey32, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_same"(extensions.gbtreekey32, extensions.gbtreekey32, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_same"(extensions.gbtreekey32, extensions.gbtreekey32, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_same"(extensions.gbtreekey32, extensions.gbtreekey32, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_intv_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_intv_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_consistent"(internal, macaddr8, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_consistent"(internal, macaddr8, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_consistent"(internal, macaddr8, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_consistent"(internal, macaddr8, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_consistent"(internal, macaddr8, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_consistent"(internal, macaddr8, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad8_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad8_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_consistent"(internal, macaddr, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_consistent"(internal, macaddr, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_consistent"(internal, macaddr, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_consistent"(internal, macaddr, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_consistent"(internal, macaddr, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_consistent"(internal, macaddr, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_macad_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_macad_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_consistent"(internal, numeric, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_consistent"(internal, numeric, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_consistent"(internal, numeric, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_consistent"(internal, numeric, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_consistent"(internal, numeric, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_consistent"(internal, numeric, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_numeric_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_numeric_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_consistent"(internal, oid, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_consistent"(internal, oid, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_consistent"(internal, oid, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_consistent"(internal, oid, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_consistent"(internal, oid, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_consistent"(internal, oid, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_distance"(internal, oid, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_distance"(internal, oid, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_distance"(internal, oid, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_distance"(internal, oid, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_distance"(internal, oid, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_distance"(internal, oid, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_same"(extensions.gbtreekey8, extensions.gbtreekey8, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_oid_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_oid_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_consistent"(internal, text, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_consistent"(internal, text, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_consistent"(internal, text, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_consistent"(internal, text, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_consistent"(internal, text, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_consistent"(internal, text, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_same"(extensions.gbtreekey_var, extensions.gbtreekey_var, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_text_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_text_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_consistent"(internal, time WITHOUT time zone, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_consistent"(internal, time WITHOUT time zone, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_consistent"(internal, time WITHOUT time zone, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_consistent"(internal, time WITHOUT time zone, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_consistent"(internal, time WITHOUT time zone, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_consistent"(internal, time WITHOUT time zone, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_distance"(internal, time WITHOUT time zone, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_distance"(internal, time WITHOUT time zone, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_distance"(internal, time WITHOUT time zone, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_distance"(internal, time WITHOUT time zone, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_distance"(internal, time WITHOUT time zone, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_distance"(internal, time WITHOUT time zone, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_time_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_time_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_timetz_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_timetz_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_timetz_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_timetz_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_timetz_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_timetz_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_timetz_consistent"(internal, time WITH time zone, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_timetz_consistent"(internal, time WITH time zone, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_timetz_consistent"(internal, time WITH time zone, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_timetz_consistent"(internal, time WITH time zone, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_timetz_consistent"(internal, time WITH time zone, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_timetz_consistent"(internal, time WITH time zone, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_consistent"(internal, timestamp WITHOUT time zone, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_consistent"(internal, timestamp WITHOUT time zone, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_consistent"(internal, timestamp WITHOUT time zone, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_consistent"(internal, timestamp WITHOUT time zone, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_consistent"(internal, timestamp WITHOUT time zone, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_consistent"(internal, timestamp WITHOUT time zone, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_distance"(internal, timestamp WITHOUT time zone, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_distance"(internal, timestamp WITHOUT time zone, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_distance"(internal, timestamp WITHOUT time zone, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_distance"(internal, timestamp WITHOUT time zone, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_distance"(internal, timestamp WITHOUT time zone, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_distance"(internal, timestamp WITHOUT time zone, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_same"(extensions.gbtreekey16, extensions.gbtreekey16, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_ts_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_ts_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_tstz_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_tstz_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_tstz_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_tstz_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_tstz_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_tstz_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_tstz_consistent"(internal, timestamp WITH time zone, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_tstz_consistent"(internal, timestamp WITH time zone, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_tstz_consistent"(internal, timestamp WITH time zone, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_tstz_consistent"(internal, timestamp WITH time zone, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_tstz_consistent"(internal, timestamp WITH time zone, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_tstz_consistent"(internal, timestamp WITH time zone, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_tstz_distance"(internal, timestamp WITH time zone, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_tstz_distance"(internal, timestamp WITH time zone, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_tstz_distance"(internal, timestamp WITH time zone, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_tstz_distance"(internal, timestamp WITH time zone, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_tstz_distance"(internal, timestamp WITH time zone, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_tstz_distance"(internal, timestamp WITH time zone, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_compress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_compress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_compress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_compress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_compress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_compress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_consistent"(internal, uuid, smallint, oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_consistent"(internal, uuid, smallint, oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_consistent"(internal, uuid, smallint, oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_consistent"(internal, uuid, smallint, oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_consistent"(internal, uuid, smallint, oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_consistent"(internal, uuid, smallint, oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_penalty"(internal, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_penalty"(internal, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_penalty"(internal, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_penalty"(internal, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_penalty"(internal, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_penalty"(internal, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_picksplit"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_picksplit"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_picksplit"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_picksplit"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_picksplit"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_picksplit"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_same"(extensions.gbtreekey32, extensions.gbtreekey32, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_same"(extensions.gbtreekey32, extensions.gbtreekey32, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_same"(extensions.gbtreekey32, extensions.gbtreekey32, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_same"(extensions.gbtreekey32, extensions.gbtreekey32, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_same"(extensions.gbtreekey32, extensions.gbtreekey32, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_same"(extensions.gbtreekey32, extensions.gbtreekey32, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_union"(internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_union"(internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_union"(internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_union"(internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_uuid_union"(internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_uuid_union"(internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_var_decompress"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_var_decompress"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_var_decompress"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_var_decompress"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_var_decompress"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_var_decompress"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbt_var_fetch"(internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_var_fetch"(internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbt_var_fetch"(internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_var_fetch"(internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbt_var_fetch"(internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbt_var_fetch"(internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey16_in"(cstring) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey16_in"(cstring) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey16_in"(cstring) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey16_in"(cstring) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey16_in"(cstring) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey16_in"(cstring) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey16_out"(extensions.gbtreekey16) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey16_out"(extensions.gbtreekey16) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey16_out"(extensions.gbtreekey16) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey16_out"(extensions.gbtreekey16) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey16_out"(extensions.gbtreekey16) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey16_out"(extensions.gbtreekey16) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey2_in"(cstring) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey2_in"(cstring) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey2_in"(cstring) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey2_in"(cstring) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey2_in"(cstring) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey2_in"(cstring) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey2_out"(extensions.gbtreekey2) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey2_out"(extensions.gbtreekey2) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey2_out"(extensions.gbtreekey2) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey2_out"(extensions.gbtreekey2) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey2_out"(extensions.gbtreekey2) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey2_out"(extensions.gbtreekey2) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey32_in"(cstring) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey32_in"(cstring) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey32_in"(cstring) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey32_in"(cstring) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey32_in"(cstring) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey32_in"(cstring) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey32_out"(extensions.gbtreekey32) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey32_out"(extensions.gbtreekey32) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey32_out"(extensions.gbtreekey32) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey32_out"(extensions.gbtreekey32) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey32_out"(extensions.gbtreekey32) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey32_out"(extensions.gbtreekey32) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey4_in"(cstring) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey4_in"(cstring) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey4_in"(cstring) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey4_in"(cstring) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey4_in"(cstring) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey4_in"(cstring) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey4_out"(extensions.gbtreekey4) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey4_out"(extensions.gbtreekey4) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey4_out"(extensions.gbtreekey4) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey4_out"(extensions.gbtreekey4) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey4_out"(extensions.gbtreekey4) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey4_out"(extensions.gbtreekey4) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey8_in"(cstring) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey8_in"(cstring) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey8_in"(cstring) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey8_in"(cstring) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey8_in"(cstring) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey8_in"(cstring) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey8_out"(extensions.gbtreekey8) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey8_out"(extensions.gbtreekey8) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey8_out"(extensions.gbtreekey8) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey8_out"(extensions.gbtreekey8) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey8_out"(extensions.gbtreekey8) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey8_out"(extensions.gbtreekey8) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey_var_in"(cstring) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey_var_in"(cstring) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey_var_in"(cstring) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey_var_in"(cstring) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey_var_in"(cstring) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey_var_in"(cstring) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey_var_out"(extensions.gbtreekey_var) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey_var_out"(extensions.gbtreekey_var) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey_var_out"(extensions.gbtreekey_var) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey_var_out"(extensions.gbtreekey_var) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gbtreekey_var_out"(extensions.gbtreekey_var) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gbtreekey_var_out"(extensions.gbtreekey_var) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."int2_dist"(smallint, smallint) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."int2_dist"(smallint, smallint) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."int2_dist"(smallint, smallint) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."int2_dist"(smallint, smallint) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."int2_dist"(smallint, smallint) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."int2_dist"(smallint, smallint) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."int4_dist"(integer, integer) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."int4_dist"(integer, integer) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."int4_dist"(integer, integer) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."int4_dist"(integer, integer) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."int4_dist"(integer, integer) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."int4_dist"(integer, integer) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."int8_dist"(bigint, bigint) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."int8_dist"(bigint, bigint) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."int8_dist"(bigint, bigint) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."int8_dist"(bigint, bigint) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."int8_dist"(bigint, bigint) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."int8_dist"(bigint, bigint) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."interval_dist"(interval, interval) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."interval_dist"(interval, interval) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."interval_dist"(interval, interval) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."interval_dist"(interval, interval) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."interval_dist"(interval, interval) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."interval_dist"(interval, interval) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."oid_dist"(oid, oid) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."oid_dist"(oid, oid) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."oid_dist"(oid, oid) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."oid_dist"(oid, oid) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."oid_dist"(oid, oid) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."oid_dist"(oid, oid) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."time_dist"(time WITHOUT time zone, time WITHOUT time zone) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."time_dist"(time WITHOUT time zone, time WITHOUT time zone) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."time_dist"(time WITHOUT time zone, time WITHOUT time zone) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."time_dist"(time WITHOUT time zone, time WITHOUT time zone) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."time_dist"(time WITHOUT time zone, time WITHOUT time zone) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."time_dist"(time WITHOUT time zone, time WITHOUT time zone) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."ts_dist"(timestamp WITHOUT time zone, timestamp WITHOUT time zone) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."ts_dist"(timestamp WITHOUT time zone, timestamp WITHOUT time zone) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."ts_dist"(timestamp WITHOUT time zone, timestamp WITHOUT time zone) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."ts_dist"(timestamp WITHOUT time zone, timestamp WITHOUT time zone) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."ts_dist"(timestamp WITHOUT time zone, timestamp WITHOUT time zone) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."ts_dist"(timestamp WITHOUT time zone, timestamp WITHOUT time zone) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."tstz_dist"(timestamp WITH time zone, timestamp WITH time zone) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."tstz_dist"(timestamp WITH time zone, timestamp WITH time zone) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."tstz_dist"(timestamp WITH time zone, timestamp WITH time zone) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."tstz_dist"(timestamp WITH time zone, timestamp WITH time zone) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."tstz_dist"(timestamp WITH time zone, timestamp WITH time zone) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."tstz_dist"(timestamp WITH time zone, timestamp WITH time zone) TO "service_role";
