-- Validates the rules 20261129220000_campaigns_and_appointments_value_rules.sql
-- added NOT VALID: existing rows are checked under a SHARE UPDATE EXCLUSIVE
-- lock, which lets reads and writes go on.
set lock_timeout = '5s';
set statement_timeout = '15min';

alter table public.campaigns validate constraint campaigns_phone_id_format;
alter table public.campaigns validate constraint campaigns_dates_bounded;
alter table public.campaigns validate constraint campaigns_started_after_created;
alter table public.campaigns validate constraint campaigns_finished_after_created;
alter table public.campaigns validate constraint campaigns_finished_after_started;

alter table public.campaign_contacts validate constraint campaign_contacts_phone_id_format;
alter table public.campaign_contacts validate constraint campaign_contacts_finished_at_bounded;
alter table public.campaign_contacts validate constraint campaign_contacts_claimed_after_created;
alter table public.campaign_contacts validate constraint campaign_contacts_finished_after_created;

alter table public.resources validate constraint resources_phone_id_format;

alter table public.appointments validate constraint appointments_phone_id_format;
alter table public.appointments validate constraint appointments_notes_trimmed;
