-- Who may do what to public.calls and public.call_metadata, as declared in the
-- catalog: RLS is on, each table has one permissive select and one update
-- policy for authenticated (no insert or delete policy), authenticated may
-- update only the columns a person corrects, and anon may only select.
-- Catalog only; the other files in this directory prove it row by row, per role.
begin;
select plan(13);

-- Row level security and policies --------------------------------------------

select is((select relrowsecurity from pg_class where oid = 'public.calls'::regclass), true,
  'RLS is enabled on calls');
select is((select relrowsecurity from pg_class where oid = 'public.call_metadata'::regclass), true,
  'RLS is enabled on call_metadata');
select results_eq(
  $$select cmd from pg_policies where schemaname = 'public' and tablename = 'calls' order by cmd$$,
  $$values ('SELECT'), ('UPDATE')$$,
  'calls has exactly one select and one update policy, no insert or delete policy'
);
select results_eq(
  $$select cmd from pg_policies where schemaname = 'public' and tablename = 'call_metadata' order by cmd$$,
  $$values ('SELECT'), ('UPDATE')$$,
  'call_metadata has exactly one select and one update policy, no insert or delete policy'
);
select is_empty(
  $$select tablename || ': ' || policyname from pg_policies
     where schemaname = 'public' and tablename in ('calls', 'call_metadata')
       and (roles <> '{authenticated}'::name[] or permissive <> 'PERMISSIVE'
            or (cmd = 'UPDATE' and with_check is null))$$,
  'every calls and call_metadata policy is permissive, for authenticated only, and the update policies have a WITH CHECK'
);

-- Column privileges ----------------------------------------------------------

select results_eq(
  $$select a.attname::text collate "default" from pg_attribute a
     where a.attrelid = 'public.calls'::regclass and a.attnum > 0 and not a.attisdropped
       and has_column_privilege('authenticated', a.attrelid, a.attnum, 'UPDATE')
     order by 1$$,
  $$values ('ai_summary'), ('transcript')$$,
  'authenticated may update only transcript and ai_summary of calls'
);
select results_eq(
  $$select a.attname::text collate "default" from pg_attribute a
     where a.attrelid = 'public.call_metadata'::regclass and a.attnum > 0 and not a.attisdropped
       and has_column_privilege('authenticated', a.attrelid, a.attnum, 'UPDATE')
     order by 1$$,
  $$values ('custom_fields'), ('tags')$$,
  'authenticated may update only tags and custom_fields of call_metadata'
);
select is_empty(
  $$select r.rolname || ' ' || p.priv || ' ' || a.attrelid::regclass::text || '.' || a.attname
      from pg_attribute a
     cross join (values ('anon'), ('authenticated')) as r(rolname)
     cross join (values ('INSERT'), ('REFERENCES')) as p(priv)
     where a.attrelid in ('public.calls'::regclass, 'public.call_metadata'::regclass)
       and a.attnum > 0 and not a.attisdropped
       and has_column_privilege(r.rolname, a.attrelid, a.attnum, p.priv)$$,
  'neither anon nor authenticated may insert into or reference any column of calls or call_metadata'
);
select is_empty(
  $$select a.attrelid::regclass::text || '.' || a.attname from pg_attribute a
     where a.attrelid in ('public.calls'::regclass, 'public.call_metadata'::regclass)
       and a.attnum > 0 and not a.attisdropped
       and has_column_privilege('anon', a.attrelid, a.attnum, 'UPDATE')$$,
  'anon may update no column of calls or call_metadata'
);

-- Table privileges -----------------------------------------------------------

select table_privs_are('public', 'calls', 'authenticated', array['SELECT'],
  'authenticated has only SELECT on calls table-wide: no INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES or TRIGGER');
select table_privs_are('public', 'call_metadata', 'authenticated', array['SELECT'],
  'authenticated has only SELECT on call_metadata table-wide: no INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES or TRIGGER');
select table_privs_are('public', 'calls', 'anon', array[]::text[],
  'anon has no privilege on calls');
select table_privs_are('public', 'call_metadata', 'anon', array[]::text[],
  'anon has no privilege on call_metadata');

select * from finish();
rollback;
