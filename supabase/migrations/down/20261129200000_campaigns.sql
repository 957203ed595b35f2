-- loses data: public.campaigns, public.campaign_contacts
-- Down of 20261129200000_campaigns: the stale-claim job, the campaign
-- functions, tables and types, and private.calls_in_progress and
-- claim_call_slot's comment as 20261129172000_live_calls made them (counting
-- live calls only).
set lock_timeout = '5s';
set statement_timeout = '60s';

create or replace function private.calls_in_progress(phone_id text)
returns integer
language sql
stable
set search_path = ''
as $$
  select pg_catalog.count(*)::integer from public.live_calls l where l.phone_id = calls_in_progress.phone_id
$$;
comment on function private.calls_in_progress(text) is
  'How many calls phone_id has in progress, the number its max_concurrent_calls limits: its live calls. '
  'claim_call_slot counts with it after taking the phone''s row.';

comment on function public.claim_call_slot(text, text, text) is
  'Admits call_sid on phone_id if the phone has fewer calls in progress than its max_concurrent_calls, and '
  'returns its live_calls row; refuses with 53400 when it is full, P0002 for an unknown phone. A retry for a '
  'call already admitted admits it again. Service role; READ COMMITTED transactions only.';

select cron.unschedule('release-stale-campaign-contacts');
drop function private.release_stale_campaign_contacts(interval);
drop function public.finish_campaign_contact(text, uuid, public.campaign_call_outcome, text);
drop function public.claim_campaign_contacts(text, uuid, integer, text);
drop function public.campaign_progress(text, uuid[]);
drop function public.cancel_campaign(text, uuid);
drop function public.resume_campaign(text, uuid);
drop function public.pause_campaign(text, uuid);
drop function public.schedule_campaign(text, uuid);
drop function public.import_campaign_contacts(text, uuid, text[], integer);
drop function private.set_campaign_status(text, uuid, public.campaign_status, text);
drop function private.import_campaign_contacts(text, uuid, text[], integer);
drop function private.lock_campaign(text, uuid);
drop table public.campaign_contacts;
drop table public.campaigns;
drop function private.check_campaign_status();
drop function private.campaign_window_includes(time, time, smallint[], date, date, timestamp);
drop function private.is_weekday_set(smallint[]);
drop type public.campaign_call_outcome;
drop type public.campaign_contact_status;
drop type public.campaign_status;
