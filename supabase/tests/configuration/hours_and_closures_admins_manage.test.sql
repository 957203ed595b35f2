-- business_hours and business_closures through RLS, as admins and owners: they
-- add, change and delete the intervals and closures of their own phone, still
-- bound by the overlap check, but never add to another phone, move a row to
-- another phone, or choose a row's id or created_at.
begin;
select plan(16);

select tests.create_phone('hours-a', '+15550003001', 'America/Los_Angeles', 'Hours A Clinic');
select tests.create_phone('hours-b', '+15550003002', 'Europe/London', 'Hours B Pub');
select tests.add_member('hours-a', 'hours-a-owner', 'owner');
select tests.add_member('hours-a', 'hours-a-admin', 'admin');

-- Adding.
select tests.authenticate_as('hours-a-admin');
-- Split shift Mon-Fri 08:00-12:00 and 13:00-17:00, Sunday 09:00-17:00,
-- Friday 22:00-02:00 overnight (local time, America/Los_Angeles).
select results_eq(
  $$with i as (
      insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
      select 'hours-a', d, s.opens_at, s.closes_at
        from generate_series(1, 5) d,
             (values (time '08:00', time '12:00'), (time '13:00', time '17:00')) s(opens_at, closes_at)
      union all select 'hours-a', 0, '09:00', '17:00'
      union all select 'hours-a', 5, '22:00', '02:00'
      returning 1)
    select count(*)::int from i$$,
  $$values (12)$$,
  'admin of hours-a adds twelve opening intervals to hours-a'
);
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-a', 1, '11:00', '14:00')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'the overlap check also holds for a signed-in admin: Mon 11:00-14:00 is refused (23P01)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '08:00', '12:00')$$,
  '42501', 'new row violates row-level security policy for table "business_hours"',
  'admin of hours-a cannot add hours to hours-b (42501, RLS)');
select throws_ok(
  $$insert into public.business_hours (phone_id, id, day_of_week, opens_at, closes_at)
    values ('hours-a', gen_random_uuid(), 6, '10:00', '11:00')$$,
  '42501', 'permission denied for table business_hours',
  'admin of hours-a cannot choose an interval''s id (42501, column privileges)');
select tests.authenticate_as('hours-a-owner');
select results_eq(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason)
    values ('hours-a', '2026-12-25', '2026-12-25', 'Christmas') returning reason$$,
  $$values ('Christmas')$$,
  'owner of hours-a adds a closure on Friday 2026-12-25');
select results_eq(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
    values ('hours-a', 6, '10:00', '11:00') returning day_of_week::int$$,
  $$values (6)$$,
  'owner of hours-a adds a scratch interval Sat 10:00-11:00');
select tests.authenticate_as('hours-a-admin');
select results_eq(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason)
    values ('hours-a', '2027-02-01', '2027-02-02', 'Scratch') returning reason$$,
  $$values ('Scratch')$$,
  'admin of hours-a adds a scratch closure');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on) values ('hours-b', '2026-12-25', '2026-12-25')$$,
  '42501', 'new row violates row-level security policy for table "business_closures"',
  'admin of hours-a cannot add a closure to hours-b (42501, RLS)');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, created_at)
    values ('hours-a', '2027-03-01', '2027-03-01', '2000-01-01')$$,
  '42501', 'permission denied for table business_closures',
  'admin of hours-a cannot set a closure''s created_at (42501, column privileges)');

-- Moving, changing and deleting.
select throws_ok(
  $$update public.business_hours set phone_id = 'hours-b' where phone_id = 'hours-a' and day_of_week = 6$$,
  '42501', 'permission denied for table business_hours',
  'admin of hours-a cannot move an interval to another phone (update phone_id, 42501)');
select throws_ok(
  $$update public.business_closures set phone_id = 'hours-b' where phone_id = 'hours-a' and reason = 'Scratch'$$,
  '42501', 'permission denied for table business_closures',
  'admin of hours-a cannot move a closure to another phone (update phone_id, 42501)');
select results_eq(
  $$update public.business_hours set closes_at = '11:30' where phone_id = 'hours-a' and day_of_week = 6 and opens_at = '10:00'
    returning closes_at::text$$,
  $$values ('11:30:00')$$,
  'admin of hours-a changes the closing time of an interval of hours-a');
select results_eq(
  $$update public.business_closures set reason = 'Scratch, moved' where phone_id = 'hours-a' and reason = 'Scratch'
    returning reason$$,
  $$values ('Scratch, moved')$$,
  'admin of hours-a changes the reason of a closure of hours-a');
select results_eq(
  $$delete from public.business_hours where phone_id = 'hours-a' and day_of_week = 6 and opens_at = '10:00'
    returning closes_at::text$$,
  $$values ('11:30:00')$$,
  'admin of hours-a deletes an interval of hours-a');
select results_eq(
  $$delete from public.business_closures where phone_id = 'hours-a' and reason = 'Scratch, moved' returning reason$$,
  $$values ('Scratch, moved')$$,
  'admin of hours-a deletes a closure of hours-a');

select tests.clear_authentication();
select results_eq(
  $$select (select count(*)::int from public.business_hours where phone_id = 'hours-a'),
           (select count(*)::int from public.business_closures where phone_id = 'hours-a'),
           (select count(*)::int from public.business_hours where phone_id = 'hours-b')$$,
  $$values (12, 1, 0)$$,
  'afterwards hours-a has its 12 intervals and the Christmas closure, and hours-b no hours'
);

select * from finish();
rollback;
