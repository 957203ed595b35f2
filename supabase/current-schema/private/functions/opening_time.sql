CREATE OR REPLACE FUNCTION private.opening_time (
  phone_id text,
  from_at  timestamp with time zone,
  to_at    timestamp with time zone
)
  RETURNS tstzmultirange
  LANGUAGE sql
  STABLE
  SET search_path TO ''
  AS $function$
  select coalesce(pg_catalog.range_agg(pg_catalog.tstzrange(o.opens, o.closes, '[)')), '{}'::pg_catalog.tstzmultirange)
    from public.phone_numbers p
   cross join lateral (
     select (from_at at time zone p.timezone)::date - 1 + i as day
       from pg_catalog.generate_series(0, (to_at at time zone p.timezone)::date - (from_at at time zone p.timezone)::date + 1) i
   ) d
    join public.business_hours h on h.phone_id = p.id and h.day_of_week = extract(dow from d.day)
   cross join lateral (
     select (d.day + h.opens_at) at time zone p.timezone as opens,
            (d.day + h.opens_at + case when h.closes_at > h.opens_at then h.closes_at - h.opens_at
                                       else h.closes_at - h.opens_at + interval '24 hours' end) at time zone p.timezone as closes
   ) o
   where p.id = opening_time.phone_id
     and not exists (
       select 1 from public.business_closures c
        where c.phone_id = p.id and d.day between c.starts_on and c.ends_on)
$function$;

GRANT EXECUTE ON FUNCTION "private"."opening_time"(text, timestamp WITH time zone, timestamp WITH time zone) TO "authenticated";

GRANT EXECUTE ON FUNCTION "private"."opening_time"(text, timestamp WITH time zone, timestamp WITH time zone) TO "service_role";

COMMENT ON FUNCTION "private"."opening_time"(text, timestamp with time zone, timestamp with time zone) IS 'The opening time of phone_id''s business around from_at..to_at, as instants: every opening interval that opens on a local date from the day before from_at to the day of to_at and not on a closed date, touching intervals merged. A span lies within the opening hours when the result contains it (@>). Agrees with is_open on every instant but those of the hour repeated when clocks go back, where an opening or closing time is taken at its later instant. Runs with the caller''s rights (a member reads their phone''s hours; the service role all).';

REVOKE ALL ON FUNCTION "private"."opening_time"(text, timestamp WITH time zone, timestamp WITH time zone) FROM PUBLIC;

REVOKE ALL ON FUNCTION "private"."opening_time"(text, timestamp WITH time zone, timestamp WITH time zone) FROM "postgres";

GRANT EXECUTE ON FUNCTION "private"."opening_time"(text, timestamp WITH time zone, timestamp WITH time zone) TO "postgres";
