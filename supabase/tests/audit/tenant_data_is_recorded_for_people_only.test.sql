-- Tenant data (calls, call metadata, appointments, campaign contacts): what
-- people change is recorded, also through SECURITY DEFINER functions (an
-- import of contacts); what the service role ingests is not.
begin;
select plan(6);

select tests.create_phone('aud-d', '+15550008201', 'America/Chicago');
select tests.add_member('aud-d', 'aud-d-admin', 'admin');
insert into public.campaigns (phone_id, id, name, caller_id, window_start, window_end)
values ('aud-d', 'd0000000-0000-4000-8000-000000000001', 'Recall', '+14155550100', '09:00', '17:00');
create temporary table mark on commit drop as select coalesce(max(id), 0) as id from public.audit_log;

-- The telephony backend, the receptionist and the dialer.
select tests.authenticate_as_service_role();
insert into public.calls (phone_id, id, call_sid, caller_number, status, created_at)
values ('aud-d', 'd1000000-0000-4000-8000-000000000001', 'CAAUDD1', '+14155550123', 'ringing', now() - interval '1 minute');
update public.calls set status = 'answered' where phone_id = 'aud-d';
insert into public.call_metadata (phone_id, call_id, metadata) values ('aud-d', 'd1000000-0000-4000-8000-000000000001', '{"intent": "booking"}');
insert into public.appointments (phone_id, caller_number, call_id, starts_at, ends_at, outside_hours_override)
values ('aud-d', '+14155550123', 'd1000000-0000-4000-8000-000000000001', now() + interval '1 day', now() + interval '1 day 1 hour', true);
insert into public.campaign_contacts (phone_id, campaign_id, number) values ('aud-d', 'd0000000-0000-4000-8000-000000000001', '+14155550124');
select tests.clear_authentication();
select is_empty($$select 1 from public.audit_log where id > (select id from mark) and table_name <> 'public.campaigns'$$,
  'the service role''s calls, metadata, bookings and contacts are not recorded');

-- An admin.
select tests.authenticate_as('aud-d-admin');
update public.calls set transcript = 'Corrected.' where phone_id = 'aud-d';
update public.call_metadata set tags = '{booking}' where phone_id = 'aud-d';
update public.appointments set notes = 'Bring the X-ray.' where phone_id = 'aud-d';
select public.import_campaign_contacts('aud-d', 'd0000000-0000-4000-8000-000000000001', array['+14155550125']);
select tests.clear_authentication();
select results_eq(
  $$select table_name, operation::text, actor_id = tests.get_supabase_uid('aud-d-admin')
      from public.audit_log where id > (select id from mark) order by id$$,
  $$values ('public.calls', 'update', true), ('public.call_metadata', 'update', true),
           ('public.appointments', 'update', true), ('public.campaign_contacts', 'insert', true)$$,
  'an admin''s corrections, edits and import are recorded as the admin');
select results_eq(
  $$select old_values, new_values from public.audit_log where id > (select id from mark) and table_name = 'public.calls'$$,
  $$values ('{"transcript": null}'::jsonb, '{"transcript": "Corrected."}'::jsonb)$$,
  'a correction records the column it changed');
select is((select new_values ->> 'number' from public.audit_log where id > (select id from mark) and table_name = 'public.campaign_contacts'),
  '+14155550125', 'an imported contact is recorded whole');

-- The trigger: people only, checked before any function runs.
select is((select pg_get_triggerdef(oid) like '%WHEN ((auth.role() = ''authenticated''::text))%'
             from pg_trigger where tgrelid = 'public.calls'::regclass and tgname = 'audit'), true,
  'on calls the audit trigger fires only for the authenticated role');
select is((select pg_get_triggerdef(oid) like '%WHEN%' from pg_trigger where tgrelid = 'public.campaigns'::regclass and tgname = 'audit'),
  false, 'on campaigns (configuration) it fires for everyone');

select * from finish();
rollback;
