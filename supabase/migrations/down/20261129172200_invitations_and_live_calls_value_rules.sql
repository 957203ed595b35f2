-- Down of 20261129172200_invitations_and_live_calls_value_rules.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.phone_invitations
  drop constraint phone_invitations_phone_id_format,
  drop constraint phone_invitations_email_trimmed,
  drop constraint phone_invitations_email_single_line,
  drop constraint phone_invitations_updated_at_range;
alter table public.live_calls
  drop constraint live_calls_phone_id_format,
  drop constraint live_calls_claimed_at_range,
  drop constraint live_calls_heartbeat_at_range;
