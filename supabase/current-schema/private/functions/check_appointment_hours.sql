CREATE OR REPLACE FUNCTION private.check_appointment_hours()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  if new.outside_hours_override or new.status not in ('booked', 'confirmed') then
    return null;
  end if;
  -- An update that leaves the time and the override as they were re-checks
  -- nothing: hours changed since the booking do not refuse a later edit.
  if tg_op = 'UPDATE' and new.starts_at = old.starts_at and new.ends_at = old.ends_at
     and not old.outside_hours_override then
    return null;
  end if;
  if not private.opening_time(new.phone_id, new.starts_at, new.ends_at)
         @> pg_catalog.tstzrange(new.starts_at, new.ends_at, '[)') then
    raise exception 'appointment % to % is outside the opening hours of %', new.starts_at, new.ends_at, new.phone_id
      using errcode = 'check_violation',
            constraint = 'appointments_within_business_hours',
            hint = 'Book within one stretch of opening time (business_hours, not on a closed date, in the phone''s '
                   'time zone), or set outside_hours_override.';
  end if;
  return null;
end;
$function$;

COMMENT ON FUNCTION "private"."check_appointment_hours"() IS 'AFTER INSERT/UPDATE OF starts_at, ends_at, outside_hours_override trigger on appointments: a booked or confirmed appointment without outside_hours_override must lie within one stretch of the phone''s opening time (private.opening_time), else SQLSTATE 23514 with constraint appointments_within_business_hours. Checked when the appointment is made, moved or loses its override.';

REVOKE ALL ON FUNCTION "private"."check_appointment_hours"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."check_appointment_hours"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."check_appointment_hours"() TO "postgres";
