-- Words of a call's transcript and summary, per phone: search_calls' query
-- filter. The document carries the phone as one more lexeme ('phone:<id>'),
-- and search_calls asks for it with the words, so one tenant's matches are
-- found without reading other tenants' and the index serves no other query.
-- The expression is the one search_calls filters on, to the letter; 'simple'
-- does no stemming, which suits transcripts in any language.
-- squawk-disable-assume-in-transaction
-- (the Supabase CLI runs a file whose one statement cannot run in a
-- transaction outside of one; an interrupted build leaves an invalid index,
-- which a catalog test names: drop it and push again.)
set lock_timeout = '5s';
set statement_timeout = '2h';
create index concurrently if not exists calls_search_text_idx on public.calls using gin (
  (to_tsvector('simple'::regconfig, coalesce(transcript, '') || ' ' || coalesce(ai_summary, ''))
   || array_to_tsvector(array['phone:' || phone_id])));
