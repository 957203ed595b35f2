-- The status lifecycle (trigger private.check_call_status) refuses the seven
-- changes that are not a forward step of ringing -> answered -> completed or
-- ringing/answered -> failed (steps back, and between completed and failed), with SQLSTATE 23514 and constraint calls_status_transition, even
-- when the timestamps are cleared to fit; a refused change leaves the call
-- as it was. As postgres. One call per (from, to) pair: CTpair-<from>-<to>.
begin;
select plan(17);

select tests.create_phone('calls-a', '+15550002001', 'America/Chicago');

-- Each call started ringing five minutes ago, before its answer and end.
insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, duration, created_at)
select 'calls-a', 'CTpair-' || f || '-' || t, '+13125550150', f::public.call_status,
       case f when 'answered' then now() - interval '30 seconds' when 'completed' then now() - interval '100 seconds' end,
       case f when 'completed' then now() - interval '40 seconds' when 'failed' then now() - interval '50 seconds' end,
       case f when 'completed' then 60 else 0 end,
       now() - interval '5 minutes'
  from unnest(array['ringing', 'answered', 'completed', 'failed']) f,
       unnest(array['ringing', 'answered', 'completed', 'failed']) t;

create temporary table pair_before on commit drop as
select call_sid, status, answered_at, ended_at, duration from public.calls
 where phone_id = 'calls-a' and call_sid like 'CTpair-%';

create function pg_temp.pair_unchanged(sid text) returns boolean
language sql as $$
  select (c.status, c.answered_at, c.ended_at, c.duration) is not distinct from (b.status, b.answered_at, b.ended_at, b.duration)
    from public.calls c join pair_before b using (call_sid)
   where c.phone_id = 'calls-a' and c.call_sid = sid
$$;

-- The error a statement raises, as 'SQLSTATE constraint: message' (or 'no error').
create function pg_temp.error_of(query text) returns text
language plpgsql as $$
declare
  v_state text;
  v_constraint text;
  v_message text;
begin
  execute query;
  return 'no error';
exception when others then
  get stacked diagnostics v_state = returned_sqlstate, v_constraint = constraint_name, v_message = message_text;
  return v_state || ' ' || coalesce(nullif(v_constraint, ''), '-') || ': ' || v_message;
end
$$;

select results_eq(
  $$select status::text, count(*)::int from pair_before group by status order by status$$,
  $$values ('answered', 4), ('completed', 4), ('failed', 4), ('ringing', 4)$$,
  'sixteen pair calls exist, four in each status'
);

-- The seven refused changes ------------------------------------------------------
select throws_ok(
  $$update public.calls set status = 'ringing' where phone_id = 'calls-a' and call_sid = 'CTpair-answered-ringing'$$,
  '23514', 'call CTpair-answered-ringing cannot change status from answered to ringing',
  'answered -> ringing is refused (23514)');
select ok(pg_temp.pair_unchanged('CTpair-answered-ringing'), 'the refused answered -> ringing left the call as it was');
select throws_ok(
  $$update public.calls set status = 'ringing' where phone_id = 'calls-a' and call_sid = 'CTpair-completed-ringing'$$,
  '23514', 'call CTpair-completed-ringing cannot change status from completed to ringing',
  'completed -> ringing is refused (23514)');
select ok(pg_temp.pair_unchanged('CTpair-completed-ringing'), 'the refused completed -> ringing left the call as it was');
select throws_ok(
  $$update public.calls set status = 'answered' where phone_id = 'calls-a' and call_sid = 'CTpair-completed-answered'$$,
  '23514', 'call CTpair-completed-answered cannot change status from completed to answered',
  'completed -> answered is refused (23514)');
select ok(pg_temp.pair_unchanged('CTpair-completed-answered'), 'the refused completed -> answered left the call as it was');
select throws_ok(
  $$update public.calls set status = 'failed' where phone_id = 'calls-a' and call_sid = 'CTpair-completed-failed'$$,
  '23514', 'call CTpair-completed-failed cannot change status from completed to failed',
  'completed -> failed is refused: a completed call stays completed');
select ok(pg_temp.pair_unchanged('CTpair-completed-failed'), 'the refused completed -> failed left the call as it was');
select throws_ok(
  $$update public.calls set status = 'ringing' where phone_id = 'calls-a' and call_sid = 'CTpair-failed-ringing'$$,
  '23514', 'call CTpair-failed-ringing cannot change status from failed to ringing',
  'failed -> ringing is refused (23514)');
select ok(pg_temp.pair_unchanged('CTpair-failed-ringing'), 'the refused failed -> ringing left the call as it was');
select throws_ok(
  $$update public.calls set status = 'answered' where phone_id = 'calls-a' and call_sid = 'CTpair-failed-answered'$$,
  '23514', 'call CTpair-failed-answered cannot change status from failed to answered',
  'failed -> answered is refused (23514)');
select ok(pg_temp.pair_unchanged('CTpair-failed-answered'), 'the refused failed -> answered left the call as it was');
select throws_ok(
  $$update public.calls set status = 'completed' where phone_id = 'calls-a' and call_sid = 'CTpair-failed-completed'$$,
  '23514', 'call CTpair-failed-completed cannot change status from failed to completed',
  'failed -> completed is refused (23514)');
select ok(pg_temp.pair_unchanged('CTpair-failed-completed'), 'the refused failed -> completed left the call as it was');

-- How a refused change is reported -----------------------------------------------
select is(
  pg_temp.error_of($$update public.calls set status = 'ringing' where phone_id = 'calls-a' and call_sid = 'CTpair-completed-ringing'$$),
  '23514 calls_status_transition: call CTpair-completed-ringing cannot change status from completed to ringing',
  'a refused status change reports SQLSTATE 23514 with constraint calls_status_transition'
);
select is(
  pg_temp.error_of($$update public.calls set status = 'ringing', answered_at = null, ended_at = null, duration = 0
                      where phone_id = 'calls-a' and call_sid = 'CTpair-completed-ringing'$$),
  '23514 calls_status_transition: call CTpair-completed-ringing cannot change status from completed to ringing',
  'a refused status change is refused even when the timestamps are cleared to fit the new status'
);

select * from finish();
rollback;
