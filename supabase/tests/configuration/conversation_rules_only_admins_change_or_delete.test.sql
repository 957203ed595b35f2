-- conversation_rules through RLS, changing and deleting: only admins and
-- owners of the rule's phone change or delete it, and no one moves a rule to
-- another phone or changes its id. Viewers, members of another phone and users
-- with no membership change and delete nothing.
begin;
select plan(12);

select tests.create_phone('hours-a', '+15550003001', 'America/Los_Angeles', 'Hours A Clinic');
select tests.create_phone('hours-b', '+15550003002', 'Europe/London', 'Hours B Pub');
select tests.add_member('hours-a', 'hours-a-admin', 'admin');
select tests.add_member('hours-a', 'hours-a-viewer', 'viewer');
select tests.add_member('hours-b', 'hours-b-owner', 'owner');
select tests.create_supabase_user('hours-outsider');

insert into public.conversation_rules (phone_id, rule_type, conditions, actions, priority) values
  ('hours-a', 'routing', '{"intent": "booking"}', '{"collect": ["name"]}', 10),
  ('hours-a', 'transfer', '{}', '{"transfer_to": "+15550003999"}', 0),
  ('hours-b', 'greeting', '{}', '{}', 0);

select tests.authenticate_as('hours-a-viewer');
select is_empty(
  $$update public.conversation_rules set priority = 99 where phone_id = 'hours-a' returning 1$$,
  'viewer of hours-a changes no rule of hours-a (0 rows updated)');
select is_empty(
  $$delete from public.conversation_rules where phone_id = 'hours-a' returning 1$$,
  'viewer of hours-a deletes no rule of hours-a (0 rows deleted)');
select tests.authenticate_as('hours-b-owner');
select is_empty(
  $$update public.conversation_rules set priority = 99 where phone_id = 'hours-a' returning 1$$,
  'owner of hours-b changes no rule of hours-a (0 rows updated)');
select is_empty(
  $$delete from public.conversation_rules where phone_id = 'hours-a' returning 1$$,
  'owner of hours-b deletes no rule of hours-a (0 rows deleted)');
select throws_ok(
  $$update public.conversation_rules set phone_id = 'hours-a' where phone_id = 'hours-b'$$,
  '42501', 'permission denied for table conversation_rules',
  'owner of hours-b cannot move a rule to another phone (update phone_id, 42501)');
select tests.authenticate_as('hours-outsider');
select is_empty($$update public.conversation_rules set priority = 99 returning 1$$,
  'a user with no membership changes no rule (0 rows updated)');
select is_empty($$delete from public.conversation_rules returning 1$$,
  'a user with no membership deletes no rule (0 rows deleted)');
select tests.authenticate_as('hours-a-admin');
select throws_ok(
  $$update public.conversation_rules set phone_id = 'hours-b' where phone_id = 'hours-a'$$,
  '42501', 'permission denied for table conversation_rules',
  'admin of hours-a cannot move a rule to another phone (update phone_id, 42501)');
select throws_ok(
  $$update public.conversation_rules set id = gen_random_uuid() where phone_id = 'hours-a'$$,
  '42501', 'permission denied for table conversation_rules',
  'admin of hours-a cannot change a rule''s id (42501)');
select results_eq(
  $$update public.conversation_rules set priority = 20, is_active = false
     where phone_id = 'hours-a' and rule_type = 'routing' returning priority, is_active$$,
  $$values (20, false)$$,
  'admin of hours-a changes the priority and is_active of a rule of hours-a');
select results_eq(
  $$with d as (delete from public.conversation_rules where phone_id = 'hours-a' returning rule_type::text as t)
    select t from d order by t$$,
  $$values ('routing'), ('transfer')$$,
  'admin of hours-a deletes both rules of hours-a');

select tests.clear_authentication();
select results_eq(
  $$select phone_id, rule_type::text from public.conversation_rules where phone_id in ('hours-a', 'hours-b')$$,
  $$values ('hours-b', 'greeting')$$,
  'only the admin''s deletes took effect: the rule of hours-b is intact');

select * from finish();
rollback;
