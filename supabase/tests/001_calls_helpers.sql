-- Test helper the files in supabase/tests/calls/ share: two tenants with
-- members and a handful of calls and call metadata, so each file can prove one
-- scenario (who reads or writes which call) against the same small world.
-- Like 000_test_helpers.sql it installs a function in the `tests` schema that
-- stays installed and is replaced on every run; it creates rows only in the
-- transaction of the test that calls it.
--
--   select tests.create_calls_fixture();   -- as postgres, inside the test's transaction
--
--   calls-a  +15550002001  America/Chicago  calls-a-owner, calls-a-admin, calls-a-viewer
--   calls-b  +15550002002  Europe/Berlin    calls-b-owner, calls-b-admin
--   calls-outsider: signed up, member of no phone
--   calls-a: CTa1 completed  c1000000-0000-4000-8000-0000000000a1  with metadata
--            CTa2 answered   c1000000-0000-4000-8000-0000000000a2  with metadata
--            CTa3 failed before it was answered  …00a3             no metadata
--   calls-b: CTb1 completed  c1000000-0000-4000-8000-0000000000b1  with metadata
--            CTb2 ringing    c1000000-0000-4000-8000-0000000000b2  no metadata
-- The call ids are fixed so that failures are easy to read.

create or replace function tests.create_calls_fixture()
returns void
language plpgsql
security invoker
set search_path = ''
as $$
begin
  perform tests.create_phone('calls-a', '+15550002001', 'America/Chicago', 'Calls A Clinic');
  perform tests.create_phone('calls-b', '+15550002002', 'Europe/Berlin', 'Calls B Studio');
  perform tests.add_member('calls-a', 'calls-a-owner', 'owner');
  perform tests.add_member('calls-a', 'calls-a-admin', 'admin');
  perform tests.add_member('calls-a', 'calls-a-viewer', 'viewer');
  perform tests.add_member('calls-b', 'calls-b-owner', 'owner');
  perform tests.add_member('calls-b', 'calls-b-admin', 'admin');
  perform tests.create_supabase_user('calls-outsider');

  -- Every call started ringing half an hour ago, before any of its answers and
  -- ends (calls_answered_after_created, calls_ended_after_created).
  insert into public.calls (phone_id, id, call_sid, caller_number, status, answered_at, ended_at, duration,
                            recording_url, transcript, ai_summary, ai_confidence, created_at)
  values
    ('calls-a', 'c1000000-0000-4000-8000-0000000000a1', 'CTa1', '+13125550101', 'completed',
     now() - interval '10 minutes', now() - interval '8 minutes', 120,
     'https://recordings.example.com/CTa1.mp3', 'Hello, I would like an appointment.', 'Booked a cleaning.', 0.91, now() - interval '30 minutes'),
    ('calls-a', 'c1000000-0000-4000-8000-0000000000a2', 'CTa2', '+13125550102', 'answered',
     now() - interval '1 minute', null, 0, null, null, null, null, now() - interval '30 minutes'),
    ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', 'CTa3', '+13125550103', 'failed',
     null, now() - interval '5 minutes', 0, null, null, null, null, now() - interval '30 minutes'),
    ('calls-b', 'c1000000-0000-4000-8000-0000000000b1', 'CTb1', '+49305550101', 'completed',
     now() - interval '20 minutes', now() - interval '19 minutes', 60,
     null, 'Guten Tag.', 'Asked for opening hours.', 0.50, now() - interval '30 minutes'),
    ('calls-b', 'c1000000-0000-4000-8000-0000000000b2', 'CTb2', '+49305550102', 'ringing',
     null, null, 0, null, null, null, null, now() - interval '30 minutes');

  insert into public.call_metadata (phone_id, call_id, metadata, custom_fields, tags) values
    ('calls-a', 'c1000000-0000-4000-8000-0000000000a1', '{"intent": "booking"}', '{"priority": "high"}', '{new-patient}'),
    ('calls-a', 'c1000000-0000-4000-8000-0000000000a2', '{"intent": "question"}', '{}', '{}'),
    ('calls-b', 'c1000000-0000-4000-8000-0000000000b1', '{"intent": "hours"}', '{}', '{info}');
