-- The telephony backend, as the service role, reads the calls and metadata
-- of every tenant and writes what members may not: inserts calls and
-- metadata, changes status, recording_url, ai_confidence and the extracted
-- metadata, and deletes. Deleting a call deletes its metadata; deleting
-- metadata leaves its call.
begin;
select plan(13);

select tests.create_calls_fixture();
select tests.authenticate_as_service_role();

select results_eq(
  $$select phone_id, count(*)::int from public.calls
     where phone_id in ('calls-a', 'calls-b') group by phone_id order by phone_id$$,
  $$values ('calls-a', 3), ('calls-b', 2)$$,
  'service_role sees the calls of every tenant (3 of calls-a, 2 of calls-b)'
);
select results_eq(
  $$select phone_id, count(*)::int from public.call_metadata
     where phone_id in ('calls-a', 'calls-b') group by phone_id order by phone_id$$,
  $$values ('calls-a', 2), ('calls-b', 1)$$,
  'service_role sees the call metadata of every tenant (2 of calls-a, 1 of calls-b)'
);
select results_eq(
  $$insert into public.calls (phone_id, id, call_sid, caller_number)
    values ('calls-b', 'c1000000-0000-4000-8000-0000000000b9', 'CTsvc1', '+49305550109') returning phone_id, status::text$$,
  $$values ('calls-b', 'ringing')$$,
  'service_role inserts a call (ringing by default)'
);
select results_eq(
  $$insert into public.call_metadata (phone_id, call_id, metadata)
    values ('calls-b', 'c1000000-0000-4000-8000-0000000000b9', '{"intent": "cancel"}') returning metadata, custom_fields, tags$$,
  $$values ('{"intent": "cancel"}'::jsonb, '{}'::jsonb, '{}'::text[])$$,
  'service_role inserts call metadata (custom_fields and tags default to empty)'
);
select results_eq(
  $$update public.calls set status = 'answered' where phone_id = 'calls-b' and call_sid = 'CTb2' returning status::text$$,
  $$values ('answered')$$,
  'service_role moves CTb2 from ringing to answered'
);
select results_eq(
  $$update public.calls set recording_url = 'https://recordings.example.com/CTa1-v2.mp3', ai_confidence = 0.87
     where phone_id = 'calls-a' and call_sid = 'CTa1' returning recording_url, ai_confidence$$,
  $$values ('https://recordings.example.com/CTa1-v2.mp3', 0.87::numeric(3,2))$$,
  'service_role updates recording_url and ai_confidence'
);
select results_eq(
  $$update public.call_metadata set metadata = '{"intent": "booking", "service": "cleaning"}'
     where phone_id = 'calls-a' and call_id = 'c1000000-0000-4000-8000-0000000000a1' returning metadata$$,
  $$values ('{"intent": "booking", "service": "cleaning"}'::jsonb)$$,
  'service_role updates the extracted metadata'
);
select results_eq(
  $$delete from public.calls where phone_id = 'calls-b' and call_sid = 'CTsvc1' returning call_sid$$,
  $$values ('CTsvc1')$$,
  'service_role deletes a call'
);
select is_empty(
  $$select 1 from public.call_metadata where call_id = 'c1000000-0000-4000-8000-0000000000b9'$$,
  'deleting a call deleted its metadata (on delete cascade)'
);
select results_eq(
  $$delete from public.call_metadata where phone_id = 'calls-a' and call_id = 'c1000000-0000-4000-8000-0000000000a2'
    returning call_id::text$$,
  $$values ('c1000000-0000-4000-8000-0000000000a2')$$,
  'service_role deletes call metadata'
);
select results_eq(
  $$select count(*)::int from public.calls where phone_id = 'calls-a' and call_sid = 'CTa2'$$,
  $$values (1)$$,
  'deleting metadata leaves its call in place'
);

-- What the service role left behind (as postgres) ----------------------------------
select tests.clear_authentication();

select results_eq(
  $$select call_sid, transcript, ai_summary, status::text from public.calls
     where phone_id in ('calls-a', 'calls-b') order by call_sid$$,
  $$values ('CTa1', 'Hello, I would like an appointment.', 'Booked a cleaning.', 'completed'),
           ('CTa2', null, null, 'answered'),
           ('CTa3', null, null, 'failed'),
           ('CTb1', 'Guten Tag.', 'Asked for opening hours.', 'completed'),
           ('CTb2', null, null, 'answered')$$,
  'the service role''s status change of CTb2 was stored, and the call it inserted and deleted is gone'
);
select results_eq(
  $$select call_id::text, tags, custom_fields, metadata from public.call_metadata
     where phone_id in ('calls-a', 'calls-b') order by call_id$$,
  $$values ('c1000000-0000-4000-8000-0000000000a1', '{new-patient}'::text[], '{"priority": "high"}'::jsonb,
            '{"intent": "booking", "service": "cleaning"}'::jsonb),
           ('c1000000-0000-4000-8000-0000000000b1', '{info}'::text[], '{}'::jsonb, '{"intent": "hours"}'::jsonb)$$,
  'the service role''s metadata update of CTa1 was stored and CTa2''s deleted metadata is gone; tags and custom fields are untouched'
);

select * from finish();
rollback;
