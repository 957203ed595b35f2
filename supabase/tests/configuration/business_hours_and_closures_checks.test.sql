-- Field checks of business_hours and business_closures: day_of_week is 0-6,
-- opens_at is before 24:00, times are whole minutes, an interval is never
-- empty; a closure never ends before it starts and its reason, when given, is
-- 1-200 characters and not blank. Runs as postgres (no RLS).
begin;
select plan(13);

select tests.create_phone('hours-b', '+15550003002', 'Europe/London', 'Hours B Pub');

-- business_hours
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 7, '08:00', '12:00')$$,
  '23514', 'new row for relation "business_hours" violates check constraint "business_hours_day_of_week_range"',
  'day_of_week 7 is refused (business_hours_day_of_week_range)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', -1, '08:00', '12:00')$$,
  '23514', 'new row for relation "business_hours" violates check constraint "business_hours_day_of_week_range"',
  'day_of_week -1 is refused (business_hours_day_of_week_range)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '24:00', '02:00')$$,
  '23514', 'new row for relation "business_hours" violates check constraint "business_hours_opens_at_range"',
  'opens_at 24:00 is refused (business_hours_opens_at_range)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '08:00:30', '12:00')$$,
  '23514', 'new row for relation "business_hours" violates check constraint "business_hours_whole_minutes"',
  'opens_at with seconds is refused (business_hours_whole_minutes)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '08:00', '12:00:00.5')$$,
  '23514', 'new row for relation "business_hours" violates check constraint "business_hours_whole_minutes"',
  'closes_at with a fraction of a second is refused (business_hours_whole_minutes)');
select throws_ok(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('hours-b', 1, '09:00', '09:00')$$,
  '23514', 'new row for relation "business_hours" violates check constraint "business_hours_not_empty"',
  'an empty interval (opens_at = closes_at) is refused (business_hours_not_empty)');
select is_empty($$select 1 from public.business_hours where phone_id = 'hours-b'$$,
  'the refused intervals stored nothing');

-- business_closures
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on) values ('hours-b', '2026-12-26', '2026-12-25')$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_dates_ordered"',
  'a closure ending before it starts is refused (business_closures_dates_ordered)');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason) values ('hours-b', '2026-12-25', '2026-12-25', '')$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_reason_length"',
  'an empty reason is refused (business_closures_reason_length)');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason) values ('hours-b', '2026-12-25', '2026-12-25', '   ')$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_reason_not_blank"',
  'a reason of only spaces is refused (business_closures_reason_not_blank)');
select throws_ok(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason) values ('hours-b', '2026-12-25', '2026-12-25', repeat('r', 201))$$,
  '23514', 'new row for relation "business_closures" violates check constraint "business_closures_reason_length"',
  'a 201-character reason is refused (business_closures_reason_length)');
select is_empty($$select 1 from public.business_closures where phone_id = 'hours-b'$$,
  'the refused closures stored nothing');
select results_eq(
  $$insert into public.business_closures (phone_id, starts_on, ends_on, reason)
    values ('hours-b', '2026-12-25', '2026-12-25', null), ('hours-b', '2026-12-26', '2026-12-31', repeat('r', 200))
    returning ends_on - starts_on, char_length(reason)$$,
  $$values (0, null::int), (5, 200)$$,
  'a one-day closure without a reason and a six-day closure with a 200-character reason are accepted'
);

select * from finish();
rollback;
