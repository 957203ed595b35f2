-- Conversation turns under the audit trail and caller erasure.
--
--   audit     call_turns are written by the telephony backend (service role)
--             at the rate of calls, several per call, and never changed
--             through the API: high-volume ingestion, left out of the trail
--             like calls' own events ([not audited]). Their archive too.
--   erasure   what was said in a caller's calls goes with the calls: the
--             turns of those calls, live and archived, are deleted at step 10,
--             before the calls (step 30) would cascade to the live ones.
--             content and tool_arguments hold the caller's words (a tool's
--             arguments carry what the caller gave: a name, a number, a date),
--             so they are [personal]; tool_name is the tool's own name.
set lock_timeout = '5s';
set statement_timeout = '5s';

comment on table public.call_turns is
  'The turns of a call''s conversation, one row per turn, ordered by sequence. Written by the telephony backend '
  '(service role) through record_call_turns, which makes a retried turn a no-op and refuses a changed one; never '
  'updated or deleted through the API. Members read their phones'' turns. Archived with their call; deleted with '
  'their call or phone number, and by erase_caller. [not audited] High-volume ingestion by the service role, '
  'never changed through the API.';
comment on table private.call_turns_archive is
  'Turns of archived calls, moved with them by private.archive_calls(). Same protection as private.calls_archive: '
  'readable by the service role only. Same columns as public.call_turns plus archived_at. [not audited] Moved here '
  'by the archive; nobody writes it otherwise.';

comment on column public.call_turns.content is
  '[personal] What was said, as recognized or generated (outer whitespace kept, up to 10,000 characters); for a '
  'tool turn, what the tool returned, if anything. Required for every speaker but tool.';
comment on column public.call_turns.tool_arguments is
  '[personal] The arguments a tool turn called its tool with, a JSON object (at most 64 kB, 32 levels); only on '
  'tool turns.';
comment on column private.call_turns_archive.content is '[personal] As public.call_turns.content, when the turn was archived.';
comment on column private.call_turns_archive.tool_arguments is
  '[personal] As public.call_turns.tool_arguments, when the turn was archived.';

insert into private.caller_erasure_rules (relation, step, condition) values
  ('public.call_turns', 10, 'call_id = any ($3)'),
  ('private.call_turns_archive', 10, 'call_id = any ($3)');
