-- Erasing a caller: one function removes a caller's number, and what they
-- said, from a phone number's data, everywhere it is held.
--
--   public.erase_caller(phone_id, caller_number) returns, per table, how many
--   rows it erased. Owners of the phone and the service role call it (the
--   definer private.erase_caller checks the caller itself). It is idempotent:
--   a second run erases nothing and returns 0 for every table.
--
--   where a caller is  every column that can hold a caller's number or words
--                      carries the tag [personal] in its comment. A catalog
--                      test fails, naming the column, for a column that looks
--                      like one (by name and type) and is neither tagged nor
--                      on the test's commented not-personal list; for a table
--                      with tagged columns that erasure does not cover; and
--                      for a tagged column that still holds a seeded caller's
--                      number or words once that caller is erased
--   how, per table     private.caller_erasure_rules: one row per table, a
--                      condition on its rows, and a step (lower first). The
--                      function gathers the caller's calls (in calls and the
--                      archive) first; a condition may use $1 the phone id,
--                      $2 the number, $3 the caller's call ids (uuid[]) and
--                      $4 their call sids (text[]). Covering a new table is one
--                      statement in a later migration:
--                        insert into private.caller_erasure_rules values
--                          ('public.callers', 20, 'number = $2');
--   delete, not anonymize, wherever a row is about the caller:
--     call_metadata, call_metadata_archive, webhook_events (step 10)
--                      what was said and extracted in the caller's calls, and
--                      the provider's events about them or naming the number
--                      (their payloads are the raw messages). The events' keys
--                      stay: they hold no number, and keep a late retry of an
--                      erased event a no-op instead of storing it again
--     appointments, campaign_contacts (20)
--                      booked for the number or during its calls; the number
--                      to dial. Nothing is left of either once the number and
--                      name go (an event in a calendar provider is outside
--                      this database)
--     calls, calls_archive (30)
--                      a call row is its caller: the number, transcript,
--                      summary and recording. Anonymizing would need a
--                      stand-in number (caller_number is E.164 and not null)
--                      that merges every erased caller into one for
--                      unique_callers, to keep times and durations the
--                      statistics hold anyway
--     daily_call_callers (40)
--                      the statistics follow the deleted calls by their
--                      triggers, so daily_call_stats stays equal to a
--                      recomputation from the calls that remain (fewer calls,
--                      fewer unique callers); the caller's rows, left at 0
--                      calls by those triggers, are deleted then. A row still
--                      counting a call (one ingested meanwhile) stays
--   anonymize the audit trail
--                      its entries record who changed what, and stay. In the
--                      entries of the rows erased, the [personal] columns'
--                      values become "[erased]"; in every entry of the phone,
--                      the number does wherever it appears. The erasure's own
--                      deletes are recorded (for a person) and anonymized alike
set lock_timeout = '5s';
set statement_timeout = '60s';

-- Tags -----------------------------------------------------------------------------------

comment on column public.calls.caller_number is '[personal] The caller''s number in E.164 form.';
comment on column public.calls.recording_url is '[personal] The recording, an https URL of at most 2048 characters.';
comment on column public.calls.transcript is '[personal] Transcript of the call; admins may correct it.';
comment on column public.calls.ai_summary is '[personal] The AI''s summary of the call; admins may correct it.';
comment on column private.calls_archive.caller_number is '[personal] As public.calls.caller_number.';
comment on column private.calls_archive.recording_url is '[personal] As public.calls.recording_url.';
comment on column private.calls_archive.transcript is '[personal] As public.calls.transcript.';
comment on column private.calls_archive.ai_summary is '[personal] As public.calls.ai_summary.';
comment on column public.call_metadata.metadata is
  '[personal] What the receptionist extracted from the call, a JSON object of at most 64 KiB as text, nested at most '
  '10 deep; searched with @>.';
comment on column public.call_metadata.custom_fields is
  '[personal] Business-defined fields, a JSON object of at most 16 KiB as text, nested at most 10 deep.';
comment on column private.call_metadata_archive.metadata is '[personal] As public.call_metadata.metadata.';
comment on column private.call_metadata_archive.custom_fields is '[personal] As public.call_metadata.custom_fields.';
comment on column private.daily_call_callers.caller_number is '[personal] The caller counted.';
comment on column public.appointments.caller_number is '[personal] The caller''s number in E.164 form.';
comment on column public.appointments.caller_name is
  '[personal] The name the caller gave, if any (one line, 1 to 200 characters).';
comment on column public.appointments.notes is '[personal] Free text for staff (up to 2000 characters, several lines).';
comment on column public.campaign_contacts.number is '[personal] The number to call, E.164; once per campaign.';
comment on column public.webhook_events.payload is
  '[personal] The provider''s message as received (callers'' numbers, what they said).';
comment on column public.audit_log.row_key is
  '[personal] The row''s primary key columns and values, e.g. {"id": ..., "phone_id": ...}.';
comment on column public.audit_log.old_values is
  '[personal] Before: the whole row deleted, or the old values of the columns an update changed; null for an insert.';
comment on column public.audit_log.new_values is
  '[personal] After: the whole row inserted, or the new values of the columns an update changed; null for a delete.';

