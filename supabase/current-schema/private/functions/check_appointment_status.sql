CREATE OR REPLACE FUNCTION private.check_appointment_status()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  if tg_op = 'UPDATE' and new.status is distinct from old.status
     and not (old.status, new.status) in (('booked', 'confirmed'), ('booked', 'canceled'), ('booked', 'completed'),
                                          ('booked', 'no_show'), ('confirmed', 'canceled'), ('confirmed', 'completed'),
                                          ('confirmed', 'no_show')) then
    raise exception 'appointment % cannot change status from % to %', old.id, old.status, new.status
      using errcode = 'check_violation',
            constraint = 'appointments_status_transition',
            hint = 'Allowed: booked -> confirmed; booked or confirmed -> canceled, completed or no_show. '
                   'Canceled, completed and no_show are final: book a new appointment instead.';
  end if;
  -- Only when the status or the start changes: an appointment recorded as
  -- completed stays editable otherwise.
  if new.status in ('completed', 'no_show') and new.starts_at > pg_catalog.now()
     and (tg_op = 'INSERT' or new.status is distinct from old.status or new.starts_at is distinct from old.starts_at) then
    raise exception 'appointment % starts at % and cannot be % before it has started', new.id, new.starts_at, new.status
      using errcode = 'check_violation',
            constraint = 'appointments_outcome_after_start';
  end if;
  return new;
end;
$function$;

COMMENT ON FUNCTION "private"."check_appointment_status"() IS 'BEFORE INSERT/UPDATE OF status, starts_at trigger on appointments: refuses a status change outside the lifecycle (SQLSTATE 23514, constraint appointments_status_transition, naming both states) and a completed or no_show appointment that has not started yet (appointments_outcome_after_start). Compares only, so it runs safely before the check constraints have seen the row.';

REVOKE ALL ON FUNCTION "private"."check_appointment_status"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."check_appointment_status"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."check_appointment_status"() TO "postgres";
