-- The constraints of phone_numbers and phone_members refuse malformed input:
-- numbers not in E.164 form or already taken, time zones that are not IANA
-- names, badly formed ids, blank names and unknown member roles. Runs as
-- postgres, which bypasses RLS, so only a constraint can refuse.
begin;
select plan(14);

select tests.create_phone('test-a', '+15550001001', 'America/New_York', 'Test A Dental');
select tests.create_supabase_user('oscar-outsider');

-- Numbers
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-x', '4155550123', 'X')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_number_e164"',
  'a number without a leading + is not E.164 and is refused (23514)'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-x', '+04155550123', 'X')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_number_e164"',
  'a number whose country code starts with 0 is not E.164 and is refused (23514)'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-x', '+1 415 555 0123', 'X')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_number_e164"',
  'a number with spaces is not E.164 and is refused (23514)'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-x', '+15550001001', 'X')$$,
  '23505', 'duplicate key value violates unique constraint "phone_numbers_number_key"',
  'a number already used by test-a cannot be given to a second phone_numbers row (23505)'
);

-- Time zones
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name, timezone) values ('test-x', '+15550001099', 'X', 'Mars/Olympus')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_timezone_iana"',
  'an unknown Area/Location time zone (Mars/Olympus) is refused (23514)'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name, timezone) values ('test-x', '+15550001099', 'X', 'EST5EDT')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_timezone_iana"',
  'a POSIX time zone string (EST5EDT) is refused though the server knows it (23514)'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name, timezone) values ('test-x', '+15550001099', 'X', '+05')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_timezone_iana"',
  'a bare UTC offset (+05) is refused as a time zone (23514)'
);
select lives_ok(
  $$insert into public.phone_numbers (id, number, business_name, timezone)
    values ('test-tz', '+15550001098', 'X', 'America/Argentina/Buenos_Aires')$$,
  'a three-part IANA zone (America/Argentina/Buenos_Aires) is accepted'
);

-- Ids and names
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('Test X', '+15550001099', 'X')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_id_format"',
  'a phone id with capitals and spaces is refused (23514)'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('x', '+15550001099', 'X')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_id_format"',
  'a one-character phone id is refused (23514)'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-x', '+15550001099', '')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_business_name_length"',
  'an empty business name is refused (23514)'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('test-x', '+15550001099', '   ')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_business_name_not_blank"',
  'a business name of spaces only is refused by phone_numbers_business_name_not_blank (23514)'
);
select throws_ok(
  $$insert into public.phone_numbers (id, number, display_name, business_name) values ('test-x', '+15550001099', '', 'X')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_display_name_length"',
  'an empty display name is refused; no label is stored as null (23514)'
);

-- Member roles
select throws_ok(
  $$insert into public.phone_members (phone_id, user_id, role)
    values ('test-a', tests.get_supabase_uid('oscar-outsider'), 'superuser')$$,
  '22P02', 'invalid input value for enum member_role: "superuser"',
  'a member role outside viewer/admin/owner is refused (22P02)'
);

select * from finish();
rollback;
