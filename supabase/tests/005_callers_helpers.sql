-- Helpers for the callers tests (supabase/tests/callers): ONE recomputation of
-- the counts of public.callers from calls and archived calls, written from the
-- definition of the columns rather than from the triggers' SQL, and the
-- assertion that the directory equals it. Installed in the `tests` schema like
-- 000_test_helpers.sql (which runs first) and replaced on every run.
--
--   select * from tests.expected_callers(array['phone-a']);
--   select tests.callers_match(array['phone-a'], 'after X');  -- one assertion
--
-- They read as the session user (postgres, which bypasses RLS): call
-- tests.clear_authentication() before them. No API role may call them.

create extension if not exists pgtap with schema extensions;
create schema if not exists tests;

-- Every caller number with a call or an archived call, with how many, the
-- earliest and the latest created_at.
create or replace function tests.expected_callers(phone_ids text[])
returns table (phone_id text, caller_number text, call_count integer, first_call_at timestamptz, last_call_at timestamptz)
language sql
stable
security invoker
set search_path = ''
as $$
  with every_call as (
    select c.phone_id, c.caller_number, c.created_at from public.calls c
    union all
    select a.phone_id, a.caller_number, a.created_at from private.calls_archive a
  )
  select c.phone_id, c.caller_number, count(*)::integer, min(c.created_at), max(c.created_at)
    from every_call c
   where c.phone_id = any (phone_ids)
   group by 1, 2
   order by 1, 2
$$;
comment on function tests.expected_callers(text[]) is
  'What the counts of public.callers must be for these phones, recomputed from calls and archived calls (one row per '
  'phone and caller number with a call), ordered by phone and number.';

-- Rows of callers without calls (call_count 0) are kept for what members wrote;
-- they must have no first or last call, and no other row may be missing or differ.
create or replace function tests.callers_match(phone_ids text[], label text)
returns text
language plpgsql
security invoker
set search_path = extensions
as $$
declare
  ids text := pg_catalog.quote_literal(phone_ids::text) || '::text[]';
begin
  return extensions.results_eq(
    'select phone_id, caller_number, call_count, first_call_at, last_call_at from public.callers
      where phone_id = any (' || ids || ') and (call_count <> 0 or first_call_at is not null or last_call_at is not null)
      order by 1, 2',
    'select * from tests.expected_callers(' || ids || ')',
    'callers equals a recomputation from calls and archived calls ' || label);
end
$$;
comment on function tests.callers_match(text[], text) is
  'One pgTAP assertion: the callers rows of these phones with calls (or with a stray count or time) equal '
  'tests.expected_callers, in order.';

-- The helpers themselves, proved in a transaction that leaves nothing behind.
begin;
select plan(3);

select tests.create_phone('helper-callers', '+15550009901', 'UTC');
insert into public.calls (phone_id, call_sid, caller_number, created_at) values
  ('helper-callers', 'CAhelper1', '+15550001001', '2026-11-01 10:00+00'),
  ('helper-callers', 'CAhelper2', '+15550001001', '2026-11-03 10:00+00'),
  ('helper-callers', 'CAhelper3', '+15550001002', '2026-11-02 10:00+00');
insert into private.calls_archive (phone_id, id, call_sid, caller_number, status, duration, created_at, updated_at)
values ('helper-callers', gen_random_uuid(), 'CAhelper0', '+15550001001', 'completed', 0, '2025-10-01 10:00+00', now());

select results_eq(
  $$select * from tests.expected_callers(array['helper-callers'])$$,
  $$values ('helper-callers', '+15550001001', 3, '2025-10-01 10:00+00'::timestamptz, '2026-11-03 10:00+00'::timestamptz),
           ('helper-callers', '+15550001002', 1, '2026-11-02 10:00+00'::timestamptz, '2026-11-02 10:00+00'::timestamptz)$$,
  'expected_callers counts calls and archived calls per number, with the earliest and latest start'
);
select tests.callers_match(array['helper-callers'], 'in the helper''s own test');
-- A stray count must fail the match: checked on a copy of its query.
update public.callers set call_count = 7 where phone_id = 'helper-callers' and caller_number = '+15550001002';
select isnt_empty(
  $$select phone_id, caller_number, call_count, first_call_at, last_call_at from public.callers
     where phone_id = 'helper-callers'
    except select * from tests.expected_callers(array['helper-callers'])$$,
  'a changed count is a difference callers_match would report'
);

select * from finish();
rollback;
