CREATE OR REPLACE FUNCTION private.release_stale_campaign_contacts (
  max_age interval DEFAULT '01:00:00'::interval
)
  RETURNS integer
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
declare
  released integer := 0;
  n integer;
  stale record;
begin
  for stale in
    select distinct k.phone_id, k.campaign_id from public.campaign_contacts k
     where k.status = 'dialing' and k.claimed_at < pg_catalog.now() - max_age
  loop
    perform private.lock_campaign(stale.phone_id, stale.campaign_id);
    update public.campaign_contacts k
       set status = case when k.attempts >= k.max_attempts then 'failed' else 'pending' end::public.campaign_contact_status,
           next_attempt_at = case when k.attempts < k.max_attempts then pg_catalog.now() end,
           finished_at = pg_catalog.now(), last_outcome = 'failed', last_call_sid = null
     where k.phone_id = stale.phone_id and k.campaign_id = stale.campaign_id
       and k.status = 'dialing' and k.claimed_at < pg_catalog.now() - max_age;
    get diagnostics n = row_count;
    released := released + n;
    update public.campaigns c set status = 'completed'
     where c.phone_id = stale.phone_id and c.id = stale.campaign_id and c.status in ('running', 'paused')
       and not exists (select from public.campaign_contacts x
                        where x.phone_id = c.phone_id and x.campaign_id = c.id and x.status = 'dialing')
       and (select pg_catalog.min(x.next_attempt_at) from public.campaign_contacts x
                       where x.phone_id = c.phone_id and x.campaign_id = c.id and x.status = 'pending') is null;
  end loop;
  return released;
end;
$function$;

COMMENT ON FUNCTION "private"."release_stale_campaign_contacts"(interval) IS 'Contacts dialing for longer than max_age (default an hour) without a report, their dialer presumably gone: pending again at once when they have attempts left, failed otherwise (last_outcome failed), completing a campaign left with nothing to dial. Returns how many it released. pg_cron runs it every minute.';

REVOKE ALL ON FUNCTION "private"."release_stale_campaign_contacts"(interval) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."release_stale_campaign_contacts"(interval) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."release_stale_campaign_contacts"(interval) TO "postgres";
