-- API keys: a business's own servers call into its phone number (a CRM that
-- pulls calls, a booking system that changes opening hours) with a secret key
-- instead of a person's session.
--
--   the secret     'rk_' and 43 URL-safe base64 characters: 32 random bytes
--                  (256 bits), returned once by create_api_key and never
--                  stored. The fixed 'rk_' marker says what the string is, to
--                  people and to secret scanners looking for leaked keys.
--   the prefix     the secret's first 11 characters ('rk_' and 8 more: 48 of
--                  its 256 bits), stored and shown in the key list so an owner
--                  can tell keys apart and match a leaked secret to its key;
--                  the 35 characters not shown still carry 208 random bits.
--   the hash       SHA-256 of the whole secret as text, the only trace of it,
--                  in private.api_key_hashes (a table of its own, so the app's
--                  `select('*')` on api_keys needs no column list, and no API
--                  role, nor the service role, reads it). A fast unsalted hash
--                  is right for 256 random bits: there is no dictionary to try,
--                  and a slow hash would only slow down every request.
--   scopes         what the key may do, from public.api_key_scope. The
--                  database stores them; the backend that verified a key
--                  checks its scopes before acting for the phone number.
--   who            owners create and revoke keys and read their phone's key
--                  list; admins and viewers read none: they can neither
--                  create nor revoke one, and the names and scopes map where a
--                  leaked key would reach, which is the owner's business. A key
--                  belongs to the phone number, not to the owner who made it:
--                  it stays valid when that person leaves (created_by is then
--                  cleared with their account) until an owner revokes it.
--   valid          not revoked and not past expires_at (none: no expiry).
--                  Revoking also deletes the hash, so a revoked key can never
--                  be verified again whatever happens to revoked_at.
--   verifying      verify_api_key(secret), for the service role only: the
--                  backend that receives a server-to-server request holds the
--                  service role key and verifies the caller's key first. Open
--                  to anon or authenticated, it would let anyone holding the
--                  app's public anon key test secrets through the API and
--                  write last_used_at; the service role is already trusted
--                  with every tenant. One indexed lookup of the hash; no row
--                  for an unknown, malformed, revoked or expired key, so a
--                  caller learns nothing about why.
--   last_used_at   moved by verify_api_key at most once a minute per key: a
--                  backend verifies on every request, and a write per request
--                  would cost a new row version and WAL each time. Within the
--                  minute the row is not written at all; a verify that finds
--                  the row locked (another verify moving it, a revocation)
--                  skips the write instead of waiting; in a read-only
--                  transaction (a replica, a GET) it only reads.
--
-- create_api_key, revoke_api_key and verify_api_key are SECURITY DEFINER in
-- private, behind SQL wrappers in public that supabase-js calls with .rpc():
-- they write and read the hashes no API role reads, and members hold no write
-- privilege on api_keys. Each checks its caller itself.
set lock_timeout = '5s';
set statement_timeout = '60s';

create type public.api_key_scope as enum ('calls:read', 'calls:write', 'settings:read', 'settings:write');
comment on type public.api_key_scope is
  'What an API key may do on its phone number: calls:read (calls, their metadata, statistics, live calls), '
  'calls:write (correct a call''s transcript, summary, tags and custom fields), settings:read (voice settings, '
  'conversation rules, business hours and closures), settings:write (change them). A new scope is added with '
  'alter type ... add value in a migration of its own.';

create function private.scopes_are_distinct(scopes public.api_key_scope[])
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select pg_catalog.count(distinct s) = pg_catalog.count(s) from pg_catalog.unnest(scopes) s
$$;
comment on function private.scopes_are_distinct(public.api_key_scope[]) is
  'True when no scope appears twice (null elements are left to api_keys_scopes_not_null). The '
  'api_keys_scopes_distinct constraint uses it.';
revoke all on function private.scopes_are_distinct(public.api_key_scope[]) from public, anon, authenticated;
-- CHECK constraints run as whoever writes the row: the definer functions below
-- (as their owner) and the service role.
grant execute on function private.scopes_are_distinct(public.api_key_scope[]) to service_role;

create table public.api_keys (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  name text not null
    constraint api_keys_name_length check (char_length(name) between 1 and 100)
    constraint api_keys_name_not_blank check (not private.is_blank(name))
    constraint api_keys_name_trimmed check (not private.has_outer_space(name))
    constraint api_keys_name_single_line check (private.is_single_line(name)),
  prefix text not null
    constraint api_keys_prefix_format check (prefix ~ '^rk_[A-Za-z0-9_-]{8}$'),
  scopes public.api_key_scope[] not null
    constraint api_keys_scopes_not_empty check (cardinality(scopes) >= 1)
    constraint api_keys_scopes_not_null check (array_position(scopes, null) is null)
    constraint api_keys_scopes_distinct check (private.scopes_are_distinct(scopes)),
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now()
    constraint api_keys_created_at_range check (
      created_at >= '2020-01-01 00:00+00' and created_at < '2100-01-01 00:00+00'),
  last_used_at timestamptz,
  expires_at timestamptz,
  revoked_at timestamptz,
  constraint api_keys_pkey primary key (phone_id, id),
  constraint api_keys_expires_after_created check (expires_at > created_at),
  constraint api_keys_expires_at_range check (expires_at < '2100-01-01 00:00+00'),
  constraint api_keys_last_used_at_range check (last_used_at >= created_at and last_used_at < '2100-01-01 00:00+00'),
  constraint api_keys_revoked_at_range check (revoked_at >= created_at and revoked_at < '2100-01-01 00:00+00')
);

