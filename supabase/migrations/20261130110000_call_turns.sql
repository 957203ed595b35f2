-- Conversation turns: what the caller, the receptionist (assistant), its tools
-- and the system said during a call, one row per turn, in order.
--
--   key          (phone_id, call_id, sequence): the turn's number within its
--                call, given by the telephony provider (0 or 1 first, as the
--                provider counts), is its identity. No surrogate id: a turn
--                is only ever read with its call, and at ~20-40 turns a call
--                and 10M calls (hundreds of millions of rows) a uuid column
--                and its index would add about a third to the table and its
--                indexes for nothing any screen asks
--   indexes      two. The primary key serves the turns of a call screen in
--                order (an index range scan, no sort), the foreign key's
--                cascade and archiving (a call's turns by key prefix) and the
--                duplicate check of every retried turn.
--                call_turns_search_idx (GIN) serves search_calls: the words of
--                a turn plus two lexemes, 'phone:<id>' and 'call:<id>', so
--                one phone's turns with a word are found without reading
--                other tenants' (a rare word), and the turns of a given set
--                of calls with a word (the newest calls, a common word)
--                without parsing their text. No index on created_at or
--                speaker: no screen filters on them, and every index is
--                written hundreds of millions of times.
--                Not partitioned: turns leave the table with their call
--                (archiving by the call's age, below) or with their phone,
--                never by a month of their own, and a partition key would
--                have to join the primary key
--   offset       offset_ms: milliseconds from the call's start (calls.created_at,
--                when it started ringing) to the start of the turn, 0 to one
--                day (the longest call)
--   tool turns   speaker 'tool' carries tool_name and tool_arguments (a JSON
--                object) and optionally content (what the tool returned);
--                every other speaker carries content and neither tool column
--                (named check constraints)
--   writing      the telephony backend (service role), from provider webhooks
--                that arrive late, duplicated, out of order and concurrently,
--                through public.record_call_turns: a batch of turns of one
--                call, all or nothing. A turn already stored with the same
--                content is a no-op (no error, no second row), so retries and
--                overlapping batches converge on the same rows whatever their
--                order. The same sequence with other content is refused with
--                23505 naming call_turns_pkey, and nothing of the batch is
--                stored: a turn is a record of what was said, and a provider
--                that renumbers or rewrites turns is a fault to see, not to
--                settle by arrival order (first or last wins would make the
--                stored text depend on the order webhooks arrive in). A
--                turn for a call not recorded yet is refused by the foreign
--                key (23503); the provider's retry succeeds once the call's
--                first event is in. The service role holds INSERT and SELECT
--                only: turns are never updated or deleted through the API,
--                by anyone
--   reading      members of every level read the turns of their phones' calls
--   archive      private.archive_calls moves a call's turns with it into
--                private.call_turns_archive (same columns plus archived_at),
--                in the statement that moves the call. Turns are the call's
--                own content, like its transcript (archived with the call): a
--                cascade would delete them silently, and a restricting
--                foreign key would stop the archive. The function now locks
--                the due calls before it moves anything, so a turn committed
--                while it runs is either moved or, once the call is locked,
--                refused by the foreign key (never deleted unarchived by the
--                cascade). A batch of 5,000 calls now moves ~100-200k turns
--   deletion     deleting a call or its phone number deletes its turns (the
--                foreign key's cascade, as call_metadata): erasing a call
--                erases what was said in it. Archived turns go with their
--                archived call, and with the phone number
set lock_timeout = '5s';
set statement_timeout = '60s';

create type public.turn_speaker as enum ('caller', 'assistant', 'tool', 'system');
comment on type public.turn_speaker is
  'Who a conversation turn is from: caller (the person calling), assistant (the AI receptionist), tool (a tool the '
  'receptionist called, with its name and arguments) or system (the platform: a transfer, a hold, a hang-up).';

create table public.call_turns (
  phone_id text not null
    constraint call_turns_phone_id_format check (phone_id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'),
  call_id uuid not null,
  sequence integer not null
    constraint call_turns_sequence_range check (sequence between 0 and 100000),
  offset_ms integer not null
    constraint call_turns_offset_ms_range check (offset_ms between 0 and 86400000),
  speaker public.turn_speaker not null,
  created_at timestamptz not null default now()
    constraint call_turns_created_at_range check (
      created_at >= '2020-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00'),
  -- Stored as the speech recognizer or the model produced it: outer
  -- whitespace kept, line breaks and tabs allowed, other control characters
  -- not (as calls.transcript).
  content text
    constraint call_turns_content_length check (char_length(content) between 1 and 10000)
    constraint call_turns_content_not_blank check (not private.is_blank(content))
    constraint call_turns_content_printable check (private.is_printable_text(content)),
  tool_name text
    constraint call_turns_tool_name_format check (tool_name ~ '^[A-Za-z0-9_.:/-]{1,64}$'),
  tool_arguments jsonb
    constraint call_turns_tool_arguments_object check (jsonb_typeof(tool_arguments) = 'object')
    constraint call_turns_tool_arguments_size check (octet_length(tool_arguments::text) <= 65536)
    constraint call_turns_tool_arguments_depth check (private.jsonb_depth_within(tool_arguments, 32)),
  constraint call_turns_pkey primary key (phone_id, call_id, sequence),
  constraint call_turns_call_fkey foreign key (phone_id, call_id)
    references public.calls (phone_id, id) on delete cascade,
  constraint call_turns_content_unless_tool check (speaker = 'tool' or content is not null),
  constraint call_turns_tool_name_for_tool check ((speaker = 'tool') = (tool_name is not null)),
  constraint call_turns_tool_arguments_for_tool check ((speaker = 'tool') = (tool_arguments is not null))
);

comment on table public.call_turns is
  'The turns of a call''s conversation, one row per turn, ordered by sequence. Written by the telephony backend '
  '(service role) through record_call_turns, which makes a retried turn a no-op and refuses a changed one; never '
  'updated or deleted through the API. Members read their phones'' turns. Archived with their call; deleted with '
  'their call or phone number.';
comment on column public.call_turns.phone_id is 'The tenant: the phone number of the call (phone_numbers.id).';
comment on column public.call_turns.call_id is 'The call the turn was said in (calls.id of the same phone).';
comment on column public.call_turns.speaker is 'Who spoke: the caller, the assistant, a tool the assistant called, or the system.';
comment on column public.call_turns.sequence is
  'The turn''s number within its call, from the telephony provider (0 to 100,000): its identity and its order.';
comment on column public.call_turns.offset_ms is
  'Milliseconds from the start of the call (calls.created_at) to the start of the turn, 0 to 86,400,000 (a day).';
comment on column public.call_turns.content is
  'What was said, as recognized or generated (outer whitespace kept, up to 10,000 characters); for a tool turn, '
  'what the tool returned, if anything. Required for every speaker but tool.';
comment on column public.call_turns.tool_name is 'The tool a tool turn called (1 to 64 of A-Z a-z 0-9 _ . : / -); only on tool turns.';
comment on column public.call_turns.tool_arguments is
  'The arguments a tool turn called its tool with, a JSON object (at most 64 kB, 32 levels); only on tool turns.';
comment on column public.call_turns.created_at is 'When the turn was stored (not when it was said: see offset_ms).';

-- The document of call_turns_search_idx: the turn's words, its phone and its
-- call. search_calls filters on this expression to the letter.
create function private.call_turn_words(phone_id text, call_id uuid, content text)
returns tsvector
language sql
immutable
parallel safe
set search_path = ''
as $$
  select pg_catalog.to_tsvector('simple'::regconfig, coalesce(content, ''))
         || pg_catalog.array_to_tsvector(array['phone:' || phone_id, 'call:' || call_id::text])
$$;
comment on function private.call_turn_words(text, uuid, text) is
  'The words of a turn (to_tsvector ''simple'', no stemming) with two more lexemes, ''phone:<phone_id>'' and '
  '''call:<call_id>'': the keys of call_turns_search_idx. A search asks for the phone''s lexeme (a rare word of one '
  'phone) or for the lexemes of the calls it walks (a common word among the newest calls) with the words, so the '
  'index serves no other query and finds one tenant''s turns only. Words typed into a search never become these '
  'lexemes (the parser splits at the colon). Executed by whoever writes turns (index upkeep).';
revoke all on function private.call_turn_words(text, uuid, text) from public, anon;
grant execute on function private.call_turn_words(text, uuid, text) to service_role;

create index call_turns_search_idx on public.call_turns using gin (private.call_turn_words(phone_id, call_id, content));

-- Row level security --------------------------------------------------------------

alter table public.call_turns enable row level security;

-- Append-only through the API: members read, the service role inserts and
-- reads (record_call_turns runs as the caller), nobody updates or deletes.
revoke all on public.call_turns from anon, authenticated, service_role;
grant select on public.call_turns to authenticated;
grant select, insert on public.call_turns to service_role;

create policy "members read their call turns"
  on public.call_turns for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their call turns" on public.call_turns is
  'Members of any level read the turns of their phone numbers'' calls.';
-- No insert, update or delete policy: the telephony backend writes turns with
-- the service role, and nobody changes them.

-- Recording (the service role) ---------------------------------------------------------

create function public.record_call_turns(phone_id text, call_id uuid, turns jsonb)
returns table (sequence integer, recorded boolean)
language plpgsql
volatile
set search_path = ''
as $$
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
$$;
comment on function public.record_call_turns(text, uuid, jsonb) is
  'Records turns of one call for the telephony backend (service role only): turns is a JSON array of 1 to 1000 '
  'objects with sequence, speaker, content, offset_ms, tool_name and tool_arguments (no other keys). All or '
  'nothing. Returns each sequence sent and whether this call stored it (false: it was already there, with the same '
  'content). A turn stored before with the same content is a no-op, so retried, overlapping and concurrent '
  'deliveries give the same rows in any order; the same sequence with other content is refused (23505, '
  'constraint call_turns_pkey) and nothing is stored. A call not recorded yet is refused by call_turns_call_fkey '
  '(23503): retry once its first event is in. Runs as the caller.';
revoke all on function public.record_call_turns(text, uuid, jsonb) from public, anon, authenticated;
grant execute on function public.record_call_turns(text, uuid, jsonb) to service_role;

-- Archive -------------------------------------------------------------------------------

create table private.call_turns_archive (
  phone_id text not null,
  call_id uuid not null,
  sequence integer not null,
  offset_ms integer not null,
  speaker public.turn_speaker not null,
  created_at timestamptz not null,
  content text,
  tool_name text,
  tool_arguments jsonb,
  archived_at timestamptz not null default now(),
  constraint call_turns_archive_pkey primary key (phone_id, call_id, sequence),
  constraint call_turns_archive_call_fkey foreign key (phone_id, call_id)
    references private.calls_archive (phone_id, id) on delete cascade
);
comment on table private.call_turns_archive is
  'Turns of archived calls, moved with them by private.archive_calls(). Same protection as private.calls_archive: '
  'readable by the service role only. Same columns as public.call_turns plus archived_at.';
comment on column private.call_turns_archive.archived_at is 'When the turn was moved out of public.call_turns.';
comment on column private.call_turns_archive.phone_id is 'As public.call_turns.phone_id, when the turn was archived.';
comment on column private.call_turns_archive.call_id is 'As public.call_turns.call_id, when the turn was archived.';
comment on column private.call_turns_archive.sequence is 'As public.call_turns.sequence, when the turn was archived.';
comment on column private.call_turns_archive.speaker is 'As public.call_turns.speaker, when the turn was archived.';
comment on column private.call_turns_archive.offset_ms is 'As public.call_turns.offset_ms, when the turn was archived.';
comment on column private.call_turns_archive.content is 'As public.call_turns.content, when the turn was archived.';
comment on column private.call_turns_archive.tool_name is 'As public.call_turns.tool_name, when the turn was archived.';
comment on column private.call_turns_archive.tool_arguments is 'As public.call_turns.tool_arguments, when the turn was archived.';
comment on column private.call_turns_archive.created_at is 'As public.call_turns.created_at, when the turn was archived.';

revoke all on private.call_turns_archive from public, anon, authenticated, service_role;
grant select on private.call_turns_archive to service_role;

-- The archive moves a call's turns with it. The result gains turns_archived,
-- so the function is dropped and created again (its pg_cron job names it by
-- text and keeps running).
drop function private.archive_calls(interval, integer);
create function private.archive_calls(
  p_older_than interval default '365 days',
  p_batch_size integer default 5000
)
returns table (calls_archived bigint, metadata_archived bigint, turns_archived bigint, cutoff timestamptz)
language plpgsql
set search_path = ''
as $$
declare
  v_cutoff timestamptz := pg_catalog.now() - p_older_than;
  v_phone_ids text[];
  v_ids uuid[];
begin
  if p_older_than is null or p_older_than < interval '1 day' then
    raise exception 'retention must be at least 1 day, got %', p_older_than using errcode = 'invalid_parameter_value';
  end if;
  if p_batch_size is null or p_batch_size not between 1 and 100000 then
    raise exception 'batch size must be between 1 and 100000, got %', p_batch_size using errcode = 'invalid_parameter_value';
  end if;

  -- Lock the due calls first, in a statement of their own. Calls locked by a
  -- concurrent writer (a call being updated, a turn or metadata row being
  -- added) are skipped and taken by a later run. Once a call is locked, no
  -- turn or metadata row can be added to it (the foreign key check waits for
  -- the lock, then finds the call gone and fails), and the statement that
  -- moves the rows starts after the lock, so it sees every row committed
  -- before: nothing is left for the foreign keys' cascade to delete unarchived.
  select pg_catalog.array_agg(d.phone_id), pg_catalog.array_agg(d.id)
    into v_phone_ids, v_ids
    from (select c.phone_id, c.id from public.calls c
           where c.created_at < v_cutoff
           limit p_batch_size
             for update skip locked) d;

  -- Rows are copied by column name (jsonb_populate_record), so a column added
  -- to a table and to its archive needs no change here. A call is deleted and
  -- inserted in the same statement, so it is never in both tables or in
  -- neither, and rerunning moves only what is still due.
  with stamp as (
    select pg_catalog.jsonb_build_object('archived_at', pg_catalog.now()) as archived_at
  ),
  due as (
    select d.phone_id, d.id from rows from (pg_catalog.unnest(v_phone_ids), pg_catalog.unnest(v_ids)) as d(phone_id, id)
  ),
  moved_metadata as (
    delete from public.call_metadata m using due
     where m.phone_id = due.phone_id and m.call_id = due.id
    returning m.*
  ),
  moved_turns as (
    delete from public.call_turns t using due
     where t.phone_id = due.phone_id and t.call_id = due.id
    returning t.*
  ),
  moved_calls as (
    delete from public.calls c using due
     where c.phone_id = due.phone_id and c.id = due.id
    returning c.*
  ),
  archived_calls as (
    insert into private.calls_archive
    select r.*
      from moved_calls mc, stamp,
           pg_catalog.jsonb_populate_record(null::private.calls_archive, pg_catalog.to_jsonb(mc) || stamp.archived_at) r
    returning 1
  ),
  archived_metadata as (
    insert into private.call_metadata_archive
    select r.*
      from moved_metadata mm, stamp,
           pg_catalog.jsonb_populate_record(null::private.call_metadata_archive, pg_catalog.to_jsonb(mm) || stamp.archived_at) r
    returning 1
  ),
  archived_turns as (
    insert into private.call_turns_archive
    select r.*
      from moved_turns mt, stamp,
           pg_catalog.jsonb_populate_record(null::private.call_turns_archive, pg_catalog.to_jsonb(mt) || stamp.archived_at) r
    returning 1
  )
  select (select count(*) from archived_calls), (select count(*) from archived_metadata),
         (select count(*) from archived_turns)
    into calls_archived, metadata_archived, turns_archived;
  cutoff := v_cutoff;
  return next;
end;
$$;
comment on function private.archive_calls(interval, integer) is
  'Moves up to p_batch_size calls created more than p_older_than ago (default 365 days), with their metadata and '
  'turns, to private.calls_archive, private.call_metadata_archive and private.call_turns_archive, and returns how '
  'many of each it moved. Locks the due calls before moving them (skipping calls a concurrent writer holds), so a '
  'turn or metadata row added meanwhile is moved or refused, never lost. Idempotent: a rerun moves only what is '
  'still due. Daily statistics do not change (they count archived calls). Scheduled by pg_cron as job archive-calls.';
revoke all on function private.archive_calls(interval, integer) from public, anon, authenticated;
