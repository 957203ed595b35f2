-- is_open on closure dates: a closed date shuts every interval that opens on
-- it, including the part of an overnight interval after midnight, and leaves
-- the days around it alone; the closure of the day an interval opened decides,
-- so a closed Saturday does not cut short Friday's overnight interval.
-- Asked as the service role.
begin;
select plan(7);

-- hours-a (America/Los_Angeles; PST = UTC-8 in December, PDT = UTC-7 in June):
-- split shift Mon-Fri 08:00-12:00 and 13:00-17:00, Sunday 09:00-17:00,
-- Friday 22:00-02:00; closed on Friday 2026-12-25.
select tests.create_phone('hours-a', '+15550003001', 'America/Los_Angeles', 'Hours A Clinic');
insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
select 'hours-a', d, s.opens_at, s.closes_at
  from generate_series(1, 5) d,
       (values (time '08:00', time '12:00'), (time '13:00', time '17:00')) s(opens_at, closes_at)
union all select 'hours-a', 0, '09:00', '17:00'
union all select 'hours-a', 5, '22:00', '02:00';
insert into public.business_closures (phone_id, starts_on, ends_on, reason)
values ('hours-a', '2026-12-25', '2026-12-25', 'Christmas');

select tests.authenticate_as_service_role();

select is(public.is_open('hours-a', '2026-12-24 18:00+00'), true,    -- Thu Dec 24 10:00 PST
  'the day before the closure, Thu 10:00 local: open');
select is(public.is_open('hours-a', '2026-12-25 18:00+00'), false,   -- Fri Dec 25 10:00 PST
  'on the closure date, Fri 10:00 local (morning shift): closed');
select is(public.is_open('hours-a', '2026-12-25 22:00+00'), false,   -- Fri Dec 25 14:00 PST
  'on the closure date, Fri 14:00 local (afternoon shift): closed');
select is(public.is_open('hours-a', '2026-12-26 07:00+00'), false,   -- Fri Dec 25 23:00 PST
  'on the closure date, Fri 23:00 local (overnight interval): closed');
select is(public.is_open('hours-a', '2026-12-26 09:00+00'), false,   -- Sat Dec 26 01:00 PST
  'Sat 01:00 local after the closure date: the overnight interval that would have opened on the closure date stays closed');
select is(public.is_open('hours-a', '2026-12-19 09:00+00'), true,    -- Sat Dec 19 01:00 PST
  'the Saturday before, 01:00 local, with no closure: open (same season, same offset)');

-- A closure on Saturday 2026-06-27 does not cut short Friday's overnight interval.
insert into public.business_closures (phone_id, starts_on, ends_on, reason)
values ('hours-a', '2026-06-27', '2026-06-27', 'Saturday closure');
select is(public.is_open('hours-a', '2026-06-27 08:00+00'), true,    -- Sat Jun 27 01:00 PDT
  'Sat 01:00 local on a closed Saturday: open, the interval opened on Friday, which is not closed');

select * from finish();
rollback;
