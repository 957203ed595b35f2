-- API keys: owners create keys, each secret returned once and stored only as
-- the SHA-256 of its text; owners list and revoke them, and nobody else
-- creates, revokes or reads one. verify_api_key, for the service role only,
-- finds a key by its hash through the hash index and returns its phone and
-- scopes while it is valid, nothing for an unknown, malformed, revoked or
-- expired one, and moves last_used_at at most once a minute.
begin;
select plan(68);

-- key-a: owners ann and oscar, admin adam, viewer vic. key-b: owner bo.
-- nina: signed up, member of nothing.
select tests.create_phone('key-a', '+15550009001', 'America/Denver', 'Keys A');
select tests.create_phone('key-b', '+15550009002', 'America/Denver', 'Keys B');
select tests.add_member('key-a', 'ann-owner', 'owner');
select tests.add_member('key-a', 'oscar-owner', 'owner');
select tests.add_member('key-a', 'adam-admin', 'admin');
select tests.add_member('key-a', 'vic-viewer', 'viewer');
select tests.add_member('key-b', 'bo-owner', 'owner');
select tests.create_supabase_user('nina');

create temporary table keys (name text primary key, key_id uuid, secret text);
grant all on keys to authenticated, anon, service_role;

-- Who creates keys --------------------------------------------------------------------

select tests.authenticate_as('ann-owner');
insert into keys select 'crm', k.key_id, k.secret
  from public.create_api_key('key-a', 'CRM sync', '{calls:read,settings:read}') k;
insert into keys select 'booking', k.key_id, k.secret
  from public.create_api_key('key-a', 'Booking system', '{settings:write}', now() + interval '90 days') k;
insert into keys select 'ops', k.key_id, k.secret from public.create_api_key('key-a', 'Ops', '{calls:write}') k;
select is((select count(*)::int from keys where secret ~ '^rk_[A-Za-z0-9_-]{43}$'), 3,
  'owner ann creates three keys; each secret is rk_ and 43 URL-safe characters');
select is((select count(distinct secret)::int from keys), 3, 'each key has a secret of its own');
select results_eq(
  $$select a.name, a.prefix = left(k.secret, 11), a.scopes::text[], a.created_by = auth.uid(),
           a.expires_at = now() + interval '90 days', a.last_used_at is null, a.revoked_at is null
      from public.api_keys a join keys k on k.key_id = a.id where k.name in ('crm', 'booking') order by a.name$$,
  $$values ('Booking system', true, '{settings:write}'::text[], true, true, true, true),
           ('CRM sync', true, '{calls:read,settings:read}'::text[], true, null, true, true)$$,
  'owner ann reads her keys: name, the secret''s first 11 characters as prefix, scopes, creator, expiry; unused, not revoked');

select tests.authenticate_as('adam-admin');
select throws_ok($$select public.create_api_key('key-a', 'Admin''s key', '{calls:read}')$$,
  '42501', 'only owners of phone number key-a may create API keys', 'admin adam cannot create a key (42501)');
select tests.authenticate_as('vic-viewer');
select throws_ok($$select public.create_api_key('key-a', 'Viewer''s key', '{calls:read}')$$,
  '42501', 'only owners of phone number key-a may create API keys', 'viewer vic cannot create a key (42501)');
select tests.authenticate_as('bo-owner');
select throws_ok($$select public.create_api_key('key-a', 'Bo''s key', '{calls:read}')$$,
  '42501', 'only owners of phone number key-a may create API keys', 'owner bo of key-b cannot create a key for key-a (42501)');
select tests.authenticate_as('nina');
select throws_ok($$select public.create_api_key('key-a', 'Nina''s key', '{calls:read}')$$,
  '42501', 'only owners of phone number key-a may create API keys', 'nina, not a member, cannot create a key (42501)');
select tests.authenticate_as_anon();
select throws_ok($$select public.create_api_key('key-a', 'Anon key', '{calls:read}')$$,
  '42501', 'permission denied for function create_api_key', 'anon may not call create_api_key (42501)');