-- Rules ----------------------------------------------------------------------------------

create table private.caller_erasure_rules (
  relation regclass primary key,
  step smallint not null
    constraint caller_erasure_rules_step_range check (step between 1 and 100),
  condition text not null
    constraint caller_erasure_rules_condition_not_blank check (pg_catalog.btrim(condition) <> '')
);
comment on table private.caller_erasure_rules is
  'Which rows of each table private.erase_caller deletes: those of the phone ($1) that meet condition, a boolean SQL '
  'expression over the table''s columns that may use $2 the number, $3 the ids of the caller''s calls (uuid[], '
  'live and archived) and $4 their call sids (text[]). Rules run by step, lower first (what refers to a call '
  'before the call). Written by migrations only.';
comment on column private.caller_erasure_rules.relation is 'The table the rule erases rows of.';
comment on column private.caller_erasure_rules.step is
  'Order: 10 what belongs to the caller''s calls, 20 what names the caller, 30 the calls, 40 the statistics'' '
  'per-caller rows.';
comment on column private.caller_erasure_rules.condition is
  'A boolean SQL expression over the table''s columns, with $1 .. $4 as above, e.g. caller_number = $2.';
revoke all on private.caller_erasure_rules from public, anon, authenticated, service_role;

insert into private.caller_erasure_rules (relation, step, condition) values
  ('public.call_metadata', 10, 'call_id = any ($3)'),
  ('private.call_metadata_archive', 10, 'call_id = any ($3)'),
  ('public.webhook_events', 10, 'call_sid = any ($4) or pg_catalog.strpos(payload::text, $2) > 0'),
  ('public.appointments', 20, 'caller_number = $2 or call_id = any ($3)'),
  ('public.campaign_contacts', 20, 'number = $2'),
  ('public.calls', 30, 'caller_number = $2'),
  ('private.calls_archive', 30, 'caller_number = $2'),
  ('private.daily_call_callers', 40, 'caller_number = $2 and calls = 0');

-- Helpers --------------------------------------------------------------------------------

create function private.personal_columns(relation regclass)
returns text[]
language sql
stable
set search_path = ''
as $$
  select coalesce(pg_catalog.array_agg(a.attname::text order by a.attnum), '{}')
    from pg_catalog.pg_attribute a
   where a.attrelid = relation and a.attnum > 0 and not a.attisdropped
     and pg_catalog.col_description(a.attrelid, a.attnum) like '%[personal]%'
$$;
comment on function private.personal_columns(regclass) is
  'The columns of relation whose comment carries the tag [personal]: those that can hold a caller''s number or words.';
revoke all on function private.personal_columns(regclass) from public, anon, authenticated, service_role;

create function private.erased_from_json(doc jsonb, caller_number text, personal text[])
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select case when doc is null then null else
    pg_catalog.replace(
      (select pg_catalog.jsonb_object_agg(e.key, case when e.key = any (personal) and e.value <> 'null'::jsonb
                                                      then '"[erased]"'::jsonb else e.value end)
         from pg_catalog.jsonb_each(doc) e)::text,
      caller_number, '[erased]')::jsonb
  end
$$;
comment on function private.erased_from_json(jsonb, text, text[]) is
  'doc (a JSON object, e.g. an audit entry''s values) with the values of the keys in personal, and the number '
  'wherever it appears, replaced by "[erased]". An E.164 number needs no escaping in JSON, so replacing it in the '
  'text leaves valid JSON.';
revoke all on function private.erased_from_json(jsonb, text, text[]) from public, anon, authenticated, service_role;

-- Erasing --------------------------------------------------------------------------------

create function private.erase_caller(phone_id text, caller_number text)
returns table (table_name text, rows bigint)
language plpgsql
volatile
security definer
set search_path = ''
as $$
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
$$;
comment on function private.erase_caller(text, text) is
  'Behind public.erase_caller. SECURITY DEFINER because it deletes rows no member may delete (calls, archived calls, '
  'events, the statistics'' per-caller rows) and rewrites audit entries nobody may write. Checks the caller itself: '
  'the service role, or an owner of the phone. Deletes by private.caller_erasure_rules, then anonymizes the audit '
  'trail.';

create function public.erase_caller(phone_id text, caller_number text)
returns table (table_name text, rows bigint)
language sql
volatile
set search_path = ''
as $$
  select * from private.erase_caller(phone_id, caller_number)
$$;
comment on function public.erase_caller(text, text) is
  'Erases caller_number (E.164) from phone_id: deletes the caller''s calls (live and archived) with their metadata, '
  'webhook events, appointments and campaign contacts, corrects the statistics, and anonymizes the audit trail. '
  'Returns, per table, how many rows it erased; run again, it erases nothing and returns 0 everywhere. Owners of '
  'the phone and the service role; others get 42501, a malformed number 22023.';

revoke all on function private.erase_caller(text, text) from public, anon;
revoke all on function public.erase_caller(text, text) from public, anon;
grant execute on function private.erase_caller(text, text) to authenticated, service_role;
grant execute on function public.erase_caller(text, text) to authenticated, service_role;
