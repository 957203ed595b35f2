CREATE EXTENSION "btree_gin" SCHEMA "extensions";

COMMENT ON EXTENSION "btree_gin" IS 'support for indexing common datatypes in GIN';

REVOKE ALL ON FUNCTION "extensions"."gin_btree_consistent"(internal, smallint, anyelement, integer, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_btree_consistent"(internal, smallint, anyelement, integer, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_btree_consistent"(internal, smallint, anyelement, integer, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_btree_consistent"(internal, smallint, anyelement, integer, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_btree_consistent"(internal, smallint, anyelement, integer, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_btree_consistent"(internal, smallint, anyelement, integer, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_anyenum"(anyenum, anyenum, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_anyenum"(anyenum, anyenum, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_anyenum"(anyenum, anyenum, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_anyenum"(anyenum, anyenum, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_anyenum"(anyenum, anyenum, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_anyenum"(anyenum, anyenum, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_bit"(bit, bit, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_bit"(bit, bit, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_bit"(bit, bit, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_bit"(bit, bit, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_bit"(bit, bit, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_bit"(bit, bit, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_bool"(boolean, boolean, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_bool"(boolean, boolean, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_bool"(boolean, boolean, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_bool"(boolean, boolean, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_bool"(boolean, boolean, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_bool"(boolean, boolean, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_bpchar"(character, character, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_bpchar"(character, character, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_bpchar"(character, character, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_bpchar"(character, character, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_bpchar"(character, character, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_bpchar"(character, character, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_bytea"(bytea, bytea, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_bytea"(bytea, bytea, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_bytea"(bytea, bytea, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_bytea"(bytea, bytea, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_bytea"(bytea, bytea, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_bytea"(bytea, bytea, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_char"("char", "char", smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_char"("char", "char", smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_char"("char", "char", smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_char"("char", "char", smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_char"("char", "char", smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_char"("char", "char", smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_cidr"(cidr, cidr, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_cidr"(cidr, cidr, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_cidr"(cidr, cidr, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_cidr"(cidr, cidr, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_cidr"(cidr, cidr, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_cidr"(cidr, cidr, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_date"(date, date, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_date"(date, date, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_date"(date, date, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_date"(date, date, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_date"(date, date, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_date"(date, date, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_float4"(real, real, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_float4"(real, real, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_float4"(real, real, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_float4"(real, real, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_float4"(real, real, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_float4"(real, real, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_float8"(double precision, double precision, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_float8"(double precision, double precision, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_float8"(double precision, double precision, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_float8"(double precision, double precision, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_float8"(double precision, double precision, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_float8"(double precision, double precision, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_inet"(inet, inet, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_inet"(inet, inet, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_inet"(inet, inet, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_inet"(inet, inet, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_inet"(inet, inet, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_inet"(inet, inet, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_int2"(smallint, smallint, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_int2"(smallint, smallint, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_int2"(smallint, smallint, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_int2"(smallint, smallint, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_int2"(smallint, smallint, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_int2"(smallint, smallint, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_int4"(integer, integer, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_int4"(integer, integer, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_int4"(integer, integer, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_int4"(integer, integer, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_int4"(integer, integer, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_int4"(integer, integer, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_int8"(bigint, bigint, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_int8"(bigint, bigint, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_int8"(bigint, bigint, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_int8"(bigint, bigint, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_int8"(bigint, bigint, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_int8"(bigint, bigint, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_interval"(interval, interval, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_interval"(interval, interval, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_interval"(interval, interval, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_interval"(interval, interval, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_interval"(interval, interval, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_interval"(interval, interval, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_macaddr"(macaddr, macaddr, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_macaddr"(macaddr, macaddr, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_macaddr"(macaddr, macaddr, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_macaddr"(macaddr, macaddr, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_macaddr"(macaddr, macaddr, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_macaddr"(macaddr, macaddr, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_macaddr8"(macaddr8, macaddr8, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_macaddr8"(macaddr8, macaddr8, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_macaddr8"(macaddr8, macaddr8, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_macaddr8"(macaddr8, macaddr8, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_macaddr8"(macaddr8, macaddr8, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_macaddr8"(macaddr8, macaddr8, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_money"(money, money, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_money"(money, money, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_money"(money, money, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_money"(money, money, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_money"(money, money, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_money"(money, money, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_name"(name, name, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_name"(name, name, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_name"(name, name, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_name"(name, name, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_name"(name, name, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_name"(name, name, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_numeric"(numeric, numeric, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_numeric"(numeric, numeric, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_numeric"(numeric, numeric, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_numeric"(numeric, numeric, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_numeric"(numeric, numeric, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_numeric"(numeric, numeric, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_oid"(oid, oid, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_oid"(oid, oid, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_oid"(oid, oid, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_oid"(oid, oid, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_oid"(oid, oid, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_oid"(oid, oid, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_text"(text, text, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_text"(text, text, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_text"(text, text, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_text"(text, text, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_text"(text, text, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_text"(text, text, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_time"(time WITHOUT time zone, time WITHOUT time zone, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_time"(time WITHOUT time zone, time WITHOUT time zone, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_time"(time WITHOUT time zone, time WITHOUT time zone, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_time"(time WITHOUT time zone, time WITHOUT time zone, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_time"(time WITHOUT time zone, time WITHOUT time zone, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_time"(time WITHOUT time zone, time WITHOUT time zone, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_timestamp"(timestamp WITHOUT time zone, timestamp WITHOUT time zone, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_timestamp"(timestamp WITHOUT time zone, timestamp WITHOUT time zone, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_timestamp"(timestamp WITHOUT time zone, timestamp WITHOUT time zone, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_timestamp"(timestamp WITHOUT time zone, timestamp WITHOUT time zone, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_timestamp"(timestamp WITHOUT time zone, timestamp WITHOUT time zone, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_timestamp"(timestamp WITHOUT time zone, timestamp WITHOUT time zone, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_timestamptz"(timestamp WITH time zone, timestamp WITH time zone, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_timestamptz"(timestamp WITH time zone, timestamp WITH time zone, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_timestamptz"(timestamp WITH time zone, timestamp WITH time zone, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_timestamptz"(timestamp WITH time zone, timestamp WITH time zone, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_timestamptz"(timestamp WITH time zone, timestamp WITH time zone, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_timestamptz"(timestamp WITH time zone, timestamp WITH time zone, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_timetz"(time WITH time zone, time WITH time zone, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_timetz"(time WITH time zone, time WITH time zone, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_timetz"(time WITH time zone, time WITH time zone, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_timetz"(time WITH time zone, time WITH time zone, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_timetz"(time WITH time zone, time WITH time zone, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_timetz"(time WITH time zone, time WITH time zone, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_uuid"(uuid, uuid, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_uuid"(uuid, uuid, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_uuid"(uuid, uuid, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_uuid"(uuid, uuid, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_uuid"(uuid, uuid, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_uuid"(uuid, uuid, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_varbit"(bit varying, bit varying, smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_varbit"(bit varying, bit varying, smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_varbit"(bit varying, bit varying, smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_varbit"(bit varying, bit varying, smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_compare_prefix_varbit"(bit varying, bit varying, smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_compare_prefix_varbit"(bit varying, bit varying, smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_enum_cmp"(anyenum, anyenum) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_enum_cmp"(anyenum, anyenum) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_enum_cmp"(anyenum, anyenum) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_enum_cmp"(anyenum, anyenum) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_enum_cmp"(anyenum, anyenum) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_enum_cmp"(anyenum, anyenum) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_anyenum"(anyenum, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_anyenum"(anyenum, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_anyenum"(anyenum, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_anyenum"(anyenum, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_anyenum"(anyenum, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_anyenum"(anyenum, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_bit"(bit, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_bit"(bit, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_bit"(bit, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_bit"(bit, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_bit"(bit, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_bit"(bit, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_bool"(boolean, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_bool"(boolean, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_bool"(boolean, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_bool"(boolean, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_bool"(boolean, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_bool"(boolean, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_bpchar"(character, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_bpchar"(character, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_bpchar"(character, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_bpchar"(character, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_bpchar"(character, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_bpchar"(character, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_bytea"(bytea, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_bytea"(bytea, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_bytea"(bytea, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_bytea"(bytea, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_bytea"(bytea, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_bytea"(bytea, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_char"("char", internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_char"("char", internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_char"("char", internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_char"("char", internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_char"("char", internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_char"("char", internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_cidr"(cidr, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_cidr"(cidr, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_cidr"(cidr, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_cidr"(cidr, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_cidr"(cidr, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_cidr"(cidr, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_date"(date, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_date"(date, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_date"(date, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_date"(date, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_date"(date, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_date"(date, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_float4"(real, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_float4"(real, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_float4"(real, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_float4"(real, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_float4"(real, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_float4"(real, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_float8"(double precision, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_float8"(double precision, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_float8"(double precision, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_float8"(double precision, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_float8"(double precision, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_float8"(double precision, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_inet"(inet, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_inet"(inet, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_inet"(inet, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_inet"(inet, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_inet"(inet, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_inet"(inet, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_int2"(smallint, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_int2"(smallint, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_int2"(smallint, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_int2"(smallint, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_int2"(smallint, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_int2"(smallint, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_int4"(integer, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_int4"(integer, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_int4"(integer, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_int4"(integer, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_int4"(integer, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_int4"(integer, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_int8"(bigint, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_int8"(bigint, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_int8"(bigint, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_int8"(bigint, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_int8"(bigint, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_int8"(bigint, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_interval"(interval, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_interval"(interval, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_interval"(interval, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_interval"(interval, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_interval"(interval, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_interval"(interval, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_macaddr"(macaddr, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_macaddr"(macaddr, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_macaddr"(macaddr, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_macaddr"(macaddr, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_macaddr"(macaddr, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_macaddr"(macaddr, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_macaddr8"(macaddr8, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_macaddr8"(macaddr8, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_macaddr8"(macaddr8, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_macaddr8"(macaddr8, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_macaddr8"(macaddr8, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_macaddr8"(macaddr8, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_money"(money, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_money"(money, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_money"(money, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_money"(money, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_money"(money, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_money"(money, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_name"(name, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_name"(name, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_name"(name, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_name"(name, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_name"(name, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_name"(name, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_numeric"(numeric, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_numeric"(numeric, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_numeric"(numeric, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_numeric"(numeric, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_numeric"(numeric, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_numeric"(numeric, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_oid"(oid, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_oid"(oid, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_oid"(oid, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_oid"(oid, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_oid"(oid, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_oid"(oid, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_text"(text, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_text"(text, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_text"(text, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_text"(text, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_text"(text, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_text"(text, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_time"(time WITHOUT time zone, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_time"(time WITHOUT time zone, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_time"(time WITHOUT time zone, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_time"(time WITHOUT time zone, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_time"(time WITHOUT time zone, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_time"(time WITHOUT time zone, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_timestamp"(timestamp WITHOUT time zone, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_timestamp"(timestamp WITHOUT time zone, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_timestamp"(timestamp WITHOUT time zone, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_timestamp"(timestamp WITHOUT time zone, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_timestamp"(timestamp WITHOUT time zone, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_timestamp"(timestamp WITHOUT time zone, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_timestamptz"(timestamp WITH time zone, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_timestamptz"(timestamp WITH time zone, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_timestamptz"(timestamp WITH time zone, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_timestamptz"(timestamp WITH time zone, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_timestamptz"(timestamp WITH time zone, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_timestamptz"(timestamp WITH time zone, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_timetz"(time WITH time zone, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_timetz"(time WITH time zone, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_timetz"(time WITH time zone, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_timetz"(time WITH time zone, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_timetz"(time WITH time zone, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_timetz"(time WITH time zone, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_uuid"(uuid, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_uuid"(uuid, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_uuid"(uuid, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_uuid"(uuid, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_uuid"(uuid, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_uuid"(uuid, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_varbit"(bit varying, internal, smallint, internal, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_varbit"(bit varying, internal, smallint, internal, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_varbit"(bit varying, internal, smallint, internal, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_varbit"(bit varying, internal, smallint, internal, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_query_varbit"(bit varying, internal, smallint, internal, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_query_varbit"(bit varying, internal, smallint, internal, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_anyenum"(anyenum, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_anyenum"(anyenum, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_anyenum"(anyenum, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_anyenum"(anyenum, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_anyenum"(anyenum, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_anyenum"(anyenum, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_bit"(bit, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_bit"(bit, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_bit"(bit, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_bit"(bit, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_bit"(bit, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_bit"(bit, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_bool"(boolean, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_bool"(boolean, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_bool"(boolean, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_bool"(boolean, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_bool"(boolean, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_bool"(boolean, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_bpchar"(character, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_bpchar"(character, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_bpchar"(character, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_bpchar"(character, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_bpchar"(character, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_bpchar"(character, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_bytea"(bytea, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_bytea"(bytea, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_bytea"(bytea, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_bytea"(bytea, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_bytea"(bytea, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_bytea"(bytea, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_char"("char", internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_char"("char", internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_char"("char", internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_char"("char", internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_char"("char", internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_char"("char", internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_cidr"(cidr, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_cidr"(cidr, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_cidr"(cidr, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_cidr"(cidr, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_cidr"(cidr, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_cidr"(cidr, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_date"(date, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_date"(date, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_date"(date, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_date"(date, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_date"(date, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_date"(date, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_float4"(real, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_float4"(real, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_float4"(real, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_float4"(real, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_float4"(real, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_float4"(real, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_float8"(double precision, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_float8"(double precision, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_float8"(double precision, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_float8"(double precision, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_float8"(double precision, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_float8"(double precision, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_inet"(inet, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_inet"(inet, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_inet"(inet, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_inet"(inet, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_inet"(inet, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_inet"(inet, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_int2"(smallint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_int2"(smallint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_int2"(smallint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_int2"(smallint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_int2"(smallint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_int2"(smallint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_int4"(integer, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_int4"(integer, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_int4"(integer, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_int4"(integer, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_int4"(integer, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_int4"(integer, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_int8"(bigint, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_int8"(bigint, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_int8"(bigint, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_int8"(bigint, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_int8"(bigint, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_int8"(bigint, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_interval"(interval, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_interval"(interval, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_interval"(interval, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_interval"(interval, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_interval"(interval, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_interval"(interval, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_macaddr"(macaddr, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_macaddr"(macaddr, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_macaddr"(macaddr, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_macaddr"(macaddr, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_macaddr"(macaddr, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_macaddr"(macaddr, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_macaddr8"(macaddr8, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_macaddr8"(macaddr8, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_macaddr8"(macaddr8, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_macaddr8"(macaddr8, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_macaddr8"(macaddr8, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_macaddr8"(macaddr8, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_money"(money, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_money"(money, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_money"(money, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_money"(money, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_money"(money, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_money"(money, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_name"(name, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_name"(name, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_name"(name, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_name"(name, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_name"(name, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_name"(name, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_numeric"(numeric, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_numeric"(numeric, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_numeric"(numeric, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_numeric"(numeric, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_numeric"(numeric, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_numeric"(numeric, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_oid"(oid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_oid"(oid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_oid"(oid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_oid"(oid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_oid"(oid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_oid"(oid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_text"(text, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_text"(text, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_text"(text, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_text"(text, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_text"(text, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_text"(text, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_time"(time WITHOUT time zone, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_time"(time WITHOUT time zone, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_time"(time WITHOUT time zone, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_time"(time WITHOUT time zone, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_time"(time WITHOUT time zone, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_time"(time WITHOUT time zone, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_timestamp"(timestamp WITHOUT time zone, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_timestamp"(timestamp WITHOUT time zone, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_timestamp"(timestamp WITHOUT time zone, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_timestamp"(timestamp WITHOUT time zone, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_timestamp"(timestamp WITHOUT time zone, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_timestamp"(timestamp WITHOUT time zone, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_timestamptz"(timestamp WITH time zone, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_timestamptz"(timestamp WITH time zone, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_timestamptz"(timestamp WITH time zone, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_timestamptz"(timestamp WITH time zone, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_timestamptz"(timestamp WITH time zone, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_timestamptz"(timestamp WITH time zone, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_timetz"(time WITH time zone, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_timetz"(time WITH time zone, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_timetz"(time WITH time zone, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_timetz"(time WITH time zone, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_timetz"(time WITH time zone, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_timetz"(time WITH time zone, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_uuid"(uuid, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_uuid"(uuid, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_uuid"(uuid, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_uuid"(uuid, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_uuid"(uuid, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_uuid"(uuid, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_varbit"(bit varying, internal) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_varbit"(bit varying, internal) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_varbit"(bit varying, internal) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_varbit"(bit varying, internal) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_extract_value_varbit"(bit varying, internal) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_extract_value_varbit"(bit varying, internal) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."gin_numeric_cmp"(numeric, numeric) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."gin_numeric_cmp"(numeric, numeric) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."gin_numeric_cmp"(numeric, numeric) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."gin_numeric_cmp"(numeric, numeric) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."gin_numeric_cmp"(numeric, numeric) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."gin_numeric_cmp"(numeric, numeric) TO "service_role";
