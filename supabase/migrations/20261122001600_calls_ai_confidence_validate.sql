-- Validates calls_ai_confidence_range, added NOT VALID by the previous
-- migration. VALIDATE CONSTRAINT scans calls under SHARE UPDATE EXCLUSIVE:
-- reads and writes of calls go on while it runs.
set lock_timeout = '5s';
set statement_timeout = '15min';

alter table public.calls validate constraint calls_ai_confidence_range;