comment on table public.api_keys is
  'API keys for server-to-server calls into a phone number. Owners create them (public.create_api_key, which '
  'returns the secret once), revoke them (public.revoke_api_key) and read their phone''s keys; admins and viewers '
  'read none. The backend verifies a secret with public.verify_api_key (service role). The secret itself is never '
  'stored, its SHA-256 only in private.api_key_hashes. Revoked and expired keys are kept as a record.';
comment on column public.api_keys.name is 'What the key is for, chosen by the owner (e.g. "CRM sync"); not unique.';
comment on column public.api_keys.prefix is
  'The first 11 characters of the secret (''rk_'' and 8 more), shown to tell keys apart and to match a leaked '
  'secret to its key. Not enough to use the key.';
comment on column public.api_keys.scopes is 'What the key may do; the backend checks them after verify_api_key.';
comment on column public.api_keys.created_by is 'The owner who created the key (null once that user is deleted; the key stays valid).';
comment on column public.api_keys.last_used_at is
  'When verify_api_key last accepted the key, to the minute: it is moved at most once a minute per key.';
comment on column public.api_keys.expires_at is 'After this the key is no longer valid; null: it does not expire.';
comment on column public.api_keys.revoked_at is 'When an owner revoked the key; from then on it is never valid again.';

create index api_keys_created_by_idx on public.api_keys (created_by);

alter table public.api_keys enable row level security;

-- Owners read; every change goes through the functions below.
revoke all on public.api_keys from anon, authenticated;
grant select on public.api_keys to authenticated;
grant all on public.api_keys to service_role;

create policy "owners read their api keys"
  on public.api_keys for select to authenticated
  using (phone_id = any ((select private.member_phone_ids('owner'))::text[]));
comment on policy "owners read their api keys" on public.api_keys is
  'Owners read the API keys of their phone numbers (never a secret or its hash); admins, viewers and others read none.';

create table private.api_key_hashes (
  phone_id text not null,
  key_id uuid not null,
  secret_hash bytea not null
    constraint api_key_hashes_secret_hash_length check (octet_length(secret_hash) = 32),
  constraint api_key_hashes_pkey primary key (phone_id, key_id),
  constraint api_key_hashes_key_fkey foreign key (phone_id, key_id)
    references public.api_keys (phone_id, id) on delete cascade
);
comment on table private.api_key_hashes is
  'SHA-256 of each API key''s secret (of the whole secret as text), the only form in which a secret is stored; '
  'deleted when the key is revoked. Read and written by the API key functions only: no API role, nor the service '
  'role, reads it.';
-- verify_api_key finds the key from the secret alone. Not unique: a unique
-- constraint would have to include phone_id, and two secrets of 256 random
-- bits do not collide.
create index api_key_hashes_secret_hash_idx on private.api_key_hashes (secret_hash);
revoke all on private.api_key_hashes from public, anon, authenticated, service_role;

-- Creating and revoking (owners) -------------------------------------------------

create function private.create_api_key(phone_id text, name text, scopes public.api_key_scope[], expires_at timestamptz)
returns table (key_id uuid, secret text)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  new_secret text := 'rk_' || pg_catalog.translate(pg_catalog.encode(extensions.gen_random_bytes(32), 'base64'), '+/=', '-_');
  new_id uuid;
begin
  perform private.require_role(create_api_key.phone_id, 'owner', 'create API keys');
  insert into public.api_keys (phone_id, name, prefix, scopes, created_by, expires_at)
  values (create_api_key.phone_id, create_api_key.name, pg_catalog.left(new_secret, 11), create_api_key.scopes,
          auth.uid(), create_api_key.expires_at)
  returning id into new_id;
  insert into private.api_key_hashes (phone_id, key_id, secret_hash)
  values (create_api_key.phone_id, new_id, extensions.digest(new_secret, 'sha256'));

  key_id := new_id;
  secret := new_secret;
  return next;
end;
$$;
comment on function private.create_api_key(text, text, public.api_key_scope[], timestamptz) is
  'Behind public.create_api_key. SECURITY DEFINER because it stores the secret''s hash in a table no API role '
  'reads, and members hold no INSERT on api_keys. Checks the caller itself: owners of phone_id only.';