-- No path writes a key directly, or reads a hash.
select tests.authenticate_as('ann-owner');
select throws_ok($$insert into public.api_keys (phone_id, name, prefix, scopes) values ('key-a', 'Direct', 'rk_AAAAAAAA', '{calls:read}')$$,
  '42501', 'permission denied for table api_keys', 'owner ann cannot insert a key directly (42501)');
select throws_ok($$update public.api_keys set revoked_at = null, expires_at = null$$,
  '42501', 'permission denied for table api_keys', 'owner ann cannot edit a key (42501)');
select throws_ok($$delete from public.api_keys$$,
  '42501', 'permission denied for table api_keys', 'owner ann cannot delete a key (42501)');
select throws_ok($$select * from private.api_key_hashes$$,
  '42501', 'permission denied for table api_key_hashes', 'owner ann cannot read the hashes (42501)');
select tests.authenticate_as_service_role();
select throws_ok($$select * from private.api_key_hashes$$,
  '42501', 'permission denied for table api_key_hashes', 'the service role cannot read the hashes either (42501)');

-- Value rules, refused by name.
select tests.authenticate_as('ann-owner');
select throws_ok($$select public.create_api_key('key-a', E' \u00A0 ', '{calls:read}')$$, '23514',
  'new row for relation "api_keys" violates check constraint "api_keys_name_not_blank"', 'a blank name is refused by name');
select throws_ok($$select public.create_api_key('key-a', ' CRM', '{calls:read}')$$, '23514',
  'new row for relation "api_keys" violates check constraint "api_keys_name_trimmed"', 'a padded name is refused by name');
select throws_ok($$select public.create_api_key('key-a', E'CRM\nsync', '{calls:read}')$$, '23514',
  'new row for relation "api_keys" violates check constraint "api_keys_name_single_line"', 'a name on two lines is refused by name');
select throws_ok(format('select public.create_api_key(%L, %L, %L)', 'key-a', repeat('k', 101), '{calls:read}'), '23514',
  'new row for relation "api_keys" violates check constraint "api_keys_name_length"', 'a name of 101 characters is refused by name');
select throws_ok($$select public.create_api_key('key-a', 'No scope', '{}')$$, '23514',
  'new row for relation "api_keys" violates check constraint "api_keys_scopes_not_empty"', 'a key without a scope is refused by name');
select throws_ok($$select public.create_api_key('key-a', 'Null scope', array['calls:read', null]::public.api_key_scope[])$$, '23514',
  'new row for relation "api_keys" violates check constraint "api_keys_scopes_not_null"', 'a null scope is refused by name');
select throws_ok($$select public.create_api_key('key-a', 'Twice', '{calls:read,calls:read}')$$, '23514',
  'new row for relation "api_keys" violates check constraint "api_keys_scopes_distinct"', 'a scope given twice is refused by name');
select throws_ok($$select public.create_api_key('key-a', 'Unknown', '{campaigns:write}')$$, '22P02',
  'invalid input value for enum api_key_scope: "campaigns:write"', 'a scope that is not on the list is refused (22P02)');
select throws_ok($$select public.create_api_key('key-a', 'Past', '{calls:read}', now() - interval '1 day')$$, '23514',
  'new row for relation "api_keys" violates check constraint "api_keys_expires_after_created"', 'an expiry in the past is refused by name');
select throws_ok($$select public.create_api_key('key-a', 'Forever', '{calls:read}', 'infinity')$$, '23514',
  'new row for relation "api_keys" violates check constraint "api_keys_expires_at_range"', 'an expiry past 2100 is refused by name');
select tests.clear_authentication();
select is_empty($$select 1 from public.api_keys where phone_id = 'key-a' and name not in ('CRM sync', 'Booking system', 'Ops')$$,
  'no refused attempt left a key behind');

-- The secret is not stored; its hash only as SHA-256 --------------------------------

select columns_are('public', 'api_keys',
  array['phone_id', 'id', 'name', 'prefix', 'scopes', 'created_by', 'created_at', 'last_used_at', 'expires_at', 'revoked_at'],
  'api_keys has no column for a secret or a hash');
select columns_are('private', 'api_key_hashes', array['phone_id', 'key_id', 'secret_hash'],
  'private.api_key_hashes holds the key and its hash, nothing else');
