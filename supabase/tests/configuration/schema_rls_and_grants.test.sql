-- The shape of the receptionist's configuration tables (voice_settings,
-- conversation_rules, business_hours, business_closures) and of is_open: RLS is
-- on with one authenticated-only policy per command, the primary keys, the
-- columns authenticated may insert or update, the table-wide privileges, the
-- rule_type labels, and who may execute is_open. Catalog checks only, no rows.
begin;
select plan(25);

select is_empty(
  $$select c.relname from pg_class c
     where c.oid in ('public.voice_settings'::regclass, 'public.conversation_rules'::regclass,
                     'public.business_hours'::regclass, 'public.business_closures'::regclass)
       and not c.relrowsecurity$$,
  'RLS is enabled on voice_settings, conversation_rules, business_hours and business_closures'
);
select results_eq(
  $$select tablename::text collate "default", cmd collate "default" from pg_policies
     where schemaname = 'public'
       and tablename in ('voice_settings', 'conversation_rules', 'business_hours', 'business_closures')
     order by 1, 2$$,
  $$values ('business_closures', 'DELETE'), ('business_closures', 'INSERT'), ('business_closures', 'SELECT'), ('business_closures', 'UPDATE'),
           ('business_hours', 'DELETE'), ('business_hours', 'INSERT'), ('business_hours', 'SELECT'), ('business_hours', 'UPDATE'),
           ('conversation_rules', 'DELETE'), ('conversation_rules', 'INSERT'), ('conversation_rules', 'SELECT'), ('conversation_rules', 'UPDATE'),
           ('voice_settings', 'SELECT'), ('voice_settings', 'UPDATE')$$,
  'one policy per command; voice_settings has only select and update policies'
);
select is_empty(
  $$select policyname from pg_policies
     where schemaname = 'public'
       and tablename in ('voice_settings', 'conversation_rules', 'business_hours', 'business_closures')
       and (roles <> '{authenticated}'::name[] or permissive <> 'PERMISSIVE'
            or (cmd in ('INSERT', 'UPDATE') and with_check is null))$$,
  'every policy is permissive, applies to authenticated only, and insert/update policies have a WITH CHECK'
);

select col_is_pk('public', 'voice_settings', array['phone_id'], 'the primary key of voice_settings is phone_id');
select col_is_pk('public', 'conversation_rules', array['phone_id', 'id'], 'the primary key of conversation_rules is (phone_id, id)');
select col_is_pk('public', 'business_hours', array['phone_id', 'id'], 'the primary key of business_hours is (phone_id, id)');
select col_is_pk('public', 'business_closures', array['phone_id', 'id'], 'the primary key of business_closures is (phone_id, id)');

-- The columns of tbl on which the role `who` holds privilege priv, sorted.
create function pg_temp.cols(tbl regclass, priv text, who text default 'authenticated') returns text[]
language sql stable as $$
  select coalesce(array_agg(a.attname::text order by a.attname::text collate "C"), '{}')
    from pg_attribute a
   where a.attrelid = tbl and a.attnum > 0 and not a.attisdropped
     and has_column_privilege(who, a.attrelid, a.attnum, priv)
$$;
select is(pg_temp.cols('public.voice_settings', 'UPDATE'),
  array['greeting_message', 'language', 'speech_speed', 'voice_model', 'voice_name'],
  'authenticated may update only the voice columns of voice_settings');
select is(pg_temp.cols('public.voice_settings', 'INSERT'), '{}'::text[],
  'authenticated may insert no column of voice_settings');
select is(pg_temp.cols('public.conversation_rules', 'INSERT'),
  array['actions', 'conditions', 'is_active', 'phone_id', 'priority', 'rule_type'],
  'authenticated may insert only phone_id, rule_type, conditions, actions, priority, is_active of conversation_rules');
select is(pg_temp.cols('public.conversation_rules', 'UPDATE'),
  array['actions', 'conditions', 'is_active', 'priority', 'rule_type'],
  'authenticated may update conversation_rules but not phone_id, id or timestamps');
select is(pg_temp.cols('public.business_hours', 'INSERT'),
  array['closes_at', 'day_of_week', 'opens_at', 'phone_id'],
  'authenticated may insert only phone_id, day_of_week, opens_at, closes_at of business_hours');
select is(pg_temp.cols('public.business_hours', 'UPDATE'),
  array['closes_at', 'day_of_week', 'opens_at'],
  'authenticated may update business_hours but not phone_id, id or timestamps');
select is(pg_temp.cols('public.business_closures', 'INSERT'),
  array['ends_on', 'phone_id', 'reason', 'starts_on'],
  'authenticated may insert only phone_id, starts_on, ends_on, reason of business_closures');
select is(pg_temp.cols('public.business_closures', 'UPDATE'),
  array['ends_on', 'reason', 'starts_on'],
  'authenticated may update business_closures but not phone_id, id or timestamps');
select is_empty(
  $$select t::text from unnest(array['public.voice_settings', 'public.conversation_rules',
                                      'public.business_hours', 'public.business_closures']::regclass[]) t
     where pg_temp.cols(t, 'INSERT', 'anon') <> '{}' or pg_temp.cols(t, 'UPDATE', 'anon') <> '{}'$$,
  'anon may insert or update no column of voice_settings, conversation_rules, business_hours or business_closures'
);
select table_privs_are('public', 'voice_settings', 'authenticated', array['SELECT'],
  'authenticated has only SELECT table-wide on voice_settings (no insert, delete, truncate)');
select table_privs_are('public', 'conversation_rules', 'authenticated', array['SELECT', 'DELETE'],
  'authenticated has only SELECT and DELETE table-wide on conversation_rules');
select table_privs_are('public', 'business_hours', 'authenticated', array['SELECT', 'DELETE'],
  'authenticated has only SELECT and DELETE table-wide on business_hours');
select table_privs_are('public', 'business_closures', 'authenticated', array['SELECT', 'DELETE'],
  'authenticated has only SELECT and DELETE table-wide on business_closures');

select enum_has_labels('public', 'rule_type', array['greeting', 'routing', 'transfer', 'hours'],
  'rule_type is greeting, routing, transfer, hours, in that order');

select ok(
  (select provolatile = 's' and not prosecdef and proconfig @> array['search_path=""']
     from pg_proc where oid = 'public.is_open(text, timestamptz)'::regprocedure),
  'is_open is STABLE, not SECURITY DEFINER, with search_path = '''''
);
select is(has_function_privilege('anon', 'public.is_open(text, timestamptz)', 'EXECUTE'), false,
  'anon has no EXECUTE on is_open');
select is(has_function_privilege('authenticated', 'public.is_open(text, timestamptz)', 'EXECUTE'), true,
  'authenticated has EXECUTE on is_open');
select is(has_function_privilege('service_role', 'public.is_open(text, timestamptz)', 'EXECUTE'), true,
  'service_role has EXECUTE on is_open');

select * from finish();
rollback;
