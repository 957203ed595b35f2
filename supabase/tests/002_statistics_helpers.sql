-- Helpers for the statistics tests (supabase/tests/statistics): local days and
-- times in a phone's time zone, and ONE recomputation of public.daily_call_stats
-- and private.daily_call_callers, written from the definition of the columns
-- rather than from the triggers' SQL. Like 000_test_helpers.sql, this file runs
-- before the tests that use it (pg_prove runs the files in name order), installs
-- the helpers in the `tests` schema and replaces them on every run.
--
--   tests.local_day('Asia/Tokyo', 3)             -- the local date 3 days ago
--   tests.at_local('Asia/Tokyo', 3, '23:30')     -- the instant of 23:30 that day
--   tests.daily_call_stats_of('some-phone', day) -- one stats row, for hand-computed rows
--   select * from tests.daily_call_stats_match(array['phone-a', 'phone-b'], 'after X');
--                                                -- three assertions against the recomputation
--
-- They read the statistics as the session user (postgres, which bypasses RLS):
-- call tests.clear_authentication() before them. No API role may call them.

create extension if not exists pgtap with schema extensions;
create schema if not exists tests;

create or replace function tests.local_day(tz text, days_ago integer)
returns date
language sql
stable
security invoker
set search_path = ''
as $$ select (pg_catalog.now() at time zone tz)::date - days_ago $$;
comment on function tests.local_day(text, integer) is
  'The calendar day days_ago days before today in time zone tz (today as of the transaction''s start).';

create or replace function tests.at_local(tz text, days_ago integer, local_time time)
returns timestamptz
language sql
stable
security invoker
set search_path = ''
as $$ select (tests.local_day(tz, days_ago) + local_time) at time zone tz $$;
comment on function tests.at_local(text, integer, time) is
  'The instant at local time local_time, in time zone tz, on the day tests.local_day(tz, days_ago).';

-- The recomputation. Day = the calendar date of created_at in the phone's
-- current time zone; every call counts, archived or not.
create or replace function tests.expected_daily_call_stats(phone_ids text[])
returns table (phone_id text, day date, total_calls integer, answered_calls integer, completed_calls integer,
               failed_calls integer, total_duration bigint, average_duration numeric, unique_callers integer)
language sql
stable
security invoker
set search_path = ''
as $$
  with every_call as (
    select c.phone_id, c.created_at, c.caller_number, c.status, c.duration, c.answered_at from public.calls c
    union all
    select a.phone_id, a.created_at, a.caller_number, a.status, a.duration, a.answered_at from private.calls_archive a
  )
  select c.phone_id,
         (c.created_at at time zone p.timezone)::date,
         count(*)::integer,
         (count(*) filter (where c.answered_at is not null))::integer,
         (count(*) filter (where c.status = 'completed'))::integer,
         (count(*) filter (where c.status = 'failed'))::integer,
         coalesce(sum(c.duration) filter (where c.status = 'completed'), 0)::bigint,
         round(avg(c.duration) filter (where c.status = 'completed'), 2),
         count(distinct c.caller_number)::integer
    from every_call c
    join public.phone_numbers p on p.id = c.phone_id
   where c.phone_id = any (phone_ids)
   group by 1, 2
   order by 1, 2
$$;
comment on function tests.expected_daily_call_stats(text[]) is
  'What public.daily_call_stats must hold for these phones, recomputed from calls and archived calls '
  '(one row per phone and local day with a call), ordered by phone and day.';

create or replace function tests.expected_daily_call_callers(phone_ids text[])
returns table (phone_id text, day date, caller_number text, calls integer)
language sql
stable
security invoker
set search_path = ''
as $$
  with every_call as (
    select c.phone_id, c.created_at, c.caller_number from public.calls c
    union all
    select a.phone_id, a.created_at, a.caller_number from private.calls_archive a
  )
  select c.phone_id, (c.created_at at time zone p.timezone)::date, c.caller_number, count(*)::integer
    from every_call c
    join public.phone_numbers p on p.id = c.phone_id
   where c.phone_id = any (phone_ids)
   group by 1, 2, 3
   order by 1, 2, 3
$$;
comment on function tests.expected_daily_call_callers(text[]) is
  'What private.daily_call_callers must hold for these phones (calls per caller and local day), '
  'recomputed from calls and archived calls, ordered by phone, day and caller.';

create or replace function tests.daily_call_stats_of(p_phone_id text, p_day date)
returns table (total integer, answered integer, completed integer, failed integer,
               duration bigint, average numeric, callers integer)
language sql
stable
security invoker
set search_path = ''
as $$
  select s.total_calls, s.answered_calls, s.completed_calls, s.failed_calls, s.total_duration,
         s.average_duration::numeric, s.unique_callers
    from public.daily_call_stats s
   where s.phone_id = p_phone_id and s.day = p_day
$$;
comment on function tests.daily_call_stats_of(text, date) is
  'The daily_call_stats row of one phone and day (no row: nothing returned), for comparing with a '
  'hand-computed row.';

-- Three assertions: the statistics equal the recomputation, so do the
-- per-caller counts behind unique_callers (a row with calls = 0 means no call:
-- the trigger keeps it rather than deleting it), and a day whose calls have
-- all gone keeps only zeros (never a negative or stray count).
-- pgTAP's own functions call one another by unqualified name, so this one
-- needs the schema pgTAP is installed in on its search_path; every object the
-- queries below name is schema-qualified.
create or replace function tests.daily_call_stats_match(phone_ids text[], label text)
returns setof text
language plpgsql
security invoker
set search_path = extensions
as $$
declare
  ids text := pg_catalog.quote_literal(phone_ids::text) || '::text[]';
