-- The functions behind the tenancy policies and triggers (private.member_phone_ids,
-- private.member_phone_performance_summary, private.keep_an_owner) are SECURITY DEFINER with an empty
-- search_path, the policy helpers are STABLE PL/pgSQL, only the right roles may
-- execute them, and authenticated carries the planner cost its RLS queries need.
begin;
select plan(10);

select ok(
  (select prosecdef and proconfig @> array['search_path=""'] and provolatile = 's'
     from pg_proc where oid = 'private.member_phone_ids(public.member_role)'::regprocedure),
  'private.member_phone_ids is STABLE SECURITY DEFINER with search_path = '''''
);
-- Every policy calls member_phone_ids once per statement: PL/pgSQL keeps its
-- query's plan for the session, where a SQL function's body is planned anew.
select is(
  (select array_agg(l.lanname::text order by p.proname) from pg_proc p join pg_language l on l.oid = p.prolang
    where p.oid in ('private.member_phone_ids(public.member_role)'::regprocedure,
                    'private.member_phone_performance_summary()'::regprocedure)),
  array['plpgsql', 'plpgsql'],
  'private.member_phone_ids and member_phone_performance_summary are PL/pgSQL, so their plans are cached'
);
-- The planner cost that keeps misestimated RLS listings on the ordered index.
select is(
  (select s.setting from pg_db_role_setting r, unnest(r.setconfig) as s(setting)
    where r.setrole = 'authenticated'::regrole and r.setdatabase = 0 and s.setting like 'random_page_cost=%'),
  'random_page_cost=1.1',
  'the authenticated role carries its own setting random_page_cost = 1.1'
);
select ok(
  (select prosecdef and proconfig @> array['search_path=""'] and provolatile = 's'
     from pg_proc where oid = 'private.member_phone_performance_summary()'::regprocedure),
  'private.member_phone_performance_summary is STABLE SECURITY DEFINER with search_path = '''''
);
select ok(
  (select prosecdef and proconfig @> array['search_path=""']
     from pg_proc where oid = 'private.keep_an_owner()'::regprocedure),
  'private.keep_an_owner is SECURITY DEFINER with search_path = '''''
);
select is_empty(
  $$select p.oid::regprocedure::text from pg_proc p
     where p.pronamespace in ('public'::regnamespace, 'private'::regnamespace)
       and p.prosecdef and not coalesce(p.proconfig @> array['search_path=""'], false)$$,
  'no SECURITY DEFINER function in public or private lacks search_path = '''''
);

select ok(
  has_function_privilege('authenticated', 'private.member_phone_ids(public.member_role)', 'execute'),
  'authenticated may execute private.member_phone_ids, which its policies call'
);
select is(
  has_function_privilege('anon', 'private.member_phone_ids(public.member_role)', 'execute'), false,
  'anon has no EXECUTE on private.member_phone_ids'
);
select hasnt_function('private', 'has_phone_role',
  'private.has_phone_role, which nothing called, is gone: functions check membership with member_phone_ids');

-- Functions called by CHECK constraints run with the privileges of whoever
-- writes the row, so every role that writes a tenant table needs EXECUTE on them.
select is_empty(
  $$select distinct d.refobjid::regprocedure::text || ' for ' || r.rolname
      from pg_constraint c
      join pg_depend d on d.classid = 'pg_constraint'::regclass and d.objid = c.oid
                      and d.refclassid = 'pg_proc'::regclass
      cross join (values ('authenticated'), ('service_role')) as r(rolname)
     where c.conrelid in ('public.phone_numbers'::regclass, 'public.phone_members'::regclass)
       and not has_function_privilege(r.rolname, d.refobjid, 'execute')$$,
  'authenticated and service_role may execute every function a tenancy CHECK constraint calls'
);

select * from finish();
rollback;
