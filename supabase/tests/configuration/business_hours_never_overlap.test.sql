-- business_hours_no_overlap: the intervals of one phone never share a minute
-- of the week, also when an interval runs past midnight or past Saturday
-- midnight into Sunday. Touching intervals, split shifts, a whole day and the
-- same interval on another phone are allowed. Runs as postgres (no RLS).
begin;
select plan(19);

select tests.create_phone('hours-a', '+15550003001', 'America/Los_Angeles', 'Hours A Clinic');
select tests.create_phone('hours-b', '+15550003002', 'Europe/London', 'Hours B Pub');

-- Within one day.
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '08:00', '12:00')$$,
  'Mon 08:00-12:00 is stored');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '11:00', '14:00')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Mon 11:00-14:00 overlapping Mon 08:00-12:00 is refused (business_hours_no_overlap)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '07:00', '08:01')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Mon 07:00-08:01 overlapping Mon 08:00-12:00 by one minute is refused (business_hours_no_overlap)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '09:00', '10:00')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Mon 09:00-10:00 inside Mon 08:00-12:00 is refused (business_hours_no_overlap)');
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '12:00', '13:00')$$,
  'touching intervals are allowed: Mon 12:00-13:00 after Mon 08:00-12:00');
select throws_ok(
  $$update public.business_hours set opens_at = '11:59' where phone_id = 'hours-b' and day_of_week = 1 and opens_at = '12:00'$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'an update that makes Mon 12:00-13:00 start at 11:59, inside Mon 08:00-12:00, is refused (business_hours_no_overlap)');
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
    values ('hours-b', 2, '08:00', '12:00'), ('hours-b', 2, '13:00', '17:00')$$,
  'a split shift is allowed: Tue 08:00-12:00 and 13:00-17:00');

-- Past midnight.
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 5, '22:00', '02:00')$$,
  'an overnight interval Fri 22:00-02:00 is stored');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 6, '01:00', '03:00')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Sat 01:00-03:00 overlapping the tail of Fri 22:00-02:00 is refused (business_hours_no_overlap)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 5, '23:00', '23:30')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Fri 23:00-23:30 inside Fri 22:00-02:00 is refused (business_hours_no_overlap)');
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 6, '02:00', '09:00')$$,
  'Sat 02:00-09:00, touching the end of Fri 22:00-02:00, is allowed');

-- Past the end of the week.
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 6, '22:00', '02:00')$$,
  'Sat 22:00-02:00, wrapping into Sunday, is stored');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 0, '01:00', '05:00')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Sun 01:00-05:00 overlapping Sat 22:00-02:00 across the end of the week is refused (business_hours_no_overlap)');
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 0, '02:00', '05:00')$$,
  'Sun 02:00-05:00, touching the end of Sat 22:00-02:00, is allowed');

-- A whole day.
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 3, '00:00', '24:00')$$,
  'a whole day Wed 00:00-24:00 is allowed');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 3, '10:00', '11:00')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Wed 10:00-11:00 inside Wed 00:00-24:00 is refused (business_hours_no_overlap)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 2, '22:00', '00:30')$$,
  '23P01', 'conflicting key value violates exclusion constraint "business_hours_no_overlap"',
  'Tue 22:00-00:30 running into Wed 00:00-24:00 is refused (business_hours_no_overlap)');

-- Another tenant.
select lives_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-a', 1, '08:00', '12:00')$$,
  'the same interval Mon 08:00-12:00 is allowed on another phone (hours-a)');

select results_eq(
  $$select day_of_week::int, opens_at::text, closes_at::text from public.business_hours
     where phone_id = 'hours-b' order by day_of_week, opens_at$$,
  $$values (0, '02:00:00', '05:00:00'), (1, '08:00:00', '12:00:00'), (1, '12:00:00', '13:00:00'),
           (2, '08:00:00', '12:00:00'), (2, '13:00:00', '17:00:00'), (3, '00:00:00', '24:00:00'),
           (5, '22:00:00', '02:00:00'), (6, '02:00:00', '09:00:00'), (6, '22:00:00', '02:00:00')$$,
  'hours-b holds exactly the allowed intervals; nothing refused was stored'
);

select * from finish();
rollback;