select is(
  (select count(*)::int from private.api_key_hashes h join keys k on k.key_id = h.key_id
    where h.phone_id = 'key-a' and h.secret_hash = extensions.digest(k.secret, 'sha256') and octet_length(h.secret_hash) = 32),
  3, 'each key''s secret is stored as the SHA-256 of its text, 32 bytes');
select is_empty(
  $$select 1 from keys k, public.api_keys a where strpos(row_to_json(a)::text, substr(k.secret, 12)) > 0
    union all
    select 1 from keys k, private.api_key_hashes h
     where position(convert_to(substr(k.secret, 12), 'UTF8') in h.secret_hash) > 0 or h.secret_hash = convert_to(k.secret, 'UTF8')$$,
  'no stored value holds a secret beyond the prefix shown');

-- Who reads them ----------------------------------------------------------------------

select tests.authenticate_as('adam-admin');
select is_empty($$select 1 from public.api_keys$$, 'admin adam reads no key');
select tests.authenticate_as('vic-viewer');
select is_empty($$select 1 from public.api_keys$$, 'viewer vic reads no key');
select tests.authenticate_as('bo-owner');
select is_empty($$select 1 from public.api_keys$$, 'owner bo of key-b reads none of key-a''s keys');
select tests.authenticate_as('nina');
select is_empty($$select 1 from public.api_keys$$, 'nina, not a member, reads no key');
select tests.authenticate_as_anon();
select throws_ok($$select 1 from public.api_keys$$, '42501', 'permission denied for table api_keys',
  'anon cannot read keys (42501)');

-- Verifying ----------------------------------------------------------------------------

select tests.authenticate_as('ann-owner');
select throws_ok(format('select public.verify_api_key(%L)', (select secret from keys where name = 'crm')),
  '42501', 'permission denied for function verify_api_key', 'owner ann may not call verify_api_key (42501)');
select tests.authenticate_as_anon();
select throws_ok(format('select public.verify_api_key(%L)', (select secret from keys where name = 'crm')),
  '42501', 'permission denied for function verify_api_key', 'anon may not call verify_api_key (42501)');

select tests.authenticate_as_service_role();
select results_eq(format('select phone_id, key_id, scopes::text[] from public.verify_api_key(%L)', (select secret from keys where name = 'crm')),
  format('values (%L, %L::uuid, %L::text[])', 'key-a', (select key_id from keys where name = 'crm'), '{calls:read,settings:read}'),
  'the service role verifies the CRM key: key-a, its id and its scopes');
select is((select last_used_at from public.api_keys where id = (select key_id from keys where name = 'crm')), now(),
  'verifying moved the key''s last_used_at to now');
select results_eq(format('select phone_id from public.verify_api_key(%L)', (select secret from keys where name = 'booking')),
  $$values ('key-a')$$, 'a key that expires in 90 days is valid');

-- At most one write a minute (the key made an hour ago).
select tests.clear_authentication();
update public.api_keys set created_at = now() - interval '1 hour', last_used_at = now() - interval '30 seconds' where id = (select key_id from keys where name = 'crm');
create temporary table crm_row as select ctid as version from public.api_keys where id = (select key_id from keys where name = 'crm');
select tests.authenticate_as_service_role();
select isnt_empty(format('select 1 from public.verify_api_key(%L)', (select secret from keys where name = 'crm')),
  'the CRM key used 30 seconds ago verifies');
select tests.clear_authentication();
select results_eq(
  $$select last_used_at = now() - interval '30 seconds', ctid = (select version from crm_row) from public.api_keys
     where id = (select key_id from keys where name = 'crm')$$,
  $$values (true, true)$$,
  'a verify within a minute of the last use leaves the row unwritten (same last_used_at, same row version)');
update public.api_keys set last_used_at = now() - interval '61 seconds' where id = (select key_id from keys where name = 'crm');
select tests.authenticate_as_service_role();
select isnt_empty(format('select 1 from public.verify_api_key(%L)', (select secret from keys where name = 'crm')),
  'the CRM key used 61 seconds ago verifies');
select tests.clear_authentication();
select is((select last_used_at from public.api_keys where id = (select key_id from keys where name = 'crm')), now(),
  'a verify more than a minute after the last use moves last_used_at');

