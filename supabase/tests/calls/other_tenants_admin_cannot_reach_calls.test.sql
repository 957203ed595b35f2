-- Tenant isolation seen from calls-b: its admin reads and corrects only the
-- calls and metadata of calls-b, never sees calls-a's calls even when asking
-- for them by phone_id, and every update aimed at calls-a reaches 0 rows. An
-- unqualified update reaches exactly calls-b's own rows.
begin;
select plan(12);

select tests.create_calls_fixture();
select tests.authenticate_as('calls-b-admin');

select results_eq($$select call_sid from public.calls order by call_sid$$,
  $$values ('CTb1'), ('CTb2')$$,
  'the admin of calls-b sees exactly the two calls of calls-b');
select results_eq($$select call_id::text from public.call_metadata$$,
  $$values ('c1000000-0000-4000-8000-0000000000b1')$$,
  'the admin of calls-b sees exactly the metadata of calls-b (CTb1)');
select is_empty($$select 1 from public.calls where phone_id = 'calls-a'$$,
  'the admin of calls-b does not see calls-a''s calls even when asking for them');
select is_empty($$update public.calls set transcript = 'admin of b was here' where phone_id = 'calls-a' returning 1$$,
  'the admin of calls-b updates no transcript of calls-a (0 rows)');
select is_empty($$update public.calls set ai_summary = 'admin of b was here' where call_sid = 'CTa1' returning 1$$,
  'the admin of calls-b updates no ai_summary of calls-a (0 rows)');
select is_empty($$update public.call_metadata set tags = '{admin-b}' where phone_id = 'calls-a' returning 1$$,
  'the admin of calls-b updates no tags of calls-a (0 rows)');
select is_empty(
  $$update public.call_metadata set custom_fields = '{"b": 1}'
     where call_id = 'c1000000-0000-4000-8000-0000000000a1' returning 1$$,
  'the admin of calls-b updates no custom_fields of calls-a (0 rows)');
select results_eq(
  $$update public.calls set transcript = 'Admin B: Guten Tag, korrigiert', ai_summary = 'Admin B: hours'
     where call_sid = 'CTb1' returning phone_id, transcript, ai_summary$$,
  $$values ('calls-b', 'Admin B: Guten Tag, korrigiert', 'Admin B: hours')$$,
  'the admin of calls-b corrects transcript and ai_summary of its own call'
);
select results_eq(
  $$update public.call_metadata set tags = '{info,b-tag}' returning phone_id, tags$$,
  $$values ('calls-b', '{info,b-tag}'::text[])$$,
  'an unqualified metadata update by the admin of calls-b reaches exactly its own one row'
);
select throws_ok($$update public.calls set status = 'answered' where call_sid = 'CTb2'$$,
  '42501', 'permission denied for table calls',
  'the admin of calls-b cannot change the status of its own call (42501)');

-- What the admin of calls-b left behind (as postgres) ------------------------------
select tests.clear_authentication();

select results_eq(
  $$select call_sid, transcript, ai_summary, status::text from public.calls
     where phone_id in ('calls-a', 'calls-b') order by call_sid$$,
  $$values ('CTa1', 'Hello, I would like an appointment.', 'Booked a cleaning.', 'completed'),
           ('CTa2', null, null, 'answered'),
           ('CTa3', null, null, 'failed'),
           ('CTb1', 'Admin B: Guten Tag, korrigiert', 'Admin B: hours', 'completed'),
           ('CTb2', null, null, 'ringing')$$,
  'only the correction of CTb1 was stored; calls-a''s calls and CTb2''s status are untouched'
);
select results_eq(
  $$select call_id::text, tags, custom_fields from public.call_metadata
     where phone_id in ('calls-a', 'calls-b') order by call_id$$,
  $$values ('c1000000-0000-4000-8000-0000000000a1', '{new-patient}'::text[], '{"priority": "high"}'::jsonb),
           ('c1000000-0000-4000-8000-0000000000a2', '{}'::text[], '{}'::jsonb),
           ('c1000000-0000-4000-8000-0000000000b1', '{info,b-tag}'::text[], '{}'::jsonb)$$,
  'only the tag edit of CTb1 was stored; calls-a''s metadata is untouched'
);

select * from finish();
rollback;
