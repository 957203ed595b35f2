-- Webhook events: the service role records an event once per phone, provider
-- and provider event id, however late the repeat (the keys table sees every
-- month); events land in monthly partitions in private that maintenance
-- creates ahead and drops after the retention, keys included; values are
-- refused by name; admins and owners read their events, nobody else, and no
-- API role reaches a partition directly.
begin;
select plan(22);

select tests.create_phone('hook-a', '+15550009101', 'America/Chicago', 'Hook A');
select tests.create_phone('hook-b', '+15550009102', 'America/Chicago', 'Hook B');
select tests.add_member('hook-a', 'ann-owner', 'owner');
select tests.add_member('hook-a', 'adam-admin', 'admin');
select tests.add_member('hook-a', 'vic-viewer', 'viewer');
select tests.add_member('hook-b', 'bo-owner', 'owner');

-- Recording once ----------------------------------------------------------------------
select tests.authenticate_as_service_role();
create temporary table recorded (name text primary key, event_id uuid, duplicate boolean);
insert into recorded select 'first', r.event_id, r.duplicate
  from public.record_webhook_event('hook-a', 'twilio', 'EV001', 'call.completed', '{"CallSid": "CA1"}', 'CA1') r;
insert into recorded select 'repeat', r.event_id, r.duplicate
  from public.record_webhook_event('hook-a', 'twilio', 'EV001', 'call.completed', '{"CallSid": "CA1", "retry": 1}', 'CA1') r;
insert into recorded select 'other phone', r.event_id, r.duplicate
  from public.record_webhook_event('hook-b', 'twilio', 'EV001', 'call.completed', '{}') r;
insert into recorded select 'other provider', r.event_id, r.duplicate
  from public.record_webhook_event('hook-a', 'google_calendar', 'EV001', 'event.updated', '{}') r;
select results_eq($$select name, duplicate from recorded order by name$$,
  $$values ('first', false), ('other phone', false), ('other provider', false), ('repeat', true)$$,
  'an event is stored once per phone, provider and provider event id; a repeat says it is a duplicate');
select is((select event_id from recorded where name = 'repeat'), (select event_id from recorded where name = 'first'),
  'the repeat returns the first delivery''s event id');
select results_eq($$select payload from public.webhook_events where phone_id = 'hook-a' and provider = 'twilio'$$,
  $$values ('{"CallSid": "CA1"}'::jsonb)$$, 'the repeat stored nothing: the first payload is kept');

-- A repeat long after the first, from another month: the key still knows it.
select tests.clear_authentication();
update private.webhook_event_keys set received_at = received_at - interval '40 days'
 where phone_id = 'hook-a' and provider = 'twilio' and provider_event_id = 'EV001';
select tests.authenticate_as_service_role();
select is((select duplicate from public.record_webhook_event('hook-a', 'twilio', 'EV001', 'call.completed')), true,
  'a repeat 40 days later is still a duplicate');

-- Values, refused by name.
select throws_ok($$select public.record_webhook_event('hook-a', 'Twilio!', 'EV002', 'call.completed')$$, '23514',
  'new row for relation "webhook_events_' || to_char(now(), 'YYYY_MM') || '" violates check constraint "webhook_events_provider_format"',
  'a provider that is not a lowercase slug is refused by name');
select throws_ok($$select public.record_webhook_event('hook-a', 'twilio', 'EV003', 'call completed')$$, '23514',
  null, 'an event type with a space is refused (23514)');
select throws_ok($$select public.record_webhook_event('hook-a', 'twilio', 'EV004', 'call.completed', '1'::jsonb)$$, '23514',
  'new row for relation "webhook_events_' || to_char(now(), 'YYYY_MM') || '" violates check constraint "webhook_events_payload_object"',
  'a payload that is not an object is refused by name');
select throws_ok($$select public.record_webhook_event('hook-a', 'twilio', 'EV005', 'call.completed',
                     (select jsonb_object_agg(i::text, repeat('x', 1000)) from generate_series(1, 300) i))$$, '23514',
  null, 'a payload over 256 kB is refused (23514)');
select throws_ok($$update public.webhook_events set status = 'failed' where phone_id = 'hook-a'$$, '23514',
  'new row for relation "webhook_events_' || to_char(now(), 'YYYY_MM') || '" violates check constraint "webhook_events_error_when_failed"',
  'a failed event without an error is refused by name');
select lives_ok($$update public.webhook_events set status = 'processed', processed_at = now(), attempts = attempts + 1
                   where phone_id = 'hook-a'$$, 'the service role marks events processed');

-- Partitions and retention ---------------------------------------------------------------
select tests.clear_authentication();
select is(
  (select array_agg(c.relname::text order by c.relname) from pg_inherits i join pg_class c on c.oid = i.inhrelid
    where i.inhparent = 'public.webhook_events'::regclass),
  (select array_agg('webhook_events_' || to_char(date_trunc('month', now()) + make_interval(months => m), 'YYYY_MM') order by m)
     from generate_series(0, 3) m),
  'webhook_events has a partition for this month and each of the next three');
select is((select count(*)::int from pg_inherits i join pg_class c on c.oid = i.inhrelid
            where i.inhparent = 'public.webhook_events'::regclass and c.relnamespace <> 'private'::regnamespace), 0,
  'every partition is in private');
create table private.webhook_events_2021_01 partition of public.webhook_events
  for values from ('2021-01-01 00:00+00') to ('2021-02-01 00:00+00');
insert into public.webhook_events (phone_id, received_at, provider, provider_event_id, event_type)
values ('hook-a', '2021-01-15 12:00+00', 'twilio', 'EVOLD', 'call.completed');
insert into private.webhook_event_keys values ('hook-a', 'twilio', 'EVOLD', '2021-01-15 12:00+00', gen_random_uuid());
select results_eq($$select created, dropped from private.maintain_webhook_event_partitions(months_ahead => 4)$$,
  $$values (array['webhook_events_' || to_char(date_trunc('month', now()) + interval '4 months', 'YYYY_MM')],
            array['webhook_events_2021_01'])$$,
  'maintenance creates the month now four ahead and drops the month past the retention');
select is_empty($$select 1 from private.webhook_event_keys where provider_event_id = 'EVOLD'$$,
  'the dropped month''s keys are gone too');
select is((select count(*)::int from private.webhook_event_keys where phone_id = 'hook-a'), 2,
  'the keys of kept events stay');
select is((select count(*)::int from cron.job where jobname = 'maintain-webhook-event-partitions'), 1,
  'pg_cron runs the maintenance');

-- Who reads them --------------------------------------------------------------------------
select tests.authenticate_as('adam-admin');
select is((select count(*)::int from public.webhook_events), 2, 'admin adam reads hook-a''s two events');
select tests.authenticate_as('vic-viewer');
select is_empty($$select 1 from public.webhook_events$$, 'viewer vic reads no event');
select tests.authenticate_as('bo-owner');
select is((select count(*)::int from public.webhook_events), 1, 'owner bo reads only hook-b''s event');
select throws_ok(format('select 1 from private.%I', 'webhook_events_' || to_char(now(), 'YYYY_MM')), '42501', null,
  'no member reads a partition directly (42501)');
select throws_ok($$select public.record_webhook_event('hook-b', 'twilio', 'EV9', 'call.completed')$$, '42501', null,
  'a member cannot record events (42501)');
select tests.authenticate_as_anon();
select throws_ok($$select 1 from public.webhook_events$$, '42501', 'permission denied for table webhook_events',
  'anon reads nothing (42501)');

select * from finish();
rollback;
