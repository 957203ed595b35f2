-- Malformed phone_numbers values, written by the service role (which
-- provisions numbers) and by an owner (who edits display_name, business_name
-- and timezone), are refused with 23514 naming the constraint and nothing is
-- stored or changed. Names are measured as stored and are not blank, padded
-- or on several lines, in Unicode's sense. A time zone given in another case
-- is the same zone: it is stored in its canonical spelling (trigger
-- canonical_timezone), and phone_numbers_timezone_canonical refuses any other
-- spelling that would reach the table without the trigger.
begin;
select plan(24);

select tests.create_phone('ten-a', '+15550009201', 'America/Chicago', 'Ten A Dental');
select tests.add_member('ten-a', 'ten-a-owner', 'owner');

-- As the service role ---------------------------------------------------------------
select tests.authenticate_as_service_role();
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('ten-x', '+15550009299', repeat('b', 100000))$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_business_name_length"',
  'service role: a 100,000-character business name is refused by phone_numbers_business_name_length');
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('ten-x', '+15550009299', 'Acme' || repeat(' ', 100000))$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_business_name_length"',
  'service role: a business name padded with 100,000 trailing spaces is measured as stored and refused');
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('ten-x', '+15550009299', E'\t\n\t')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_business_name_not_blank"',
  'service role: a business name of tabs and a newline is refused by phone_numbers_business_name_not_blank');
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('ten-x', '+15550009299', E'\u2003\u3000\u200B')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_business_name_not_blank"',
  'service role: a business name of Unicode spaces and a zero-width space is refused by phone_numbers_business_name_not_blank');
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name) values ('ten-x', '+15550009299', E'Acme\nDental')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_business_name_single_line"',
  'service role: a business name on two lines is refused by phone_numbers_business_name_single_line');
select throws_ok(
  $$insert into public.phone_numbers (id, number, display_name, business_name) values ('ten-x', '+15550009299', E'\u00A0', 'X')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_display_name_not_blank"',
  'service role: a display name of a no-break space is refused by phone_numbers_display_name_not_blank');
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name, created_at) values ('ten-x', '+15550009299', 'X', 'infinity')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_created_at_range"',
  'service role: a phone number created at infinity is refused by phone_numbers_created_at_range');
select is_empty($$select 1 from public.phone_numbers where id = 'ten-x'$$,
  'service role: the refused phone numbers stored nothing');
select results_eq(
  $$insert into public.phone_numbers (id, number, business_name, timezone)
    values ('ten-ny', '+15550009298', 'Ten NY', 'AMERICA/NEW_YORK'), ('ten-ba', '+15550009297', 'Ten BA', 'america/argentina/buenos_aires'),
           ('ten-utc', '+15550009296', 'Ten UTC', 'utc')
    returning timezone$$,
  $$values ('America/New_York'), ('America/Argentina/Buenos_Aires'), ('UTC')$$,
  'service role: time zones in any case are stored in their canonical spelling');
select throws_ok(
  $$insert into public.phone_numbers (id, number, business_name, timezone) values ('ten-x', '+15550009299', 'X', 'MARS/OLYMPUS')$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_timezone_iana"',
  'service role: a name that is no zone in any case is still refused by phone_numbers_timezone_iana');

-- As the owner ------------------------------------------------------------------
select tests.authenticate_as('ten-a-owner');
select throws_ok(
  $$update public.phone_numbers set business_name = repeat('b', 100000) where id = 'ten-a'$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_business_name_length"',
  'owner: a 100,000-character business name is refused by phone_numbers_business_name_length');
select throws_ok(
  $$update public.phone_numbers set business_name = 'Ten A Dental' || repeat(' ', 100000) where id = 'ten-a'$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_business_name_length"',
  'owner: a business name with 100,000 trailing spaces is refused by phone_numbers_business_name_length');
select throws_ok(
  $$update public.phone_numbers set business_name = E'\n\n' where id = 'ten-a'$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_business_name_not_blank"',
  'owner: a business name of newlines is refused by phone_numbers_business_name_not_blank');
select throws_ok(
  $$update public.phone_numbers set business_name = E'\u2000\u200A\u3000' where id = 'ten-a'$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_business_name_not_blank"',
  'owner: a business name of Unicode spaces is refused by phone_numbers_business_name_not_blank');
select throws_ok(
  $$update public.phone_numbers set business_name = 'Ten A Dental ' where id = 'ten-a'$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_business_name_trimmed"',
  'owner: a business name with a trailing space is refused by phone_numbers_business_name_trimmed');
select throws_ok(
  $$update public.phone_numbers set display_name = repeat('d', 101) where id = 'ten-a'$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_display_name_length"',
  'owner: a 101-character display name is refused by phone_numbers_display_name_length');
select throws_ok(
  $$update public.phone_numbers set display_name = E'\t' where id = 'ten-a'$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_display_name_not_blank"',
  'owner: a display name of a tab is refused by phone_numbers_display_name_not_blank');
select throws_ok(
  $$update public.phone_numbers set display_name = E'Front\rdesk' where id = 'ten-a'$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_display_name_single_line"',
  'owner: a display name with a carriage return is refused by phone_numbers_display_name_single_line');
select throws_ok(
  $$update public.phone_numbers set display_name = E'\u3000Front desk' where id = 'ten-a'$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_display_name_trimmed"',
  'owner: a display name starting with an ideographic space is refused by phone_numbers_display_name_trimmed');
select results_eq(
  $$update public.phone_numbers set timezone = 'AMERICA/CHICAGO' where id = 'ten-a' returning timezone$$,
  $$values ('America/Chicago')$$,
  'owner: AMERICA/CHICAGO is stored as America/Chicago');
select results_eq(
  $$update public.phone_numbers set timezone = 'europe/berlin' where id = 'ten-a' returning timezone$$,
  $$values ('Europe/Berlin')$$,
  'owner: europe/berlin is stored as Europe/Berlin');

-- Without the trigger, a non-canonical spelling is refused by name --------------------
select tests.clear_authentication();
alter table public.phone_numbers disable trigger canonical_timezone;
select throws_ok(
  $$update public.phone_numbers set timezone = 'EUROPE/BERLIN' where id = 'ten-a'$$,
  '23514', 'new row for relation "phone_numbers" violates check constraint "phone_numbers_timezone_canonical"',
  'without the trigger, EUROPE/BERLIN is refused by phone_numbers_timezone_canonical');
alter table public.phone_numbers enable trigger canonical_timezone;

select results_eq(
  $$select business_name, display_name, timezone from public.phone_numbers where id = 'ten-a'$$,
  $$values ('Ten A Dental', 'ten-a desk', 'Europe/Berlin')$$,
  'the refused names left ten-a as it was; its time zone is the canonical Europe/Berlin');
set local timezone = 'Pacific/Auckland';
select is(
  private.canonical_timezone('asia/kolkata') || ' ' || current_setting('TimeZone'), 'Asia/Kolkata Pacific/Auckland',
  'private.canonical_timezone spells asia/kolkata as Asia/Kolkata and leaves the session''s time zone as it was');

select * from finish();
rollback;
