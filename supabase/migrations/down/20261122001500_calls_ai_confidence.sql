-- loses data: public.calls.ai_confidence, private.calls_archive.ai_confidence
-- Down of 20261122001500_calls_ai_confidence: the column (its constraint and
-- comment go with it), in calls and in the archive.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.calls drop column ai_confidence;
alter table private.calls_archive drop column ai_confidence;
