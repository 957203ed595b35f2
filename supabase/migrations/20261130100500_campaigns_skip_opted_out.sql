-- The dialer honours opt-outs: a campaign contact whose number opted out of
-- outbound calls (public.callers.opted_out for the phone) is skipped when its
-- turn comes, never dialed.
--
-- Checked at the hand-out, not at the import: a caller may opt out (or back in)
-- after the list was imported, and between a contact's attempts. Due contacts
-- are looked at in hand-out order; the opted-out ones among them become
-- skipped (finished now, no attempt counted), and the next ones are looked at
-- until the hand-out has as many to dial as it may, or none is left. A campaign
-- left with nothing pending or dialing by the skips is completed, as the last
-- finish would complete it. A contact already dialing when its number opts out
-- finishes as reported; its retry, if any, is skipped.
--
-- claim_campaign_contacts is restated whole from 20261129200000_campaigns.sql
-- with the skip added before the hand-out. The check is one primary-key lookup
-- in callers per contact looked at.
set lock_timeout = '5s';
set statement_timeout = '60s';

comment on type public.campaign_contact_status is
  'Where a contact is: pending (to dial, from next_attempt_at), dialing (handed out to a dialer), completed (reached), '
  'failed (no attempt left, or the number cannot be reached), skipped (not dialed again: the campaign was canceled, '
  'or the number opted out of outbound calls, public.callers.opted_out).';

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
  skipped integer := 0;
  skipped_now integer;
  handed integer;
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

  -- Opted-out numbers among the next due contacts are skipped, until the
  -- next `allowed` due contacts are all to be dialed (or none is left).
  loop
    with due as (
      select k.phone_id, k.id, k.number
        from public.campaign_contacts k
       where k.phone_id = c.phone_id and k.campaign_id = c.id
         and k.status = 'pending' and k.next_attempt_at <= pg_catalog.now()
       order by k.next_attempt_at, k.id
       limit allowed
         for update skip locked)
    update public.campaign_contacts k
       set status = 'skipped', next_attempt_at = null, finished_at = pg_catalog.now()
      from due
     where k.phone_id = due.phone_id and k.id = due.id and k.status = 'pending'
       and exists (select from public.callers r
                    where r.phone_id = due.phone_id and r.caller_number = due.number and r.opted_out);
    get diagnostics skipped_now = row_count;
    exit when skipped_now = 0;
    skipped := skipped + skipped_now;
  end loop;

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
  get diagnostics handed = row_count;

  -- Skips that left nothing to dial complete the campaign, as its last finish would.
  if skipped > 0 and handed = 0 then
    update public.campaigns k set status = 'completed'
     where k.phone_id = c.phone_id and k.id = c.id and k.status in ('running', 'paused')
       and not exists (select from public.campaign_contacts x
                        where x.phone_id = c.phone_id and x.campaign_id = c.id and x.status = 'dialing')
       and (select pg_catalog.min(x.next_attempt_at) from public.campaign_contacts x
                       where x.phone_id = c.phone_id and x.campaign_id = c.id and x.status = 'pending') is null;
  end if;
end;
$$;
comment on function public.claim_campaign_contacts(text, uuid, integer, text) is
  'The dialer''s work: up to n (1 to 1000) due pending contacts of the campaign, now dialing (attempts counted, '
  'claimed_by = worker), oldest due first. Nothing unless the campaign is running (a scheduled one starts here), '
  'now is inside its window in the phone''s time zone and the business is open (is_open), and never more than '
  'max_concurrent of the campaign dialing nor more than the phone''s max_concurrent_calls in progress (live calls '
  'and dialing contacts of all its campaigns). A due contact whose number opted out (public.callers.opted_out) is '
  'skipped instead of dialed; a campaign the skips leave with nothing to dial is completed. Concurrent dialers never '
  'get the same contact. P0002 for an unknown campaign. Service role; READ COMMITTED transactions only.';
