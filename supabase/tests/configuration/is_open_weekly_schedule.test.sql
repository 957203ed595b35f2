-- is_open over an ordinary week, in the business's wall-clock time: opens_at is
-- inclusive and closes_at exclusive, a lunch break is closed, an interval that
-- runs past midnight stays open into the next day, a phone with no hours is
-- always closed, p_at defaults to now(), and an unknown phone raises P0002.
-- Asked as the service role, as the telephony backend asks.
begin;
select plan(21);

-- hours-a is in America/Los_Angeles (PDT = UTC-7 in June): split shift
-- Mon-Fri 08:00-12:00 and 13:00-17:00, Sunday 09:00-17:00, Friday 22:00-02:00.
-- hours-b (Europe/London) has no hours.
select tests.create_phone('hours-a', '+15550003001', 'America/Los_Angeles', 'Hours A Clinic');
select tests.create_phone('hours-b', '+15550003002', 'Europe/London', 'Hours B Pub');
insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
select 'hours-a', d, s.opens_at, s.closes_at
  from generate_series(1, 5) d,
       (values (time '08:00', time '12:00'), (time '13:00', time '17:00')) s(opens_at, closes_at)
union all select 'hours-a', 0, '09:00', '17:00'
union all select 'hours-a', 5, '22:00', '02:00';

select tests.authenticate_as_service_role();

-- An ordinary week in June (PDT, UTC-7): Monday 2026-06-15 ... Saturday 2026-06-20.
select is(public.is_open('hours-a', '2026-06-15 14:59+00'), false,   -- Mon 07:59 PDT
  'Mon 07:59 local, a minute before opening: closed');
select is(public.is_open('hours-a', '2026-06-15 15:00+00'), true,    -- Mon 08:00 PDT
  'Mon 08:00 local: open (opens_at is inclusive)');
select is(public.is_open('hours-a', '2026-06-15 17:00+00'), true,    -- Mon 10:00 PDT
  'Mon 10:00 local, in the morning shift: open');
select is(public.is_open('hours-a', '2026-06-15 19:00+00'), false,   -- Mon 12:00 PDT
  'Mon 12:00 local: closed (the morning shift''s closes_at is exclusive)');
select is(public.is_open('hours-a', '2026-06-15 19:30+00'), false,   -- Mon 12:30 PDT
  'Mon 12:30 local, at lunch: closed');
select is(public.is_open('hours-a', '2026-06-15 20:00+00'), true,    -- Mon 13:00 PDT
  'Mon 13:00 local: open again for the afternoon shift');
select is(public.is_open('hours-a', '2026-06-15 23:59+00'), true,    -- Mon 16:59 PDT
  'Mon 16:59 local: open');
select is(public.is_open('hours-a', '2026-06-16 00:00+00'), false,   -- Mon 17:00 PDT
  'Mon 17:00 local: closed (the afternoon shift''s closes_at is exclusive)');
select is(public.is_open('hours-a', '2026-06-16 00:30+00'), false,   -- Mon 17:30 PDT
  'Mon 17:30 local, after closing: closed');
select is(public.is_open('hours-a', '2026-06-20 01:00+00'), false,   -- Fri 18:00 PDT
  'Fri 18:00 local, between the afternoon shift and the late opening: closed');
select is(public.is_open('hours-a', '2026-06-20 05:00+00'), true,    -- Fri 22:00 PDT
  'Fri 22:00 local: the overnight interval opens');
select is(public.is_open('hours-a', '2026-06-20 07:30+00'), true,    -- Fri 23:30 PDT
  'Fri 23:30 local: open');
select is(public.is_open('hours-a', '2026-06-20 08:00+00'), true,    -- Sat 01:00 PDT
  'Sat 01:00 local, after midnight in the Friday overnight interval: open');
select is(public.is_open('hours-a', '2026-06-20 08:59+00'), true,    -- Sat 01:59 PDT
  'Sat 01:59 local: still open');
select is(public.is_open('hours-a', '2026-06-20 09:00+00'), false,   -- Sat 02:00 PDT
  'Sat 02:00 local: closed (closes_at of the overnight interval is exclusive)');
select is(public.is_open('hours-a', '2026-06-20 19:00+00'), false,   -- Sat 12:00 PDT
  'Sat 12:00 local, no Saturday hours: closed');
select is(public.is_open('hours-a', '2026-06-18 08:00+00'), false,   -- Thu 01:00 PDT
  'Thu 01:00 local: closed (only Friday''s interval runs past midnight)');

-- A phone with no hours is closed, at any time.
select is(public.is_open('hours-b', '2026-06-15 10:00+00'), false,   -- Mon 11:00 BST
  'hours-b has no opening hours: closed on a Monday morning');
select is(public.is_open('hours-b', '2026-03-29 12:00+00'), false,   -- Sun 13:00 BST
  'hours-b has no opening hours: closed on a Sunday afternoon too');

select is(public.is_open('hours-a'), public.is_open('hours-a', now()),
  'is_open without a time answers for now() (p_at defaults to now())');
select throws_ok($$select public.is_open('no-such-phone', now())$$,
  'P0002', 'phone number no-such-phone not found', 'is_open of an unknown phone raises P0002');

select * from finish();
rollback;
