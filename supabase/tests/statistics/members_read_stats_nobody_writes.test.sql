-- Who may touch daily_call_stats and private.daily_call_callers: RLS with a
-- single SELECT policy, no write privilege for anon or authenticated. Members
-- of any level read exactly their phones' statistics; an outsider and anon
-- read none; even an owner cannot insert, update or delete them, nor read the
-- per-caller counts; the refused writes change nothing.
begin;
select plan(17);

select tests.create_phone('stats-a', '+15550004001', 'America/New_York', 'Stats A Dental');
select tests.create_phone('stats-b', '+15550004002', 'Asia/Tokyo', 'Stats B Sushi');
select tests.create_phone('stats-c', '+15550004003', 'UTC', 'Stats C Quiet');
select tests.add_member('stats-a', 'ann-owner', 'owner');
select tests.add_member('stats-a', 'ava-viewer', 'viewer');
select tests.add_member('stats-b', 'bob-owner', 'owner');
select tests.add_member('stats-c', 'bob-owner', 'owner');
select tests.create_supabase_user('otto-outsider');

-- Two days of stats-a, one of stats-b; stats-c never has a call.
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
select f.phone_id, f.sid, f.caller, 'completed', t.at, t.at + interval '5 seconds',
       t.at + interval '5 seconds' + make_interval(secs => f.talk), f.talk
  from (values
    ('stats-a', 'CSA01', '+15550004101', 3, 120),
    ('stats-a', 'CSA02', '+15550004102', 5, 60),
    ('stats-b', 'CSB01', '+81310004001', 3, 45)
  ) as f(phone_id, sid, caller, days_ago, talk)
 cross join lateral (select now() - make_interval(days => f.days_ago) as at) t;

-- Structure and privileges.

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

-- Who reads the statistics: compared with every stats row, read as postgres.

create temp table visible_stats as
select phone_id, day, total_calls from public.daily_call_stats where phone_id in ('stats-a', 'stats-b');
grant select on visible_stats to authenticated;

select tests.authenticate_as('ann-owner');
select results_eq(
  $$select phone_id, day, total_calls from public.daily_call_stats order by 1, 2$$,
  $$select * from visible_stats where phone_id = 'stats-a' order by 1, 2$$,
  'the owner of stats-a reads exactly the stats of stats-a'
);
select tests.authenticate_as('ava-viewer');
select results_eq(
  $$select phone_id, day, total_calls from public.daily_call_stats order by 1, 2$$,
  $$select * from visible_stats where phone_id = 'stats-a' order by 1, 2$$,
  'the viewer of stats-a reads exactly the stats of stats-a'
);
select tests.authenticate_as('bob-owner');
select results_eq(
  $$select phone_id, day, total_calls from public.daily_call_stats order by 1, 2$$,
  $$select * from visible_stats where phone_id = 'stats-b' order by 1, 2$$,
  'the owner of stats-b (and of call-less stats-c) reads exactly the stats of stats-b'
);
select tests.authenticate_as('otto-outsider');
select is_empty($$select * from public.daily_call_stats$$, 'a user who is a member of no phone reads no stats');

-- Nobody writes them.

select tests.authenticate_as('ann-owner');
select throws_ok(
  $$insert into public.daily_call_stats (phone_id, day, total_calls) values ('stats-a', current_date - 100, 99)$$,
  '42501', 'permission denied for table daily_call_stats', 'the owner cannot insert stats (42501)');
select throws_ok(
  $$update public.daily_call_stats set total_calls = 999 where phone_id = 'stats-a'$$,
  '42501', 'permission denied for table daily_call_stats', 'the owner cannot update stats (42501)');
select throws_ok(
  $$delete from public.daily_call_stats where phone_id = 'stats-a'$$,
  '42501', 'permission denied for table daily_call_stats', 'the owner cannot delete stats (42501)');
select throws_ok(
  $$select * from private.daily_call_callers$$,
  '42501', 'permission denied for table daily_call_callers', 'authenticated cannot read daily_call_callers (42501)');
select tests.authenticate_as_anon();
select throws_ok($$select count(*) from public.daily_call_stats$$,
  '42501', 'permission denied for table daily_call_stats', 'anon cannot read stats (42501, no privilege)');
select throws_ok(
  $$delete from public.daily_call_stats$$,
  '42501', 'permission denied for table daily_call_stats', 'anon cannot delete stats (42501)');
select tests.clear_authentication();
select * from tests.daily_call_stats_match(array['stats-a', 'stats-b'], 'after the refused writes');

select * from finish();
rollback;
