CREATE OR REPLACE FUNCTION public.record_call_turns (
  phone_id text,
  call_id  uuid,
  turns    jsonb
)
  RETURNS TABLE (
    sequence integer,
    recorded boolean
  )
  LANGUAGE plpgsql
  SET search_path TO ''
  AS $function$
declare
  stray text;
  new_sequences integer[];
  changed record;
begin
  if pg_catalog.jsonb_typeof(turns) is distinct from 'array'
     or pg_catalog.jsonb_array_length(turns) not between 1 and 1000 then
    raise exception 'turns must be a JSON array of 1 to 1000 turns'
      using errcode = 'invalid_parameter_value';
  end if;
  select coalesce(pg_catalog.string_agg(distinct x.problem, ', '), '') into stray
    from (select case when pg_catalog.jsonb_typeof(e) <> 'object' then 'a ' || pg_catalog.jsonb_typeof(e) || ' instead of an object'
                      else k end as problem
            from pg_catalog.jsonb_array_elements(turns) e
            left join lateral pg_catalog.jsonb_object_keys(case when pg_catalog.jsonb_typeof(e) = 'object' then e end) k on true
           where pg_catalog.jsonb_typeof(e) <> 'object'
              or k not in ('sequence', 'speaker', 'content', 'offset_ms', 'tool_name', 'tool_arguments')) x;
  if stray <> '' then
    raise exception 'turns may hold objects with sequence, speaker, content, offset_ms, tool_name and tool_arguments only, got %', stray
      using errcode = 'invalid_parameter_value';
  end if;

  -- New turns go in; a sequence already stored (or twice in the batch) is
  -- skipped here and compared below. A concurrent delivery of the same turn
  -- waits here for the first to commit.
  with sent as (
    select s.* from pg_catalog.jsonb_to_recordset(turns) as s(sequence integer, speaker public.turn_speaker, content text,
                                                               offset_ms integer, tool_name text, tool_arguments jsonb)
  ), inserted as (
    insert into public.call_turns as t (phone_id, call_id, sequence, speaker, content, offset_ms, tool_name, tool_arguments)
    select record_call_turns.phone_id, record_call_turns.call_id, s.sequence, s.speaker, s.content, s.offset_ms,
           s.tool_name, s.tool_arguments
      from sent s
    on conflict on constraint call_turns_pkey do nothing
    returning t.sequence
  )
  select coalesce(pg_catalog.array_agg(i.sequence), '{}') into new_sequences from inserted i;

  -- A later statement, so it sees what a concurrent delivery committed.
  select s.sequence into changed
    from pg_catalog.jsonb_to_recordset(turns) as s(sequence integer, speaker public.turn_speaker, content text,
                                                   offset_ms integer, tool_name text, tool_arguments jsonb)
    join public.call_turns t
      on t.phone_id = record_call_turns.phone_id and t.call_id = record_call_turns.call_id and t.sequence = s.sequence
   where (t.speaker, t.content, t.offset_ms, t.tool_name, t.tool_arguments)
         is distinct from (s.speaker, s.content, s.offset_ms, s.tool_name, s.tool_arguments)
   order by s.sequence
   limit 1;
  if found then
    raise exception 'turn % of call % is already recorded with other content', changed.sequence, record_call_turns.call_id
      using errcode = 'unique_violation',
            constraint = 'call_turns_pkey',
            hint = 'A turn''s sequence is its identity: a retry must resend the same turn. Nothing of this batch was stored.';
  end if;

  return query
    select distinct s.sequence, s.sequence = any (new_sequences)
      from pg_catalog.jsonb_to_recordset(turns) as s(sequence integer)
     order by s.sequence;
end;
$function$;

GRANT EXECUTE ON FUNCTION "public"."record_call_turns"(text, uuid, jsonb) TO "service_role";

COMMENT ON FUNCTION "public"."record_call_turns"(text, uuid, jsonb) IS 'Records turns of one call for the telephony backend (service role only): turns is a JSON array of 1 to 1000 objects with sequence, speaker, content, offset_ms, tool_name and tool_arguments (no other keys). All or nothing. Returns each sequence sent and whether this call stored it (false: it was already there, with the same content). A turn stored before with the same content is a no-op, so retried, overlapping and concurrent deliveries give the same rows in any order; the same sequence with other content is refused (23505, constraint call_turns_pkey) and nothing is stored. A call not recorded yet is refused by call_turns_call_fkey (23503): retry once its first event is in. Runs as the caller.';

REVOKE ALL ON FUNCTION "public"."record_call_turns"(text, uuid, jsonb) FROM "postgres";

GRANT EXECUTE ON FUNCTION "public"."record_call_turns"(text, uuid, jsonb) TO "postgres";

REVOKE ALL ON FUNCTION "public"."record_call_turns"(text, uuid, jsonb) FROM PUBLIC, "anon", "authenticated";
