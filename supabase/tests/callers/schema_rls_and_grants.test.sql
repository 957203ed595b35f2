-- The shape of callers: RLS with a select and an update policy for
-- authenticated only (no insert or delete), the key, the columns members and
-- the service role may update (what people write, never the counts), the
-- triggers on calls and the archive (named to fire before the statistics'),
-- and the counting functions' rights. Catalog checks only, no rows.
begin;
select plan(17);

select is((select relrowsecurity from pg_class where oid = 'public.callers'::regclass), true, 'RLS is enabled on callers');
select results_eq(
  $$select cmd collate "default", policyname::text collate "default" from pg_policies
     where schemaname = 'public' and tablename = 'callers' order by 1$$,
  $$values ('SELECT', 'members read their callers'), ('UPDATE', 'admins edit their callers')$$,
  'one select and one update policy; none for insert or delete'
);
select is_empty(
  $$select policyname from pg_policies where schemaname = 'public' and tablename = 'callers'
       and (roles <> '{authenticated}'::name[] or permissive <> 'PERMISSIVE' or (cmd = 'UPDATE' and with_check is null))$$,
  'both policies are permissive, for authenticated only, and the update policy has a WITH CHECK'
);
select col_is_pk('public', 'callers', array['phone_id', 'caller_number'], 'the primary key of callers is (phone_id, caller_number)');
select is(
  (select pg_get_constraintdef(oid) from pg_constraint where conname = 'callers_caller_number_e164'),
  (select pg_get_constraintdef(oid) from pg_constraint where conname = 'calls_caller_number_e164'),
  'callers_caller_number_e164 is the rule of calls.caller_number'
);
select is(
  (select pg_get_indexdef('public.callers_phone_last_call_idx'::regclass)),
  'CREATE INDEX callers_phone_last_call_idx ON public.callers USING btree (phone_id, last_call_at DESC, caller_number DESC)',
  'the callers screen''s index: a phone''s callers by last call, newest first'
);
select is(
  (select pg_get_indexdef('private.calls_archive_phone_caller_idx'::regclass)),
  'CREATE INDEX calls_archive_phone_caller_idx ON private.calls_archive USING btree (phone_id, caller_number, created_at)',
  'archived calls by caller and time, for the trigger''s first and last call lookup'
);

-- The columns of callers on which the role `who` holds privilege priv, sorted.
create function pg_temp.cols(priv text, who text) returns text[]
language sql stable as $$
  select coalesce(array_agg(a.attname::text order by a.attname::text collate "C"), '{}')
    from pg_attribute a
   where a.attrelid = 'public.callers'::regclass and a.attnum > 0 and not a.attisdropped
     and has_column_privilege(who, a.attrelid, a.attnum, priv)
$$;
select is(pg_temp.cols('UPDATE', 'authenticated'), array['display_name', 'notes', 'opted_out'],
  'authenticated updates display_name, notes and opted_out only');
select is(pg_temp.cols('UPDATE', 'service_role'), array['display_name', 'notes', 'opted_out'],
  'the service role updates display_name, notes and opted_out only: the counts are the triggers''');
select is(pg_temp.cols('INSERT', 'authenticated') || pg_temp.cols('INSERT', 'service_role'), '{}'::text[],
  'neither authenticated nor the service role may insert a caller');
select table_privs_are('public', 'callers', 'authenticated', array['SELECT'],
  'authenticated has only SELECT table-wide on callers (no delete, truncate, references, trigger)');
select table_privs_are('public', 'callers', 'service_role', array['SELECT'],
  'the service role has only SELECT table-wide on callers (no insert or delete)');
select table_privs_are('public', 'callers', 'anon', array[]::text[], 'anon has no privilege on callers');

select results_eq(
  $$select (select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where c.oid = t.tgrelid)::text collate "default",
           string_agg(t.tgname::text, ', ' order by t.tgname::text collate "C") collate "default"
      from pg_trigger t
     where t.tgrelid in ('public.calls'::regclass, 'private.calls_archive'::regclass) and not t.tgisinternal
       and t.tgname ~ '^(callers|count_call)_'
       and (t.tgtype & 2) = 0
     group by 1 order by 1$$,
  $$values ('private.calls_archive', 'callers_count_deletes, callers_count_inserts, callers_count_updates, count_call_deletes, count_call_inserts, count_call_updates'),
           ('public.calls', 'callers_count_deletes, callers_count_inserts, callers_count_updates, count_call_deletes, count_call_inserts, count_call_updates')$$,
  'calls and the archive carry the callers triggers, which sort (and fire) before the statistics'' own'
);
select results_eq(
  $$select p.oid::regprocedure::text, p.prosecdef, coalesce(p.proconfig @> array['search_path=""'], false)
      from pg_proc p
     where p.oid in ('private.count_caller_change()'::regprocedure,
                     'private.count_caller(text, text, integer, timestamptz, timestamptz)'::regprocedure,
                     'private.recount_callers(text[], text[])'::regprocedure, 'private.stamp_caller_edit()'::regprocedure)
     order by 1$$,
  $$values ('private.count_caller(text,text,integer,timestamp with time zone,timestamp with time zone)', true, true),
           ('private.count_caller_change()', true, true),
           ('private.recount_callers(text[],text[])', true, true),
           ('private.stamp_caller_edit()', false, true)$$,
  'the counting functions are SECURITY DEFINER with search_path = '''', the edit stamp runs as the invoker'
);
select is_empty(
  $$select p.oid::regprocedure::text, r from pg_proc p, unnest(array['anon', 'authenticated', 'service_role']) r
     where p.oid in ('private.count_caller_change()'::regprocedure,
                     'private.count_caller(text, text, integer, timestamptz, timestamptz)'::regprocedure,
                     'private.recount_callers(text[], text[])'::regprocedure,
                     'private.backfill_callers_batch(text, text, integer)'::regprocedure,
                     'private.lock_briefly(regclass[], text)'::regprocedure)
       and has_function_privilege(r, p.oid, 'EXECUTE')$$,
  'no API role may execute the counting, recount, backfill or lock functions'
);
select is(
  (select pg_get_constraintdef(oid) from pg_constraint where conname = 'callers_call_count_nonnegative' and convalidated),
  'CHECK ((call_count >= 0))',
  'callers_call_count_nonnegative holds, validated'
);

select * from finish();
rollback;
