-- Value rules for the columns of phone_invitations and live_calls that took
-- malformed values (tests/malformed-values.test.ts found them), as
-- 20261129140100_value_rules.sql has them for the other tables:
--
--   phone_id        the form of phone_numbers.id, so an over-long key is
--                   refused by name before the primary key index fails with
--                   54000 (as 20261129160001_tenant_keys_have_the_id_format.sql
--                   does for the other tables)
--   email           no invisible or Unicode padding at either end and on one
--                   line: the format's [:space:] and [:cntrl:] know ASCII
--                   only, and invite_member trims ASCII spaces only, so
--                   U+00A0 or U+200B before the address was stored, and an
--                   invitee typing the address could never match it
--   updated_at,     within the fixed bounds (2020-01-01 to 2100-01-01 UTC):
--   claimed_at,     infinity, -infinity and the year 1900 were stored
--   heartbeat_at
--
-- Added NOT VALID; 20261129172201_invitations_and_live_calls_value_rules_validate.sql
-- validates them.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.phone_invitations
  add constraint phone_invitations_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid,
  add constraint phone_invitations_email_trimmed check (not private.has_outer_space(email)) not valid,
  add constraint phone_invitations_email_single_line check (private.is_single_line(email)) not valid,
  add constraint phone_invitations_updated_at_range
    check (updated_at >= '2020-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00') not valid;

alter table public.live_calls
  add constraint live_calls_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid,
  add constraint live_calls_claimed_at_range
    check (claimed_at >= '2020-01-01 00:00:00+00' and claimed_at < '2100-01-01 00:00:00+00') not valid,
  add constraint live_calls_heartbeat_at_range
    check (heartbeat_at >= '2020-01-01 00:00:00+00' and heartbeat_at < '2100-01-01 00:00:00+00') not valid;
