-- calls.ai_confidence: how confident the AI was in its summary, 0.00 to 1.00.
--
-- How a live table gains a column here, and where seed 003's pattern is not followed:
--   seed 003: add column; update calls set ai_confidence = 0.8; set not null; set default 0.8
--   * One UPDATE of every row rewrites the whole table in a single transaction
--     (hours of locks and WAL at millions of calls), and SET NOT NULL then
--     scans the table under an ACCESS EXCLUSIVE lock.
--   * 0.8 would be invented data: calls scored before this column existed
--     have no confidence. The column stays nullable; null means not scored.
-- Instead: add the nullable column without a default (a catalog change only),
-- add its CHECK constraint NOT VALID (no scan), and validate it in the next
-- migration. `supabase db push` runs each file in one transaction, so
-- validating in this file would hold this file's ACCESS EXCLUSIVE lock for
-- the whole scan; in its own file VALIDATE takes only SHARE UPDATE EXCLUSIVE,
-- which lets calls keep arriving.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.calls add column ai_confidence numeric(3, 2);
alter table public.calls add constraint calls_ai_confidence_range
  check (ai_confidence between 0 and 1) not valid;
comment on column public.calls.ai_confidence is
  'Confidence of the AI in ai_summary, 0.00 to 1.00; null when the call was not scored.';

-- The archive keeps the same columns as calls.
alter table private.calls_archive add column ai_confidence numeric(3, 2);
