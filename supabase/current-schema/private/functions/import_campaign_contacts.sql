CREATE OR REPLACE FUNCTION private.import_campaign_contacts (
  phone_id     text,
  campaign_id  uuid,
  numbers      text[],
  max_attempts integer
)
  RETURNS TABLE (
    submitted  integer,
    imported   integer,
    duplicates integer
  )
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
  AS $function$
declare
  c public.campaigns;
begin
  perform private.require_role(import_campaign_contacts.phone_id, 'admin', 'import campaign contacts');
  submitted := coalesce(pg_catalog.cardinality(numbers), 0);
  if submitted > 10000 then
    raise exception 'at most 10000 numbers per import, got %', submitted
      using errcode = 'program_limit_exceeded', hint = 'Import a longer list in several calls.';
  end if;
  c := private.lock_campaign(import_campaign_contacts.phone_id, import_campaign_contacts.campaign_id);
  if c.status in ('completed', 'canceled') then
    raise exception 'campaign % is %: no contacts can be added', c.id, c.status
      using errcode = 'object_not_in_prerequisite_state';
  end if;
  insert into public.campaign_contacts (phone_id, campaign_id, number, max_attempts)
  select c.phone_id, c.id, u.number, import_campaign_contacts.max_attempts
    from pg_catalog.unnest(numbers) with ordinality as u(number, n)
   order by u.n
  on conflict on constraint campaign_contacts_number_key do nothing;
  get diagnostics imported = row_count;
  duplicates := submitted - imported;
  return next;
end;
$function$;

GRANT EXECUTE ON FUNCTION "private"."import_campaign_contacts"(text, uuid, text[], integer) TO "authenticated";

COMMENT ON FUNCTION "private"."import_campaign_contacts"(text, uuid, text[], integer) IS 'Behind public.import_campaign_contacts. SECURITY DEFINER because no API role writes contacts (their status and attempts are the dialer''s). Checks the caller itself: owners and admins of the phone number only.';

REVOKE ALL ON FUNCTION "private"."import_campaign_contacts"(text, uuid, text[], integer) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."import_campaign_contacts"(text, uuid, text[], integer) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."import_campaign_contacts"(text, uuid, text[], integer) TO "postgres";
