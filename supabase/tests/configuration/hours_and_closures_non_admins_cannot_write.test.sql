-- business_hours and business_closures through RLS, as everyone but admins
-- and owners: a viewer reads the hours and closures of its own phone only; the
-- owner of another phone, a user with no membership and anon read none; none
-- of them adds, changes or deletes an interval or a closure.
begin;
select plan(24);

select tests.create_phone('hours-a', '+15550003001', 'America/Los_Angeles', 'Hours A Clinic');
select tests.create_phone('hours-b', '+15550003002', 'Europe/London', 'Hours B Pub');
select tests.add_member('hours-a', 'hours-a-viewer', 'viewer');
select tests.add_member('hours-b', 'hours-b-owner', 'owner');
select tests.create_supabase_user('hours-outsider');

-- hours-a: split shift Mon-Fri, Sunday, Friday overnight and Sat 10:00-11:00
-- (13 intervals); closed on 2026-12-25 and 2027-02-01..02 (2 closures).
insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
select 'hours-a', d, s.opens_at, s.closes_at
  from generate_series(1, 5) d,
       (values (time '08:00', time '12:00'), (time '13:00', time '17:00')) s(opens_at, closes_at)
union all select 'hours-a', 0, '09:00', '17:00'
union all select 'hours-a', 5, '22:00', '02:00'
union all select 'hours-a', 6, '10:00', '11:00';
insert into public.business_closures (phone_id, starts_on, ends_on, reason) values
  ('hours-a', '2026-12-25', '2026-12-25', 'Christmas'),
  ('hours-a', '2027-02-01', '2027-02-02', 'Scratch');

select tests.authenticate_as('hours-a-viewer');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-a', 6, '12:00', '13:00')$$,
  '42501', 'new row violates row-level security policy for table "business_hours"',
  'viewer of hours-a cannot add hours (42501, RLS)');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on) values ('hours-a', '2027-03-01', '2027-03-01')$$,
  '42501', 'new row violates row-level security policy for table "business_closures"',
  'viewer of hours-a cannot add a closure (42501, RLS)');
select results_eq(
  $$select phone_id, count(*)::int from public.business_hours group by phone_id$$,
  $$values ('hours-a', 13)$$,
  'viewer of hours-a reads the 13 intervals of hours-a and no other');
select results_eq(
  $$select phone_id, count(*)::int from public.business_closures group by phone_id$$,
  $$values ('hours-a', 2)$$,
  'viewer of hours-a reads the 2 closures of hours-a and no other');
select is_empty(
  $$update public.business_hours set closes_at = '12:00' where phone_id = 'hours-a' returning 1$$,
  'viewer of hours-a changes no interval (0 rows updated)');
select is_empty(
  $$delete from public.business_hours where phone_id = 'hours-a' returning 1$$,
  'viewer of hours-a deletes no interval (0 rows deleted)');
select is_empty(
  $$update public.business_closures set reason = 'Viewer' where phone_id = 'hours-a' returning 1$$,
  'viewer of hours-a changes no closure (0 rows updated)');
select is_empty(
  $$delete from public.business_closures where phone_id = 'hours-a' returning 1$$,
  'viewer of hours-a deletes no closure (0 rows deleted)');

select tests.authenticate_as('hours-b-owner');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-a', 6, '12:00', '13:00')$$,
  '42501', 'new row violates row-level security policy for table "business_hours"',
  'owner of hours-b cannot add hours to hours-a (42501, RLS)');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on) values ('hours-a', '2027-03-01', '2027-03-01')$$,
  '42501', 'new row violates row-level security policy for table "business_closures"',
  'owner of hours-b cannot add a closure to hours-a (42501, RLS)');
select is_empty($$select 1 from public.business_hours where phone_id = 'hours-a'$$,
  'owner of hours-b reads no hours of hours-a');
select is_empty($$select 1 from public.business_closures where phone_id = 'hours-a'$$,
  'owner of hours-b reads no closures of hours-a');
select is_empty(
  $$update public.business_hours set closes_at = '12:00' where phone_id = 'hours-a' returning 1$$,
  'owner of hours-b changes no interval of hours-a (0 rows updated)');
select is_empty(
  $$delete from public.business_hours where phone_id = 'hours-a' returning 1$$,
  'owner of hours-b deletes no interval of hours-a (0 rows deleted)');
select is_empty(
  $$update public.business_closures set reason = 'Other' where phone_id = 'hours-a' returning 1$$,
  'owner of hours-b changes no closure of hours-a (0 rows updated)');
select is_empty(
  $$delete from public.business_closures where phone_id = 'hours-a' returning 1$$,
  'owner of hours-b deletes no closure of hours-a (0 rows deleted)');

select tests.authenticate_as('hours-outsider');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-a', 6, '12:00', '13:00')$$,
  '42501', 'new row violates row-level security policy for table "business_hours"',
  'a user with no membership cannot add hours (42501, RLS)');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on) values ('hours-a', '2027-03-01', '2027-03-01')$$,
  '42501', 'new row violates row-level security policy for table "business_closures"',
  'a user with no membership cannot add a closure (42501, RLS)');
select is_empty(
  $$select 1 from public.business_hours union all select 1 from public.business_closures$$,
  'a user with no membership reads no hours and no closures');
select is_empty(
  $$with h as (update public.business_hours set closes_at = '12:00' returning 1),
         c as (delete from public.business_closures returning 1)
    select * from h union all select * from c$$,
  'a user with no membership changes no interval and deletes no closure (0 rows)');

select tests.authenticate_as_anon();
select throws_ok(
  $$select 1 from public.business_hours where phone_id = 'hours-a'
    union all select 1 from public.business_closures where phone_id = 'hours-a'$$,
  '42501', 'permission denied for table business_hours', 'anon cannot read hours or closures (42501, no privilege)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-a', 6, '12:00', '13:00')$$,
  '42501', 'permission denied for table business_hours', 'anon cannot add hours (42501, no privilege)');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on) values ('hours-a', '2027-03-01', '2027-03-01')$$,
  '42501', 'permission denied for table business_closures', 'anon cannot add a closure (42501, no privilege)');

select tests.clear_authentication();
select results_eq(
  $$select (select count(*)::int from public.business_hours where phone_id = 'hours-a'),
           (select count(*)::int from public.business_closures where phone_id = 'hours-a'),
           (select count(*)::int from public.business_hours where phone_id = 'hours-a' and closes_at = '12:00'),
           (select count(*)::int from public.business_closures where phone_id = 'hours-a' and reason in ('Viewer', 'Other'))$$,
  $$values (13, 2, 5, 0)$$,
  'afterwards hours-a still has its 13 intervals (5 closing at 12:00) and 2 closures, none renamed by the others'
);

select * from finish();
rollback;
