-- search_calls finds a call by a word spoken in any of its turns, as well as
-- by its transcript and summary. Arguments, result, order, paging and the
-- membership check stay as they were; only what a word matches grows.
--
--   a turn       the words of the query are matched against each turn on
--                its own (call_turns_search_idx, private.call_turn_words)
--                and against the call's transcript and summary: a call
--                matches when its transcript and summary match, or any one
--                of its turns does. Words split across turns ("book" in one,
--                "Tuesday" in the next) match only through the transcript
--   common word  the newest 1,000 calls are walked first, as before. Their
--                turns are not parsed one by one (30,000 turns at ~13 us
--                each would add ~400 ms): call_turns_search_idx is asked for
--                the word together with the 'call:<id>' lexemes of those
--                calls, ten calls a scan (their keys read once more from
--                calls_phone_created_idx), which the index answers from the
--                calls' short entries whatever the word's frequency. One scan
--                for all 1,000 took 330 ms at 4,400 calls (the index checks
--                every candidate turn against the whole query, 1,000 terms);
--                100 scans of ten took 35-45 ms on the same (busy) machine.
--                So the newest 100 are walked first (10 scans) and the
--                newest 1,000 only when those do not fill the page
--   rare word    when the walk does not fill the page, the matches come from
--                the indexes: the calls' words index for transcripts and
--                summaries, united with the calls whose turns have the word
--                in call_turns_search_idx ('phone:<id>' with the word), each
--                with the other filters, then the newest of them
set lock_timeout = '5s';
set statement_timeout = '1min';

create or replace function private.search_calls(
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
  -- form of their indexes (see the index migrations); then the rest. The
  -- words have an indexed form for the calls (indexed_words) and one for
  -- their turns (spoken); the caller and tags share indexed.
  walked text := '';
  indexed text := '';
  indexed_words text := '';
  spoken text := '';
  ranged text := '';
  rest text := '';
  found public.calls[];
  walk integer;
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
    -- Among the walked calls: those with a turn that has the words (the
    -- spoken set, from the index), or whose transcript and summary have them.
    walked := walked || ' and (c.id in (select s.call_id from spoken s)'
      || ' or pg_catalog.to_tsvector(''simple''::regconfig, coalesce(c.transcript, '''')'
      || ' || '' '' || coalesce(c.ai_summary, '''')) @@ pg_catalog.websearch_to_tsquery(''simple''::regconfig, $2))';
    indexed_words := ' and (pg_catalog.to_tsvector(''simple''::regconfig, coalesce(c.transcript, '''')'
      || ' || '' '' || coalesce(c.ai_summary, '''')) || pg_catalog.array_to_tsvector(array[''phone:'' || c.phone_id]))'
      || ' @@ (pg_catalog.websearch_to_tsquery(''simple''::regconfig, $2)'
      || ' && pg_catalog.format(''%L'', ''phone:'' || $1)::tsquery)';
    spoken := ' and c.id in (select t.call_id from public.call_turns t where t.phone_id = $1'
      || ' and private.call_turn_words(t.phone_id, t.call_id, t.content)'
      || ' @@ (pg_catalog.websearch_to_tsquery(''simple''::regconfig, $2)'
      || ' && pg_catalog.format(''%L'', ''phone:'' || $1)::tsquery))';
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
  -- 100, then if the page is not full the newest 1,000 (the (phone_id,
  -- created_at) index), and keep the matches: the walk is in order, so a page
  -- filled from the newest 100 is the answer, and a common word costs a tenth
  -- of the turn lookups. The planner cannot tell common from rare here, since
  -- a tenant's share of a word or tag is not in any statistic, so the function
  -- decides by trying. With words, the turns of the walked calls that have
  -- them come from call_turns_search_idx, asked for the words and the calls'
  -- own lexemes ten calls at a time (the walked keys read once more), once
  -- per walk, for its first call; the walk itself stops at a full page.
  foreach walk in array array[100, 1000] loop
    execute case when words then
           'with spoken as materialized (select distinct t.call_id'
           || ' from (select pg_catalog.string_agg(pg_catalog.format(''%L'', ''call:'' || n.id), '' | '')::tsquery as calls'
           || ' from (select c.id, (pg_catalog.row_number() over (order by c.created_at desc, c.id desc) - 1) / 10 as tens'
           || ' from (select c.id, c.created_at from public.calls c where c.phone_id = $1' || ranged
           || ' order by c.created_at desc, c.id desc limit $12) c) n group by n.tens) k'
           || ' cross join lateral (select t.call_id from public.call_turns t where t.phone_id = $1'
           || ' and private.call_turn_words(t.phone_id, t.call_id, t.content)'
           || ' @@ (pg_catalog.websearch_to_tsquery(''simple''::regconfig, $2) && k.calls)) t) '
         else '' end
      || 'select coalesce(pg_catalog.array_agg(c order by c.created_at desc, c.id desc), ''{}'') from ('
      || 'select c.* from (select * from public.calls c where c.phone_id = $1' || ranged
      || ' order by c.created_at desc, c.id desc limit $12) c where true' || walked || rest
      || ' order by c.created_at desc, c.id desc limit $11) c'
      into found
      using search_calls.phone_id, search_calls.query, caller_pattern, search_calls.tags, statuses, started_from,
            started_before, min_duration, after_created_at, after_id, max_calls, walk;
    if pg_catalog.cardinality(found) = max_calls then
      return query select (pg_catalog.unnest(found)).*;
      return;
    end if;
  end loop;
  -- A rare one: every match of the phone from the filters' indexes (with
  -- words: the calls whose transcript and summary have them, and the calls
  -- with a turn that has them), then the newest.
  return query execute 'with matched as materialized (select c.id, c.created_at from public.calls c'
    || ' where c.phone_id = $1' || indexed_words || indexed || ranged || rest
    || case when words then
         ' union select c.id, c.created_at from public.calls c where c.phone_id = $1' || spoken || indexed || ranged || rest
       else '' end
    || ') select c.* from matched join public.calls c on c.phone_id = $1 and c.id = matched.id'
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
  'phone''s calls, metadata and turns, and writes nothing. Words match the transcript and summary, or any one turn '
  '(call_turns_search_idx). A word, caller or tag is first looked for among the phone''s newest 100, then 1,000 calls (a '
  'common one is found there; their turns through the index, by the calls'' own lexemes), and only when that does '
  'not fill the page through the filters'' indexes.';

comment on function public.search_calls(text, text, text, text[], public.call_status[], timestamptz, timestamptz,
                                        integer, timestamptz, uuid, integer) is
  'One phone''s calls matching every filter given, newest first, max_calls (1 to 100) at a time: query = words '
  'of the transcript or summary, or of any one turn of the call (web search syntax, no stemming), caller = "+1415" '
  '(prefix) or "5550123" (digits anywhere), tags = all of these, statuses, started_from <= created_at < '
  'started_before, duration >= min_duration; the next page starts after (after_created_at, after_id), the last call '
  'of this one. Members only: a phone the caller is not a member of has no calls here. Only the filters given are '
  'planned, each with its index (private.search_calls).';
