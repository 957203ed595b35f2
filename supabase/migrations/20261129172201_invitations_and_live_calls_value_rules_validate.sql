-- Validates the constraints 20261129172200_invitations_and_live_calls_value_rules.sql
-- added NOT VALID, each a scan under SHARE UPDATE EXCLUSIVE that blocks no
-- reads or writes. A row that breaks a rule fails this migration with the
-- constraint's name; correct the row and push again.
set lock_timeout = '5s';
set statement_timeout = '15min';

alter table public.phone_invitations validate constraint phone_invitations_phone_id_format;
alter table public.phone_invitations validate constraint phone_invitations_email_trimmed;
alter table public.phone_invitations validate constraint phone_invitations_email_single_line;
alter table public.phone_invitations validate constraint phone_invitations_updated_at_range;
alter table public.live_calls validate constraint live_calls_phone_id_format;
alter table public.live_calls validate constraint live_calls_claimed_at_range;
alter table public.live_calls validate constraint live_calls_heartbeat_at_range;
