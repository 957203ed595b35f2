-- Value rules for the columns of campaigns, campaign_contacts, resources and
-- appointments that took malformed values or failed without naming a rule
-- (tests/malformed-values.test.ts found them), as the other tables have them:
--
--   phone_id            the form of phone_numbers.id, so an over-long key is
--                       refused by name before the primary key index fails
--                       with 54000 (index row size)
--   campaigns           starts_on and ends_on are each finite and within the
--     starts_on,        fixed bounds (2020-01-01 to 2100-01-01):
--     ends_on           campaigns_dates_range bounds only the start from below
--                       and the end from above, so 'infinity' as a start and
--                       '-infinity' as an end were stored
--   campaigns           a campaign starts and finishes no earlier than it was
--     started_at,       created, and finishes no earlier than it started (the
--     finished_at       status trigger fills both with now())
--   campaign_contacts   a contact is claimed and finished no earlier than it
--     claimed_at,       was imported; finished_at is within the fixed bounds
--     finished_at       from below too (-infinity and 1900 were stored while
--                       the contact had no claim to compare with)
--   appointments.notes  no invisible or Unicode padding at either end, as
--                       every other note and message has it
--
-- Added NOT VALID; 20261129220001_campaigns_and_appointments_value_rules_validate.sql
-- validates them.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.campaigns
  add constraint campaigns_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid,
  add constraint campaigns_dates_bounded
    check (starts_on >= '2020-01-01' and starts_on < '2100-01-01' and ends_on >= '2020-01-01' and ends_on < '2100-01-01') not valid,
  add constraint campaigns_started_after_created check (started_at >= created_at) not valid,
  add constraint campaigns_finished_after_created check (finished_at >= created_at) not valid,
  add constraint campaigns_finished_after_started check (finished_at >= started_at) not valid;

alter table public.campaign_contacts
  add constraint campaign_contacts_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid,
  add constraint campaign_contacts_finished_at_bounded
    check (finished_at >= '2020-01-01 00:00:00+00' and finished_at < '2100-01-01 00:00:00+00') not valid,
  add constraint campaign_contacts_claimed_after_created check (claimed_at >= created_at) not valid,
  add constraint campaign_contacts_finished_after_created check (finished_at >= created_at) not valid;

alter table public.resources
  add constraint resources_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid;

alter table public.appointments
  add constraint appointments_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$') not valid,
  add constraint appointments_notes_trimmed check (not private.has_outer_space(notes)) not valid;
