CREATE OR REPLACE FUNCTION public.is_open (
  p_phone_id text,
  p_at       timestamp with time zone DEFAULT now()
)
  RETURNS boolean
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
declare
  tz text;
  local_ts timestamp;
begin
  select p.timezone into tz from public.phone_numbers p where p.id = p_phone_id;
  if not found then
    raise exception 'phone number % not found', p_phone_id
      using errcode = 'no_data_found', hint = 'The caller must be a member of the phone number, or the service role.';
  end if;
  -- Wall-clock time at the business. Intervals are wall-clock times too, so a
  -- 09:00 opening stays 09:00 across DST changes: never a fixed UTC offset.
  local_ts := p_at at time zone tz;
  -- An interval that opened today or yesterday (past midnight) and has not
  -- closed, unless the day it opened is a closure.
  return exists (
    select 1
      from public.business_hours h
      join (values (local_ts::date), (local_ts::date - 1)) as d(day)
        on h.day_of_week = extract(dow from d.day)
     where h.phone_id = p_phone_id
       and local_ts >= d.day + h.opens_at
       and local_ts < d.day + h.opens_at
                      + case when h.closes_at > h.opens_at then h.closes_at - h.opens_at
                             else h.closes_at - h.opens_at + interval '24 hours' end
       and not exists (
         select 1 from public.business_closures c
          where c.phone_id = p_phone_id and d.day between c.starts_on and c.ends_on
       )
  );
end;
$function$;

GRANT EXECUTE ON FUNCTION "public"."is_open"(text, timestamp WITH time zone) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."is_open"(text, timestamp WITH time zone) TO "service_role";

COMMENT ON FUNCTION "public"."is_open"(text, timestamp with time zone) IS 'True when the business of p_phone_id is open at p_at (default now), in its own time zone: one of its intervals covers the local wall-clock time and the day that interval opened is not a closure. No intervals means closed. Runs with the caller''s rights: members and the service role; anyone else gets SQLSTATE P0002 (phone number not found).';

REVOKE ALL ON FUNCTION "public"."is_open"(text, timestamp WITH time zone) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."is_open"(text, timestamp WITH time zone) TO "postgres";

REVOKE ALL ON FUNCTION "public"."is_open"(text, timestamp WITH time zone) FROM PUBLIC, "anon";
