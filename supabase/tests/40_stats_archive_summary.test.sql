-- Daily statistics, archiving and the performance summary:
--   public.daily_call_stats (+ private.daily_call_callers), kept by row
--   triggers on calls and calls_archive; private.archive_calls() with
--   private.calls_archive and private.call_metadata_archive;
--   private.phone_performance_summary, its refresh function and the members'
--   view public.phone_performance_summary.
-- Everything runs in one transaction that is rolled back; fixtures are created
-- here, never taken from the seed. now() is the transaction's start, so every
-- timestamp below is relative to it.
--
-- Fixtures:
--   stats-a  +15550004001  America/New_York (later Europe/Berlin)
--            owner c1…01, admin c1…02, viewer c1…03
--   stats-b  +15550004002  Asia/Tokyo, owner c1…04 (deleted half-way)
--   stats-c  +15550004003  UTC, owner c1…04, never has a call
--   outsider c1…05: no membership
--   Callers of stats-a +1555000410N, of stats-b +8131000400N (and one of
--   stats-a's callers, +15550004101, calls stats-b too). Call sids start with CS.
--
-- The statistics are checked against ONE recomputation, pg_temp.expected_stats
-- (and pg_temp.expected_callers), written from the definition of the columns
-- rather than from the trigger's SQL, and against hand-computed rows at the
-- points where a wrong time zone or a wrong unique-caller rule would show.
begin;
create extension if not exists pgtap with schema extensions;

select plan(137);

-- Fixtures (as postgres, which bypasses RLS) ----------------------------------

insert into auth.users (id, aud, role, email) values
  ('c1000000-0000-4000-8000-000000000001', 'authenticated', 'authenticated', 'owner-a@stats.test'),
  ('c1000000-0000-4000-8000-000000000002', 'authenticated', 'authenticated', 'admin-a@stats.test'),
  ('c1000000-0000-4000-8000-000000000003', 'authenticated', 'authenticated', 'viewer-a@stats.test'),
  ('c1000000-0000-4000-8000-000000000004', 'authenticated', 'authenticated', 'owner-b@stats.test'),
  ('c1000000-0000-4000-8000-000000000005', 'authenticated', 'authenticated', 'outsider@stats.test');

insert into public.phone_numbers (id, number, display_name, business_name, timezone) values
  ('stats-a', '+15550004001', 'A line', 'Stats A Dental', 'America/New_York'),
  ('stats-b', '+15550004002', 'B line', 'Stats B Sushi', 'Asia/Tokyo'),
  ('stats-c', '+15550004003', 'C line', 'Stats C Quiet', 'UTC');

insert into public.phone_members (phone_id, user_id, role) values
  ('stats-a', 'c1000000-0000-4000-8000-000000000001', 'owner'),
  ('stats-a', 'c1000000-0000-4000-8000-000000000002', 'admin'),
  ('stats-a', 'c1000000-0000-4000-8000-000000000003', 'viewer'),
  ('stats-b', 'c1000000-0000-4000-8000-000000000004', 'owner'),
  ('stats-c', 'c1000000-0000-4000-8000-000000000004', 'owner');

-- The local calendar day `days_ago` days before today in time zone tz, and
-- the instant at local time t on that day.
create function pg_temp.local_day(tz text, days_ago integer) returns date
language sql stable as $$ select (now() at time zone tz)::date - days_ago $$;
create function pg_temp.at_local(tz text, days_ago integer, t time) returns timestamptz
language sql stable as $$ select (pg_temp.local_day(tz, days_ago) + t) at time zone tz $$;

-- The recomputation. Day = the calendar date of created_at in the phone's
-- current time zone; every call counts, archived or not.
create temp view expected_stats as
with every_call as (
  select phone_id, created_at, caller_number, status, duration, answered_at from public.calls
  union all
  select phone_id, created_at, caller_number, status, duration, answered_at from private.calls_archive
)
select c.phone_id,
       (c.created_at at time zone p.timezone)::date as day,
       count(*)::integer as total_calls,
       count(*) filter (where c.answered_at is not null)::integer as answered_calls,
       count(*) filter (where c.status = 'completed')::integer as completed_calls,
       count(*) filter (where c.status = 'failed')::integer as failed_calls,
       coalesce(sum(c.duration) filter (where c.status = 'completed'), 0)::bigint as total_duration,
       round(avg(c.duration) filter (where c.status = 'completed'), 2) as average_duration,
       count(distinct c.caller_number)::integer as unique_callers
  from every_call c
  join public.phone_numbers p on p.id = c.phone_id
 where c.phone_id in ('stats-a', 'stats-b')
 group by 1, 2
 order by 1, 2;

create temp view actual_stats as
select phone_id, day, total_calls, answered_calls, completed_calls, failed_calls,
       total_duration, average_duration, unique_callers
  from public.daily_call_stats
 where phone_id in ('stats-a', 'stats-b') and total_calls > 0
 order by 1, 2;

create temp view expected_callers as
with every_call as (
  select phone_id, created_at, caller_number from public.calls
  union all
  select phone_id, created_at, caller_number from private.calls_archive
)
select c.phone_id, (c.created_at at time zone p.timezone)::date as day, c.caller_number, count(*)::integer as calls
  from every_call c
  join public.phone_numbers p on p.id = c.phone_id
 where c.phone_id in ('stats-a', 'stats-b')
 group by 1, 2, 3
 order by 1, 2, 3;

-- Three assertions: the statistics equal the recomputation, so do the
-- per-caller counts behind unique_callers (a row with calls = 0 means no call:
-- the trigger keeps it rather than deleting it), and a day whose calls have
-- all gone keeps only zeros (never a negative or stray count).
create function pg_temp.stats_match(label text) returns setof text
language plpgsql as $$
begin
  return next results_eq(
    'select * from pg_temp.actual_stats', 'select * from pg_temp.expected_stats',
    'daily_call_stats equals a recomputation from calls and archived calls ' || label);
  return next results_eq(
    $q$select phone_id, day, caller_number, calls from private.daily_call_callers
        where phone_id in ('stats-a', 'stats-b') and calls <> 0 order by 1, 2, 3$q$,
    'select * from pg_temp.expected_callers',
    'daily_call_callers holds exactly the calls per caller and local day ' || label);
  return next is_empty(
    $q$select 'daily_call_stats', phone_id, day from public.daily_call_stats
        where phone_id in ('stats-a', 'stats-b') and total_calls <= 0
          and (total_calls, answered_calls, completed_calls, failed_calls, total_duration, unique_callers)
              <> (0, 0, 0, 0, 0::bigint, 0)
       union all
       select 'daily_call_callers', phone_id, day from private.daily_call_callers
        where phone_id in ('stats-a', 'stats-b') and calls < 0$q$,
    'a stats day without calls has only zero counts, and no caller count is negative ' || label);
end;
$$;

-- One stats row, for hand-computed expectations.
create function pg_temp.day_row(p_phone_id text, p_day date)
returns table (total integer, answered integer, completed integer, failed integer,
               duration bigint, average numeric, callers integer)
language sql stable as $$
  select total_calls, answered_calls, completed_calls, failed_calls, total_duration,
         average_duration::numeric, unique_callers
    from public.daily_call_stats where phone_id = p_phone_id and day = p_day
$$;

-- ============================================================================
-- daily_call_stats: structure and privileges
-- ============================================================================

select is((select relrowsecurity from pg_class where oid = 'public.daily_call_stats'::regclass), true,
  'RLS is enabled on daily_call_stats');
select results_eq(
  $$select cmd collate "default", roles = '{authenticated}'::name[] from pg_policies
     where schemaname = 'public' and tablename = 'daily_call_stats'$$,
  $$values ('SELECT'::text, true)$$,
  'daily_call_stats has a single policy, SELECT for authenticated'
);
select is_empty(
  $$select r.rolname, p.priv
      from (values ('anon'), ('authenticated')) r(rolname)
     cross join (values ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) p(priv)
     where has_table_privilege(r.rolname, 'public.daily_call_stats', p.priv)
        or (p.priv in ('INSERT', 'UPDATE', 'REFERENCES')
            and has_any_column_privilege(r.rolname, 'public.daily_call_stats', p.priv))$$,
  'anon and authenticated may not write daily_call_stats in any way'
);
select is_empty(
  $$select r.rolname, p.priv
      from (values ('anon'), ('authenticated')) r(rolname)
     cross join (values ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) p(priv)
     where has_table_privilege(r.rolname, 'private.daily_call_callers', p.priv)$$,
  'anon and authenticated hold no privilege on private.daily_call_callers'
);

-- ============================================================================
-- Bulk insert: several statuses, several local days, calls near local midnight
-- ============================================================================
-- stats-a (New York)                     stats-b (Tokyo)
--   day -5 08:00 X1 completed 300          day -4 23:59 Y2 completed 10
--          08:05 X1 completed 200          day -3 00:30 Y1 completed 45  (UTC: day -4)
--   day -3 10:00 X1 completed 120                 09:00 X1 completed 30
--          11:00 X2 completed 60                  12:00 Y1 completed 100
--          12:00 X1 failed, unanswered            23:30 Y3 failed, unanswered
--          23:30 X3 completed 30  (UTC: day -2)   day -2 15:00 Y2 answered
--   day -2 00:30 X1 answered
--          09:00 X4 ringing
--          14:00 X2 failed after 15 s of talk
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
select f.phone_id, f.sid, f.caller, f.status::public.call_status, t.at,
       case when f.answered then t.at + interval '5 seconds' end,
       case when f.status in ('completed', 'failed')
            then t.at + interval '5 seconds' + make_interval(secs => f.talk) + interval '15 seconds' * (not f.answered)::int end,
       f.talk
  from (values
    ('stats-a', 'CSA01', '+15550004101', 'completed', true,  3, '10:00', 120),
    ('stats-a', 'CSA02', '+15550004102', 'completed', true,  3, '11:00', 60),
    ('stats-a', 'CSA03', '+15550004101', 'failed',    false, 3, '12:00', 0),
    ('stats-a', 'CSA04', '+15550004103', 'completed', true,  3, '23:30', 30),
    ('stats-a', 'CSA05', '+15550004101', 'answered',  true,  2, '00:30', 0),
    ('stats-a', 'CSA06', '+15550004104', 'ringing',   false, 2, '09:00', 0),
    ('stats-a', 'CSA07', '+15550004102', 'failed',    true,  2, '14:00', 15),
    ('stats-a', 'CSA08', '+15550004101', 'completed', true,  5, '08:00', 300),
    ('stats-a', 'CSA09', '+15550004101', 'completed', true,  5, '08:05', 200),
    ('stats-b', 'CSB01', '+81310004001', 'completed', true,  3, '00:30', 45),
    ('stats-b', 'CSB02', '+81310004003', 'failed',    false, 3, '23:30', 0),
    ('stats-b', 'CSB03', '+81310004001', 'completed', true,  3, '12:00', 100),
    ('stats-b', 'CSB04', '+81310004002', 'completed', true,  4, '23:59', 10),
    ('stats-b', 'CSB05', '+81310004002', 'answered',  true,  2, '15:00', 0),
    ('stats-b', 'CSB06', '+15550004101', 'completed', true,  3, '09:00', 30)
  ) as f(phone_id, sid, caller, status, answered, days_ago, local_time, talk)
  join public.phone_numbers p on p.id = f.phone_id
 cross join lateral (select pg_temp.at_local(p.timezone, f.days_ago, f.local_time::time) as at) t;

select * from pg_temp.stats_match('after a bulk insert');

select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 3))$$,
  $$values (4, 3, 3, 1, 210::bigint, 70.00, 3)$$,
  'stats-a, New York day -3: the 23:30 call counts there, failed calls are not talk time, X1 counts once'
);
select is(
  (select (created_at at time zone 'UTC')::date from public.calls where phone_id = 'stats-a' and call_sid = 'CSA04'),
  pg_temp.local_day('America/New_York', 3) + 1,
  'the 23:30 New York call (CSA04) is on the next UTC day, so the day above is the local one'
);
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 2))$$,
  $$values (3, 2, 0, 1, 0::bigint, null::numeric, 3)$$,
  'stats-a, day -2: an answered call in progress and a failed answered call are answered; no completed call, no average'
);
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 5))$$,
  $$values (2, 2, 2, 0, 500::bigint, 250.00, 1)$$,
  'stats-a, day -5: a caller calling twice the same day is one unique caller'
);
select results_eq(
  $$select * from pg_temp.day_row('stats-b', pg_temp.local_day('Asia/Tokyo', 3))$$,
  $$values (4, 3, 3, 1, 175::bigint, 58.33, 3)$$,
  'stats-b, Tokyo day -3: the 00:30 call (previous UTC day) counts there; average rounded to 2 places'
);
select results_eq(
  $$select * from pg_temp.day_row('stats-b', pg_temp.local_day('Asia/Tokyo', 4))$$,
  $$values (1, 1, 1, 0, 10::bigint, 10.00, 1)$$,
  'stats-b, Tokyo day -4 has only its 23:59 call, not the 00:30 call of the next local day'
);
select results_eq(
  $$select phone_id, (now() at time zone p.timezone)::date - s.day
      from public.daily_call_stats s join public.phone_numbers p on p.id = s.phone_id
     where s.phone_id in ('stats-a', 'stats-b') order by 1, 2$$,
  $$values ('stats-a', 2), ('stats-a', 3), ('stats-a', 5), ('stats-b', 2), ('stats-b', 3), ('stats-b', 4)$$,
  'stats rows exist for exactly the local days that have calls'
);

