-- daily_call_stats is the database's own: the triggers on calls and the
-- archive keep it equal to a recomputation, through SECURITY DEFINER
-- functions that need no privilege of the writer. The service role still had
-- Supabase's default ALL on it, and could store a day at infinity or a
-- negative count, which no constraint can refuse (its upserts check the
-- proposed row, a delta, before the conflict). Nobody writes it now: the
-- service role reads it, like the members.
set lock_timeout = '5s';
set statement_timeout = '60s';

revoke insert, update, delete, truncate, references, trigger on public.daily_call_stats from service_role;
