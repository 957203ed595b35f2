-- public.erase_caller: what it erases from each table and says it did, the
-- statistics equal to a recomputation from the calls that remain, the other
-- caller and the other phone untouched, the audit trail anonymized (the
-- erasure's own deletes recorded without the data), and a second run that
-- erases nothing and says so.
begin;
select plan(16);

select tests.create_phone('era-a', '+15550007101', 'America/Chicago');
select tests.create_phone('era-b', '+15550007102', 'Europe/Berlin');
select tests.add_member('era-a', 'era-a-owner', 'owner');
select tests.add_member('era-a', 'era-a-admin', 'admin');
select tests.add_member('era-b', 'era-b-owner', 'owner');
select tests.add_member('era-b', 'era-b-admin', 'admin');
select tests.seed_caller('era-a', 'era-a-admin', '+14155550199', 'Quillfeather');
select tests.seed_caller('era-a', 'era-a-admin', '+14155550188', 'Marrowbright');
select tests.seed_caller('era-b', 'era-b-admin', '+14155550199', 'Quillfeather');

select tests.authenticate_as('era-a-owner');
select results_eq(
  $$select table_name, rows::int from public.erase_caller('era-a', '+14155550199')$$,
  $$values ('private.call_metadata_archive', 1), ('private.call_turns_archive', 1), ('public.call_metadata', 1),
           ('public.call_turns', 2), ('public.webhook_events', 2),
           ('public.appointments', 1), ('public.campaign_contacts', 1), ('private.calls_archive', 1), ('public.calls', 1),
           ('private.daily_call_callers', 2), ('public.callers', 1), ('public.audit_log', 9)$$,
  'the owner erases the caller: rows per table, the audit entries anonymized last');
select results_eq(
  $$select table_name, rows::int from public.erase_caller('era-a', '+14155550199')$$,
  $$values ('private.call_metadata_archive', 0), ('private.call_turns_archive', 0), ('public.call_metadata', 0),
           ('public.call_turns', 0), ('public.webhook_events', 0),
           ('public.appointments', 0), ('public.campaign_contacts', 0), ('private.calls_archive', 0), ('public.calls', 0),
           ('private.daily_call_callers', 0), ('public.callers', 0), ('public.audit_log', 0)$$,
  'run again, it erases nothing and says so');
select tests.clear_authentication();

select tests.daily_call_stats_match(array['era-a', 'era-b'], 'after the erasure');
select is((select count(*)::int from private.daily_call_callers where caller_number = '+14155550199' and phone_id = 'era-a'), 0,
  'the statistics keep no row of the erased number');
select results_eq(
  $$select (select count(*) from public.calls where phone_id = 'era-a')::int,
           (select count(*) from private.calls_archive where phone_id = 'era-a')::int,
           (select count(*) from public.appointments where phone_id = 'era-a')::int,
           (select count(*) from public.campaign_contacts where phone_id = 'era-a')::int,
           (select count(*) from public.webhook_events where phone_id = 'era-a')::int$$,
  $$values (1, 1, 1, 1, 2)$$,
  'the other caller''s call, archived call, appointment, contact and events stay');
select results_eq(
  $$select (select count(*) from public.calls where phone_id = 'era-b')::int,
           (select count(*) from public.webhook_events where phone_id = 'era-b')::int$$,
  $$values (1, 2)$$,
  'the same number on another phone is untouched');

-- The audit trail.
select is_empty(
  $$select 1 from public.audit_log where phone_id = 'era-a'
     and (row_key::text || coalesce(old_values::text, '') || coalesce(new_values::text, '')) ~ '(\+14155550199|Quillfeather)'$$,
  'no audit entry of the phone names the number or the words');
select results_eq(
  $$select table_name, actor_id, old_values ->> 'caller_number', old_values ->> 'notes'
      from public.audit_log where phone_id = 'era-a' and operation = 'delete' and table_name = 'public.appointments'$$,
  $$values ('public.appointments', tests.get_supabase_uid('era-a-owner'), '[erased]', '[erased]')$$,
  'the erasure''s own deletes are recorded, by the owner, without the data');
select results_eq(
  $$select old_values ->> 'transcript', new_values ->> 'transcript' from public.audit_log
     where phone_id = 'era-a' and table_name = 'public.calls' and operation = 'update' and new_values::text like '%[erased]%'$$,
  $$values ('[erased]', '[erased]')$$,
  'the admin''s correction of the erased call keeps who and when, not what');
select ok((select count(*) from public.audit_log where phone_id = 'era-a' and new_values::text like '%Marrowbright%') > 0,
  'the other caller''s entries keep their words');

-- The provider's retries of an erased event stay no-ops.
create temporary table erased_event on commit drop as
select provider_event_id from private.webhook_event_keys where phone_id = 'era-a' and provider_event_id like 'EVSMSCAQUILLFEATHER%';
grant select on erased_event to service_role;
select tests.authenticate_as_service_role();
select is((select duplicate from public.record_webhook_event('era-a', 'twilio', (select provider_event_id from erased_event),
                                                            'message.received', '{"From": "+14155550199"}')),
  true, 'a retry of an erased event is still a duplicate: nothing comes back');

-- Who may erase.
select results_eq($$select sum(rows)::int from public.erase_caller('era-b', '+14155550199')$$, $$values (18)$$,
  'the service role erases too (14 rows, and anonymizes the admin''s 4 audit entries: its own deletes of calls are not recorded)');
select tests.authenticate_as('era-a-admin');
select throws_ok($$select * from public.erase_caller('era-a', '+14155550188')$$, '42501',
  'only owners of phone number era-a may erase a caller', 'an admin may not erase a caller');
select tests.authenticate_as('era-a-owner');
select throws_ok($$select * from public.erase_caller('era-a', '4155550188')$$, '22023', null,
  'a number not in E.164 form is refused');

select * from finish();
rollback;