-- ============================================================================
-- One call through the webhooks: ringing -> (retried) -> answered -> completed
-- ============================================================================

set local role service_role;
set local request.jwt.claims = '{"role":"service_role"}';
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('stats-a', 'CSW01', '+15550004102', 'ringing')
    on conflict (phone_id, call_sid) do update
      set status = excluded.status, answered_at = coalesce(excluded.answered_at, c.answered_at),
          ended_at = coalesce(excluded.ended_at, c.ended_at), duration = greatest(excluded.duration, c.duration)$$,
  'the service role upserts a ringing call'
);
reset role;
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 0))$$,
  $$values (1, 0, 0, 0, 0::bigint, null::numeric, 1)$$,
  'a ringing call counts as a call of today, not answered'
);
set local role service_role;
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('stats-a', 'CSW01', '+15550004102', 'ringing')
    on conflict (phone_id, call_sid) do update
      set status = excluded.status, answered_at = coalesce(excluded.answered_at, c.answered_at),
          ended_at = coalesce(excluded.ended_at, c.ended_at), duration = greatest(excluded.duration, c.duration)$$,
  'the ringing webhook is retried'
);
reset role;
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 0))$$,
  $$values (1, 0, 0, 0, 0::bigint, null::numeric, 1)$$,
  'a retried webhook does not count the call twice'
);
set local role service_role;
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status, answered_at)
    values ('stats-a', 'CSW01', '+15550004102', 'answered', now() + interval '3 seconds')
    on conflict (phone_id, call_sid) do update
      set status = excluded.status, answered_at = coalesce(excluded.answered_at, c.answered_at),
          ended_at = coalesce(excluded.ended_at, c.ended_at), duration = greatest(excluded.duration, c.duration)$$,
  'the answered webhook arrives'
);
reset role;
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 0))$$,
  $$values (1, 1, 0, 0, 0::bigint, null::numeric, 1)$$,
  'the answered call is counted as answered, once'
);
set local role service_role;
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration)
    values ('stats-a', 'CSW01', '+15550004102', 'completed', now() + interval '3 seconds', now() + interval '93 seconds', 90)
    on conflict (phone_id, call_sid) do update
      set status = excluded.status, answered_at = coalesce(excluded.answered_at, c.answered_at),
          ended_at = coalesce(excluded.ended_at, c.ended_at), duration = greatest(excluded.duration, c.duration)$$,
  'the completed webhook arrives with a duration of 90 s'
);
reset role;
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 0))$$,
  $$values (1, 1, 1, 0, 90::bigint, 90.00, 1)$$,
  'the completed call adds its 90 s of talk time'
);
select * from pg_temp.stats_match('after the webhook flow');

