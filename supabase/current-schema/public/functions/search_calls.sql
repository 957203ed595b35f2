CREATE OR REPLACE FUNCTION public.search_calls (
  phone_id         text,
  query            text                     DEFAULT NULL::text,
  caller           text                     DEFAULT NULL::text,
  tags             text[]                   DEFAULT NULL::text[],
  statuses         public.call_status[]     DEFAULT NULL::public.call_status[],
  started_from     timestamp with time zone DEFAULT NULL::timestamp WITH time zone,
  started_before   timestamp with time zone DEFAULT NULL::timestamp WITH time zone,
  min_duration     integer                  DEFAULT NULL::integer,
  after_created_at timestamp with time zone DEFAULT NULL::timestamp WITH time zone,
  after_id         uuid                     DEFAULT NULL::uuid,
  max_calls        integer                  DEFAULT 20
)
  RETURNS SETOF public.calls
  LANGUAGE sql
  STABLE
  SET search_path TO ''
  AS $function$
  select * from private.search_calls(phone_id, query, caller, tags, statuses, started_from, started_before,
                                     min_duration, after_created_at, after_id, max_calls)
$function$;

GRANT EXECUTE
  ON FUNCTION "public"."search_calls"(text, text, text, text[], public.call_status[], timestamp WITH time zone, timestamp WITH time zone, integer, timestamp
    WITH time zone, uuid, integer)
  TO "authenticated";

GRANT EXECUTE
  ON FUNCTION "public"."search_calls"(text, text, text, text[], public.call_status[], timestamp WITH time zone, timestamp WITH time zone, integer, timestamp
    WITH time zone, uuid, integer)
  TO "service_role";

COMMENT ON FUNCTION "public"."search_calls"(text, text, text, text[], public.call_status[], timestamp with time zone, timestamp with time zone, integer, timestamp
  with time zone, uuid, integer) IS 'One phone''s calls matching every filter given, newest first, max_calls (1 to 100) at a time: query = words of the transcript or summary, or of any one turn of the call (web search syntax, no stemming), caller = "+1415" (prefix) or "5550123" (digits anywhere), tags = all of these, statuses, started_from <= created_at < started_before, duration >= min_duration; the next page starts after (after_created_at, after_id), the last call of this one. Members only: a phone the caller is not a member of has no calls here. Only the filters given are planned, each with its index (private.search_calls).';

REVOKE ALL
  ON FUNCTION "public"."search_calls"(text, text, text, text[], public.call_status[], timestamp WITH time zone, timestamp WITH time zone, integer, timestamp
    WITH time zone, uuid, integer)
  FROM "postgres";

GRANT EXECUTE
  ON FUNCTION "public"."search_calls"(text, text, text, text[], public.call_status[], timestamp WITH time zone, timestamp WITH time zone, integer, timestamp
    WITH time zone, uuid, integer)
  TO "postgres";

REVOKE ALL
  ON FUNCTION "public"."search_calls"(text, text, text, text[], public.call_status[], timestamp WITH time zone, timestamp WITH time zone, integer, timestamp
    WITH time zone, uuid, integer)
  FROM PUBLIC, "anon";
