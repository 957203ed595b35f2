-- Down of 20261130100500_campaigns_skip_opted_out.sql: the hand-out as
-- 20261129200000_campaigns.sql made it (opted-out numbers are dialed again)
-- and the type's comment as it was.
set lock_timeout = '5s';
set statement_timeout = '60s';

comment on type public.campaign_contact_status is
  'Where a contact is: pending (to dial, from next_attempt_at), dialing (handed out to a dialer), completed (reached), '
  'failed (no attempt left, or the number cannot be reached), skipped (not dialed again because the campaign was '
  'canceled).';

create or replace function public.claim_campaign_contacts(phone_id text, campaign_id uuid, n integer default 1, worker text default null)
returns setof public.campaign_contacts
language plpgsql
volatile
set search_path = ''
as $$
declare
  c public.campaigns;
  tz text;
  max_calls integer;
  dialing_campaign integer;
  next_due timestamptz;
  allowed integer;
begin
  if pg_catalog.current_setting('transaction_isolation') <> 'read committed' then
    raise exception 'claim_campaign_contacts needs a READ COMMITTED transaction, not %',
      pg_catalog.current_setting('transaction_isolation')
      using errcode = 'invalid_transaction_state';
  end if;
  if n is null or n not between 1 and 1000 then
    raise exception 'n must be 1 to 1000, got %', coalesce(n::text, 'null') using errcode = 'invalid_parameter_value';
  end if;

  -- Hand-outs of this campaign take turns here; a pause waits for this one
  -- and every later one sees it.
  c := private.lock_campaign(claim_campaign_contacts.phone_id, claim_campaign_contacts.campaign_id);
  if c.status not in ('scheduled', 'running') then
    return;
  end if;
  select p.timezone into tz from public.phone_numbers p where p.id = c.phone_id;
  if not private.campaign_window_includes(c.window_start, c.window_end, c.window_days, c.starts_on, c.ends_on,
                                          pg_catalog.now() at time zone tz)
     or not public.is_open(c.phone_id, pg_catalog.now()) then
    return;
  end if;
  -- The campaign's own limit and work: only this campaign's hand-outs add
  -- to them, and they take turns above; finishes only lower them.
  select pg_catalog.count(*) into dialing_campaign
    from public.campaign_contacts k where k.phone_id = c.phone_id and k.campaign_id = c.id and k.status = 'dialing';
  select pg_catalog.min(k.next_attempt_at) into next_due
    from public.campaign_contacts k where k.phone_id = c.phone_id and k.campaign_id = c.id and k.status = 'pending';
  if dialing_campaign >= c.max_concurrent or not next_due <= pg_catalog.now() then
    return;
  end if;

  -- Then the phone's limit: with the hand-outs of its other campaigns and
  -- claim_call_slot, which take turns on the phone number's row. Counted
  -- after the lock, each count in a snapshot of its own: every hand-out and
  -- admitted call before this one is seen.
  select p.max_concurrent_calls into max_calls
    from public.phone_numbers p where p.id = c.phone_id
     for no key update;
  allowed := least(n, c.max_concurrent - dialing_campaign, max_calls - private.calls_in_progress(c.phone_id));
  if allowed <= 0 then
    return;
  end if;

  if c.status = 'scheduled' then
    update public.campaigns k set status = 'running' where k.phone_id = c.phone_id and k.id = c.id;
  end if;

  return query
  with picked as (
    select k.phone_id, k.id
      from public.campaign_contacts k
     where k.phone_id = c.phone_id and k.campaign_id = c.id
       and k.status = 'pending' and k.next_attempt_at <= pg_catalog.now()
     order by k.next_attempt_at, k.id
     limit allowed
       for update skip locked)
  update public.campaign_contacts k
     set status = 'dialing', attempts = k.attempts + 1, next_attempt_at = null,
         claimed_at = pg_catalog.now(), claimed_by = claim_campaign_contacts.worker
    from picked
   where k.phone_id = picked.phone_id and k.id = picked.id and k.status = 'pending'
  returning k.*;
end;
$$;
comment on function public.claim_campaign_contacts(text, uuid, integer, text) is
  'The dialer''s work: up to n (1 to 1000) due pending contacts of the campaign, now dialing (attempts counted, '
  'claimed_by = worker), oldest due first. Nothing unless the campaign is running (a scheduled one starts here), '
  'now is inside its window in the phone''s time zone and the business is open (is_open), and never more than '
  'max_concurrent of the campaign dialing nor more than the phone''s max_concurrent_calls in progress (live calls '
  'and dialing contacts of all its campaigns). Concurrent dialers never get the same contact. P0002 for an unknown '
  'campaign. Service role; READ COMMITTED transactions only.';