-- ============================================================================
-- Failed calls
-- ============================================================================

set local role service_role;
select lives_ok(
  $$update public.calls set status = 'failed' where phone_id = 'stats-a' and call_sid = 'CSA06'$$,
  'a ringing call fails'
);
select lives_ok(
  $$insert into public.calls as c (phone_id, call_sid, caller_number, status)
    values ('stats-b', 'CSW02', '+81310004003', 'failed')
    on conflict (phone_id, call_sid) do update set status = excluded.status$$,
  'a call first reported as failed is inserted'
);
reset role;
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 2))$$,
  $$values (3, 2, 0, 2, 0::bigint, null::numeric, 3)$$,
  'a ringing call that fails moves from in-progress to failed, still one call'
);
select results_eq(
  $$select * from pg_temp.day_row('stats-b', pg_temp.local_day('Asia/Tokyo', 0))$$,
  $$values (1, 0, 0, 1, 0::bigint, null::numeric, 1)$$,
  'a call reported failed straight away counts as failed and unanswered'
);
select * from pg_temp.stats_match('after failed calls');

-- ============================================================================
-- A multi-row update across phones and days
-- ============================================================================

select results_eq(
  $$with u as (
      update public.calls set status = 'completed', ended_at = answered_at + interval '42 seconds', duration = 42
       where phone_id in ('stats-a', 'stats-b') and status = 'answered'
      returning call_sid)
    select call_sid from u order by 1$$,
  $$values ('CSA05'), ('CSB05')$$,
  'one statement completes the two answered calls, of two phones'
);
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 2))$$,
  $$values (3, 2, 1, 2, 42::bigint, 42.00, 3)$$,
  'stats-a, day -2 gains one completed call of 42 s'
);
select results_eq(
  $$select * from pg_temp.day_row('stats-b', pg_temp.local_day('Asia/Tokyo', 2))$$,
  $$values (1, 1, 1, 0, 42::bigint, 42.00, 1)$$,
  'stats-b, day -2 gains one completed call of 42 s'
);
select * from pg_temp.stats_match('after a multi-row update');

