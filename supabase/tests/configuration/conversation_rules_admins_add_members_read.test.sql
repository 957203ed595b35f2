-- conversation_rules through RLS, adding and reading: admins and owners add
-- rules to their own phone only and never choose a rule's id or created_at;
-- viewers, members of another phone, users with no membership and anon add
-- nothing. Members of any level then read the rules of their own phone only.
begin;
select plan(15);

select tests.create_phone('hours-a', '+15550003001', 'America/Los_Angeles', 'Hours A Clinic');
select tests.create_phone('hours-b', '+15550003002', 'Europe/London', 'Hours B Pub');
select tests.add_member('hours-a', 'hours-a-owner', 'owner');
select tests.add_member('hours-a', 'hours-a-admin', 'admin');
select tests.add_member('hours-a', 'hours-a-viewer', 'viewer');
select tests.add_member('hours-b', 'hours-b-owner', 'owner');
select tests.add_member('hours-b', 'hours-b-admin', 'admin');
select tests.create_supabase_user('hours-outsider');

select tests.authenticate_as('hours-a-admin');
select results_eq(
  $$insert into public.conversation_rules (phone_id, rule_type, conditions, actions, priority)
    values ('hours-a', 'routing', '{"intent": "booking"}', '{"collect": ["name"]}', 10)
    returning phone_id, rule_type::text$$,
  $$values ('hours-a', 'routing')$$,
  'admin of hours-a adds a rule to hours-a'
);
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-b', 'routing')$$,
  '42501', 'new row violates row-level security policy for table "conversation_rules"',
  'admin of hours-a cannot add a rule to hours-b (42501, RLS)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, id, rule_type)
    values ('hours-a', gen_random_uuid(), 'routing')$$,
  '42501', 'permission denied for table conversation_rules',
  'admin of hours-a cannot choose a rule''s id (42501, column privileges)');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type, created_at)
    values ('hours-a', 'routing', '2000-01-01')$$,
  '42501', 'permission denied for table conversation_rules',
  'admin of hours-a cannot set a rule''s created_at (42501, column privileges)');
select tests.authenticate_as('hours-a-owner');
select results_eq(
  $$insert into public.conversation_rules (phone_id, rule_type, actions, priority)
    values ('hours-a', 'transfer', '{"transfer_to": "+15550003999"}', 0)
    returning phone_id, rule_type::text$$,
  $$values ('hours-a', 'transfer')$$,
  'owner of hours-a adds a rule to hours-a'
);
select tests.authenticate_as('hours-a-viewer');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-a', 'routing')$$,
  '42501', 'new row violates row-level security policy for table "conversation_rules"',
  'viewer of hours-a cannot add a rule to hours-a (42501, RLS)');
select tests.authenticate_as('hours-b-owner');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-a', 'routing')$$,
  '42501', 'new row violates row-level security policy for table "conversation_rules"',
  'owner of hours-b cannot add a rule to hours-a (42501, RLS)');
select results_eq(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-b', 'greeting') returning phone_id$$,
  $$values ('hours-b')$$, 'owner of hours-b adds a rule to hours-b');
select tests.authenticate_as('hours-outsider');
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-a', 'routing')$$,
  '42501', 'new row violates row-level security policy for table "conversation_rules"',
  'a user with no membership cannot add a rule (42501, RLS)');
select tests.authenticate_as_anon();
select throws_ok(
  $$insert into public.conversation_rules (phone_id, rule_type) values ('hours-a', 'routing')$$,
  '42501', 'permission denied for table conversation_rules', 'anon cannot add a rule (42501, no privilege)');
select throws_ok($$select 1 from public.conversation_rules where phone_id in ('hours-a', 'hours-b')$$,
  '42501', 'permission denied for table conversation_rules', 'anon cannot read rules (42501, no privilege)');
select throws_ok($$delete from public.conversation_rules where phone_id in ('hours-a', 'hours-b')$$,
  '42501', 'permission denied for table conversation_rules', 'anon cannot delete rules (42501, no privilege)');

-- Reading: what was stored, as each member sees it.
select tests.authenticate_as('hours-a-viewer');
select results_eq(
  $$select phone_id, rule_type::text from public.conversation_rules order by rule_type$$,
  $$values ('hours-a', 'routing'), ('hours-a', 'transfer')$$,
  'viewer of hours-a reads the two rules of hours-a (added by its admin and owner) and no other');
select tests.authenticate_as('hours-b-admin');
select results_eq(
  $$select phone_id, rule_type::text from public.conversation_rules$$,
  $$values ('hours-b', 'greeting')$$,
  'admin of hours-b reads the rule of hours-b and none of hours-a');
select tests.authenticate_as('hours-outsider');
select is_empty($$select 1 from public.conversation_rules$$, 'a user with no membership reads no rules');

select * from finish();
rollback;