end
$$;
comment on function tests.create_calls_fixture() is
  'Creates the calls tests'' two tenants (calls-a, calls-b), their members, an outsider, five calls and '
  'three call metadata rows; run as postgres inside the test''s transaction.';

-- The helper itself, proved in a transaction that leaves nothing behind.
-- The fixture's calls and metadata exactly as create_calls_fixture made them:
-- what a file whose callers may change nothing asserts at its end. pgTAP's own
-- functions call each other unqualified, hence search_path = extensions.
create or replace function tests.calls_fixture_is_untouched(who text)
returns setof text
language plpgsql
security invoker
set search_path = extensions
as $$
begin
  return next results_eq(
    $q$select call_sid, transcript, ai_summary, status::text from public.calls
        where phone_id in ('calls-a', 'calls-b') order by call_sid$q$,
    $q$values ('CTa1', 'Hello, I would like an appointment.', 'Booked a cleaning.', 'completed'),
              ('CTa2', null, null, 'answered'),
              ('CTa3', null, null, 'failed'),
              ('CTb1', 'Guten Tag.', 'Asked for opening hours.', 'completed'),
              ('CTb2', null, null, 'ringing')$q$,
    who || ' changed no call: every transcript, ai_summary and status is as the fixture made it');
  return next results_eq(
    $q$select call_id::text, tags, custom_fields from public.call_metadata
        where phone_id in ('calls-a', 'calls-b') order by call_id$q$,
    $q$values ('c1000000-0000-4000-8000-0000000000a1', '{new-patient}'::text[], '{"priority": "high"}'::jsonb),
              ('c1000000-0000-4000-8000-0000000000a2', '{}'::text[], '{}'::jsonb),
              ('c1000000-0000-4000-8000-0000000000b1', '{info}'::text[], '{}'::jsonb)$q$,
    who || ' changed no call metadata: every tag and custom field is as the fixture made it');
end
$$;
comment on function tests.calls_fixture_is_untouched(text) is
  'Two assertions: the calls and call metadata of create_calls_fixture are as it made them. Run as postgres.';

begin;
select plan(7);

select lives_ok($$select tests.create_calls_fixture()$$, 'create_calls_fixture creates the two calls tenants');
select results_eq(
  $$select m.phone_id, u.raw_user_meta_data ->> 'test_identifier', m.role::text
      from public.phone_members m join auth.users u on u.id = m.user_id
     where m.phone_id in ('calls-a', 'calls-b') order by 1, 2$$,
  $$values ('calls-a', 'calls-a-admin', 'admin'), ('calls-a', 'calls-a-owner', 'owner'),
           ('calls-a', 'calls-a-viewer', 'viewer'), ('calls-b', 'calls-b-admin', 'admin'),
           ('calls-b', 'calls-b-owner', 'owner')$$,
  'create_calls_fixture gives calls-a an owner, an admin and a viewer, and calls-b an owner and an admin'
);
select is_empty(
  $$select 1 from public.phone_members where user_id = tests.get_supabase_uid('calls-outsider')$$,
  'create_calls_fixture''s outsider is signed up and a member of no phone'
);
select results_eq(
  $$select phone_id, call_sid, status::text from public.calls
     where phone_id in ('calls-a', 'calls-b') order by call_sid$$,
  $$values ('calls-a', 'CTa1', 'completed'), ('calls-a', 'CTa2', 'answered'), ('calls-a', 'CTa3', 'failed'),
           ('calls-b', 'CTb1', 'completed'), ('calls-b', 'CTb2', 'ringing')$$,
  'create_calls_fixture creates three calls on calls-a and two on calls-b, in the documented statuses'
);
select results_eq(
  $$select m.phone_id, c.call_sid from public.call_metadata m
      join public.calls c on c.phone_id = m.phone_id and c.id = m.call_id
     where m.phone_id in ('calls-a', 'calls-b') order by c.call_sid$$,
  $$values ('calls-a', 'CTa1'), ('calls-a', 'CTa2'), ('calls-b', 'CTb1')$$,
  'create_calls_fixture gives metadata to CTa1, CTa2 and CTb1 only'
);
select * from tests.calls_fixture_is_untouched('creating the fixture');

select * from finish();
rollback;