-- ============================================================================
-- An update of the transcript only writes no statistics
-- ============================================================================
-- now() is fixed for the transaction, so updated_at alone could not show a
-- rewrite; the row version (ctid) changes on any update, even a no-op one.

create temp table stats_rows_before as
select phone_id, day, ctid::text as row_version, updated_at
  from public.daily_call_stats where phone_id in ('stats-a', 'stats-b');

set local role authenticated;
set local request.jwt.claims = '{"sub":"c1000000-0000-4000-8000-000000000002","role":"authenticated"}';
select results_eq(
  $$with u as (update public.calls set transcript = 'Corrected by the admin' where phone_id = 'stats-a' returning 1)
    select count(*)::integer from u$$,
  $$values (10)$$,
  'admin of stats-a corrects the transcript of all 10 calls of stats-a in one statement'
);
reset role;
select results_eq(
  $$select phone_id, day, ctid::text, updated_at from public.daily_call_stats
     where phone_id in ('stats-a', 'stats-b') order by 1, 2$$,
  $$select phone_id, day, row_version, updated_at from stats_rows_before order by 1, 2$$,
  'a transcript-only update leaves every stats row untouched (same row version, same updated_at)'
);
select * from pg_temp.stats_match('after a transcript correction');

-- ============================================================================
-- Deleting calls; repeat callers
-- ============================================================================

set local role service_role;
select lives_ok($$delete from public.calls where phone_id = 'stats-a' and call_sid = 'CSA01'$$,
  'the service role deletes one of X1''s two calls of day -3');
reset role;
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 3))$$,
  $$values (3, 2, 2, 1, 90::bigint, 45.00, 3)$$,
  'deleting a call of a caller who called again that day keeps unique_callers'
);
set local role service_role;
select lives_ok($$delete from public.calls where phone_id = 'stats-a' and call_sid = 'CSA03'$$,
  'the service role deletes X1''s last call of day -3');
reset role;
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 3))$$,
  $$values (2, 2, 2, 0, 90::bigint, 45.00, 2)$$,
  'deleting a caller''s last call of the day decreases unique_callers'
);
select results_eq(
  $$select * from pg_temp.day_row('stats-b', pg_temp.local_day('Asia/Tokyo', 3))$$,
  $$values (4, 3, 3, 1, 175::bigint, 58.33, 3)$$,
  'the same caller number on stats-b keeps counting there'
);
set local role service_role;
select lives_ok($$delete from public.calls where phone_id = 'stats-b' and call_sid = 'CSB04'$$,
  'the service role deletes the only call of stats-b''s day -4');
reset role;
select results_eq(
  $$select * from pg_temp.day_row('stats-b', pg_temp.local_day('Asia/Tokyo', 4))$$,
  $$values (0, 0, 0, 0, 0::bigint, null::numeric, 0)$$,
  'a day whose only call is deleted drops to zero everywhere'
);

insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
values ('stats-a', 'CSA10', '+15550004102', 'completed', pg_temp.at_local('America/New_York', 3, '15:00'),
        pg_temp.at_local('America/New_York', 3, '15:00') + interval '2 seconds',
        pg_temp.at_local('America/New_York', 3, '15:00') + interval '62 seconds', 60);
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 3))$$,
  $$values (3, 3, 3, 0, 150::bigint, 50.00, 2)$$,
  'a repeat caller (X2 again on day -3) adds a call but no unique caller'
);
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
select 'stats-a', v.sid, '+15550004105', 'completed', v.at, v.at + interval '1 second',
       v.at + interval '1 second' + make_interval(secs => v.talk), v.talk
  from (values ('CSA11', pg_temp.at_local('America/New_York', 4, '10:00'), 20),
               ('CSA12', pg_temp.at_local('America/New_York', 4, '20:00'), 40)) v(sid, at, talk);
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 4))$$,
  $$values (2, 2, 2, 0, 60::bigint, 30.00, 1)$$,
  'two calls of a new caller inserted by one statement make one unique caller'
);
select * from pg_temp.stats_match('after deletes and repeat callers');

-- ============================================================================
-- Who reads the statistics
-- ============================================================================

create temp table visible_stats as
select phone_id, day, total_calls from public.daily_call_stats where phone_id in ('stats-a', 'stats-b');
grant select on visible_stats to authenticated;