create function private.revoke_api_key(phone_id text, key_id uuid)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  revoked boolean;
begin
  perform private.require_role(revoke_api_key.phone_id, 'owner', 'revoke its API keys');
  update public.api_keys k set revoked_at = pg_catalog.now()
   where k.phone_id = revoke_api_key.phone_id and k.id = revoke_api_key.key_id and k.revoked_at is null;
  revoked := found;
  delete from private.api_key_hashes h
   where h.phone_id = revoke_api_key.phone_id and h.key_id = revoke_api_key.key_id;
  return revoked;
end;
$$;
comment on function private.revoke_api_key(text, uuid) is
  'Behind public.revoke_api_key. SECURITY DEFINER because members hold no UPDATE on api_keys and the hash it '
  'deletes is in a table no API role reads. Checks the caller itself: owners of phone_id only.';

-- Verifying (the service role) ---------------------------------------------------

create function private.verify_api_key(secret text)
returns table (phone_id text, key_id uuid, scopes public.api_key_scope[])
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  k record;
begin
  -- Malformed: not worth a lookup.
  if verify_api_key.secret is null or verify_api_key.secret !~ '^rk_[A-Za-z0-9_-]{43}$' then
    return;
  end if;
  select a.phone_id, a.id, a.scopes, a.last_used_at into k
    from private.api_key_hashes h
    join public.api_keys a on a.phone_id = h.phone_id and a.id = h.key_id
   where h.secret_hash = extensions.digest(verify_api_key.secret, 'sha256')
     and a.revoked_at is null
     and (a.expires_at is null or a.expires_at > pg_catalog.now());
  if not found then
    return;
  end if;

  -- last_used_at, at most once a minute, never waiting for a lock.
  if (k.last_used_at is null or k.last_used_at < pg_catalog.now() - interval '1 minute')
     and pg_catalog.current_setting('transaction_read_only') = 'off' then
    perform from public.api_keys a
     where a.phone_id = k.phone_id and a.id = k.id
       and (a.last_used_at is null or a.last_used_at < pg_catalog.now() - interval '1 minute')
       for no key update skip locked;
    if found then
      update public.api_keys a set last_used_at = pg_catalog.now()
       where a.phone_id = k.phone_id and a.id = k.id;
    end if;
  end if;

  phone_id := k.phone_id;
  key_id := k.id;
  scopes := k.scopes;
  return next;
end;
$$;
comment on function private.verify_api_key(text) is
  'Behind public.verify_api_key. SECURITY DEFINER because the secret hashes are readable by no role but their '
  'owner, the service role included. Executable by the service role only.';

-- The API -------------------------------------------------------------------------

create function public.create_api_key(phone_id text, name text, scopes public.api_key_scope[], expires_at timestamptz default null)
returns table (key_id uuid, secret text)
language sql
volatile
set search_path = ''
as $$
  select * from private.create_api_key(phone_id, name, scopes, expires_at)
$$;
comment on function public.create_api_key(text, text, public.api_key_scope[], timestamptz) is
  'Creates an API key for phone_id with a name, scopes and an optional expiry, and returns its id and its secret '
  '(''rk_'' and 43 URL-safe characters), shown only this once: only its SHA-256 is stored. Owners only (42501); '
  'a malformed name, empty or repeated scopes, or an expiry in the past are refused by name (23514).';

create function public.revoke_api_key(phone_id text, key_id uuid)
returns boolean
language sql
volatile
set search_path = ''
as $$
  select private.revoke_api_key(phone_id, key_id)
$$;
comment on function public.revoke_api_key(text, uuid) is
  'Revokes an API key of phone_id for good; true if it was not yet revoked, false otherwise (or no such key). '
  'Owners only (42501).';

create function public.verify_api_key(secret text)
returns table (phone_id text, key_id uuid, scopes public.api_key_scope[])
language sql
volatile
set search_path = ''
as $$
  select * from private.verify_api_key(secret)
$$;
comment on function public.verify_api_key(text) is
  'The phone number, id and scopes of the API key with this secret, if it is valid (not revoked, not expired); '
  'no row for an unknown, malformed, revoked or expired one. Moves the key''s last_used_at at most once a minute. '
  'Service role only: the backend verifies a caller''s key before acting for its phone number.';

revoke all on function private.create_api_key(text, text, public.api_key_scope[], timestamptz) from public, anon;
revoke all on function private.revoke_api_key(text, uuid) from public, anon;
revoke all on function private.verify_api_key(text) from public, anon, authenticated;
revoke all on function public.create_api_key(text, text, public.api_key_scope[], timestamptz) from public, anon;
revoke all on function public.revoke_api_key(text, uuid) from public, anon;
revoke all on function public.verify_api_key(text) from public, anon, authenticated;
grant execute on function private.create_api_key(text, text, public.api_key_scope[], timestamptz) to authenticated;
grant execute on function private.revoke_api_key(text, uuid) to authenticated;
grant execute on function private.verify_api_key(text) to service_role;
grant execute on function public.create_api_key(text, text, public.api_key_scope[], timestamptz) to authenticated;
grant execute on function public.revoke_api_key(text, uuid) to authenticated;
grant execute on function public.verify_api_key(text) to service_role;
