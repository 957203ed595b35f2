CREATE OR REPLACE FUNCTION private.personal_columns (
  relation regclass
)
  RETURNS text[]
  LANGUAGE sql
  STABLE
  SET search_path TO ''
  AS $function$
  select coalesce(pg_catalog.array_agg(a.attname::text order by a.attnum), '{}')
    from pg_catalog.pg_attribute a
   where a.attrelid = relation and a.attnum > 0 and not a.attisdropped
     and pg_catalog.col_description(a.attrelid, a.attnum) like '%[personal]%'
$function$;

COMMENT ON FUNCTION "private"."personal_columns"(regclass) IS 'The columns of relation whose comment carries the tag [personal]: those that can hold a caller''s number or words.';

REVOKE ALL ON FUNCTION "private"."personal_columns"(regclass) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."personal_columns"(regclass) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."personal_columns"(regclass) TO "postgres";
