-- Deleting a phone number deletes its whole receptionist configuration (voice
-- settings, conversation rules, opening hours and closures) and leaves the
-- configuration of every other phone alone.
begin;
select plan(3);

select tests.create_phone('hours-a', '+15550003001', 'America/Los_Angeles', 'Hours A Clinic');
select tests.create_phone('hours-b', '+15550003002', 'Europe/London', 'Hours B Pub');

-- hours-a: 5 rules, 12 intervals, 1 closure. hours-b: one of each.
insert into public.conversation_rules (phone_id, rule_type, priority, is_active) values
  ('hours-a', 'greeting', 10, true), ('hours-a', 'greeting', 5, true), ('hours-a', 'greeting', 1, false),
  ('hours-a', 'routing', 0, true), ('hours-a', 'transfer', 0, true),
  ('hours-b', 'greeting', 0, true);
insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
select 'hours-a', d, s.opens_at, s.closes_at
  from generate_series(1, 5) d,
       (values (time '08:00', time '12:00'), (time '13:00', time '17:00')) s(opens_at, closes_at)
union all select 'hours-a', 0, '09:00', '17:00'
union all select 'hours-a', 5, '22:00', '02:00'
union all select 'hours-b', 0, '09:00', '17:00';
insert into public.business_closures (phone_id, starts_on, ends_on, reason) values
  ('hours-a', '2026-12-25', '2026-12-25', 'Christmas'),
  ('hours-b', '2026-12-25', '2026-12-26', 'Christmas');

select results_eq(
  $$select (select count(*)::int from public.voice_settings where phone_id = 'hours-b'),
           (select count(*)::int from public.conversation_rules where phone_id = 'hours-b'),
           (select count(*)::int from public.business_hours where phone_id = 'hours-b'),
           (select count(*)::int from public.business_closures where phone_id = 'hours-b')$$,
  $$values (1, 1, 1, 1)$$,
  'before the delete hours-b has voice settings, a rule, an interval and a closure'
);

delete from public.phone_numbers where id = 'hours-b';
select is_empty(
  $$select 'voice_settings' from public.voice_settings where phone_id = 'hours-b'
    union all select 'conversation_rules' from public.conversation_rules where phone_id = 'hours-b'
    union all select 'business_hours' from public.business_hours where phone_id = 'hours-b'
    union all select 'business_closures' from public.business_closures where phone_id = 'hours-b'$$,
  'deleting hours-b deleted its voice settings, rules, hours and closures'
);
select results_eq(
  $$select (select count(*)::int from public.voice_settings where phone_id = 'hours-a'),
           (select count(*)::int from public.conversation_rules where phone_id = 'hours-a'),
           (select count(*)::int from public.business_hours where phone_id = 'hours-a'),
           (select count(*)::int from public.business_closures where phone_id = 'hours-a')$$,
  $$values (1, 5, 12, 1)$$,
  'deleting hours-b left the voice settings, 5 rules, 12 intervals and closure of hours-a alone'
);

select * from finish();
rollback;
