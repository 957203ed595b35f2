-- The audit trail: who changed what in a tenant, and when.
--
--   what is recorded  every change to configuration, by anyone (a member, the
--                     service role, postgres: migrations, pg_cron, the SQL
--                     editor), and every change to tenant data made by a
--                     person: a request with the authenticated role, also when
--                     it writes through a SECURITY DEFINER function (inviting,
--                     accepting, importing contacts, erasing a caller). One
--                     entry per row changed: who (actor_id, the JWT's sub, for
--                     a person; actor_role, the JWT's role or, without one,
--                     the session's user), when (the transaction's time), the
--                     table, the row's primary key as jsonb, the operation, and
--                     the values: the whole row inserted or deleted, only the
--                     changed columns of an update (old and new), updated_at
--                     never (it moves with every update)
--   configuration     phone_numbers, phone_members, phone_invitations,
--   (everyone)        invitation tokens, voice_settings, conversation_rules,
--                     business_hours, business_closures, api_keys and their
--                     secret hashes, prompt_versions, active_prompts,
--                     campaigns, resources
--   tenant data       calls, call_metadata, appointments, campaign_contacts:
--   (people only)     admins' corrections, bookings and imports are recorded;
--                     the service role's ingestion is left out on purpose
--                     (webhooks upsert calls and metadata several times per
--                     call, the receptionist books, the dialer claims and
--                     finishes contacts: high volume, machine-written, and
--                     the trigger's WHEN skips it before any function runs)
--   left out          tables whose comment carries [not audited] and says why:
--                     high-volume ingestion by the service role (live_calls,
--                     webhook_events and their keys), what triggers derive
--                     (daily_call_stats, daily_call_callers), what the archive
--                     job moves (calls_archive, call_metadata_archive), and
--                     this log. A tenant table (phone_id, in public or private)
--                     neither audited nor tagged fails a catalog test by name
--   never secrets     columns holding secrets are recorded as "[redacted]":
--                     api_key_hashes.secret_hash and invitation_tokens.token_hash
--                     (a hash still lets anyone who reads it test guesses
--                     offline). api_keys.prefix, shown to owners to tell keys
--                     apart, is not a secret. A catalog test fails for an
--                     audited column named like a hash, token, secret or
--                     password that is not redacted
--   noise             api_keys.last_used_at, moved by verify_api_key at most
--                     once a minute, is ignored: an update that changes only
--                     ignored columns (and updated_at) records nothing
--   a phone's end     deleting a phone number is one entry, its own; the rows
--                     that go with it by cascade are not recorded one by one
--   covering a table  one statement in a later migration:
--                       select private.audit_table('public.callers', people_only => true);
--                     which (re)creates the AFTER trigger `audit` with the
--                     table's key columns as arguments (run it again if the
--                     primary key changes; a catalog test compares them)
--   reading           owners read their phones' entries (one select policy);
--                     no API role inserts, updates or deletes an entry, the
--                     service role included (it may read). Only
--                     private.erase_caller rewrites entries: it erases a
--                     caller's number and words from them
--   partitions        by month of changed_at, phone_id first in every key,
--                     partitions in private, made three months ahead and
--                     dropped after 13 months by pg_cron with the function
--                     webhook_events uses (private.maintain_monthly_partitions).
--                     With no partition for the month, a change is refused
--                     rather than left unrecorded
--   no foreign keys   to phone_numbers (a deleted phone's trail stays until the
--                     retention drops it, and its deletion's own entry could
--                     not be written) or to auth.users (actor_id stays when the
--                     user goes)
set lock_timeout = '5s';
set statement_timeout = '60s';

create type public.audit_operation as enum ('insert', 'update', 'delete');
comment on type public.audit_operation is 'What a change did to a row: insert, update or delete.';

create sequence private.audit_log_id_seq;
comment on sequence private.audit_log_id_seq is 'Numbers the audit entries: their order within one transaction''s time.';
revoke all on sequence private.audit_log_id_seq from public, anon, authenticated, service_role;

create table public.audit_log (
  phone_id text not null,
  -- Milliseconds, as calls.created_at: the trail pages on (changed_at, id), and
  -- a cursor that went through a JavaScript Date must name the entry exactly.
  changed_at timestamptz(3) not null default now(),
  id bigint not null default nextval('private.audit_log_id_seq'),
  actor_id uuid,
  actor_role text not null,
  table_name text not null,
  operation public.audit_operation not null,
  row_key jsonb not null,
  old_values jsonb,
  new_values jsonb,
  constraint audit_log_pkey primary key (phone_id, changed_at, id)
) partition by range (changed_at);

comment on table public.audit_log is
  'Who changed what in a phone number''s configuration (anyone) and tenant data (people), one entry per row '
  'changed, by month of changed_at (partitions in private, kept 13 months). Written only by the trigger audit '
  '(private.record_audit_entry); owners read their phones'' entries; nobody writes them through the API. Secrets '
  'are "[redacted]". [not audited] This is the trail itself.';
comment on column public.audit_log.changed_at is 'When: the time of the transaction that made the change, to the millisecond.';
comment on column public.audit_log.id is 'Orders the entries of one transaction.';
comment on column public.audit_log.phone_id is 'The tenant: the phone number the changed row belongs to (phone_numbers.id).';
comment on column public.audit_log.operation is 'What was done to the row: insert, update or delete.';
comment on column public.audit_log.actor_id is
  'Who, when a person: the JWT''s sub of a request with the authenticated role, also through a SECURITY DEFINER '
  'function. Null for the service role and postgres.';
comment on column public.audit_log.actor_role is
  'The JWT''s role (authenticated, service_role) or, without a JWT, the session''s user (postgres for migrations, '
  'pg_cron and the SQL editor).';
