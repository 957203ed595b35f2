-- The app's call screens as functions supabase-js calls with .rpc(): the ones
-- a plain table query cannot serve fast under row level security.
--
--   latest_calls   the newest calls across all (or some) of my phones. As a
--                  table query the policy's `phone_id = any (...)` gives no
--                  order, so Postgres reads and sorts every call of those
--                  phones (315 ms to 7.6 s at 10M calls); this walks each
--                  phone's (phone_id, created_at) index instead.
--   call_counts    counts over days from daily_call_stats, one row per phone
--                  and day, where `count: 'exact'` reads every call.
--   search_calls   one phone's calls by words of the transcript or summary,
--                  caller number (prefix or digits), tags, status, start time
--                  and minimum duration, newest first with a keyset cursor.
--                  Only the filters given are in the statement it plans, so
--                  each combination gets the index that serves it.
--
-- All three are SECURITY INVOKER: they run as the caller, under the same
-- policies as a table query, so membership is enforced by row level security
-- and a phone the caller is not a member of contributes nothing. The search
-- itself is private.search_calls, SECURITY DEFINER with its own membership
-- check, so that the planner sees one phone and not the policy's runtime array
-- (its comment has why and the measurement). src/queries.ts calls these same
-- functions: each query exists once.
--
-- The indexes the search needs (full text, trigram on caller numbers, tags by
-- phone) follow, each in a file of its own, built concurrently.

set lock_timeout = '5s';
set statement_timeout = '1min';

-- Trigram matching for "digits anywhere in the caller number".
create extension if not exists pg_trgm with schema extensions;

-- Each search index keys its entries by phone as well, and in a form only its
-- own filter can use: a GIN index with phone_id as a column of its own
-- (btree_gin) also serves a plain `phone_id = X`, and under the policies'
-- misestimate of a tenant's size the planner then took it for a call's
-- metadata instead of the primary key.
create function private.phone_tags(phone_id text, tags text[])
returns text[]
language sql
immutable
parallel safe
set search_path = ''
as $$ select pg_catalog.array_agg(phone_id || ' ' || t) from pg_catalog.unnest(tags) t $$;
comment on function private.phone_tags(text, text[]) is
  'Each tag prefixed with the phone id and a space: the keys of call_metadata_phone_tags_idx, so one phone''s '
  'tagged calls are found without reading other tenants'' tags. Executed by whoever writes tags (index upkeep).';
grant execute on function private.phone_tags(text, text[]) to authenticated, service_role;

create function public.latest_calls(phone_ids text[] default null, max_calls integer default 50)
returns setof public.calls
language plpgsql
stable
set search_path = ''
as $$
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
$$;
comment on function public.latest_calls(text[], integer) is
  'The newest max_calls (1 to 100) calls across the caller''s phone numbers, or across phone_ids (only those the '
  'caller may read count), newest first. Invoker: row level security decides which calls exist. Walks each '
  'phone''s (phone_id, created_at) index, where a table query ordered by created_at under the policy sorts every '
  'call of those phones.';

create function public.call_counts(from_day date default null, to_day date default null, phone_ids text[] default null)
returns table (total_calls bigint, answered_calls bigint, completed_calls bigint, failed_calls bigint)
language sql
stable
set search_path = ''
as $$
  select coalesce(sum(s.total_calls), 0)::bigint, coalesce(sum(s.answered_calls), 0)::bigint,
         coalesce(sum(s.completed_calls), 0)::bigint, coalesce(sum(s.failed_calls), 0)::bigint
    from public.daily_call_stats s
   where (from_day is null or s.day >= from_day)
     and (to_day is null or s.day <= to_day)
     and (phone_ids is null or s.phone_id = any (phone_ids))
$$;
comment on function public.call_counts(date, date, text[]) is
  'Calls, answered, completed and failed calls of the caller''s phone numbers (or of phone_ids among them) on '
  'local days from_day to to_day (each bound optional), from daily_call_stats: one row per phone and day instead '
  'of one per call. Invoker: row level security decides which phones count.';

create function private.search_calls(
  phone_id text,
  query text default null,
  caller text default null,
  tags text[] default null,
  statuses public.call_status[] default null,
  started_from timestamptz default null,
  started_before timestamptz default null,
  min_duration integer default null,
  after_created_at timestamptz default null,
  after_id uuid default null,
  max_calls integer default 20
)
returns setof public.calls
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  words boolean := nullif(pg_catalog.btrim(search_calls.query), '') is not null;
  caller_pattern text;
  -- The filters the newest calls are walked with, and the same filters in the
  -- form of their indexes (see the index migrations); then the rest.
  walked text := '';
  indexed text := '';
  ranged text := '';
  rest text := '';
  found public.calls[];