set local role authenticated;
set local request.jwt.claims = '{"sub":"c1000000-0000-4000-8000-000000000001","role":"authenticated"}';
select results_eq(
  $$select phone_id, day, total_calls from public.daily_call_stats order by 1, 2$$,
  $$select * from visible_stats where phone_id = 'stats-a' order by 1, 2$$,
  'the owner of stats-a reads exactly the stats of stats-a'
);
set local request.jwt.claims = '{"sub":"c1000000-0000-4000-8000-000000000003","role":"authenticated"}';
select results_eq(
  $$select phone_id, day, total_calls from public.daily_call_stats order by 1, 2$$,
  $$select * from visible_stats where phone_id = 'stats-a' order by 1, 2$$,
  'the viewer of stats-a reads exactly the stats of stats-a'
);
set local request.jwt.claims = '{"sub":"c1000000-0000-4000-8000-000000000004","role":"authenticated"}';
select results_eq(
  $$select phone_id, day, total_calls from public.daily_call_stats order by 1, 2$$,
  $$select * from visible_stats where phone_id = 'stats-b' order by 1, 2$$,
  'the owner of stats-b (and of call-less stats-c) reads exactly the stats of stats-b'
);
set local request.jwt.claims = '{"sub":"c1000000-0000-4000-8000-000000000005","role":"authenticated"}';
select is_empty($$select * from public.daily_call_stats$$, 'the outsider reads no stats');
set local request.jwt.claims = '{"sub":"c1000000-0000-4000-8000-000000000001","role":"authenticated"}';
select throws_ok(
  $$insert into public.daily_call_stats (phone_id, day, total_calls) values ('stats-a', current_date - 100, 99)$$,
  '42501', 'permission denied for table daily_call_stats', 'the owner cannot insert stats');
select throws_ok(
  $$update public.daily_call_stats set total_calls = 999 where phone_id = 'stats-a'$$,
  '42501', 'permission denied for table daily_call_stats', 'the owner cannot update stats');
select throws_ok(
  $$delete from public.daily_call_stats where phone_id = 'stats-a'$$,
  '42501', 'permission denied for table daily_call_stats', 'the owner cannot delete stats');
select throws_ok(
  $$select * from private.daily_call_callers$$,
  '42501', 'permission denied for table daily_call_callers', 'authenticated cannot read daily_call_callers');
reset role;
set local role anon;
set local request.jwt.claims = '{"role":"anon"}';
select is((select count(*)::integer from public.daily_call_stats), 0, 'anon reads no stats, without error');
select throws_ok(
  $$delete from public.daily_call_stats$$,
  '42501', 'permission denied for table daily_call_stats', 'anon cannot delete stats');
reset role;
select * from pg_temp.stats_match('after the refused writes');

-- ============================================================================
-- Changing the time zone rebuilds the phone's days
-- ============================================================================
-- In Berlin (6 hours ahead of New York; 5 for a few weeks a year, when only
-- one of the two observes daylight saving time) CSA04
-- (23:30, NY day -3) moves to NY day -2's date and CSA12 (20:00, NY day -4)
-- to NY day -3's date; the other fixture calls keep their dates.

set local role authenticated;
set local request.jwt.claims = '{"sub":"c1000000-0000-4000-8000-000000000001","role":"authenticated"}';
select lives_ok(
  $$update public.phone_numbers set timezone = 'Europe/Berlin' where id = 'stats-a'$$,
  'the owner of stats-a changes its time zone to Europe/Berlin'
);
reset role;
select * from pg_temp.stats_match('after a time zone change');
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 2))$$,
  $$values (4, 3, 2, 2, 72::bigint, 36.00, 4)$$,
  'in Berlin, the date of NY day -2 gains the 23:30 call of the day before and its caller'
);
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 3))$$,
  $$values (3, 3, 3, 0, 160::bigint, 53.33, 2)$$,
  'in Berlin, the date of NY day -3 loses CSA04 and gains the 20:00 call of the day before'
);
select results_eq(
  $$select * from pg_temp.day_row('stats-a', pg_temp.local_day('America/New_York', 4))$$,
  $$values (1, 1, 1, 0, 20::bigint, 20.00, 1)$$,
  'in Berlin, the date of NY day -4 keeps one of the two calls of its caller'
);
select is_empty(
  $$select day from public.daily_call_stats where phone_id = 'stats-a' and total_calls = 0$$,
  'the rebuild leaves no empty day behind'
);
select results_eq(
  $$select * from pg_temp.day_row('stats-b', pg_temp.local_day('Asia/Tokyo', 3))$$,
  $$values (4, 3, 3, 1, 175::bigint, 58.33, 3)$$,
  'another phone''s statistics are not touched by the rebuild'
);

-- ============================================================================
-- Deleting a whole phone number
-- ============================================================================

set local role authenticated;
set local request.jwt.claims = '{"sub":"c1000000-0000-4000-8000-000000000004","role":"authenticated"}';
select lives_ok($$delete from public.phone_numbers where id = 'stats-b'$$,
  'the owner of stats-b deletes the phone number, calls and all, without error');
reset role;
select is_empty($$select day from public.daily_call_stats where phone_id = 'stats-b'$$,
  'the deleted phone''s stats are gone');
select is_empty($$select day from private.daily_call_callers where phone_id = 'stats-b'$$,
  'the deleted phone''s per-caller counts are gone');
select is_empty($$select id from public.calls where phone_id = 'stats-b'$$,
  'the deleted phone''s calls are gone');
select * from pg_temp.stats_match('after deleting a phone number');

-- ============================================================================
-- Archive: structure and privileges
-- ============================================================================

