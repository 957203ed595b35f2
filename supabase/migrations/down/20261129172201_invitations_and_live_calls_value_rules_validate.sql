-- Down of 20261129172201_invitations_and_live_calls_value_rules_validate:
-- the constraints it validated, NOT VALID again as the migrations before left
-- them. A constraint cannot be marked unvalidated in place, so each is dropped
-- and added again NOT VALID: no row is checked, and the lock is held only for
-- the catalog change.
set lock_timeout = '5s';
set statement_timeout = '15min';

alter table public.phone_invitations
  drop constraint phone_invitations_phone_id_format,
  add constraint phone_invitations_phone_id_format CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)) NOT VALID,
  drop constraint phone_invitations_email_trimmed,
  add constraint phone_invitations_email_trimmed CHECK ((NOT private.has_outer_space(email))) NOT VALID,
  drop constraint phone_invitations_email_single_line,
  add constraint phone_invitations_email_single_line CHECK (private.is_single_line(email)) NOT VALID,
  drop constraint phone_invitations_updated_at_range,
  add constraint phone_invitations_updated_at_range CHECK (((updated_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (updated_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID;
alter table public.live_calls
  drop constraint live_calls_phone_id_format,
  add constraint live_calls_phone_id_format CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)) NOT VALID,
  drop constraint live_calls_claimed_at_range,
  add constraint live_calls_claimed_at_range CHECK (((claimed_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (claimed_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID,
  drop constraint live_calls_heartbeat_at_range,
  add constraint live_calls_heartbeat_at_range CHECK (((heartbeat_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (heartbeat_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID;
