-- phone_members: who may reach which tenant, and at which level.
--   viewer  reads the tenant's data
--   admin   also changes settings, rules and hours
--   owner   also manages members and the number itself
-- The membership helpers here are what every tenant policy calls.
set lock_timeout = '5s';
set statement_timeout = '60s';

-- Ordered so that `role >= 'admin'` means admin or owner.
create type public.member_role as enum ('viewer', 'admin', 'owner');
comment on type public.member_role is
  'Level of a member on a phone number, ordered viewer < admin < owner.';

create table public.phone_members (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role public.member_role not null default 'viewer',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (phone_id, user_id)
);

-- Serves the membership helpers (all phones of one user) and the user_id
-- foreign key; the primary key serves phone_id lookups.
create index phone_members_user_id_idx on public.phone_members (user_id, phone_id) include (role);

comment on table public.phone_members is
  'Membership of users in phone numbers (tenants). Owners manage it; every member sees the '
  'other members of their own phone numbers. A phone number always keeps at least one owner.';
comment on column public.phone_members.role is 'viewer reads; admin also edits settings, rules and hours; owner also manages members and the number.';

create trigger set_updated_at
  before update on public.phone_members
  for each row execute function private.set_updated_at();

-- The helpers policies call ------------------------------------------------

create or replace function private.member_phone_ids(min_role public.member_role default 'viewer')
returns text[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(pg_catalog.array_agg(m.phone_id), '{}')
    from public.phone_members m
   where m.user_id = (select auth.uid())
     and m.role >= min_role
$$;
comment on function private.member_phone_ids(public.member_role) is
  'Ids of the phone numbers on which the signed-in user has at least min_role; empty for anon. '
  'SECURITY DEFINER because it reads phone_members, whose own policies call it: as invoker it '
  'would recurse into those policies. Policies call it as `phone_id = any ((select '
  'private.member_phone_ids(...)))` so it runs once per statement, not once per row.';

create or replace function private.has_phone_role(p_phone_id text, min_role public.member_role default 'viewer')
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1
      from public.phone_members m
     where m.user_id = (select auth.uid())
       and m.phone_id = p_phone_id
       and m.role >= min_role
  )
$$;
comment on function private.has_phone_role(text, public.member_role) is
  'True when the signed-in user has at least min_role on p_phone_id. For single-tenant checks in '
  'functions; SECURITY DEFINER for the same reason as member_phone_ids.';

revoke all on function private.member_phone_ids(public.member_role) from public;
revoke all on function private.has_phone_role(text, public.member_role) from public;
grant execute on function private.member_phone_ids(public.member_role) to authenticated, service_role;
grant execute on function private.has_phone_role(text, public.member_role) to authenticated, service_role;

-- Last-owner protection ----------------------------------------------------

create or replace function private.keep_an_owner()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if old.role <> 'owner' or (tg_op = 'UPDATE' and new.role = 'owner' and new.phone_id = old.phone_id) then
    return coalesce(new, old);
  end if;
  -- Serialise owner changes per phone, so two owners demoting each other at
  -- the same time cannot both succeed. When the phone itself is being deleted
  -- (the cascade from phone_numbers) the row is gone and the check is moot.
  perform 1 from public.phone_numbers p where p.id = old.phone_id for no key update;
  if not found then
    return coalesce(new, old);
  end if;
  -- Locking the remaining owners also makes a REPEATABLE READ or SERIALIZABLE
  -- transaction fail with a serialization error, instead of trusting its old
  -- snapshot, when another owner was demoted concurrently.
  perform 1 from public.phone_members m
   where m.phone_id = old.phone_id and m.role = 'owner' and m.user_id <> old.user_id
     for no key update;
  if not found then
    raise exception 'phone number % must keep at least one owner', old.phone_id
      using errcode = 'check_violation',
            constraint = 'phone_members_last_owner',
            hint = 'Make another member an owner first.';
  end if;
  return coalesce(new, old);
end;
$$;
comment on function private.keep_an_owner() is
  'Trigger on phone_members: refuses to delete or demote the last owner of a phone number. '
  'SECURITY DEFINER because it must see and lock rows the caller''s policies may hide '
  '(the phone_numbers row is locked to serialise concurrent owner changes).';

create trigger keep_an_owner
  before update or delete on public.phone_members
  for each row execute function private.keep_an_owner();

-- Row level security ---------------------------------------------------------

alter table public.phone_members enable row level security;

-- A member may change a membership's role only; never move it to another
-- phone or user. TRUNCATE, REFERENCES and TRIGGER bypass RLS: none for the API roles.
revoke truncate, references, trigger on public.phone_members from anon, authenticated;
revoke update on public.phone_members from anon, authenticated;
grant update (role) on public.phone_members to authenticated;

create policy "members read the members of their phones"
  on public.phone_members for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read the members of their phones" on public.phone_members is
  'Any member sees every membership of the phone numbers they belong to, and no other.';

create policy "owners add members"
  on public.phone_members for insert to authenticated
  with check (phone_id = any ((select private.member_phone_ids('owner'))::text[]));
comment on policy "owners add members" on public.phone_members is
  'Only owners add members to a phone number (at any level, including owner).';

create policy "owners change member roles"
  on public.phone_members for update to authenticated
  using (phone_id = any ((select private.member_phone_ids('owner'))::text[]))
  with check (phone_id = any ((select private.member_phone_ids('owner'))::text[]));
comment on policy "owners change member roles" on public.phone_members is
  'Only owners change roles; the last owner cannot be demoted (trigger keep_an_owner).';

create policy "owners remove members, members leave"
  on public.phone_members for delete to authenticated
  using (
    phone_id = any ((select private.member_phone_ids('owner'))::text[])
    or user_id = (select auth.uid())
  );
comment on policy "owners remove members, members leave" on public.phone_members is
  'Owners remove any member of their phones; any member may remove themselves. The last owner '
  'cannot be removed (trigger keep_an_owner).';

-- phone_numbers policies (they need the helpers above) ------------------------

create policy "members read their phone numbers"
  on public.phone_numbers for select to authenticated
  using (id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their phone numbers" on public.phone_numbers is
  'Members of any level read the phone numbers they belong to.';

create policy "owners edit their phone numbers"
  on public.phone_numbers for update to authenticated
  using (id = any ((select private.member_phone_ids('owner'))::text[]))
  with check (id = any ((select private.member_phone_ids('owner'))::text[]));
comment on policy "owners edit their phone numbers" on public.phone_numbers is
  'Owners edit display_name, business_name and timezone (column privileges limit the rest).';

create policy "owners delete their phone numbers"
  on public.phone_numbers for delete to authenticated
  using (id = any ((select private.member_phone_ids('owner'))::text[]));
comment on policy "owners delete their phone numbers" on public.phone_numbers is
  'Owners release a phone number; its tenant data is deleted with it.';
-- No insert policy: numbers are provisioned by the telephony backend with the service role.