select is_empty(
  $$select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'public.calls'::regclass and a.attnum > 0 and not a.attisdropped
    except
    select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'private.calls_archive'::regclass and a.attnum > 0 and not a.attisdropped$$,
  'calls_archive has every column of calls, with the same type'
);
select results_eq(
  $$select a.attname::text collate "default", format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'private.calls_archive'::regclass and a.attnum > 0 and not a.attisdropped
    except
    select a.attname::text collate "default", format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'public.calls'::regclass and a.attnum > 0 and not a.attisdropped$$,
  $$values ('archived_at', 'timestamp with time zone')$$,
  'calls_archive has only archived_at beyond the columns of calls'
);
select is_empty(
  $$select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'public.call_metadata'::regclass and a.attnum > 0 and not a.attisdropped
    except
    select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'private.call_metadata_archive'::regclass and a.attnum > 0 and not a.attisdropped$$,
  'call_metadata_archive has every column of call_metadata, with the same type'
);
select results_eq(
  $$select a.attname::text collate "default", format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'private.call_metadata_archive'::regclass and a.attnum > 0 and not a.attisdropped
    except
    select a.attname::text collate "default", format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'public.call_metadata'::regclass and a.attnum > 0 and not a.attisdropped$$,
  $$values ('archived_at', 'timestamp with time zone')$$,
  'call_metadata_archive has only archived_at beyond the columns of call_metadata'
);
select is_empty(
  $$select r.rolname, t.tab, p.priv
      from (values ('anon'), ('authenticated')) r(rolname)
     cross join (values ('private.calls_archive'), ('private.call_metadata_archive')) t(tab)
     cross join (values ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) p(priv)
     where has_table_privilege(r.rolname, t.tab, p.priv)
        or (p.priv in ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES') and has_any_column_privilege(r.rolname, t.tab, p.priv))$$,
  'anon and authenticated hold no privilege at all on the archive tables'
);
select ok(
  has_table_privilege('service_role', 'private.calls_archive', 'SELECT')
    and has_table_privilege('service_role', 'private.call_metadata_archive', 'SELECT'),
  'service_role may select the archive tables'
);
select is_empty(
  $$select r.rolname from (values ('anon'), ('authenticated')) r(rolname)
     where has_function_privilege(r.rolname, 'private.archive_calls(interval, integer)', 'execute')$$,
  'anon and authenticated may not execute private.archive_calls'
);
select results_eq(
  $$select jobname::text collate "default", schedule collate "default", command collate "default", active from cron.job
     where jobname in ('archive-calls', 'refresh-phone-performance-summary') order by jobname$$,
  $$values ('archive-calls', '*/10 * * * *', 'select * from private.archive_calls()', true),
           ('refresh-phone-performance-summary', '*/15 * * * *', 'select private.refresh_phone_performance_summary()', true)$$,
  'pg_cron runs archive-calls every 10 minutes and refresh-phone-performance-summary every 15'
);

set local role authenticated;
set local request.jwt.claims = '{"sub":"c1000000-0000-4000-8000-000000000001","role":"authenticated"}';
select throws_ok($$select * from private.calls_archive$$,
  '42501', 'permission denied for table calls_archive', 'authenticated cannot read calls_archive');
select throws_ok($$select * from private.call_metadata_archive$$,
  '42501', 'permission denied for table call_metadata_archive', 'authenticated cannot read call_metadata_archive');
select throws_ok($$select * from private.archive_calls()$$,
  '42501', 'permission denied for function archive_calls', 'authenticated cannot run archive_calls');
reset role;
set local role anon;
set local request.jwt.claims = '{"role":"anon"}';
select throws_ok($$select * from private.calls_archive$$,
  '42501', 'permission denied for schema private', 'anon cannot reach calls_archive');
reset role;

-- ============================================================================
-- Archive: moving old calls
-- ============================================================================
-- Five calls of stats-a are due (400 to 404 days old, and one a minute past
-- the 365-day cutoff), three of them with metadata. Two recent calls with
-- metadata stay, one of them an hour short of the cutoff.

-- Calls already due elsewhere (the seed has none) are archived first, so the
-- counts the runs below report are this file's calls only.
do $$ begin perform private.archive_calls(p_batch_size => 100000); end $$;

insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration,
                          recording_url, transcript, ai_summary, ai_confidence)
values
  ('stats-a', 'CSO01', '+15550004101', 'completed', now() - interval '404 days',
   now() - interval '404 days' + interval '4 seconds', now() - interval '404 days' + interval '184 seconds', 180,
   'https://recordings.example/CSO01.mp3', 'Hello, I would like to book a cleaning.', 'Booked a cleaning.', 0.87),
  ('stats-a', 'CSO02', '+15550004102', 'failed', now() - interval '403 days',
   null, now() - interval '403 days' + interval '20 seconds', 0, null, null, null, null),
  ('stats-a', 'CSO03', '+15550004101', 'completed', now() - interval '402 days',
   now() - interval '402 days' + interval '2 seconds', now() - interval '402 days' + interval '62 seconds', 60,
   null, 'Short call.', null, 0.40),
  ('stats-a', 'CSO04', '+15550004106', 'completed', now() - interval '400 days',
   now() - interval '400 days' + interval '2 seconds', now() - interval '400 days' + interval '12 seconds', 10,
   null, null, null, null),
  ('stats-a', 'CSO05', '+15550004106', 'failed', now() - interval '365 days 1 minute',
   now() - interval '365 days 1 minute' + interval '1 second', now() - interval '365 days 1 minute' + interval '6 seconds', 5,
   null, null, null, 1.00),
  ('stats-a', 'CSR01', '+15550004107', 'completed', now() - interval '364 days 23 hours',
   now() - interval '364 days 23 hours' + interval '1 second', now() - interval '364 days 23 hours' + interval '31 seconds', 30,
   null, null, null, null),
  ('stats-a', 'CSR02', '+15550004107', 'completed', now() - interval '10 days',
   now() - interval '10 days' + interval '1 second', now() - interval '10 days' + interval '51 seconds', 50,
   null, null, null, 0.95);
