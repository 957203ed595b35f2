-- is_open across daylight saving changes: a 09:00-17:00 Sunday stays 09:00-17:00
-- in local wall-clock time on the day the clocks change, never a fixed UTC
-- offset, both in Los Angeles (spring forward and fall back, as the service
-- role) and in London (spring forward, hours added and asked by its admin).
begin;
select plan(13);

select tests.create_phone('hours-a', '+15550003001', 'America/Los_Angeles', 'Hours A Clinic');
select tests.create_phone('hours-b', '+15550003002', 'Europe/London', 'Hours B Pub');
select tests.add_member('hours-b', 'hours-b-admin', 'admin');
insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
values ('hours-a', 0, '09:00', '17:00');

select tests.authenticate_as_service_role();

-- DST spring forward, Sunday 2026-03-08: LA goes 02:00 PST -> 03:00 PDT (UTC-8 -> UTC-7).
select is(public.is_open('hours-a', '2026-03-08 15:30+00'), false,   -- Sun 08:30 PDT
  'DST start: 15:30 UTC is 08:30 PDT, before the Sunday opening: closed');
select is(public.is_open('hours-a', '2026-03-08 16:00+00'), true,    -- Sun 09:00 PDT (UTC-8 would say 08:00)
  'DST start: 16:00 UTC is 09:00 PDT: open (a fixed UTC-8 offset would say 08:00, closed)');
select is(public.is_open('hours-a', '2026-03-09 00:30+00'), false,   -- Sun 17:30 PDT (UTC-8 would say 16:30)
  'DST start: 00:30 UTC on Monday is Sun 17:30 PDT: closed (a fixed UTC-8 offset would say 16:30, open)');
-- DST fall back, Sunday 2026-11-01: LA goes 02:00 PDT -> 01:00 PST (UTC-7 -> UTC-8).
select is(public.is_open('hours-a', '2026-11-01 16:30+00'), false,   -- Sun 08:30 PST (UTC-7 would say 09:30)
  'DST end: 16:30 UTC is 08:30 PST: closed (a fixed UTC-7 offset would say 09:30, open)');
select is(public.is_open('hours-a', '2026-11-01 17:00+00'), true,    -- Sun 09:00 PST
  'DST end: 17:00 UTC is 09:00 PST: open');
select is(public.is_open('hours-a', '2026-11-02 00:30+00'), true,    -- Sun 16:30 PST (UTC-7 would say 17:30)
  'DST end: 00:30 UTC on Monday is Sun 16:30 PST: open (a fixed UTC-7 offset would say 17:30, closed)');

-- London: Sunday 09:00-17:00, across its own DST change on Sunday 2026-03-29
-- (01:00 GMT -> 02:00 BST, UTC+0 -> UTC+1).
select tests.authenticate_as('hours-b-admin');
select results_eq(
  $$insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
    values ('hours-b', 0, '09:00', '17:00') returning phone_id$$,
  $$values ('hours-b')$$,
  'admin of hours-b adds Sunday 09:00-17:00 to hours-b');
select is(public.is_open('hours-b', '2026-03-22 08:30+00'), false,   -- Sun Mar 22 08:30 GMT
  'London, the Sunday before DST, 08:30 GMT: closed');
select is(public.is_open('hours-b', '2026-03-22 09:00+00'), true,    -- Sun Mar 22 09:00 GMT
  'London, the Sunday before DST, 09:00 GMT: open');
select is(public.is_open('hours-b', '2026-03-22 16:30+00'), true,    -- Sun Mar 22 16:30 GMT
  'London, the Sunday before DST, 16:30 GMT: open');
select is(public.is_open('hours-b', '2026-03-29 07:30+00'), false,   -- Sun Mar 29 08:30 BST
  'London, DST day, 07:30 UTC is 08:30 BST: closed');
select is(public.is_open('hours-b', '2026-03-29 08:00+00'), true,    -- Sun Mar 29 09:00 BST (UTC+0 would say 08:00)
  'London, DST day, 08:00 UTC is 09:00 BST: open (a fixed UTC+0 offset would say closed)');
select is(public.is_open('hours-b', '2026-03-29 16:30+00'), false,   -- Sun Mar 29 17:30 BST (UTC+0 would say 16:30)
  'London, DST day, 16:30 UTC is 17:30 BST: closed (a fixed UTC+0 offset would say open)');

select * from finish();
rollback;
