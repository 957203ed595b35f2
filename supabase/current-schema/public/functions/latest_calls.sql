CREATE OR REPLACE FUNCTION public.latest_calls (
  phone_ids text[]  DEFAULT NULL::text[],
  max_calls integer DEFAULT 50
)
  RETURNS SETOF public.calls
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
  AS $function$
begin
  if max_calls is null or max_calls not between 1 and 100 then
    raise exception 'max_calls must be 1 to 100, got %', coalesce(max_calls::text, 'null')
      using errcode = 'invalid_parameter_value';
  end if;
  -- 1. each phone's newest max_calls (start, id) keys from the index alone;
  --    the newest max_calls of all of them are the answer's keys;
  -- 2. a phone's share of the answer is its newest calls down to its oldest
  --    key, so each phone with a share is read once more, in index order.
  return query
    with newest as (
      select x.phone_id, x.id, x.created_at
        from (select distinct p.phone_id
                from pg_catalog.unnest(coalesce(latest_calls.phone_ids, (select private.member_phone_ids()))) as p(phone_id)) m
       cross join lateral (
         select x.phone_id, x.id, x.created_at from public.calls x
          where x.phone_id = m.phone_id
          order by x.created_at desc, x.id desc
          limit max_calls
       ) x
       order by x.created_at desc, x.id desc
       limit max_calls
    ), share as (
      select n.phone_id, count(*)::int as calls,
             (pg_catalog.array_agg(n.created_at order by n.created_at, n.id))[1] as created_at,
             (pg_catalog.array_agg(n.id order by n.created_at, n.id))[1] as id
        from newest n
       group by n.phone_id
    )
    select c.*
      from share s
     cross join lateral (
       select * from public.calls x
        where x.phone_id = s.phone_id
          and (x.created_at, x.id) >= (s.created_at, s.id)
        order by x.created_at desc, x.id desc
        limit s.calls
     ) c
     order by c.created_at desc, c.id desc;
end
$function$;

GRANT EXECUTE ON FUNCTION "public"."latest_calls"(text[], integer) TO "authenticated";

GRANT EXECUTE ON FUNCTION "public"."latest_calls"(text[], integer) TO "service_role";

COMMENT ON FUNCTION "public"."latest_calls"(text[], integer) IS 'The newest max_calls (1 to 100) calls across the caller''s phone numbers, or across phone_ids (only those the caller may read count), newest first. Invoker: row level security decides which calls exist. Walks each phone''s (phone_id, created_at) index, where a table query ordered by created_at under the policy sorts every call of those phones.';

REVOKE ALL ON FUNCTION "public"."latest_calls"(text[], integer) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."latest_calls"(text[], integer) TO "postgres";

REVOKE ALL ON FUNCTION "public"."latest_calls"(text[], integer) FROM PUBLIC, "anon";
