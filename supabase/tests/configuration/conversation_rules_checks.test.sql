-- conversation_rules constraints: rule_type is one of the enum's labels,
-- conditions and actions are JSON objects (never arrays, scalars or null) of at
-- most 16384 bytes, priority is 0-1000000, and a new rule defaults to empty
-- conditions and actions, priority 0, active. Runs as postgres (no RLS).
begin;
select plan(16);

select tests.create_phone('hours-a', '+15550003001', 'America/Los_Angeles', 'Hours A Clinic');

select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-a', 'voicemail')$$,
  '22P02', 'invalid input value for enum rule_type: "voicemail"', 'a rule_type outside the enum is refused (22P02)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions) values ('hours-a', 'greeting', '[]')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_conditions_object"',
  'conditions as a JSON array is refused (conversation_rules_conditions_object)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions) values ('hours-a', 'greeting', '"open"')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_conditions_object"',
  'conditions as a JSON string is refused (conversation_rules_conditions_object)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions) values ('hours-a', 'greeting', '42')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_conditions_object"',
  'conditions as a JSON number is refused (conversation_rules_conditions_object)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions) values ('hours-a', 'greeting', 'null')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_conditions_object"',
  'conditions as JSON null is refused (conversation_rules_conditions_object)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions) values ('hours-a', 'greeting', null)$$,
  '23502', null, 'conditions as SQL NULL is refused (not null, 23502)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, actions) values ('hours-a', 'greeting', '[{"say": "hi"}]')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_actions_object"',
  'actions as a JSON array is refused (conversation_rules_actions_object)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, actions) values ('hours-a', 'greeting', 'true')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_actions_object"',
  'actions as a JSON boolean is refused (conversation_rules_actions_object)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, actions) values ('hours-a', 'greeting', 'null')$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_actions_object"',
  'actions as JSON null is refused (conversation_rules_actions_object)');
-- {"k": "<n x>"} is n + 9 bytes as text: n = 16376 is one byte over the 16384 bound.
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions)
    values ('hours-a', 'greeting', jsonb_build_object('k', repeat('x', 16376)))$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_conditions_object"',
  'conditions of 16385 bytes are refused (conversation_rules_conditions_object)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, actions)
    values ('hours-a', 'greeting', jsonb_build_object('k', repeat('x', 16376)))$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_actions_object"',
  'actions of 16385 bytes are refused (conversation_rules_actions_object)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, priority) values ('hours-a', 'greeting', -1)$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_priority_range"',
  'priority -1 is refused (conversation_rules_priority_range)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, priority) values ('hours-a', 'greeting', 1000001)$$,
  '23514', 'new row for relation "conversation_rules" violates check constraint "conversation_rules_priority_range"',
  'priority 1000001 is refused (conversation_rules_priority_range)');
select is_empty($$select 1 from public.conversation_rules where phone_id = 'hours-a'$$,
  'the refused rules stored nothing');

select results_eq(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions, actions, priority)
    values ('hours-a', 'transfer', jsonb_build_object('k', repeat('x', 16375)), jsonb_build_object('k', repeat('x', 16375)), 0),
           ('hours-a', 'transfer', '{}', '{}', 1000000)
    returning octet_length(conditions::text), priority$$,
  $$values (16384, 0), (2, 1000000)$$,
  'conditions and actions of exactly 16384 bytes, and priorities 0 and 1000000, are accepted'
);
select results_eq(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-a', 'hours')
    returning conditions, actions, priority, is_active$$,
  $$values ('{}'::jsonb, '{}'::jsonb, 0, true)$$,
  'a rule defaults to empty conditions and actions, priority 0, active'
);

select * from finish();
rollback;