begin
  return next extensions.results_eq(
    'select phone_id, day, total_calls, answered_calls, completed_calls, failed_calls, total_duration,
            average_duration, unique_callers
       from public.daily_call_stats
      where phone_id = any (' || ids || ') and total_calls > 0
      order by 1, 2',
    'select * from tests.expected_daily_call_stats(' || ids || ')',
    'daily_call_stats equals a recomputation from calls and archived calls ' || label);
  return next extensions.results_eq(
    'select phone_id, day, caller_number, calls from private.daily_call_callers
      where phone_id = any (' || ids || ') and calls <> 0
      order by 1, 2, 3',
    'select * from tests.expected_daily_call_callers(' || ids || ')',
    'daily_call_callers holds exactly the calls per caller and local day ' || label);
  return next extensions.is_empty(
    'select ''daily_call_stats'', phone_id, day from public.daily_call_stats
      where phone_id = any (' || ids || ') and total_calls <= 0
        and (total_calls, answered_calls, completed_calls, failed_calls, total_duration, unique_callers)
            <> (0, 0, 0, 0, 0::bigint, 0)
     union all
     select ''daily_call_callers'', phone_id, day from private.daily_call_callers
      where phone_id = any (' || ids || ') and calls < 0',
    'a stats day without calls has only zero counts, and no caller count is negative ' || label);
end
$$;
comment on function tests.daily_call_stats_match(text[], text) is
  'Three pgTAP assertions for these phones: daily_call_stats and daily_call_callers equal the '
  'recomputation, and days without calls hold only zeros. label ends each description.';

-- The helpers themselves, proved in a transaction that leaves nothing behind.
-- In New York: caller X1 calls at 10:00 (completed, 100 s) and 23:30 (failed,
-- never answered; already the next day in UTC) yesterday; X2 the day before
-- (completed, 50 s); X2's archived call of three days ago counts too.
begin;
select plan(9);

select is(tests.local_day('Asia/Tokyo', 2), (now() at time zone 'Asia/Tokyo')::date - 2,
  'local_day is the date in that time zone, counted back from today');
select is(tests.at_local('America/New_York', 1, '23:30') at time zone 'America/New_York',
  tests.local_day('America/New_York', 1) + time '23:30',
  'at_local is the instant whose local time in that zone is the given day and time');

select tests.create_phone('helper-stats', '+15550009901', 'America/New_York');
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
values ('helper-stats', 'HS1', '+15550009911', 'completed', tests.at_local('America/New_York', 1, '10:00'),
        tests.at_local('America/New_York', 1, '10:00') + interval '1 second',
        tests.at_local('America/New_York', 1, '10:00') + interval '101 seconds', 100),
       ('helper-stats', 'HS2', '+15550009911', 'failed', tests.at_local('America/New_York', 1, '23:30'),
        null, tests.at_local('America/New_York', 1, '23:30') + interval '20 seconds', 0),
       ('helper-stats', 'HS3', '+15550009912', 'completed', tests.at_local('America/New_York', 2, '12:00'),
        tests.at_local('America/New_York', 2, '12:00') + interval '1 second',
        tests.at_local('America/New_York', 2, '12:00') + interval '51 seconds', 50);
insert into private.calls_archive (phone_id, id, call_sid, caller_number, status, duration, answered_at, ended_at,
                                   created_at, updated_at)
values ('helper-stats', gen_random_uuid(), 'HS4', '+15550009912', 'completed', 30,
        tests.at_local('America/New_York', 3, '09:00') + interval '1 second',
        tests.at_local('America/New_York', 3, '09:00') + interval '31 seconds',
        tests.at_local('America/New_York', 3, '09:00'), now());

select results_eq(
  $$select * from tests.expected_daily_call_stats(array['helper-stats'])$$,
  $$values ('helper-stats'::text, tests.local_day('America/New_York', 3), 1, 1, 1, 0, 30::bigint, 30.00, 1),
           ('helper-stats', tests.local_day('America/New_York', 2), 1, 1, 1, 0, 50::bigint, 50.00, 1),
           ('helper-stats', tests.local_day('America/New_York', 1), 2, 1, 1, 1, 100::bigint, 100.00, 1)$$,
  'expected_daily_call_stats counts by local day, archived calls included, a repeat caller once'
);
select results_eq(
  $$select * from tests.expected_daily_call_callers(array['helper-stats'])$$,
  $$values ('helper-stats'::text, tests.local_day('America/New_York', 3), '+15550009912'::text, 1),
           ('helper-stats', tests.local_day('America/New_York', 2), '+15550009912', 1),
           ('helper-stats', tests.local_day('America/New_York', 1), '+15550009911', 2)$$,
  'expected_daily_call_callers counts the calls of each caller on each local day'
);
select is_empty($$select * from tests.expected_daily_call_stats(array['no-such-phone'])$$,
  'expected_daily_call_stats returns nothing for phones not asked for');
select results_eq(
  $$select * from tests.daily_call_stats_of('helper-stats', tests.local_day('America/New_York', 1))$$,
  $$values (2, 1, 1, 1, 100::bigint, 100.00, 1)$$,
  'daily_call_stats_of returns the stats row of that phone and day'
);
select * from tests.daily_call_stats_match(array['helper-stats'], 'in the helpers'' own check');

select * from finish();
rollback;
