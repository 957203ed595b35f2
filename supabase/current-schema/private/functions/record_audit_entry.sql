CREATE OR REPLACE FUNCTION private.record_audit_entry()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  tenant_column text := tg_argv[0];
  key_columns text[] := pg_catalog.string_to_array(tg_argv[1], ',');
  redacted text[] := pg_catalog.string_to_array(tg_argv[2], ',');
  ignored text[] := pg_catalog.string_to_array(tg_argv[3], ',') || '{updated_at}'::text[];
  jwt_role text := auth.role();
  old_row jsonb;
  new_row jsonb;
  old_values jsonb;
  new_values jsonb;
begin
  if tg_op <> 'INSERT' then
    old_row := pg_catalog.to_jsonb(old);
  end if;
  if tg_op <> 'DELETE' then
    new_row := pg_catalog.to_jsonb(new);
  end if;

  if tg_op = 'UPDATE' then
    select pg_catalog.jsonb_object_agg(n.key, case when n.key = any (redacted) then '"[redacted]"'::jsonb else o.value end),
           pg_catalog.jsonb_object_agg(n.key, case when n.key = any (redacted) then '"[redacted]"'::jsonb else n.value end)
      into old_values, new_values
      from pg_catalog.jsonb_each(new_row) n
      join pg_catalog.jsonb_each(old_row) o on o.key = n.key
     where n.value is distinct from o.value and n.key <> all (ignored);
    if new_values is null then
      return null;  -- only ignored columns changed
    end if;
  elsif tg_op = 'INSERT' then
    new_values := new_row || coalesce((select pg_catalog.jsonb_object_agg(r, '"[redacted]"'::jsonb)
                                         from pg_catalog.unnest(redacted) r where new_row -> r <> 'null'::jsonb), '{}');
  else
    -- The phone number itself is being deleted (the cascade from
    -- phone_numbers): its own entry says so, its rows go unrecorded.
    if tg_relid <> 'public.phone_numbers'::regclass
       and not exists (select from public.phone_numbers p where p.id = old_row ->> tenant_column) then
      return null;
    end if;
    old_values := old_row || coalesce((select pg_catalog.jsonb_object_agg(r, '"[redacted]"'::jsonb)
                                         from pg_catalog.unnest(redacted) r where old_row -> r <> 'null'::jsonb), '{}');
  end if;

  insert into public.audit_log (phone_id, actor_id, actor_role, table_name, operation, row_key, old_values, new_values)
  values (coalesce(new_row, old_row) ->> tenant_column,
          case when jwt_role = 'authenticated' then auth.uid() end,
          coalesce(jwt_role, session_user::text),
          tg_table_schema || '.' || tg_table_name,
          pg_catalog.lower(tg_op)::public.audit_operation,
          (select pg_catalog.jsonb_object_agg(k, coalesce(new_row, old_row) -> k) from pg_catalog.unnest(key_columns) k),
          old_values,
          new_values);
  return null;
end;
$function$;

COMMENT ON FUNCTION "private"."record_audit_entry"() IS 'AFTER INSERT/UPDATE/DELETE row trigger audit (made by private.audit_table): records the change in public.audit_log. Arguments: the tenant key column, the primary key columns, the columns recorded as "[redacted]" and the columns an update may change unrecorded (updated_at always), each comma-separated. SECURITY DEFINER because no role of the API may write the log, and the writer''s policies may hide the phone number it checks for a cascade.';

REVOKE ALL ON FUNCTION "private"."record_audit_entry"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."record_audit_entry"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."record_audit_entry"() TO "postgres";
