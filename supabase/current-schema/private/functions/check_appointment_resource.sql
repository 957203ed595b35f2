CREATE OR REPLACE FUNCTION private.check_appointment_resource()
  RETURNS TRIGGER
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
begin
  if new.resource_id is null or new.status not in ('booked', 'confirmed')
     or (tg_op = 'UPDATE' and new.resource_id is not distinct from old.resource_id) then
    return null;
  end if;
  if not exists (select 1 from public.resources r
                  where r.phone_id = new.phone_id and r.id = new.resource_id and r.active) then
    raise exception 'resource % of % is inactive and takes no new appointments', new.resource_id, new.phone_id
      using errcode = 'check_violation',
            constraint = 'appointments_resource_active';
  end if;
  return null;
end;
$function$;

COMMENT ON FUNCTION "private"."check_appointment_resource"() IS 'AFTER INSERT/UPDATE OF resource_id trigger on appointments: a booked or confirmed appointment is put on an active resource only (SQLSTATE 23514, constraint appointments_resource_active); appointments already on a resource that is deactivated keep it.';

REVOKE ALL ON FUNCTION "private"."check_appointment_resource"() FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."check_appointment_resource"() FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."check_appointment_resource"() TO "postgres";