insert into public.call_metadata (phone_id, call_id, metadata, custom_fields, tags)
select c.phone_id, c.id, m.metadata::jsonb, m.custom_fields::jsonb, m.tags::text[]
  from (values ('CSO01', '{"intent": "booking", "patient": {"new": true}}', '{"chair": 3}', '{vip,cleaning}'),
               ('CSO03', '{"intent": "question"}', '{}', '{}'),
               ('CSO05', '{"intent": "emergency"}', '{"callback": "+15550004106"}', '{urgent}'),
               ('CSR01', '{"intent": "billing"}', '{}', '{billing}'),
               ('CSR02', '{"intent": "booking"}', '{}', '{}')) m(sid, metadata, custom_fields, tags)
  join public.calls c on c.phone_id = 'stats-a' and c.call_sid = m.sid;

create temp table call_before as select * from public.calls where phone_id = 'stats-a' and call_sid = 'CSO01';
create temp table metadata_before as
select m.* from public.call_metadata m join public.calls c on c.phone_id = m.phone_id and c.id = m.call_id
 where c.phone_id = 'stats-a' and c.call_sid = 'CSO01';
create temp table stats_before_archive as
select phone_id, day, total_calls, answered_calls, completed_calls, failed_calls, total_duration,
       average_duration, unique_callers
  from public.daily_call_stats where phone_id = 'stats-a';
select * from pg_temp.stats_match('after inserting calls due for the archive');

select lives_ok(
  $$create temp table archive_run_1 as select * from private.archive_calls(p_batch_size => 3)$$,
  'archive_calls(p_batch_size => 3) runs'
);
select results_eq(
  $$select calls_archived, cutoff from archive_run_1$$,
  $$values (3::bigint, now() - interval '365 days')$$,
  'the first run moves exactly 3 calls (the batch size) and reports the cutoff now() - 365 days'
);
select results_eq(
  $$select metadata_archived from archive_run_1$$,
  $$select count(*) from private.call_metadata_archive where phone_id = 'stats-a'$$,
  'the first run reports as many metadata rows as it archived'
);
select results_eq(
  $$select (select count(*)::integer from private.calls_archive where phone_id = 'stats-a'),
           (select count(*)::integer from public.calls where phone_id = 'stats-a' and call_sid like 'CSO%')$$,
  $$values (3, 2)$$,
  'after the first run 3 old calls are in the archive and 2 still in calls'
);
select lives_ok(
  $$create temp table archive_run_2 as select * from private.archive_calls(p_batch_size => 3)$$,
  'archive_calls runs a second time'
);
select results_eq(
  $$select calls_archived, metadata_archived + (select metadata_archived from archive_run_1) from archive_run_2$$,
  $$values (2::bigint, 3::bigint)$$,
  'the second run moves the 2 remaining old calls; the two runs moved the 3 metadata rows'
);
select lives_ok(
  $$create temp table archive_run_3 as select * from private.archive_calls(p_batch_size => 3)$$,
  'archive_calls runs a third time'
);
select results_eq(
  $$select calls_archived, metadata_archived from archive_run_3$$,
  $$values (0::bigint, 0::bigint)$$,
  'a run with nothing due moves nothing (idempotent)'
);
select results_eq(
  $$select call_sid from private.calls_archive where phone_id = 'stats-a' order by 1$$,
  $$values ('CSO01'), ('CSO02'), ('CSO03'), ('CSO04'), ('CSO05')$$,
  'exactly the calls older than 365 days are archived'
);
select is_empty(
  $$select c.id from public.calls c where c.created_at < now() - interval '365 days'$$,
  'no call older than the cutoff is left in calls'
);
select results_eq(
  $$select call_sid from public.calls where phone_id = 'stats-a' and call_sid in ('CSR01', 'CSR02') order by 1$$,
  $$values ('CSR01'), ('CSR02')$$,
  'recent calls, including one an hour short of the cutoff, stay in calls'
);
select is_empty(
  $$select c.id from public.calls c join private.calls_archive a using (phone_id, id)$$,
  'no call is both in calls and in the archive'
);
select is(
  (select to_jsonb(a) - 'archived_at' from private.calls_archive a where a.phone_id = 'stats-a' and a.call_sid = 'CSO01'),
  (select to_jsonb(b) from call_before b),
  'an archived call keeps every column value it had in calls'
);
select results_eq(
  $$select ai_confidence, recording_url, archived_at from private.calls_archive where phone_id = 'stats-a' and call_sid = 'CSO01'$$,
  $$values (0.87::numeric(3, 2), 'https://recordings.example/CSO01.mp3', now())$$,
  'the archived call keeps ai_confidence and recording_url and is stamped archived_at = now()'
);
select is(
  (select to_jsonb(m) - 'archived_at' from private.call_metadata_archive m
     join private.calls_archive a on a.phone_id = m.phone_id and a.id = m.call_id
    where a.phone_id = 'stats-a' and a.call_sid = 'CSO01'),
  (select to_jsonb(b) from metadata_before b),
  'archived metadata keeps every column value it had in call_metadata'
);
select results_eq(
  $$select a.call_sid, m.archived_at from private.call_metadata_archive m
     join private.calls_archive a on a.phone_id = m.phone_id and a.id = m.call_id
    where m.phone_id = 'stats-a' order by 1$$,
  $$values ('CSO01', now()), ('CSO03', now()), ('CSO05', now())$$,
  'the metadata of exactly the archived calls moved with them'
);
select results_eq(
  $$select c.call_sid from public.call_metadata m join public.calls c on c.phone_id = m.phone_id and c.id = m.call_id
     where m.phone_id = 'stats-a' order by 1$$,
  $$values ('CSR01'), ('CSR02')$$,
  'call_metadata keeps the metadata of the recent calls only'
);
select results_eq(
  $$select phone_id, day, total_calls, answered_calls, completed_calls, failed_calls, total_duration,
           average_duration, unique_callers
      from public.daily_call_stats where phone_id = 'stats-a' order by 1, 2$$,
  $$select * from stats_before_archive order by 1, 2$$,
  'archiving changes no daily statistic'
);
select * from pg_temp.stats_match('after archiving');

