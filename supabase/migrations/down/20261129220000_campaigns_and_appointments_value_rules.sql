-- Down of 20261129220000_campaigns_and_appointments_value_rules.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.campaigns
  drop constraint campaigns_phone_id_format,
  drop constraint campaigns_dates_bounded,
  drop constraint campaigns_started_after_created,
  drop constraint campaigns_finished_after_created,
  drop constraint campaigns_finished_after_started;
alter table public.campaign_contacts
  drop constraint campaign_contacts_phone_id_format,
  drop constraint campaign_contacts_finished_at_bounded,
  drop constraint campaign_contacts_claimed_after_created,
  drop constraint campaign_contacts_finished_after_created;
alter table public.resources drop constraint resources_phone_id_format;
alter table public.appointments
  drop constraint appointments_phone_id_format,
  drop constraint appointments_notes_trimmed;
