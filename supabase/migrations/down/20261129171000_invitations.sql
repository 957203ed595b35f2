-- loses data: public.phone_invitations, private.invitation_tokens
-- Down of 20261129171000_invitations.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop function public.accept_invitation(text);
drop function public.revoke_invitation(text, uuid);
drop function public.invite_member(text, text, public.member_role);
drop function private.accept_invitation(text);
drop function private.revoke_invitation(text, uuid);
drop function private.invite_member(text, text, public.member_role);
drop function private.require_role(text, public.member_role, text);
drop table private.invitation_tokens;
drop table public.phone_invitations;
