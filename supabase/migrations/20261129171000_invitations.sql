-- Invitations: owners and admins invite people to a phone number by email,
-- whether or not they have an account yet; the invitee accepts once, signed in
-- with that email, and becomes a member with the role offered.
--
--   who invites whom  owners at any role; admins viewers and admins; viewers
--                     nobody. Nobody offers a role above their own, and an
--                     invitation cannot be edited (only revoked), so no path
--                     raises a role after the fact.
--   the token         32 random bytes, returned once by invite_member and
--                     stored only as its SHA-256 in private.invitation_tokens,
--                     which no API role reads (a table of its own, so the
--                     app's `select('*')` on invitations needs no column list).
--   pending           neither accepted nor revoked and not past expires_at (7
--                     days). One open invitation per phone and email: a new
--                     invitation to the same address revokes the previous one.
--   accepting         accept_invitation(token): the signed-in user's confirmed
--                     email must be the invitation's. The token travels by
--                     email and can be forwarded or leak into logs; binding it
--                     to the address makes sure the person invited is the one
--                     who joins. Accepting locks the invitation row, so two
--                     accepts of one token at the same moment create one
--                     membership and the second is told it was already used.
--                     An existing member keeps the higher of both roles.
--
-- The three functions are SECURITY DEFINER in private, behind SQL wrappers in
-- public that supabase-js calls with .rpc(): inviting writes the token table,
-- accepting reads an invitation the invitee's policies do not show and adds a
-- membership no API role may insert. Each checks the caller itself.
set lock_timeout = '5s';
set statement_timeout = '60s';

create table public.phone_invitations (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  email text not null
    constraint phone_invitations_email_length check (char_length(email) <= 320)
    constraint phone_invitations_email_format check (
      email = pg_catalog.lower(email) and email ~ '^[^@[:space:][:cntrl:]]+@[^@[:space:][:cntrl:]]+\.[^@[:space:][:cntrl:]]+$'),
  role public.member_role not null,
  invited_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now()
    constraint phone_invitations_created_at_range check (
      created_at >= '2020-01-01 00:00+00' and created_at < '2100-01-01 00:00+00'),
  expires_at timestamptz not null default now() + interval '7 days',
  accepted_at timestamptz,
  accepted_by uuid references auth.users (id) on delete set null,
  revoked_at timestamptz,
  updated_at timestamptz not null default now(),
  constraint phone_invitations_pkey primary key (phone_id, id),
  constraint phone_invitations_expires_after_created check (
    expires_at > created_at and expires_at <= created_at + interval '30 days'),
  constraint phone_invitations_accepted_or_revoked check (accepted_at is null or revoked_at is null),
  constraint phone_invitations_accepted_at_range check (accepted_at >= created_at and accepted_at <= expires_at),
  constraint phone_invitations_revoked_at_range check (revoked_at >= created_at and revoked_at < '2100-01-01 00:00+00')
);

comment on table public.phone_invitations is
  'Invitations to become a member of a phone number, by email. Owners invite at any role, admins viewers and '
  'admins (public.invite_member); owners and admins list and revoke their phone''s invitations; the invitee '
  'accepts once with the token sent to them (public.accept_invitation). Rows are kept after acceptance or '
  'revocation as a record of who joined how.';
comment on column public.phone_invitations.email is 'The invitee''s address, lowercase. Accepting requires a signed-in user with this confirmed email.';
comment on column public.phone_invitations.role is 'The role the invitee gets on accepting; never above the inviter''s own.';
comment on column public.phone_invitations.invited_by is 'The member who invited (null once that user is deleted).';
comment on column public.phone_invitations.expires_at is 'After this, the invitation can no longer be accepted (7 days after it was made).';
comment on column public.phone_invitations.accepted_by is 'The user who accepted (null once that user is deleted).';

-- One open (not accepted, not revoked) invitation per phone and address; an
-- expired one stays open until the next invitation to that address revokes it.
create unique index phone_invitations_open_email_key on public.phone_invitations (phone_id, email)
  where accepted_at is null and revoked_at is null;

create index phone_invitations_invited_by_idx on public.phone_invitations (invited_by);
create index phone_invitations_accepted_by_idx on public.phone_invitations (accepted_by);

create trigger set_updated_at
  before update on public.phone_invitations
  for each row execute function private.set_updated_at();

alter table public.phone_invitations enable row level security;

-- Members read; every change goes through the functions below.
revoke all on public.phone_invitations from anon, authenticated;
grant select on public.phone_invitations to authenticated;
grant all on public.phone_invitations to service_role;

create policy "admins read their invitations"
  on public.phone_invitations for select to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins read their invitations" on public.phone_invitations is
  'Owners and admins read the invitations of their phone numbers; viewers and invitees read none.';

create table private.invitation_tokens (
  phone_id text not null,
  invitation_id uuid not null,
  token_hash bytea not null
    constraint invitation_tokens_hash_length check (octet_length(token_hash) = 32),
  constraint invitation_tokens_pkey primary key (phone_id, invitation_id),
  constraint invitation_tokens_invitation_fkey foreign key (phone_id, invitation_id)
    references public.phone_invitations (phone_id, id) on delete cascade,
  constraint invitation_tokens_hash_key unique (phone_id, token_hash)
);
comment on table private.invitation_tokens is
  'SHA-256 of each invitation''s token, the only form in which a token is stored. Read by '
  'private.accept_invitation only.';
-- accept_invitation finds the invitation from the token alone.
create index invitation_tokens_hash_idx on private.invitation_tokens (token_hash);
revoke all on private.invitation_tokens from public, anon, authenticated, service_role;

-- Inviting ------------------------------------------------------------------------

-- The check every SECURITY DEFINER function that acts for a member makes
-- first: the caller's role on the phone, at least the one the action needs.
create function private.require_role(phone_id text, least_role public.member_role, action text)
returns public.member_role
language plpgsql
stable
set search_path = ''
as $$
declare
  found_role public.member_role;
begin
  select m.role into found_role
    from public.phone_members m
   where m.phone_id = require_role.phone_id and m.user_id = auth.uid();
  if found_role is null or found_role < require_role.least_role then
    raise exception 'only %s of phone number % may %',
      case require_role.least_role when 'owner' then 'owner' when 'admin' then 'owners and admin' else 'member' end,
      require_role.phone_id, require_role.action
      using errcode = 'insufficient_privilege';
  end if;
  return found_role;
end;
$$;
comment on function private.require_role(text, public.member_role, text) is
  'The signed-in user''s role on phone_id when it is at least least_role; otherwise refuses to do action (42501, '
  '"only owners and admins of phone number ... may ..."). Called first by the SECURITY DEFINER functions that act '
  'for a member (invitations, API keys, campaigns, prompts), which run as their owner and so read every '
  'membership; nobody else may execute it.';
revoke all on function private.require_role(text, public.member_role, text) from public, anon, authenticated;

create function private.invite_member(phone_id text, email text, role public.member_role)
returns table (invitation_id uuid, token text)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  inviter public.member_role;
  address text := pg_catalog.lower(pg_catalog.btrim(invite_member.email));
  secret bytea := extensions.gen_random_bytes(32);
  new_id uuid;
begin
  inviter := private.require_role(invite_member.phone_id, 'admin', 'invite');
  if invite_member.role is null or (inviter = 'admin' and invite_member.role = 'owner') then
    raise exception 'a % may not invite at role %', inviter, coalesce(invite_member.role::text, 'null')
      using errcode = 'insufficient_privilege',
            hint = 'Admins invite viewers and admins; owners invite at any role.';
  end if;

  -- The previous open invitation to this address, if any, is replaced.
  update public.phone_invitations i set revoked_at = pg_catalog.now()
   where i.phone_id = invite_member.phone_id and i.email = address
     and i.accepted_at is null and i.revoked_at is null;

  insert into public.phone_invitations (phone_id, email, role, invited_by)
  values (invite_member.phone_id, address, invite_member.role, auth.uid())
  returning id into new_id;
  insert into private.invitation_tokens (phone_id, invitation_id, token_hash)
  values (invite_member.phone_id, new_id, extensions.digest(secret, 'sha256'));

  invitation_id := new_id;
  token := pg_catalog.translate(pg_catalog.encode(secret, 'base64'), '+/=', '-_');
  return next;
end;
$$;
comment on function private.invite_member(text, text, public.member_role) is
  'Behind public.invite_member. SECURITY DEFINER because it stores the token''s hash in a table no API role '
  'reads. Checks the caller itself: owners invite at any role, admins viewers and admins, nobody else.';

-- Revoking ------------------------------------------------------------------------

create function private.revoke_invitation(phone_id text, invitation_id uuid)
returns boolean
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  revoker public.member_role;
  offered public.member_role;
begin
  revoker := private.require_role(revoke_invitation.phone_id, 'admin', 'revoke its invitations');
  select i.role into offered from public.phone_invitations i
   where i.phone_id = revoke_invitation.phone_id and i.id = revoke_invitation.invitation_id;
  if offered = 'owner' and revoker <> 'owner' then
    raise exception 'only owners may revoke an invitation to become owner'
      using errcode = 'insufficient_privilege';
  end if;
  update public.phone_invitations i set revoked_at = pg_catalog.now()
   where i.phone_id = revoke_invitation.phone_id and i.id = revoke_invitation.invitation_id
     and i.accepted_at is null and i.revoked_at is null;
  return found;
end;
$$;
comment on function private.revoke_invitation(text, uuid) is
  'Behind public.revoke_invitation. SECURITY DEFINER because members hold no UPDATE on invitations (an '
  'invitation is never edited). Checks the caller itself: owners revoke any, admins all but owner invitations.';

-- Accepting -----------------------------------------------------------------------

create function private.accept_invitation(token text)
returns table (phone_id text, role public.member_role)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  secret bytea;
  invitation public.phone_invitations;
  caller uuid := auth.uid();
  caller_email text;
begin
  if caller is null then
    raise exception 'sign in to accept an invitation' using errcode = 'insufficient_privilege';
  end if;
  begin
    secret := pg_catalog.decode(pg_catalog.translate(accept_invitation.token, '-_', '+/') || '=', 'base64');
  exception when others then
    secret := null;
  end;
  -- Locked: of two accepts of one token, the second waits and then sees it used.
  select i.* into invitation
    from private.invitation_tokens t
    join public.phone_invitations i on i.phone_id = t.phone_id and i.id = t.invitation_id
   where t.token_hash = extensions.digest(coalesce(secret, '\x'::bytea), 'sha256')
     and octet_length(secret) = 32
     for update of i;
  if not found then
    raise exception 'no invitation has this token' using errcode = 'no_data_found';
  end if;
  if invitation.accepted_at is not null then
    raise exception 'this invitation was already accepted' using errcode = 'object_not_in_prerequisite_state';
  end if;
  if invitation.revoked_at is not null then
    raise exception 'this invitation was revoked' using errcode = 'object_not_in_prerequisite_state';
  end if;
  if invitation.expires_at <= pg_catalog.now() then
    raise exception 'this invitation expired at %', invitation.expires_at using errcode = 'object_not_in_prerequisite_state',
      hint = 'Ask for a new invitation.';
  end if;
  select pg_catalog.lower(u.email) into caller_email
    from auth.users u where u.id = caller and u.email_confirmed_at is not null;
  if caller_email is distinct from invitation.email then
    raise exception 'this invitation is for another email address' using errcode = 'insufficient_privilege',
      hint = 'Sign in with the address the invitation was sent to, after confirming it.';
  end if;

  insert into public.phone_members as m (phone_id, user_id, role)
  values (invitation.phone_id, caller, invitation.role)
  on conflict on constraint phone_members_pkey
  do update set role = excluded.role
     where m.role < excluded.role;
  update public.phone_invitations i set accepted_at = pg_catalog.now(), accepted_by = caller
   where i.phone_id = invitation.phone_id and i.id = invitation.id;

  return query select m.phone_id, m.role from public.phone_members m
                where m.phone_id = invitation.phone_id and m.user_id = caller;
end;
$$;
comment on function private.accept_invitation(text) is
  'Behind public.accept_invitation. SECURITY DEFINER because the invitee cannot read the invitation and no API '
  'role may insert a membership. Checks the caller itself: signed in, with the invitation''s email confirmed.';

-- The API -------------------------------------------------------------------------

create function public.invite_member(phone_id text, email text, role public.member_role default 'viewer')
returns table (invitation_id uuid, token text)
language sql
volatile
set search_path = ''
as $$
  select * from private.invite_member(phone_id, email, role)
$$;
comment on function public.invite_member(text, text, public.member_role) is
  'Invites email to phone_id at role (default viewer) and returns the invitation''s id and its token, shown '
  'only this once: send it to the invitee. Owners invite at any role, admins viewers and admins; a new '
  'invitation to the same address replaces the open one. Expires in 7 days.';

create function public.revoke_invitation(phone_id text, invitation_id uuid)
returns boolean
language sql
volatile
set search_path = ''
as $$
  select private.revoke_invitation(phone_id, invitation_id)
$$;
comment on function public.revoke_invitation(text, uuid) is
  'Revokes a pending invitation of phone_id; true if it was pending. Owners revoke any, admins all but those '
  'offering owner.';

create function public.accept_invitation(token text)
returns table (phone_id text, role public.member_role)
language sql
volatile
set search_path = ''
as $$
  select * from private.accept_invitation(token)
$$;
comment on function public.accept_invitation(text) is
  'Accepts the invitation with this token for the signed-in user, whose confirmed email must be the '
  'invitation''s, and returns the membership: the phone and the role (the higher one, if already a member). '
  'Refuses an unknown (P0002), already accepted, revoked or expired (55000) token, and another user''s (42501).';

revoke all on function private.invite_member(text, text, public.member_role) from public, anon;
revoke all on function private.revoke_invitation(text, uuid) from public, anon;
revoke all on function private.accept_invitation(text) from public, anon;
revoke all on function public.invite_member(text, text, public.member_role) from public, anon;
revoke all on function public.revoke_invitation(text, uuid) from public, anon;
revoke all on function public.accept_invitation(text) from public, anon;
grant execute on function private.invite_member(text, text, public.member_role) to authenticated;
grant execute on function private.revoke_invitation(text, uuid) to authenticated;
grant execute on function private.accept_invitation(text) to authenticated;
grant execute on function public.invite_member(text, text, public.member_role) to authenticated;
grant execute on function public.revoke_invitation(text, uuid) to authenticated;
grant execute on function public.accept_invitation(text) to authenticated;
