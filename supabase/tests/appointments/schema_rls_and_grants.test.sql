-- The shape of appointments and resources: RLS with one authenticated-only
-- policy per command (no delete policy on appointments), the keys, the
-- columns authenticated may insert or update, the table-wide privileges, the
-- enums, the triggers and the exclusion constraint, and who may execute
-- private.opening_time. Catalog checks only, no rows.
begin;
select plan(24);

select is_empty(
  $$select c.relname from pg_class c
     where c.oid in ('public.appointments'::regclass, 'public.resources'::regclass) and not c.relrowsecurity$$,
  'RLS is enabled on appointments and resources'
);
select results_eq(
  $$select tablename::text collate "default", cmd collate "default" from pg_policies
     where schemaname = 'public' and tablename in ('appointments', 'resources') order by 1, 2$$,
  $$values ('appointments', 'INSERT'), ('appointments', 'SELECT'), ('appointments', 'UPDATE'),
           ('resources', 'DELETE'), ('resources', 'INSERT'), ('resources', 'SELECT'), ('resources', 'UPDATE')$$,
  'one policy per command; appointments has none for delete'
);
select is_empty(
  $$select policyname from pg_policies
     where schemaname = 'public' and tablename in ('appointments', 'resources')
       and (roles <> '{authenticated}'::name[] or permissive <> 'PERMISSIVE'
            or (cmd in ('INSERT', 'UPDATE') and with_check is null))$$,
  'every policy is permissive, applies to authenticated only, and insert/update policies have a WITH CHECK'
);
select col_is_pk('public', 'appointments', array['phone_id', 'id'], 'the primary key of appointments is (phone_id, id)');
select col_is_pk('public', 'resources', array['phone_id', 'id'], 'the primary key of resources is (phone_id, id)');

-- The columns of tbl on which the role `who` holds privilege priv, sorted.
create function pg_temp.cols(tbl regclass, priv text, who text default 'authenticated') returns text[]
language sql stable as $$
  select coalesce(array_agg(a.attname::text order by a.attname::text collate "C"), '{}')
    from pg_attribute a
   where a.attrelid = tbl and a.attnum > 0 and not a.attisdropped
     and has_column_privilege(who, a.attrelid, a.attnum, priv)
$$;
select is(pg_temp.cols('public.appointments', 'INSERT'),
  array['call_id', 'caller_name', 'caller_number', 'ends_at', 'notes', 'outside_hours_override', 'phone_id', 'resource_id',
        'starts_at', 'status'],
  'authenticated inserts appointments without id, created_by, timestamps or the provider''s columns');
select is(pg_temp.cols('public.appointments', 'UPDATE'),
  array['call_id', 'caller_name', 'caller_number', 'ends_at', 'notes', 'outside_hours_override', 'resource_id',
        'starts_at', 'status'],
  'authenticated updates appointments but not phone_id, id, created_by, timestamps or the provider''s columns');
select is(pg_temp.cols('public.resources', 'INSERT'), array['active', 'kind', 'name', 'phone_id'],
  'authenticated inserts only phone_id, name, kind, active of resources');
select is(pg_temp.cols('public.resources', 'UPDATE'), array['active', 'kind', 'name'],
  'authenticated updates only name, kind, active of resources');
select is_empty(
  $$select t::text from unnest(array['public.appointments', 'public.resources']::regclass[]) t
     where pg_temp.cols(t, 'SELECT', 'anon') <> '{}' or pg_temp.cols(t, 'INSERT', 'anon') <> '{}'
        or pg_temp.cols(t, 'UPDATE', 'anon') <> '{}'$$,
  'anon may read, insert or update no column of appointments or resources'
);
select table_privs_are('public', 'appointments', 'authenticated', array['SELECT'],
  'authenticated has only SELECT table-wide on appointments (no delete, truncate, references, trigger)');
select table_privs_are('public', 'resources', 'authenticated', array['SELECT', 'DELETE'],
  'authenticated has only SELECT and DELETE table-wide on resources');
select table_privs_are('public', 'appointments', 'anon', array[]::text[], 'anon has no privilege on appointments');

select enum_has_labels('public', 'appointment_status', array['booked', 'confirmed', 'canceled', 'completed', 'no_show'],
  'appointment_status is booked, confirmed, canceled, completed, no_show, in that order');
select enum_has_labels('public', 'resource_kind', array['staff', 'room'], 'resource_kind is staff, room');

select results_eq(
  $$select t.tgname::text collate "default", (t.tgtype & 2 = 2) as before, p.proname::text collate "default"
      from pg_trigger t join pg_proc p on p.oid = t.tgfoid
     where t.tgrelid = 'public.appointments'::regclass and not t.tgisinternal order by 1$$,
  $$values ('audit', false, 'record_audit_entry'),
           ('check_appointment_hours', false, 'check_appointment_hours'), ('check_appointment_resource', false, 'check_appointment_resource'),
           ('check_appointment_status', true, 'check_appointment_status'), ('set_updated_at', true, 'set_updated_at')$$,
  'appointments has the status trigger BEFORE and the hours and resource triggers AFTER the check constraints'
);
select is_empty(
  $$select p.proname from pg_proc p
     where p.oid in ('private.check_appointment_status()'::regprocedure, 'private.check_appointment_hours()'::regprocedure,
                     'private.check_appointment_resource()'::regprocedure,
                     'private.opening_time(text, timestamptz, timestamptz)'::regprocedure)
       and (p.prosecdef or not coalesce(p.proconfig @> array['search_path=""'], false))$$,
  'the appointment functions run as the invoker with search_path = '''''
);
select matches(
  (select pg_get_constraintdef(oid) from pg_constraint where conname = 'appointments_no_double_booking'),
  '^EXCLUDE USING gist \(phone_id WITH =, resource_id WITH =, tstzrange\(starts_at, ends_at, ''\[\)''::text\) WITH &&\) WHERE \(\(\(resource_id IS NOT NULL\) AND \(status = ANY \(ARRAY\[''booked''::appointment_status, ''confirmed''::appointment_status\]\)\)\)\)$',
  'appointments_no_double_booking excludes overlapping half-open times of one resource among booked and confirmed appointments'
);
select is(
  (select pg_get_constraintdef(oid) from pg_constraint where conname = 'appointments_call_fkey'),
  'FOREIGN KEY (phone_id, call_id) REFERENCES calls(phone_id, id) ON DELETE SET NULL (call_id)',
  'appointments_call_fkey clears call_id alone when its call is deleted'
);
select is(
  (select pg_get_constraintdef(oid) from pg_constraint where conname = 'appointments_provider_event_key'),
  'UNIQUE (phone_id, provider, provider_event_id)',
  'appointments_provider_event_key is unique per phone and provider'
);

select is(has_function_privilege('anon', 'private.opening_time(text, timestamptz, timestamptz)', 'EXECUTE'), false,
  'anon has no EXECUTE on private.opening_time');
select is(has_function_privilege('authenticated', 'private.opening_time(text, timestamptz, timestamptz)', 'EXECUTE'), true,
  'authenticated has EXECUTE on private.opening_time (the hours trigger runs as the member who books)');
select is(has_function_privilege('service_role', 'private.opening_time(text, timestamptz, timestamptz)', 'EXECUTE'), true,
  'service_role has EXECUTE on private.opening_time (the receptionist books)');
select is(has_function_privilege('authenticated', 'private.check_appointment_hours()', 'EXECUTE'), false,
  'authenticated has no EXECUTE on the trigger function check_appointment_hours');

select * from finish();
rollback;
