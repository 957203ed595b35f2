-- updated_at of calls and call_metadata (trigger private.set_updated_at)
-- moves to now() when a row is really updated, by an admin's correction or
-- the service role's status change, and stays where it was when an update is
-- filtered out by RLS (a viewer's). created_at never moves.
begin;
select plan(6);

select tests.create_phone('calls-a', '+15550002001', 'America/Chicago');
select tests.add_member('calls-a', 'calls-a-admin', 'admin');
select tests.add_member('calls-a', 'calls-a-viewer', 'viewer');
insert into public.calls (phone_id, id, call_sid, caller_number, created_at, updated_at) values
  ('calls-a', 'c1000000-0000-4000-8000-0000000000d1', 'CTupd1', '+13125550170', now() - interval '2 days', now() - interval '1 day'),
  ('calls-a', 'c1000000-0000-4000-8000-0000000000d2', 'CTupd2', '+13125550171', now() - interval '2 days', now() - interval '1 day'),
  ('calls-a', 'c1000000-0000-4000-8000-0000000000d3', 'CTupd3', '+13125550172', now() - interval '2 days', now() - interval '1 day');
insert into public.call_metadata (phone_id, call_id, created_at, updated_at) values
  ('calls-a', 'c1000000-0000-4000-8000-0000000000d1', now() - interval '2 days', now() - interval '1 day'),
  ('calls-a', 'c1000000-0000-4000-8000-0000000000d2', now() - interval '2 days', now() - interval '1 day');

select tests.authenticate_as('calls-a-admin');
select results_eq(
  $$update public.calls set transcript = 'Admin: late correction' where call_sid = 'CTupd1'
    returning updated_at = now(), created_at = (now() - interval '2 days')::timestamptz(3)$$,
  $$values (true, true)$$,
  'an admin''s correction sets updated_at to now() and leaves created_at');
select results_eq(
  $$update public.call_metadata set tags = '{late}' where call_id = 'c1000000-0000-4000-8000-0000000000d1'
    returning updated_at = now(), created_at = now() - interval '2 days'$$,
  $$values (true, true)$$,
  'an admin''s tag edit sets the metadata''s updated_at to now() and leaves created_at');

select tests.authenticate_as('calls-a-viewer');
select is_empty($$update public.calls set transcript = 'viewer' where call_sid = 'CTupd2' returning 1$$,
  'the viewer''s update of CTupd2 is filtered out by RLS (0 rows)');

select tests.authenticate_as_service_role();
select results_eq(
  $$update public.calls set status = 'answered' where phone_id = 'calls-a' and call_sid = 'CTupd3'
    returning updated_at = now()$$,
  $$values (true)$$,
  'a status change by the service role sets updated_at to now()');

select tests.clear_authentication();
select results_eq(
  $$select call_sid, updated_at = now() - interval '1 day' from public.calls
     where phone_id = 'calls-a' and call_sid like 'CTupd%' order by call_sid$$,
  $$values ('CTupd1', false), ('CTupd2', true), ('CTupd3', false)$$,
  'updated_at moved for the updated calls only; the filtered-out update left CTupd2''s past value'
);
select results_eq(
  $$select call_id::text, updated_at = now() - interval '1 day' from public.call_metadata
     where call_id in ('c1000000-0000-4000-8000-0000000000d1', 'c1000000-0000-4000-8000-0000000000d2') order by call_id$$,
  $$values ('c1000000-0000-4000-8000-0000000000d1', false), ('c1000000-0000-4000-8000-0000000000d2', true)$$,
  'updated_at moved for the edited metadata only'
);

select * from finish();
rollback;
