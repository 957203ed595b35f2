CREATE OR REPLACE FUNCTION private.audit_table (
  relation    regclass,
  people_only boolean  DEFAULT false,
  redacted    text[]   DEFAULT '{}'::text[],
  ignored     text[]   DEFAULT '{}'::text[]
)
  RETURNS void
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
declare
  tenant_column text;
  key_columns text;
  unknown text;
begin
  if relation = 'public.phone_numbers'::regclass then
    tenant_column := 'id';  -- the tenant itself
  elsif exists (select from pg_catalog.pg_attribute a
                 where a.attrelid = relation and a.attname = 'phone_id' and not a.attisdropped) then
    tenant_column := 'phone_id';
  else
    raise exception '% has no phone_id column: it is not a tenant table', relation using errcode = 'invalid_table_definition';
  end if;
  select pg_catalog.string_agg(a.attname, ',' order by k.ord) into key_columns
    from pg_catalog.pg_index i
   cross join lateral pg_catalog.unnest(i.indkey::int2[]) with ordinality k(attnum, ord)
    join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
   where i.indrelid = relation and i.indisprimary;
  if key_columns is null then
    raise exception '% has no primary key to record rows by', relation using errcode = 'invalid_table_definition';
  end if;
  select pg_catalog.string_agg(c, ', ') into unknown
    from pg_catalog.unnest(redacted || ignored) c
   where not exists (select from pg_catalog.pg_attribute a
                      where a.attrelid = relation and a.attname = c and a.attnum > 0 and not a.attisdropped);
  if unknown is not null then
    raise exception '% has no column %', relation, unknown using errcode = 'undefined_column';
  end if;

  if exists (select from pg_catalog.pg_trigger t where t.tgrelid = relation and t.tgname = 'audit') then
    execute pg_catalog.format('drop trigger audit on %s', relation);
  end if;
  execute pg_catalog.format(
    'create trigger audit after insert or update or delete on %s for each row %s '
    'execute function private.record_audit_entry(%L, %L, %L, %L)',
    relation,
    case when people_only then 'when (auth.role() = ''authenticated'')' else '' end,
    tenant_column, key_columns, pg_catalog.array_to_string(redacted, ','), pg_catalog.array_to_string(ignored, ','));
end;
$function$;

COMMENT ON FUNCTION "private"."audit_table"(regclass, boolean, text[], text[]) IS 'Records every change to relation in public.audit_log from now on: (re)creates its AFTER row trigger audit with the table''s primary key columns. people_only records only requests with the authenticated role (tenant data that machines ingest); redacted columns are recorded as "[redacted]"; an update that changes only ignored columns (and updated_at) is not recorded. For migrations; run it again when the primary key changes.';

REVOKE ALL ON FUNCTION "private"."audit_table"(regclass, boolean, text[], text[]) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."audit_table"(regclass, boolean, text[], text[]) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."audit_table"(regclass, boolean, text[], text[]) TO "postgres";
