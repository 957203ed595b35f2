CREATE OR REPLACE FUNCTION private.check_campaign_status()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  if tg_op = 'UPDATE' and new.status is distinct from old.status then
    if (old.status, new.status) not in (
         ('draft'::public.campaign_status, 'scheduled'::public.campaign_status), ('draft', 'canceled'),
         ('scheduled', 'running'), ('scheduled', 'canceled'),
         ('running', 'paused'), ('running', 'completed'), ('running', 'canceled'),
         ('paused', 'running'), ('paused', 'completed'), ('paused', 'canceled')) then
      raise exception 'campaign % cannot change status from % to %', old.id, old.status, new.status
        using errcode = 'check_violation',
              constraint = 'campaigns_status_transition',
              hint = 'Allowed: draft -> scheduled -> running <-> paused -> completed, and canceled from any state before completed.';
    end if;
  elsif tg_op = 'UPDATE' and old.status in ('completed', 'canceled') then
    raise exception 'campaign % is % and no longer changes', old.id, old.status
      using errcode = 'object_not_in_prerequisite_state',
            hint = 'Create a new campaign.';
  end if;
  if new.status in ('running', 'paused', 'completed') and new.started_at is null then
    new.started_at := pg_catalog.now();
  end if;
  if new.status in ('completed', 'canceled') and new.finished_at is null then
    new.finished_at := pg_catalog.now();
  end if;
  return new;
end;
$function$;

COMMENT ON FUNCTION "private"."check_campaign_status"() IS 'BEFORE INSERT/UPDATE trigger on campaigns: refuses a status change that is not an allowed step (SQLSTATE 23514, constraint campaigns_status_transition, naming both states) and any change to a completed or canceled campaign (55000); fills started_at on the first step under way and finished_at on the last.';

REVOKE ALL ON FUNCTION "private"."check_campaign_status"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."check_campaign_status"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."check_campaign_status"() TO "postgres";
