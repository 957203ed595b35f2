CREATE OR REPLACE FUNCTION private.erase_caller (
  phone_id      text,
  caller_number text
)
  RETURNS TABLE (
    table_name text,
    rows       bigint
  )
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  wanted text := erase_caller.caller_number;
  call_ids uuid[];
  call_sids text[];
  rule record;
  key_expression text;
  erased jsonb := '[]';
  keys jsonb;
  n bigint;
  done bigint := 0;
  entry record;
  personal text[];
  new_key jsonb;
  new_old jsonb;
  new_new jsonb;
begin
  if auth.role() is distinct from 'service_role' then
    perform private.require_role(erase_caller.phone_id, 'owner', 'erase a caller');
  end if;
  if wanted is null or wanted !~ '^\+[1-9][0-9]{6,14}$' then
    raise exception 'caller_number must be a number in E.164 form such as +14155550123, got %', coalesce(wanted, 'null')
      using errcode = 'invalid_parameter_value';
  end if;

  select coalesce(pg_catalog.array_agg(c.id), '{}'), coalesce(pg_catalog.array_agg(c.call_sid), '{}')
    into call_ids, call_sids
    from (select x.id, x.call_sid from public.calls x
           where x.phone_id = erase_caller.phone_id and x.caller_number = wanted
          union all
          select x.id, x.call_sid from private.calls_archive x
           where x.phone_id = erase_caller.phone_id and x.caller_number = wanted) c;

  for rule in select r.relation, r.condition from private.caller_erasure_rules r order by r.step, r.relation::text loop
    select pg_catalog.string_agg(pg_catalog.format('%L, gone.%I', a.attname, a.attname), ', ' order by k.ord)
      into key_expression
      from pg_catalog.pg_index i
     cross join lateral pg_catalog.unnest(i.indkey::int2[]) with ordinality k(attnum, ord)
      join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
     where i.indrelid = rule.relation and i.indisprimary;
    execute pg_catalog.format(
      'with gone as (delete from %s t where t.phone_id = $1 and (%s) returning t.*) '
      'select count(*), coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(%s)), ''[]'') from gone',
      rule.relation, rule.condition, key_expression)
      into n, keys
      using erase_caller.phone_id, wanted, call_ids, call_sids;
    if n > 0 then
      erased := erased || (select pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('table', rule.relation::text, 'key', k))
                             from pg_catalog.jsonb_array_elements(keys) k);
    end if;
    table_name := rule.relation::text;
    rows := n;
    return next;
  end loop;

  -- The audit trail: the entries of the rows erased (the erasure's own
  -- included), and any entry of the phone naming the number.
  for entry in
    select a.changed_at, a.id, a.table_name, a.row_key, a.old_values, a.new_values,
           exists (select from pg_catalog.jsonb_array_elements(erased) e
                    where e ->> 'table' = a.table_name and e -> 'key' = a.row_key) as of_erased_row
      from public.audit_log a
     where a.phone_id = erase_caller.phone_id
       and (exists (select from pg_catalog.jsonb_array_elements(erased) e
                     where e ->> 'table' = a.table_name and e -> 'key' = a.row_key)
            or pg_catalog.strpos(a.row_key::text, wanted) > 0
            or pg_catalog.strpos(coalesce(a.old_values::text, ''), wanted) > 0
            or pg_catalog.strpos(coalesce(a.new_values::text, ''), wanted) > 0)
  loop
    personal := case when entry.of_erased_row
                     then coalesce(private.personal_columns(pg_catalog.to_regclass(entry.table_name)), '{}') else '{}' end;
    new_key := private.erased_from_json(entry.row_key, wanted, '{}');
    new_old := private.erased_from_json(entry.old_values, wanted, personal);
    new_new := private.erased_from_json(entry.new_values, wanted, personal);
    if (new_key, new_old, new_new) is distinct from (entry.row_key, entry.old_values, entry.new_values) then
      update public.audit_log a set row_key = new_key, old_values = new_old, new_values = new_new
       where a.phone_id = erase_caller.phone_id and a.changed_at = entry.changed_at and a.id = entry.id;
      done := done + 1;
    end if;
  end loop;
  table_name := 'public.audit_log';
  rows := done;
  return next;
end;
$function$;

GRANT EXECUTE ON FUNCTION "private"."erase_caller"(text, text) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."erase_caller"(text, text) TO "service_role";

COMMENT ON FUNCTION "private"."erase_caller"(text, text) IS 'Behind public.erase_caller. SECURITY DEFINER because it deletes rows no member may delete (calls, archived calls, events, the statistics'' per-caller rows) and rewrites audit entries nobody may write. Checks the caller itself: the service role, or an owner of the phone. Deletes by private.caller_erasure_rules, then anonymizes the audit trail.';

REVOKE ALL ON FUNCTION "private"."erase_caller"(text, text) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."erase_caller"(text, text) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."erase_caller"(text, text) TO "postgres";
