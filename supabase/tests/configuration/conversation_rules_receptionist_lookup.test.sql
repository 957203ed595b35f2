-- The receptionist's lookup on every call: the active rules of one phone and
-- one rule_type, lowest priority first and ties by id, served by a partial
-- index on active rules. Inactive rules, other types and other phones are left
-- out, and a rule an admin activates joins the lookup in its priority's place.
begin;
select plan(4);

select tests.create_phone('hours-a', '+15550003001', 'America/Los_Angeles', 'Hours A Clinic');
select tests.create_phone('hours-b', '+15550003002', 'Europe/London', 'Hours B Pub');
select tests.add_member('hours-a', 'hours-a-admin', 'admin');
select tests.add_member('hours-a', 'hours-a-viewer', 'viewer');

select is(
  (select indexdef from pg_indexes where schemaname = 'public' and indexname = 'conversation_rules_lookup_idx'),
  'CREATE INDEX conversation_rules_lookup_idx ON public.conversation_rules USING btree (phone_id, rule_type, priority, id) WHERE is_active',
  'the receptionist''s lookup has a partial index on (phone_id, rule_type, priority, id) of active rules'
);

-- Rule ids are fixed so that the two priority-5 rules tie in a known order (…102 before …103).
insert into public.conversation_rules (phone_id, id, rule_type, actions, priority, is_active) values
  ('hours-a', '00000000-0000-4000-8000-000000000101', 'greeting', '{"say": "third"}', 10, true),
  ('hours-a', '00000000-0000-4000-8000-000000000103', 'greeting', '{"say": "second"}', 5, true),
  ('hours-a', '00000000-0000-4000-8000-000000000102', 'greeting', '{"say": "first"}', 5, true),
  ('hours-a', '00000000-0000-4000-8000-000000000104', 'greeting', '{"say": "inactive"}', 1, false),
  ('hours-a', '00000000-0000-4000-8000-000000000105', 'routing', '{"say": "other type"}', 0, true),
  ('hours-b', '00000000-0000-4000-8000-000000000106', 'greeting', '{"say": "other phone"}', 0, true);

select tests.authenticate_as_service_role();
select results_eq(
  $$select id::text, actions ->> 'say' from public.conversation_rules
     where phone_id = 'hours-a' and rule_type = 'greeting' and is_active order by priority, id$$,
  $$values ('00000000-0000-4000-8000-000000000102', 'first'),
           ('00000000-0000-4000-8000-000000000103', 'second'),
           ('00000000-0000-4000-8000-000000000101', 'third')$$,
  'as the service role, the lookup returns the active greeting rules of hours-a by priority, ties by id, without the inactive one'
);
select tests.authenticate_as('hours-a-admin');
select results_eq(
  $$update public.conversation_rules set is_active = true
     where phone_id = 'hours-a' and id = '00000000-0000-4000-8000-000000000104' returning is_active$$,
  $$values (true)$$, 'admin of hours-a activates the inactive priority-1 greeting rule');
select tests.authenticate_as('hours-a-viewer');
select results_eq(
  $$select id::text from public.conversation_rules
     where phone_id = 'hours-a' and rule_type = 'greeting' and is_active order by priority, id$$,
  $$values ('00000000-0000-4000-8000-000000000104'), ('00000000-0000-4000-8000-000000000102'),
           ('00000000-0000-4000-8000-000000000103'), ('00000000-0000-4000-8000-000000000101')$$,
  'as a viewer of hours-a, the lookup now starts with the activated priority-1 rule'
);

select * from finish();
rollback;
