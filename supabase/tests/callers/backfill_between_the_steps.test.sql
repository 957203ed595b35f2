-- The deployment of callers, step by step, with calls written between the
-- steps: calls from before the triggers (and archived ones), the triggers
-- (20261130100100), calls inserted, deleted, archived and moved in time while
-- nothing is backfilled yet, the backfill's batches (20261130100200, here
-- with batches of 2 callers, in this one transaction), more calls, and the
-- count rules (20261130100300 and 100400). Every count ends exact: nothing
-- counted twice, nothing lost. The backfill racing concurrent writers is in
-- tests/callers-backfill.test.ts.
begin;
select plan(8);

select tests.create_phone('bf-a', '+15550003301', 'UTC');
select tests.create_phone('bf-b', '+15550003302', 'UTC');

-- Before 20261130100100: calls without the callers triggers (and without the
-- count rules, which come after the backfill).
alter table public.callers drop constraint callers_call_count_nonnegative,
                           drop constraint callers_first_call_not_after_last;
alter table public.calls disable trigger callers_count_inserts;
alter table private.calls_archive disable trigger callers_count_inserts;
insert into public.calls (phone_id, call_sid, caller_number, created_at)
select p, 'CAbf' || p || n, '+1312555' || lpad((n % 5)::text, 4, '0'), now() - make_interval(days => 60 - n)
  from unnest(array['bf-a', 'bf-b']) p, generate_series(1, 20) n;
insert into private.calls_archive (phone_id, id, call_sid, caller_number, status, duration, created_at, updated_at)
values ('bf-a', gen_random_uuid(), 'CAbfold1', '+13125550001', 'completed', 0, now() - interval '500 days', now()),
       ('bf-a', gen_random_uuid(), 'CAbfold2', '+13125550009', 'completed', 0, now() - interval '450 days', now());
alter table public.calls enable trigger callers_count_inserts;
alter table private.calls_archive enable trigger callers_count_inserts;
select is_empty($$select from public.callers where phone_id in ('bf-a', 'bf-b')$$,
  'before the triggers, the calls have no callers rows');

-- 20261130100100 committed: the triggers count what is written from now on.
-- Between the steps: a new call of a caller not yet backfilled, a new caller,
-- a pre-existing call deleted, one moved back in time, one given another
-- number, and an archived one deleted.
insert into public.calls (phone_id, call_sid, caller_number, created_at) values
  ('bf-a', 'CAbfnew1', '+13125550001', now() - interval '1 hour'),
  ('bf-a', 'CAbfnew2', '+13125550077', now() - interval '2 hours');
delete from public.calls where phone_id = 'bf-a' and call_sid = 'CAbfbf-a2';
update public.calls set created_at = now() - interval '70 days' where phone_id = 'bf-b' and call_sid = 'CAbfbf-b3';
update public.calls set caller_number = '+13125550088' where phone_id = 'bf-b' and call_sid = 'CAbfbf-b4';
delete from private.calls_archive where phone_id = 'bf-a' and call_sid = 'CAbfold2';
select isnt_empty(
  $$select phone_id, caller_number, call_count, first_call_at, last_call_at from public.callers
     where phone_id in ('bf-a', 'bf-b')
    except select * from tests.expected_callers(array['bf-a', 'bf-b'])$$,
  'between the steps the callers rows hold only what changed since the triggers (partial, some negative)'
);

-- 20261130100200: the backfill's batches, 2 callers each, over every caller of
-- the database in key order (the migration commits each; here they share this
-- transaction).
create temp table batches (n integer, last_phone text, last_caller text, changed integer) on commit drop;
with recursive b(n, last_phone, last_caller, changed) as (
  select 1, r.last_phone, r.last_caller, r.changed from private.backfill_callers_batch('', '', 2) r
  union all
  select b.n + 1, r.last_phone, r.last_caller, r.changed
    from b, private.backfill_callers_batch(b.last_phone, b.last_caller, 2) r
   where b.last_phone is not null
)
insert into batches select * from b;
select is((select count(*)::int from batches where last_phone is null), 1, 'the batches end with one that finds no caller left');
select cmp_ok((select sum(changed)::int from batches where last_phone like 'bf-_'), '>=', 9,
  'the batches recounted the test''s callers (and left the others as they were)');
select tests.callers_match(array['bf-a', 'bf-b'], 'after the backfill');

-- After the backfill: the triggers go on, exactly.
insert into public.calls (phone_id, call_sid, caller_number, created_at)
values ('bf-b', 'CAbfafter', '+13125550002', now() - interval '5 minutes');
delete from public.calls where phone_id = 'bf-a' and call_sid = 'CAbfbf-a7';
select tests.callers_match(array['bf-a', 'bf-b'], 'after calls written after the backfill');

-- 20261130100300 and 20261130100400: the count rules hold for every row.
alter table public.callers
  add constraint callers_call_count_nonnegative check (call_count >= 0) not valid,
  add constraint callers_first_call_not_after_last check (first_call_at <= last_call_at) not valid;
select lives_ok($$alter table public.callers validate constraint callers_call_count_nonnegative$$,
  'callers_call_count_nonnegative validates after the backfill');
select lives_ok($$alter table public.callers validate constraint callers_first_call_not_after_last$$,
  'callers_first_call_not_after_last validates after the backfill');

select * from finish();
rollback;
