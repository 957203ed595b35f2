-- is_open runs with the caller's rights: members of any level get the answer
-- for their own phone, while a phone they cannot see (another tenant's, or
-- any phone for a user with no membership) raises P0002 as if it did not
-- exist; anon may not call it at all (42501).
begin;
select plan(10);

-- hours-a (America/Los_Angeles): split shift Mon-Fri 08:00-12:00 and
-- 13:00-17:00, Sunday 09:00-17:00, Friday 22:00-02:00; closed on 2026-12-25.
-- hours-b (Europe/London): Sunday 09:00-17:00.
select tests.create_phone('hours-a', '+15550003001', 'America/Los_Angeles', 'Hours A Clinic');
select tests.create_phone('hours-b', '+15550003002', 'Europe/London', 'Hours B Pub');
select tests.add_member('hours-a', 'hours-a-owner', 'owner');
select tests.add_member('hours-a', 'hours-a-viewer', 'viewer');
select tests.add_member('hours-b', 'hours-b-admin', 'admin');
select tests.create_supabase_user('hours-outsider');
insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
select 'hours-a', d, s.opens_at, s.closes_at
  from generate_series(1, 5) d,
       (values (time '08:00', time '12:00'), (time '13:00', time '17:00')) s(opens_at, closes_at)
union all select 'hours-a', 0, '09:00', '17:00'
union all select 'hours-a', 5, '22:00', '02:00'
union all select 'hours-b', 0, '09:00', '17:00';
insert into public.business_closures (phone_id, starts_on, ends_on, reason)
values ('hours-a', '2026-12-25', '2026-12-25', 'Christmas');

-- Both phones exist, so a P0002 below comes from RLS, not from a missing phone.
select tests.authenticate_as_service_role();
select is(public.is_open('hours-b', '2026-03-29 08:00+00'), true,    -- Sun Mar 29 09:00 BST
  'the service role sees hours-b: Sun 09:00 BST on 2026-03-29 is open');

select tests.authenticate_as('hours-b-admin');
select throws_ok($$select public.is_open('hours-a', '2026-06-15 17:00+00')$$,
  'P0002', 'phone number hours-a not found', 'admin of hours-b calling is_open on hours-a gets P0002');

select tests.authenticate_as('hours-a-viewer');
select is(public.is_open('hours-a', '2026-06-15 17:00+00'), true,    -- Mon 10:00 PDT
  'viewer of hours-a: Mon 10:00 local is open');
select is(public.is_open('hours-a', '2026-06-15 19:30+00'), false,   -- Mon 12:30 PDT
  'viewer of hours-a: Mon 12:30 local (lunch) is closed');
select is(public.is_open('hours-a', '2026-06-20 08:00+00'), true,    -- Sat 01:00 PDT
  'viewer of hours-a: Sat 01:00 local after the Friday overnight shift is open');
select is(public.is_open('hours-a', '2026-12-25 18:00+00'), false,   -- Fri Dec 25 10:00 PST
  'viewer of hours-a: the closure date is closed');
select throws_ok($$select public.is_open('hours-b', '2026-03-29 08:00+00')$$,
  'P0002', 'phone number hours-b not found', 'viewer of hours-a calling is_open on hours-b gets P0002');

select tests.authenticate_as('hours-a-owner');
select is(public.is_open('hours-a', '2026-03-08 16:00+00'), true,    -- Sun 09:00 PDT
  'owner of hours-a: 09:00 PDT on the DST-start Sunday is open');

select tests.authenticate_as('hours-outsider');
select throws_ok($$select public.is_open('hours-a', '2026-06-15 17:00+00')$$,
  'P0002', 'phone number hours-a not found', 'a user with no membership calling is_open on hours-a gets P0002');

select tests.authenticate_as_anon();
select throws_ok($$select public.is_open('hours-a', '2026-06-15 17:00+00')$$,
  '42501', 'permission denied for function is_open', 'anon cannot call is_open (42501)');

select * from finish();
rollback;
