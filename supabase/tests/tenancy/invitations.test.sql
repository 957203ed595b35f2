-- Invitations: owners invite at any role, admins viewers and admins, nobody
-- else, and nobody above their own role; owners and admins list and revoke
-- them, viewers and invitees see none; the invitee, signed in with the
-- invitation's confirmed email, accepts once and becomes a member; an unknown,
-- used, revoked or expired token, or another person's, is refused by name.
-- The token is returned once and stored only as its hash.
begin;
select plan(39);

-- inv-a: owner ann, admin adam, viewer vic. inv-b: owner bo.
-- nina, nora, omar, olga: signed up, not members (olga's email unconfirmed).
select tests.create_phone('inv-a', '+15550007001', 'America/New_York', 'Invite A');
select tests.create_phone('inv-b', '+15550007002', 'America/New_York', 'Invite B');
select tests.add_member('inv-a', 'ann-owner', 'owner');
select tests.add_member('inv-a', 'adam-admin', 'admin');
select tests.add_member('inv-a', 'vic-viewer', 'viewer');
select tests.add_member('inv-b', 'bo-owner', 'owner');
select tests.create_supabase_user('nina', 'Nina@Example.com');
select tests.create_supabase_user('nora', 'nora@example.com');
select tests.create_supabase_user('omar', 'omar@example.com');
select tests.create_supabase_user('olga', 'olga@example.com');
update auth.users set email_confirmed_at = now() where raw_user_meta_data ->> 'test_identifier' in ('nina', 'nora', 'omar');

create temporary table tokens (name text primary key, invitation_id uuid, token text);
grant all on tokens to authenticated, anon;

-- Who invites whom ------------------------------------------------------------------

select tests.authenticate_as('ann-owner');
insert into tokens select 'nina-admin', i.invitation_id, i.token from public.invite_member('inv-a', ' NINA@example.com ', 'admin') i;
insert into tokens select 'omar-owner', i.invitation_id, i.token from public.invite_member('inv-a', 'omar@example.com', 'owner') i;
select is((select count(*)::int from tokens where token ~ '^[A-Za-z0-9_-]{43}$'), 2,
  'owner ann invites nina as admin and omar as owner; each token is 43 URL-safe characters');

select tests.authenticate_as('adam-admin');
insert into tokens select 'nora-viewer', i.invitation_id, i.token from public.invite_member('inv-a', 'nora@example.com', 'viewer') i;
select is((select count(*)::int from tokens where name = 'nora-viewer'), 1, 'admin adam invites nora as a viewer');
select lives_ok($$select public.invite_member('inv-a', 'olga@example.com', 'admin')$$, 'admin adam invites olga as an admin');
select throws_ok($$select public.invite_member('inv-a', 'someone@example.com', 'owner')$$,
  '42501', 'a admin may not invite at role owner', 'admin adam cannot invite an owner (42501)');

select tests.authenticate_as('vic-viewer');
select throws_ok($$select public.invite_member('inv-a', 'someone@example.com', 'viewer')$$,
  '42501', 'only owners and admins of phone number inv-a may invite', 'viewer vic invites nobody (42501)');
select tests.authenticate_as('bo-owner');
select throws_ok($$select public.invite_member('inv-a', 'someone@example.com', 'viewer')$$,
  '42501', 'only owners and admins of phone number inv-a may invite', 'owner bo of inv-b cannot invite to inv-a (42501)');
select tests.authenticate_as('nina');
select throws_ok($$select public.invite_member('inv-a', 'nina2@example.com', 'owner')$$,
  '42501', 'only owners and admins of phone number inv-a may invite', 'nina, not a member, invites nobody (42501)');
select tests.authenticate_as_anon();
select throws_ok($$select public.invite_member('inv-a', 'someone@example.com', 'viewer')$$,
  '42501', 'permission denied for function invite_member', 'anon may not call invite_member (42501)');

-- No path edits an invitation or writes one directly.
select tests.authenticate_as('ann-owner');
select throws_ok($$update public.phone_invitations set role = 'owner'$$,
  '42501', 'permission denied for table phone_invitations', 'owner ann cannot edit an invitation''s role (42501)');
select throws_ok($$insert into public.phone_invitations (phone_id, email, role) values ('inv-a', 'x@example.com', 'owner')$$,
  '42501', 'permission denied for table phone_invitations', 'owner ann cannot insert an invitation directly (42501)');
select throws_ok($$select public.invite_member('inv-a', 'not an address', 'viewer')$$,
  '23514', 'new row for relation "phone_invitations" violates check constraint "phone_invitations_email_format"',
  'an invitation to something that is not an email address is refused by name');

-- The token is stored only as its hash; the address in lowercase.
select tests.clear_authentication();
select is((select email from public.phone_invitations where id = (select invitation_id from tokens where name = 'nina-admin')),
  'nina@example.com', 'the invitee''s address is stored trimmed and in lowercase');
select is(
  (select count(*)::int from private.invitation_tokens t join tokens k on k.invitation_id = t.invitation_id
    where t.token_hash = extensions.digest(decode(translate(k.token, '-_', '+/') || '=', 'base64'), 'sha256')),
  3, 'each invitation''s token is stored as the SHA-256 of its bytes');
select is_empty(
  $$select 1 from private.invitation_tokens t join tokens k on position(convert_to(k.token, 'UTF8') in t.token_hash) > 0$$,
  'no stored hash contains a token');

-- Who reads them --------------------------------------------------------------------

select tests.authenticate_as('adam-admin');
select is((select count(*)::int from public.phone_invitations where phone_id = 'inv-a'), 4,
  'admin adam reads inv-a''s four invitations');
select tests.authenticate_as('vic-viewer');
select is_empty($$select 1 from public.phone_invitations$$, 'viewer vic reads no invitation');
select tests.authenticate_as('nina');
select is_empty($$select 1 from public.phone_invitations$$, 'invitee nina reads no invitation, not even her own');
select tests.authenticate_as('bo-owner');
select is_empty($$select 1 from public.phone_invitations$$, 'owner bo of inv-b reads none of inv-a''s invitations');

-- One open invitation per address: inviting again replaces it.
select tests.authenticate_as('ann-owner');
insert into tokens select 'nora-admin', i.invitation_id, i.token from public.invite_member('inv-a', 'nora@example.com', 'admin') i;
select results_eq(
  $$select role::text, revoked_at is not null from public.phone_invitations where email = 'nora@example.com' order by 2 desc$$,
  $$values ('viewer', true), ('admin', false)$$,
  'inviting nora again revokes the viewer invitation and leaves the admin one open');

-- Revoking --------------------------------------------------------------------------

select tests.authenticate_as('adam-admin');
select throws_ok(format('select public.revoke_invitation(%L, %L)', 'inv-a', (select invitation_id from tokens where name = 'omar-owner')),
  '42501', 'only owners may revoke an invitation to become owner', 'admin adam cannot revoke omar''s owner invitation (42501)');
select tests.authenticate_as('vic-viewer');
select throws_ok(format('select public.revoke_invitation(%L, %L)', 'inv-a', (select invitation_id from tokens where name = 'nina-admin')),
  '42501', 'only owners and admins of phone number inv-a may revoke its invitations', 'viewer vic revokes nothing (42501)');
select tests.authenticate_as('ann-owner');
select is(public.revoke_invitation('inv-a', (select invitation_id from tokens where name = 'omar-owner')), true,
  'owner ann revokes omar''s owner invitation');
select is(public.revoke_invitation('inv-a', (select invitation_id from tokens where name = 'omar-owner')), false,
  'revoking it again finds nothing pending');

-- Accepting -------------------------------------------------------------------------

select tests.authenticate_as('nora');
select throws_ok(format('select public.accept_invitation(%L)', (select token from tokens where name = 'nina-admin')),
  '42501', 'this invitation is for another email address', 'nora cannot accept nina''s invitation (42501)');
select tests.authenticate_as('nina');
select results_eq(format('select phone_id, role::text from public.accept_invitation(%L)', (select token from tokens where name = 'nina-admin')),
  $$values ('inv-a', 'admin')$$, 'nina, signed in with the invited address in another case, accepts and is an admin of inv-a');
select is((select count(*)::int from public.phone_invitations), 5, 'as an admin now, nina reads inv-a''s five invitations');
select throws_ok(format('select public.accept_invitation(%L)', (select token from tokens where name = 'nina-admin')),
  '55000', 'this invitation was already accepted', 'accepting the same token again is refused (55000)');
select tests.authenticate_as('nora');
select throws_ok(format('select public.accept_invitation(%L)', (select token from tokens where name = 'nora-viewer')),
  '55000', 'this invitation was revoked', 'nora''s replaced viewer invitation is refused as revoked (55000)');
select tests.authenticate_as('omar');
select throws_ok(format('select public.accept_invitation(%L)', (select token from tokens where name = 'omar-owner')),
  '55000', 'this invitation was revoked', 'omar''s revoked owner invitation is refused (55000)');
select throws_ok($$select public.accept_invitation('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')$$,
  'P0002', 'no invitation has this token', 'a token no invitation has is refused (P0002)');
select throws_ok($$select public.accept_invitation('not a token at all!')$$,
  'P0002', 'no invitation has this token', 'a malformed token is refused the same way (P0002)');

-- Expired: made 8 days ago.
select tests.clear_authentication();
update public.phone_invitations set created_at = now() - interval '8 days', expires_at = now() - interval '1 day'
 where id = (select invitation_id from tokens where name = 'nora-admin');
select tests.authenticate_as('nora');
select throws_ok(format('select public.accept_invitation(%L)', (select token from tokens where name = 'nora-admin')),
  '55000', null, 'nora''s expired admin invitation is refused (55000)');

-- An unconfirmed address does not prove who signs in.
select tests.authenticate_as('ann-owner');
insert into tokens select 'olga-viewer', i.invitation_id, i.token from public.invite_member('inv-a', 'olga@example.com', 'viewer') i;
select tests.authenticate_as('olga');
select throws_ok(format('select public.accept_invitation(%L)', (select token from tokens where name = 'olga-viewer')),
  '42501', 'this invitation is for another email address', 'olga, whose email is not confirmed, cannot accept (42501)');

-- A member invited again keeps the higher role.
select tests.authenticate_as('ann-owner');
insert into tokens select 'nina-viewer', i.invitation_id, i.token from public.invite_member('inv-a', 'nina@example.com', 'viewer') i;
select tests.authenticate_as('nina');
select results_eq(format('select role::text from public.accept_invitation(%L)', (select token from tokens where name = 'nina-viewer')),
  $$values ('admin')$$, 'nina, already an admin, accepts a viewer invitation and stays an admin');

select tests.authenticate_as_anon();
select throws_ok(format('select public.accept_invitation(%L)', (select token from tokens where name = 'olga-viewer')),
  '42501', 'permission denied for function accept_invitation', 'anon may not call accept_invitation (42501)');

-- What it left behind.
select tests.clear_authentication();
select results_eq(
  $$select u.raw_user_meta_data ->> 'test_identifier', m.role::text from public.phone_members m join auth.users u on u.id = m.user_id
     where m.phone_id = 'inv-a' order by 1$$,
  $$values ('adam-admin', 'admin'), ('ann-owner', 'owner'), ('nina', 'admin'), ('vic-viewer', 'viewer')$$,
  'inv-a''s members: the three it had and nina; nobody else joined');
select results_eq(
  $$select i.accepted_by = u.id, i.accepted_at is not null from public.phone_invitations i, auth.users u
     where i.id = (select invitation_id from tokens where name = 'nina-admin') and u.raw_user_meta_data ->> 'test_identifier' = 'nina'$$,
  $$values (true, true)$$, 'nina''s invitation records who accepted it and when');
select is((select invited_by from public.phone_invitations where id = (select invitation_id from tokens where name = 'nora-viewer')),
  tests.get_supabase_uid('adam-admin'), 'an invitation records who made it');
select is_empty($$select 1 from public.phone_members where phone_id = 'inv-b' and user_id <> tests.get_supabase_uid('bo-owner')$$,
  'inv-b gained no member');

select * from finish();
rollback;