-- Nothing for an unknown or malformed secret, whoever's it looks like.
select tests.authenticate_as_service_role();
select is_empty($$select 1 from public.verify_api_key('rk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')$$,
  'a well-formed secret no key has finds nothing');
select is_empty(
  $$select 1 from keys k,
           unnest(array[null, '', 'rk_', left(k.secret, 11), k.secret || ' ', ' ' || k.secret, k.secret || 'A',
                        left(k.secret, -1), 'sk_' || substr(k.secret, 4), upper(k.secret), encode(extensions.digest(k.secret, 'sha256'), 'hex')]) s,
           public.verify_api_key(s)
     where k.name = 'crm'$$,
  'a malformed or altered secret finds nothing: null, empty, the marker or prefix alone, padded, a character more or less, '
  'another marker, another case, the hash itself');

-- Expired.
select tests.clear_authentication();
update public.api_keys set created_at = now() - interval '100 days', expires_at = now() - interval '1 second'
 where id = (select key_id from keys where name = 'booking');
select tests.authenticate_as_service_role();
select is_empty(format('select 1 from public.verify_api_key(%L)', (select secret from keys where name = 'booking')),
  'an expired key finds nothing');

-- Revoking --------------------------------------------------------------------------------

select tests.authenticate_as('adam-admin');
select throws_ok(format('select public.revoke_api_key(%L, %L)', 'key-a', (select key_id from keys where name = 'crm')),
  '42501', 'only owners of phone number key-a may revoke its API keys', 'admin adam cannot revoke a key (42501)');
select tests.authenticate_as('vic-viewer');
select throws_ok(format('select public.revoke_api_key(%L, %L)', 'key-a', (select key_id from keys where name = 'crm')),
  '42501', 'only owners of phone number key-a may revoke its API keys', 'viewer vic cannot revoke a key (42501)');
select tests.authenticate_as('nina');
select throws_ok(format('select public.revoke_api_key(%L, %L)', 'key-a', (select key_id from keys where name = 'crm')),
  '42501', 'only owners of phone number key-a may revoke its API keys', 'nina, not a member, cannot revoke a key (42501)');
select tests.authenticate_as_anon();
select throws_ok(format('select public.revoke_api_key(%L, %L)', 'key-a', (select key_id from keys where name = 'crm')),
  '42501', 'permission denied for function revoke_api_key', 'anon may not call revoke_api_key (42501)');
select tests.authenticate_as('bo-owner');
select is(public.revoke_api_key('key-b', (select key_id from keys where name = 'crm')), false,
  'owner bo, naming key-a''s key under his own key-b, revokes nothing');
select tests.authenticate_as_service_role();
select isnt_empty(format('select 1 from public.verify_api_key(%L)', (select secret from keys where name = 'crm')),
  'the CRM key is still valid after the refused revocations');

select tests.authenticate_as('ann-owner');
select is(public.revoke_api_key('key-a', (select key_id from keys where name = 'crm')), true, 'owner ann revokes the CRM key');
select is(public.revoke_api_key('key-a', (select key_id from keys where name = 'crm')), false, 'revoking it again finds nothing to revoke');
select results_eq($$select revoked_at = now() from public.api_keys where id = (select key_id from keys where name = 'crm')$$,
  $$values (true)$$, 'the revoked key is kept, with the time it was revoked');
select tests.authenticate_as_service_role();
select is_empty(format('select 1 from public.verify_api_key(%L)', (select secret from keys where name = 'crm')),
  'a revoked key finds nothing');
select tests.clear_authentication();
select is_empty($$select 1 from private.api_key_hashes where key_id = (select key_id from keys where name = 'crm')$$,
  'revoking deleted the key''s hash');

-- revoked_at alone refuses a key too (the service role writing it directly).
select tests.authenticate_as_service_role();
update public.api_keys set revoked_at = now() where id = (select key_id from keys where name = 'ops');
select is_empty(format('select 1 from public.verify_api_key(%L)', (select secret from keys where name = 'ops')),
  'a key marked revoked finds nothing even while its hash is still stored');

