-- Hangup data (direction, ended_reason, billed_seconds, cost and currency,
-- transferred_to) arrives through ingest_call_event and merges whatever the
-- order of the events: the greatest reported value wins, transferred_to the
-- first; a malformed value is refused by name and stores nothing.
begin;
select plan(11);

select tests.create_phone('hang-a', '+15550009201', 'America/Chicago', 'Hang A');
select tests.authenticate_as_service_role();

-- The same three events in two orders.
select public.ingest_call_event('hang-a', 'CAorder1', '+13125550201', now() - interval '5 minutes', 'ringing', direction => 'outbound');
select public.ingest_call_event('hang-a', 'CAorder1', '+13125550201', now() - interval '1 minute', 'completed',
  answered_at => now() - interval '4 minutes', ended_reason => 'heartbeat_lost');
select public.ingest_call_event('hang-a', 'CAorder1', '+13125550201', now(), ended_reason => 'caller_hung_up',
  billed_seconds => 180, cost => 0.0125, currency => 'USD', transferred_to => '+13125550299');

select public.ingest_call_event('hang-a', 'CAorder2', '+13125550201', now(), ended_reason => 'caller_hung_up',
  billed_seconds => 180, cost => 0.0125, currency => 'USD', transferred_to => '+13125550299');
select public.ingest_call_event('hang-a', 'CAorder2', '+13125550201', now() - interval '1 minute', 'completed',
  answered_at => now() - interval '4 minutes', ended_reason => 'heartbeat_lost');
select public.ingest_call_event('hang-a', 'CAorder2', '+13125550201', now() - interval '5 minutes', 'ringing', direction => 'outbound');
-- A repeat, and a lower bill, change nothing.
select public.ingest_call_event('hang-a', 'CAorder2', '+13125550201', now(), billed_seconds => 60, cost => 0.001, currency => 'USD');

select results_eq(
  $$select direction::text, ended_reason::text, billed_seconds, cost, currency, transferred_to
      from public.calls where phone_id = 'hang-a' and call_sid = 'CAorder1'$$,
  $$values ('outbound', 'caller_hung_up', 180, 0.01250::numeric(12, 5), 'USD', '+13125550299')$$,
  'in order: outbound, the provider''s reason over heartbeat_lost, the bill and the transfer number');
select results_eq(
  $$select direction::text, ended_reason::text, billed_seconds, cost, currency, transferred_to
      from public.calls where phone_id = 'hang-a' and call_sid = 'CAorder2'$$,
  $$select direction::text, ended_reason::text, billed_seconds, cost, currency, transferred_to
      from public.calls where phone_id = 'hang-a' and call_sid = 'CAorder1'$$,
  'in reverse order, with a repeat and a lower bill: the same hangup data');
select is((public.ingest_call_event('hang-a', 'CAnew', '+13125550202', now(), 'ringing')).direction::text, 'inbound',
  'a call reported without a direction is inbound');

-- Malformed values, refused by name.
select throws_ok($$select public.ingest_call_event('hang-a', 'CAbad1', '+13125550203', now(), billed_seconds => -1)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_billed_seconds_range"',
  'negative billed seconds are refused by name');
select throws_ok($$select public.ingest_call_event('hang-a', 'CAbad2', '+13125550203', now(), cost => -0.5, currency => 'USD')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_cost_range"', 'a negative cost is refused by name');
select throws_ok($$select public.ingest_call_event('hang-a', 'CAbad3', '+13125550203', now(), cost => 0.5, currency => 'usd')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_currency_format"', 'a lowercase currency is refused by name');
select throws_ok($$select public.ingest_call_event('hang-a', 'CAbad4', '+13125550203', now(), cost => 0.5)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_cost_with_currency"', 'a cost without a currency is refused by name');
select throws_ok($$select public.ingest_call_event('hang-a', 'CAbad5', '+13125550203', now(), transferred_to => 'front desk')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_transferred_to_e164"', 'a transfer number that is not E.164 is refused by name');
select is_empty($$select 1 from public.calls where call_sid like 'CAbad%'$$, 'the refused events stored no call');

-- The archive keeps the hangup data.
select tests.clear_authentication();
update public.calls set created_at = now() - interval '400 days', answered_at = now() - interval '400 days' + interval '1 minute',
       ended_at = now() - interval '400 days' + interval '4 minutes'
 where phone_id = 'hang-a' and call_sid = 'CAorder1';
select lives_ok($$select private.archive_calls()$$, 'the archive runs');
select results_eq(
  $$select direction::text, ended_reason::text, billed_seconds, currency from private.calls_archive
     where phone_id = 'hang-a' and call_sid = 'CAorder1'$$,
  $$values ('outbound', 'caller_hung_up', 180, 'USD')$$,
  'an archived call keeps its hangup data');

select * from finish();
rollback;