comment on column public.audit_log.table_name is 'The table changed, schema-qualified (public.calls).';
comment on column public.audit_log.row_key is 'The row''s primary key columns and values, e.g. {"id": ..., "phone_id": ...}.';
comment on column public.audit_log.old_values is
  'Before: the whole row deleted, or the old values of the columns an update changed; null for an insert.';
comment on column public.audit_log.new_values is
  'After: the whole row inserted, or the new values of the columns an update changed; null for a delete.';

alter table public.audit_log enable row level security;
revoke all on public.audit_log from anon, authenticated, service_role;
grant select on public.audit_log to authenticated, service_role;

create policy "owners read their audit trail"
  on public.audit_log for select to authenticated
  using (phone_id = any ((select private.member_phone_ids('owner'))::text[]));
comment on policy "owners read their audit trail" on public.audit_log is
  'Owners read every entry of their phone numbers; admins, viewers and everyone else none.';

select private.maintain_monthly_partitions('public.audit_log', 'Audit entries recorded', 3, '13 months');
select cron.schedule('maintain-audit-log-partitions', '27 3 * * *',
  $$select private.maintain_monthly_partitions('public.audit_log', 'Audit entries recorded', 3, '13 months')$$);

-- Recording ---------------------------------------------------------------------------

create function private.record_audit_entry()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
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
$$;
comment on function private.record_audit_entry() is
  'AFTER INSERT/UPDATE/DELETE row trigger audit (made by private.audit_table): records the change in public.audit_log. '
  'Arguments: the tenant key column, the primary key columns, the columns recorded as "[redacted]" and the columns '
  'an update may change unrecorded (updated_at always), each comma-separated. SECURITY DEFINER because no role of '
  'the API may write the log, and the writer''s policies may hide the phone number it checks for a cascade.';
revoke all on function private.record_audit_entry() from public, anon, authenticated, service_role;

create function private.audit_table(
  relation regclass,
  people_only boolean default false,
  redacted text[] default '{}',
  ignored text[] default '{}'
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
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
$$;
comment on function private.audit_table(regclass, boolean, text[], text[]) is
  'Records every change to relation in public.audit_log from now on: (re)creates its AFTER row trigger audit with '
  'the table''s primary key columns. people_only records only requests with the authenticated role (tenant data '
  'that machines ingest); redacted columns are recorded as "[redacted]"; an update that changes only ignored '
  'columns (and updated_at) is not recorded. For migrations; run it again when the primary key changes.';
revoke all on function private.audit_table(regclass, boolean, text[], text[]) from public, anon, authenticated, service_role;

-- Coverage ----------------------------------------------------------------------------

-- Configuration, whoever changes it.
select private.audit_table('public.phone_numbers');
select private.audit_table('public.phone_members');
select private.audit_table('public.phone_invitations');
select private.audit_table('private.invitation_tokens', redacted => '{token_hash}');
select private.audit_table('public.voice_settings');
select private.audit_table('public.conversation_rules');
select private.audit_table('public.business_hours');
select private.audit_table('public.business_closures');
select private.audit_table('public.api_keys', ignored => '{last_used_at}');
select private.audit_table('private.api_key_hashes', redacted => '{secret_hash}');
select private.audit_table('public.prompt_versions');
select private.audit_table('public.active_prompts');
select private.audit_table('public.campaigns');
select private.audit_table('public.resources');

-- Tenant data: what people change; the service role's ingestion is left out.
select private.audit_table('public.calls', people_only => true);
select private.audit_table('public.call_metadata', people_only => true);
select private.audit_table('public.appointments', people_only => true);
select private.audit_table('public.campaign_contacts', people_only => true);

-- Left out, each with its reason (a catalog test reads the tag).
comment on table public.daily_call_stats is
  'Calls per phone number and local day (phone_numbers.timezone), archived calls included. '
  'Maintained by triggers on calls; members read it, nobody writes it. '
  '[not audited] Derived from calls by triggers; nobody writes it.';
comment on table private.daily_call_callers is
  'Calls per caller number and local day, behind daily_call_stats.unique_callers. Internal: '
  'no privilege for the API roles. [not audited] Derived from calls by triggers.';
comment on table public.live_calls is
  'The calls in progress, one row per admitted call, at most phone_numbers.max_concurrent_calls per phone. Written '
  'only through claim_call_slot, heartbeat_call_slot and release_call_slot (service role) and the reaper; members '
  'read their phones'' rows (the live dashboard, also over Realtime). [not audited] High-volume ingestion by the '
  'service role (claims, heartbeats, releases); no person writes it.';
comment on table public.webhook_events is
  'Every webhook received for a phone number, by month of received_at (partitions in private). Written by the '
  'service role through record_webhook_event, which stores an event once; processing updates status, '
  'attempts, processed_at and error. Admins and owners read their phones'' events. Kept six months. '
  '[not audited] High-volume ingestion by the service role; no person writes it.';
comment on table private.webhook_event_keys is
  'One row per stored webhook event, keyed by the provider''s event id: what makes record_webhook_event a '
  'no-op for a repeat in any month. Rows go with their month''s partition. [not audited] Written with every '
  'webhook event (service role ingestion).';
comment on table private.calls_archive is
  'Calls older than the retention period, moved here by private.archive_calls(). Not exposed by the API; readable '
  'by the service role only. Same columns as public.calls plus archived_at. [not audited] Moved here from calls '
  'in batches by pg_cron; the people''s changes to a call were recorded while it was in calls.';
comment on table private.call_metadata_archive is
  'Metadata of archived calls, moved with them. Same protection as private.calls_archive. [not audited] Moved '
  'here with the calls by pg_cron.';