-- A key belongs to the phone, not to the owner who made it.
select tests.authenticate_as('oscar-owner');
insert into keys select 'oscar', k.key_id, k.secret from public.create_api_key('key-a', 'Oscar''s export', '{calls:read}') k;
select tests.clear_authentication();
delete from auth.users where id = tests.get_supabase_uid('oscar-owner');
select tests.authenticate_as_service_role();
select results_eq(format('select phone_id from public.verify_api_key(%L)', (select secret from keys where name = 'oscar')),
  $$values ('key-a')$$, 'a key stays valid when the account of the owner who made it is deleted');
select is((select created_by from public.api_keys where id = (select key_id from keys where name = 'oscar')), null::uuid,
  'and it no longer names its creator');

-- The lookup goes through the hash index ---------------------------------------------------

-- 10 000 more keys on key-b, analyzed as autovacuum would.
select tests.clear_authentication();
insert into public.api_keys (phone_id, id, name, prefix, scopes)
select 'key-b', ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'Bulk ' || g, 'rk_' || lpad(g::text, 8, '0'), '{calls:read}'
  from generate_series(1, 10000) g;
insert into private.api_key_hashes (phone_id, key_id, secret_hash)
select 'key-b', ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, extensions.digest('rk_bulk' || g, 'sha256')
  from generate_series(1, 10000) g;
analyze public.api_keys;
analyze private.api_key_hashes;

select matches(
  (select plan from tests.explain_analyze(
    format($$select a.phone_id, a.id from private.api_key_hashes h join public.api_keys a on a.phone_id = h.phone_id and a.id = h.key_id
              where h.secret_hash = extensions.digest(%L, 'sha256') and a.revoked_at is null
                and (a.expires_at is null or a.expires_at > now())$$, (select secret from keys where name = 'oscar')),
    'private.api_key_hashes_secret_hash_idx')),
  'Index (Only )?Scan using api_key_hashes_secret_hash_idx on api_key_hashes',
  'verify''s lookup reads the hash through api_key_hashes_secret_hash_idx');
select is(
  (select index_scans from tests.explain_analyze(
    format('select * from public.verify_api_key(%L)', (select secret from keys where name = 'oscar')),
    'private.api_key_hashes_secret_hash_idx')),
  1::bigint, 'verify_api_key itself scans api_key_hashes_secret_hash_idx once');
select is(
  (select index_scans from tests.explain_analyze(
    $$select * from public.verify_api_key('not a key')$$, 'private.api_key_hashes_secret_hash_idx')),
  0::bigint, 'a malformed secret is refused before any lookup');

-- Privileges and deletion ------------------------------------------------------------------

select table_privs_are('public', 'api_keys', 'authenticated', array['SELECT'], 'authenticated holds SELECT on api_keys and nothing else');
select table_privs_are('public', 'api_keys', 'anon', array[]::text[], 'anon holds nothing on api_keys');
select results_eq(
  $$select r, has_function_privilege(r, 'public.verify_api_key(text)', 'EXECUTE'), has_function_privilege(r, 'private.verify_api_key(text)', 'EXECUTE')
      from unnest(array['anon', 'authenticated', 'service_role']) r$$,
  $$values ('anon', false, false), ('authenticated', false, false), ('service_role', true, true)$$,
  'only the service role may execute verify_api_key');

delete from public.phone_numbers where id = 'key-b';
select is_empty($$select 1 from public.api_keys where phone_id = 'key-b' union all select 1 from private.api_key_hashes where phone_id = 'key-b'$$,
  'releasing a phone number deletes its keys and their hashes');

-- In a read-only transaction (a replica, a GET) verify reads and writes nothing.
update public.api_keys set created_at = now() - interval '1 hour', last_used_at = now() - interval '5 minutes' where id = (select key_id from keys where name = 'oscar');
set transaction read only;
select tests.authenticate_as_service_role();
select results_eq(format('select phone_id from public.verify_api_key(%L)', (select secret from keys where name = 'oscar')),
  $$values ('key-a')$$, 'in a read-only transaction a valid key still verifies');
select tests.clear_authentication();
select is((select last_used_at from public.api_keys where id = (select key_id from keys where name = 'oscar')), now() - interval '5 minutes',
  'without moving last_used_at');

select * from finish();
rollback;
