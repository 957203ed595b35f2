-- The shape of call_turns: RLS with one policy (members read), the key and
-- the foreign key to calls, the privileges (authenticated reads, the service
-- role reads and inserts, nobody updates, deletes or truncates), the named
-- rules of a tool turn, the archive table and who may execute
-- record_call_turns. Catalog checks only, no rows.
begin;
select plan(13);

select ok((select relrowsecurity from pg_class where oid = 'public.call_turns'::regclass), 'RLS is enabled on call_turns');
select results_eq(
  $$select cmd collate "default", roles::text collate "default" from pg_policies
     where schemaname = 'public' and tablename = 'call_turns'$$,
  $$values ('SELECT', '{authenticated}')$$,
  'call_turns has one policy, for select, to authenticated: no insert, update or delete policy'
);
select col_is_pk('public', 'call_turns', array['phone_id', 'call_id', 'sequence'],
  'a turn is keyed by its call and its sequence, tenant first');
select fk_ok('public', 'call_turns', array['phone_id', 'call_id'], 'public', 'calls', array['phone_id', 'id'],
  'turns reference their call by (phone_id, call_id)');
select is((select confdeltype from pg_constraint where conname = 'call_turns_call_fkey'), 'c'::"char",
  'deleting a call deletes its turns (on delete cascade)');
select table_privs_are('public', 'call_turns', 'authenticated', array['SELECT'],
  'authenticated only reads call_turns');
select table_privs_are('public', 'call_turns', 'service_role', array['SELECT', 'INSERT'],
  'the service role reads and inserts call_turns, and never updates, deletes or truncates them');
select table_privs_are('public', 'call_turns', 'anon', array[]::text[], 'anon holds nothing on call_turns');
select is_empty(
  $$select a.attname from pg_attribute a
     where a.attrelid = 'public.call_turns'::regclass and a.attnum > 0 and not a.attisdropped
       and (has_column_privilege('authenticated', a.attrelid, a.attnum, 'INSERT')
            or has_column_privilege('authenticated', a.attrelid, a.attnum, 'UPDATE')
            or has_column_privilege('service_role', a.attrelid, a.attnum, 'UPDATE'))$$,
  'no column of call_turns may be inserted by members or updated by anyone through the API'
);
select results_eq(
  $$select conname::text collate "default" from pg_constraint
     where conrelid = 'public.call_turns'::regclass and contype = 'c' and conname like '%tool%' order by 1$$,
  $$values ('call_turns_content_unless_tool'), ('call_turns_tool_arguments_depth'), ('call_turns_tool_arguments_for_tool'),
           ('call_turns_tool_arguments_object'), ('call_turns_tool_arguments_size'), ('call_turns_tool_name_for_tool'),
           ('call_turns_tool_name_format')$$,
  'the rules of tool turns are named check constraints'
);
select results_eq(
  $$select r.rolname::text collate "default" from (values ('anon'), ('authenticated'), ('service_role')) r(rolname)
     where has_function_privilege(r.rolname, 'public.record_call_turns(text, uuid, jsonb)', 'execute') order by 1$$,
  $$values ('service_role')$$,
  'only the service role may execute record_call_turns'
);
select is_empty(
  $$select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'public.call_turns'::regclass and a.attnum > 0 and not a.attisdropped
    except
    select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
     where a.attrelid = 'private.call_turns_archive'::regclass and a.attnum > 0 and not a.attisdropped$$,
  'call_turns_archive has every column of call_turns, with the same type'
);
select table_privs_are('private', 'call_turns_archive', 'authenticated', array[]::text[],
  'authenticated holds nothing on call_turns_archive (the service role only reads it)');

select * from finish();
rollback;