select throws_ok($$select * from private.archive_calls(p_older_than => interval '23 hours 59 minutes')$$,
  '22023', 'retention must be at least 1 day, got 23:59:00', 'a retention under 1 day is refused');
select throws_ok($$select * from private.archive_calls(p_batch_size => 0)$$,
  '22023', 'batch size must be between 1 and 100000, got 0', 'a batch size of 0 is refused');
select throws_ok($$select * from private.archive_calls(p_batch_size => 100001)$$,
  '22023', 'batch size must be between 1 and 100000, got 100001', 'a batch size of 100001 is refused');

set local role service_role;
set local request.jwt.claims = '{"role":"service_role"}';
select results_eq(
  $$select (select count(*)::integer from private.calls_archive where phone_id = 'stats-a'),
           (select count(*)::integer from private.call_metadata_archive where phone_id = 'stats-a')$$,
  $$values (5, 3)$$,
  'service_role reads the archived calls and metadata'
);
reset role;

-- ============================================================================
-- phone_performance_summary
-- ============================================================================

select has_materialized_view('private', 'phone_performance_summary',
  'phone_performance_summary is a materialized view in schema private');
select is_empty(
  $$select r.rolname, p.priv
      from (values ('anon'), ('authenticated')) r(rolname)
     cross join (values ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) p(priv)
     where has_table_privilege(r.rolname, 'private.phone_performance_summary', p.priv)$$,
  'anon and authenticated hold no privilege on the materialized view'
);
select ok(
  (select reloptions @> array['security_invoker=true'] from pg_class where oid = 'public.phone_performance_summary'::regclass),
  'public.phone_performance_summary is a security_invoker view'
);
select is_empty(
  $$select r.rolname, f.fn
      from (values ('anon'), ('authenticated')) r(rolname)
     cross join (values ('private.refresh_phone_performance_summary()')) f(fn)
     where has_function_privilege(r.rolname, f.fn, 'execute')
    union all
    select 'anon', 'private.member_phone_performance_summary()'
     where has_function_privilege('anon', 'private.member_phone_performance_summary()', 'execute')$$,
  'the API roles cannot refresh the summary, and anon cannot call the members'' function'
);

-- Two more calls of stats-a around the 30-day edge.
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
values ('stats-a', 'CSM01', '+15550004108', 'completed', now() - interval '31 days',
        now() - interval '31 days' + interval '1 second', now() - interval '31 days' + interval '11 seconds', 10),
       ('stats-a', 'CSM02', '+15550004108', 'failed', now() - interval '29 days', null,
        now() - interval '29 days' + interval '9 seconds', 0);

select lives_ok($$select private.refresh_phone_performance_summary()$$,
  'the summary refreshes concurrently inside a transaction');

create temp table expected_summary as
select 'stats-a'::text as phone_id, count(*)::integer as total_calls,
       count(*) filter (where status = 'completed')::integer as completed_calls,
       round(count(*) filter (where status = 'completed') * 100.0 / count(*), 2) as success_rate
  from public.calls
 where phone_id = 'stats-a' and created_at >= now() - interval '30 days';
grant select on expected_summary to authenticated;

select is(
  (select total_calls from private.phone_performance_summary where phone_id = 'stats-a'),
  (select count(*)::integer from public.calls where phone_id = 'stats-a') - 2,
  'the summary of stats-a leaves out its two calls older than 30 days (31 and 364 days)'
);
select results_eq(
  $$select total_calls, answered_calls, completed_calls, failed_calls, average_duration, unique_callers, success_rate
      from private.phone_performance_summary where phone_id = 'stats-c'$$,
  $$values (0, 0, 0, 0, null::numeric, 0, null::numeric)$$,
  'a phone without calls has a row with zero calls and no average or success rate'
);
select is_empty($$select 1 from private.phone_performance_summary where phone_id = 'stats-b'$$,
  'a deleted phone number is gone from the refreshed summary');

set local role authenticated;
set local request.jwt.claims = '{"sub":"c1000000-0000-4000-8000-000000000001","role":"authenticated"}';
select results_eq(
  $$select phone_id, total_calls, completed_calls, success_rate from public.phone_performance_summary$$,
  $$select phone_id, total_calls, completed_calls, success_rate from expected_summary$$,
  'the owner of stats-a reads exactly stats-a''s row, equal to a recomputation of its last 30 days'
);
select throws_ok($$select * from private.phone_performance_summary$$,
  '42501', 'permission denied for materialized view phone_performance_summary',
  'authenticated cannot read the materialized view directly');
set local request.jwt.claims = '{"sub":"c1000000-0000-4000-8000-000000000004","role":"authenticated"}';
select results_eq(
  $$select phone_id, total_calls, success_rate from public.phone_performance_summary$$,
  $$values ('stats-c'::text, 0, null::numeric)$$,
  'the owner of the call-less stats-c reads its row: 0 calls, null success rate'
);
set local request.jwt.claims = '{"sub":"c1000000-0000-4000-8000-000000000005","role":"authenticated"}';
select is_empty($$select * from public.phone_performance_summary$$, 'the outsider reads no summary row');
reset role;
set local role anon;
set local request.jwt.claims = '{"role":"anon"}';
select throws_ok($$select * from public.phone_performance_summary$$,
  '42501', 'permission denied for view phone_performance_summary', 'anon cannot read the summary view');
reset role;

select * from finish();
rollback;
