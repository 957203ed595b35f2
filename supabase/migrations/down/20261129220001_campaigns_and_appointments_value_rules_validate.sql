-- Down of 20261129220001_campaigns_and_appointments_value_rules_validate:
-- the constraints it validated, NOT VALID again as the migrations before left
-- them. A constraint cannot be marked unvalidated in place, so each is dropped
-- and added again NOT VALID: no row is checked, and the lock is held only for
-- the catalog change.
set lock_timeout = '5s';
set statement_timeout = '15min';

alter table public.campaigns
  drop constraint campaigns_phone_id_format,
  add constraint campaigns_phone_id_format CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)) NOT VALID,
  drop constraint campaigns_dates_bounded,
  add constraint campaigns_dates_bounded CHECK (((starts_on >= '2020-01-01'::date) AND (starts_on < '2100-01-01'::date) AND (ends_on >= '2020-01-01'::date) AND (ends_on < '2100-01-01'::date))) NOT VALID,
  drop constraint campaigns_started_after_created,
  add constraint campaigns_started_after_created CHECK ((started_at >= created_at)) NOT VALID,
  drop constraint campaigns_finished_after_created,
  add constraint campaigns_finished_after_created CHECK ((finished_at >= created_at)) NOT VALID,
  drop constraint campaigns_finished_after_started,
  add constraint campaigns_finished_after_started CHECK ((finished_at >= started_at)) NOT VALID;
alter table public.campaign_contacts
  drop constraint campaign_contacts_phone_id_format,
  add constraint campaign_contacts_phone_id_format CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)) NOT VALID,
  drop constraint campaign_contacts_finished_at_bounded,
  add constraint campaign_contacts_finished_at_bounded CHECK (((finished_at >= '2020-01-01 00:00:00+00'::timestamp with time zone) AND (finished_at < '2100-01-01 00:00:00+00'::timestamp with time zone))) NOT VALID,
  drop constraint campaign_contacts_claimed_after_created,
  add constraint campaign_contacts_claimed_after_created CHECK ((claimed_at >= created_at)) NOT VALID,
  drop constraint campaign_contacts_finished_after_created,
  add constraint campaign_contacts_finished_after_created CHECK ((finished_at >= created_at)) NOT VALID;
alter table public.resources
  drop constraint resources_phone_id_format,
  add constraint resources_phone_id_format CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)) NOT VALID;
alter table public.appointments
  drop constraint appointments_phone_id_format,
  add constraint appointments_phone_id_format CHECK ((phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'::text)) NOT VALID,
  drop constraint appointments_notes_trimmed,
  add constraint appointments_notes_trimmed CHECK ((NOT private.has_outer_space(notes))) NOT VALID;
