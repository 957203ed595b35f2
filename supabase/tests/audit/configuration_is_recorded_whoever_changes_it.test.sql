-- Configuration: every change is recorded, whoever makes it (a member, also
-- through a SECURITY DEFINER function, the service role, postgres): who, the
-- table, the row's key, the operation, the whole row inserted or deleted and
-- only the changed columns of an update (never updated_at); secrets as
-- "[redacted]"; an update of ignored columns only, or of nothing, records
-- nothing; deleting a phone number is one entry.
begin;
select plan(14);

select tests.create_phone('aud-a', '+15550008101', 'America/Chicago');
select tests.add_member('aud-a', 'aud-a-owner', 'owner');
select tests.add_member('aud-a', 'aud-a-admin', 'admin');
select tests.add_member('aud-a', 'aud-a-viewer', 'viewer');

-- What this test does from here on, entry by entry.
create temporary table mark on commit drop as select coalesce(max(id), 0) as id from public.audit_log;
create function pg_temp.entries() returns table (table_name text, operation text, actor text, row_key jsonb, old_values jsonb, new_values jsonb)
language sql as $$
  select a.table_name, a.operation::text,
         coalesce((select u.raw_user_meta_data ->> 'test_identifier' from auth.users u where u.id = a.actor_id), a.actor_role),
         a.row_key, a.old_values, a.new_values
    from public.audit_log a where a.id > (select id from mark) order by a.id
$$;
create function pg_temp.since() returns void language sql as $$ update mark set id = (select coalesce(max(id), 0) from public.audit_log) $$;

-- A member, directly.
select tests.authenticate_as('aud-a-admin');
insert into public.conversation_rules (phone_id, rule_type, actions, priority) values ('aud-a', 'greeting', '{"say": "Hi"}', 1);
update public.conversation_rules set priority = 5 where phone_id = 'aud-a';
update public.conversation_rules set priority = 5 where phone_id = 'aud-a';
delete from public.conversation_rules where phone_id = 'aud-a';
select tests.clear_authentication();
select results_eq(
  $$select table_name, operation, actor,
            row_key = (select jsonb_build_object('id', i.new_values -> 'id', 'phone_id', 'aud-a') from pg_temp.entries() i
                        where i.operation = 'insert')
      from pg_temp.entries()$$,
  $$values ('public.conversation_rules', 'insert', 'aud-a-admin', true),
           ('public.conversation_rules', 'update', 'aud-a-admin', true),
           ('public.conversation_rules', 'delete', 'aud-a-admin', true)$$,
  'an admin''s insert, update and delete are recorded with the admin''s id and the row''s key; an update changing nothing is not');
select results_eq(
  $$select old_values, new_values from pg_temp.entries() where operation = 'update'$$,
  $$values ('{"priority": 1}'::jsonb, '{"priority": 5}'::jsonb)$$,
  'an update records only the columns it changed, old and new, not updated_at');
select is((select new_values ->> 'actions' from pg_temp.entries() where operation = 'insert'), '{"say": "Hi"}',
  'an insert records the whole row');
select is((select old_values ->> 'priority' from pg_temp.entries() where operation = 'delete'), '5',
  'a delete records the whole row as it was');
select pg_temp.since();

-- The service role and postgres.
select tests.authenticate_as_service_role();
update public.voice_settings set greeting_message = 'Hello from the backend' where phone_id = 'aud-a';
select tests.clear_authentication();
insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at) values ('aud-a', 1, '09:00', '17:00');
select results_eq(
  $$select table_name, operation, actor, (select a.actor_id from public.audit_log a where a.id = (select max(id) from public.audit_log)) is null
      from pg_temp.entries()$$,
  $$values ('public.voice_settings', 'update', 'service_role', true), ('public.business_hours', 'insert', 'postgres', true)$$,
  'the service role and postgres are recorded by their role, without a user id');
select pg_temp.since();

-- Through SECURITY DEFINER functions: the member who called, and no secret.
select tests.authenticate_as('aud-a-admin');
select public.invite_member('aud-a', 'new-person@example.com', 'viewer');
create temporary table new_key (secret text) on commit drop;
grant select, insert on new_key to authenticated, service_role;
select tests.authenticate_as('aud-a-owner');
insert into new_key select k.secret from public.create_api_key('aud-a', 'Back office', '{calls:read}') k;
update public.phone_members set role = 'admin' where phone_id = 'aud-a' and user_id = tests.get_supabase_uid('aud-a-viewer');
select tests.clear_authentication();
select results_eq(
  $$select table_name, operation, actor from pg_temp.entries()$$,
  $$values ('public.phone_invitations', 'insert', 'aud-a-admin'), ('private.invitation_tokens', 'insert', 'aud-a-admin'),
           ('public.api_keys', 'insert', 'aud-a-owner'), ('private.api_key_hashes', 'insert', 'aud-a-owner'),
           ('public.phone_members', 'update', 'aud-a-owner')$$,
  'changes made through SECURITY DEFINER functions are recorded as the member who called them');
select is((select new_values ->> 'token_hash' from pg_temp.entries() where table_name = 'private.invitation_tokens'), '[redacted]',
  'an invitation token''s hash is recorded as [redacted]');
select is((select new_values ->> 'secret_hash' from pg_temp.entries() where table_name = 'private.api_key_hashes'), '[redacted]',
  'an API key''s hash is recorded as [redacted]');
select is_empty(
  $$select 1 from pg_temp.entries() e, new_key k
     where position(k.secret in e.new_values::text) > 0
        or position(encode(extensions.digest(k.secret, 'sha256'), 'hex') in e.new_values::text) > 0$$,
  'neither the API key nor its hash appears in any entry');
select results_eq(
  $$select old_values, new_values from pg_temp.entries() where table_name = 'public.phone_members'$$,
  $$values ('{"role": "viewer"}'::jsonb, '{"role": "admin"}'::jsonb)$$,
  'a role change records the old and the new role');
select pg_temp.since();

-- Noise: verifying a key moves last_used_at, which is ignored.
select tests.authenticate_as_service_role();
select count(*) from public.verify_api_key((select secret from new_key));
select tests.clear_authentication();
select is((select last_used_at is not null from public.api_keys where phone_id = 'aud-a'), true, 'verifying the key used it');
select is_empty($$select 1 from pg_temp.entries()$$, 'an update of ignored columns only (last_used_at) records nothing');

-- Deleting the phone: one entry, its own.
select tests.authenticate_as('aud-a-owner');
delete from public.phone_numbers where id = 'aud-a';
select tests.clear_authentication();
select results_eq($$select table_name, operation, actor from pg_temp.entries()$$,
  $$values ('public.phone_numbers', 'delete', 'aud-a-owner')$$,
  'deleting a phone number is one entry: its rows going with it are not recorded one by one');
-- The phone, its voice settings and three members; the rule three times; the
-- voice settings and the hours; invitation, token, key, hash and role; the end.
select is((select count(*)::int from public.audit_log where phone_id = 'aud-a'), 16,
  'the phone''s whole trail stays after it is deleted');

select * from finish();
rollback;
