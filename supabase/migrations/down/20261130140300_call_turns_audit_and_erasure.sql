set lock_timeout = '5s';

delete from private.caller_erasure_rules
 where relation in ('public.call_turns'::regclass, 'private.call_turns_archive'::regclass);

comment on table public.call_turns is
  'The turns of a call''s conversation, one row per turn, ordered by sequence. Written by the telephony backend '
  '(service role) through record_call_turns, which makes a retried turn a no-op and refuses a changed one; never '
  'updated or deleted through the API. Members read their phones'' turns. Archived with their call; deleted with '
  'their call or phone number.';
comment on table private.call_turns_archive is
  'Turns of archived calls, moved with them by private.archive_calls(). Same protection as private.calls_archive: '
  'readable by the service role only. Same columns as public.call_turns plus archived_at.';
comment on column public.call_turns.content is
  'What was said, as recognized or generated (outer whitespace kept, up to 10,000 characters); for a tool turn, '
  'what the tool returned, if anything. Required for every speaker but tool.';
comment on column public.call_turns.tool_arguments is
  'The arguments a tool turn called its tool with, a JSON object (at most 64 kB, 32 levels); only on tool turns.';
comment on column private.call_turns_archive.content is 'As public.call_turns.content, when the turn was archived.';
comment on column private.call_turns_archive.tool_arguments is 'As public.call_turns.tool_arguments, when the turn was archived.';