begin
  -- The membership check row level security would make: the caller's own
  -- memberships, nothing else.
  if not search_calls.phone_id = any (private.member_phone_ids()) then
    return;
  end if;
  if max_calls is null or max_calls not between 1 and 100 then
    raise exception 'max_calls must be 1 to 100, got %', coalesce(max_calls::text, 'null')
      using errcode = 'invalid_parameter_value';
  end if;
  if (after_created_at is null) <> (after_id is null) then
    raise exception 'the cursor needs both after_created_at and after_id (the last call of the previous page)'
      using errcode = 'invalid_parameter_value';
  end if;
  if pg_catalog.length(search_calls.query) > 200 then
    raise exception 'query may have at most 200 characters' using errcode = 'invalid_parameter_value';
  end if;

  if words then
    walked := walked || ' and pg_catalog.to_tsvector(''simple''::regconfig, coalesce(c.transcript, '''')'
      || ' || '' '' || coalesce(c.ai_summary, '''')) @@ pg_catalog.websearch_to_tsquery(''simple''::regconfig, $2)';
    indexed := indexed || ' and (pg_catalog.to_tsvector(''simple''::regconfig, coalesce(c.transcript, '''')'
      || ' || '' '' || coalesce(c.ai_summary, '''')) || pg_catalog.array_to_tsvector(array[''phone:'' || c.phone_id]))'
      || ' @@ (pg_catalog.websearch_to_tsquery(''simple''::regconfig, $2)'
      || ' && pg_catalog.format(''%L'', ''phone:'' || $1)::tsquery)';
  end if;
  if caller is not null then
    -- "+1415" is a prefix of the E.164 number, "5550123" digits anywhere in it.
    caller_pattern := pg_catalog.regexp_replace(caller, '[\s().-]', '', 'g');
    if caller_pattern !~ '^\+?[0-9]{3,15}$' then
      raise exception 'caller must be at least 3 digits, optionally after a +, got %', caller
        using errcode = 'invalid_parameter_value';
    end if;
    caller_pattern := case when caller_pattern like '+%' then caller_pattern || '%' else '%' || caller_pattern || '%' end;
    walked := walked || ' and c.caller_number like $3';
    indexed := indexed || ' and c.caller_number like $3';
  end if;
  if tags is not null then
    -- A scalar subquery, so each walked call looks up its own metadata by key
    -- (as a semi-join the planner read every tenant's rows with the tag).
    walked := walked || ' and (select m.tags from public.call_metadata m'
      || ' where m.phone_id = c.phone_id and m.call_id = c.id) @> $4';
    indexed := indexed || ' and exists (select from public.call_metadata m'
      || ' where m.phone_id = c.phone_id and m.call_id = c.id'
      || ' and private.phone_tags(m.phone_id, m.tags) @> private.phone_tags($1, $4))';
  end if;
  if started_from is not null then
    ranged := ranged || ' and c.created_at >= $6';
  end if;
  if started_before is not null then
    ranged := ranged || ' and c.created_at < $7';
  end if;
  if after_created_at is not null then
    ranged := ranged || ' and (c.created_at, c.id) < ($9, $10)';
  end if;
  if statuses is not null then
    rest := rest || ' and c.status = any ($5)';
  end if;
  if min_duration is not null then
    rest := rest || ' and c.duration >= $8';
  end if;

  -- Without a word, caller or tag, the phone's calls newest first are the answer.
  if walked = '' then
    return query execute 'select c.* from public.calls c where c.phone_id = $1' || ranged || rest
      || ' order by c.created_at desc, c.id desc limit $11'
      using search_calls.phone_id, search_calls.query, caller_pattern, search_calls.tags, statuses, started_from,
            started_before, min_duration, after_created_at, after_id, max_calls;
    return;
  end if;
  -- A common word, caller or tag is among the newest calls: walk the newest
  -- 1,000 (the (phone_id, created_at) index) and keep the matches. The planner
  -- cannot tell common from rare here, since a tenant's share of a word or
  -- tag is not in any statistic, so the function decides by trying.
  execute 'select coalesce(pg_catalog.array_agg(c order by c.created_at desc, c.id desc), ''{}'') from ('
    || 'select c.* from (select * from public.calls c where c.phone_id = $1' || ranged
    || ' order by c.created_at desc, c.id desc limit 1000) c where true' || walked || rest
    || ' order by c.created_at desc, c.id desc limit $11) c'
    into found
    using search_calls.phone_id, search_calls.query, caller_pattern, search_calls.tags, statuses, started_from,
          started_before, min_duration, after_created_at, after_id, max_calls;
  if pg_catalog.cardinality(found) = max_calls then
    return query select (pg_catalog.unnest(found)).*;
    return;
  end if;
  -- A rare one: every match of the phone from the filters' indexes, then the newest.
  return query execute 'with matched as materialized (select c.id, c.created_at from public.calls c'
    || ' where c.phone_id = $1' || indexed || ranged || rest || ')'
    || ' select c.* from matched join public.calls c on c.phone_id = $1 and c.id = matched.id'
    || ' order by matched.created_at desc, matched.id desc limit $11'
    using search_calls.phone_id, search_calls.query, caller_pattern, search_calls.tags, statuses, started_from,
          started_before, min_duration, after_created_at, after_id, max_calls;
end
$$;
comment on function private.search_calls(text, text, text, text[], public.call_status[], timestamptz, timestamptz,
                                         integer, timestamptz, uuid, integer) is
  'The search behind public.search_calls: one phone''s calls matching every filter given, newest first; nothing '
  'unless the signed-in user is a member of the phone. SECURITY DEFINER so that the planner sees the phone alone: '
  'under row level security the policy''s runtime array of phones is estimated as a few rows of the tenant, and a '
  'rare word, caller or tag was then found by reading the whole tenant by primary key (305 ms for a 28,520-call '
  'tenant) instead of through its index. It checks membership itself (private.member_phone_ids), reads only that '
  'phone''s calls and metadata, and writes nothing. A word, caller or tag is first looked for among the phone''s '
  'newest 1,000 calls (a common one is found there), and only when that does not fill the page through its index.';

create function public.search_calls(
  phone_id text,
  query text default null,
  caller text default null,
  tags text[] default null,
  statuses public.call_status[] default null,
  started_from timestamptz default null,
  started_before timestamptz default null,
  min_duration integer default null,
  after_created_at timestamptz default null,
  after_id uuid default null,
  max_calls integer default 20
)
returns setof public.calls
language sql
stable
set search_path = ''
as $$
  select * from private.search_calls(phone_id, query, caller, tags, statuses, started_from, started_before,
                                     min_duration, after_created_at, after_id, max_calls)
$$;
comment on function public.search_calls(text, text, text, text[], public.call_status[], timestamptz, timestamptz,
                                        integer, timestamptz, uuid, integer) is
  'One phone''s calls matching every filter given, newest first, max_calls (1 to 100) at a time: query = words '
  'of the transcript or summary (web search syntax, no stemming), caller = "+1415" (prefix) or "5550123" (digits '
  'anywhere), tags = all of these, statuses, started_from <= created_at < started_before, duration >= '
  'min_duration; the next page starts after (after_created_at, after_id), the last call of this one. Members '
  'only: a phone the caller is not a member of has no calls here. Only the filters given are planned, each with '
  'its index (private.search_calls).';

revoke all on function public.latest_calls(text[], integer) from public, anon;
revoke all on function public.call_counts(date, date, text[]) from public, anon;
revoke all on function public.search_calls(text, text, text, text[], public.call_status[], timestamptz, timestamptz,
                                           integer, timestamptz, uuid, integer) from public, anon;
revoke all on function private.search_calls(text, text, text, text[], public.call_status[], timestamptz, timestamptz,
                                            integer, timestamptz, uuid, integer) from public, anon;
grant execute on function public.latest_calls(text[], integer) to authenticated, service_role;
grant execute on function public.call_counts(date, date, text[]) to authenticated, service_role;
-- The search answers members only (a caller with no membership gets nothing).
grant execute on function public.search_calls(text, text, text, text[], public.call_status[], timestamptz, timestamptz,
                                              integer, timestamptz, uuid, integer) to authenticated;
grant execute on function private.search_calls(text, text, text, text[], public.call_status[], timestamptz, timestamptz,
                                               integer, timestamptz, uuid, integer) to authenticated;
