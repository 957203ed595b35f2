-- Index usage: every non-unique index of calls, call_metadata and
-- conversation_rules serves the query it was created for, and is scanned.
-- Supabase's advisor (run by `npm test` after pgTAP) flags indexes that were
-- never scanned; the EXPLAIN ANALYZE runs here execute each query, so each
-- index's scan counter moves even though the transaction is rolled back.
--
-- No planner switch (enable_seqscan and friends) is touched: the data has the
-- shape production data has (18 months of calls, mostly completed, a few in
-- progress, ~200 callers per phone, rare intents and tags), so the index is
-- the planner's own choice. A bitmap scan of the intended index counts.
--
-- Fixtures: phones idx-a .. idx-e (+15550005001 .. 5005), callers +1555005PNNNN.
begin;
create extension if not exists pgtap with schema extensions;

select plan(23);

-- Fixtures (as postgres) ------------------------------------------------------

insert into public.phone_numbers (id, number, business_name, timezone)
select 'idx-' || c, '+1555000500' || i, 'Index ' || upper(c), 'America/Chicago'
  from unnest(array['a', 'b', 'c', 'd', 'e']) with ordinality as p(c, i);

-- 60 000 calls over 18 months (548 days), oldest first, as calls arrive
-- (which is what makes a BRIN index on created_at useful), at a rate that
-- grows steadily to three times what it was 18 months ago (a growing
-- business: 22% of the calls are older than 365 days, 8% are from the last
-- 30 days), interleaved over the five phones.
-- idx-a, which the queries below look at, is a small practice: 1 call in 25
-- (2 400, ~4 a day); idx-b .. idx-e share the rest (14 400 each). Five
-- tenants of equal size would each hold a fifth of the table, which no
-- production tenant does, and a scan by time alone would then compete with
-- the tenant's own index.
-- 1 call in 17 failed, the rest completed, except the newest 1% (600),
-- still ringing or answered. Caller: one of ~200 per phone (7919 is prime
-- to 200, so the multiples cycle through the residues).
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
select case when g % 25 = 0 then 'idx-a' else 'idx-' || chr(98 + g % 4) end,
       'CSIDX' || g,
       case when g % 25 = 0 then '+15550050' || lpad((((g / 25) * 7919) % 200)::text, 4, '0')
            else '+1555005' || (1 + g % 4) || lpad((((g / 4) * 7919) % 200)::text, 4, '0') end,
       s.status, s.created_at,
       case when s.status in ('completed', 'answered') then s.created_at + interval '4 seconds' end,
       case when s.status = 'completed' then s.created_at + interval '4 seconds' + make_interval(secs => s.talk)
            when s.status = 'failed' then s.created_at + interval '30 seconds' end,
       case when s.status = 'completed' then s.talk else 0 end
  from generate_series(1, 60000) g
 cross join lateral (
   -- x: the fraction of the 18 months elapsed when call g arrives, where
   -- the rate is 1 + 2x, so (x + x^2) / 2 = g / 60000.
   select now() - interval '548 days'
            + (interval '548 days' - interval '1 hour') * ((sqrt(1 + 8 * g / 60000.0) - 1) / 2) as created_at,
          case when g > 59400 then (case when g % 2 = 0 then 'ringing' else 'answered' end)::public.call_status
               when g % 17 = 0 then 'failed'::public.call_status
               else 'completed'::public.call_status end as status,
          30 + (g * 37) % 600 as talk
 ) s;

-- Metadata for every second call that got past ringing (~30 000 rows): six
-- common intents, three sentiments, four languages, common tags; the intent
-- "emergency" and the tags "vip" and "urgent" on a handful of rows only.
insert into public.call_metadata (phone_id, call_id, metadata, custom_fields, tags)
select c.phone_id, c.id,
       jsonb_build_object(
         'intent', case when c.n % 3000 = 8 then 'emergency'
                        else (array['booking', 'question', 'billing', 'reschedule', 'cancel', 'directions'])[1 + c.n % 6] end,
         'sentiment', (array['positive', 'neutral', 'negative'])[1 + c.n % 3],
         'language', (array['en', 'es', 'fr', 'de'])[1 + (c.n / 7) % 4],
         'callback_requested', c.n % 4 = 0),
       jsonb_build_object('reference', 'REF-' || c.n),
       (case c.n % 6 when 0 then '{}'::text[] when 1 then '{new-patient}' when 2 then '{follow-up,insurance}'
                     when 3 then '{spanish}' when 4 then '{after-hours,follow-up}' else '{insurance}' end)
         || case when c.n % 2900 = 12 then '{vip}'::text[] else '{}' end
         || case when c.n % 3100 = 14 then '{urgent}'::text[] else '{}' end
  from (select c.phone_id, c.id, row_number() over (order by c.created_at) as n
          from public.calls c where c.phone_id like 'idx-_' and c.status <> 'ringing') c
 where c.n % 2 = 0;

-- 40 rules per phone, 10 of each type, 1 in 9 inactive, each with its
-- matching conditions and a spoken script (~1 kB: rules carry prompts), for
-- the five phones and 200 more that have only rules: with five phones alone
-- one phone's rules are a fifth of the table and a sequential scan of 200
-- rows competes with the index on cost; with 8 200 rows the lookup's choice
-- is the one a production table would see.
insert into public.phone_numbers (id, number, business_name)
select 'idx-r' || lpad(i::text, 3, '0'), '+1555006' || lpad(i::text, 4, '0'), 'Rules ' || i
  from generate_series(1, 200) i;

insert into public.conversation_rules (phone_id, rule_type, conditions, actions, priority, is_active)
select p.id, (array['greeting', 'routing', 'transfer', 'hours'])[1 + r % 4]::public.rule_type,
       jsonb_build_object('intent', 'intent-' || r,
                          'keywords', array['word' || r, 'other' || r, 'third' || r],
                          'caller_prefix', '+1' || (200 + r)),
       jsonb_build_object('say', (select string_agg(md5(p.id || r || w), ' ') from generate_series(1, 28) w),
                          'transfer_to', '+1555005' || lpad(r::text, 4, '0')),
       r * 10, r % 9 <> 0
  from public.phone_numbers p cross join generate_series(1, 40) r
 where p.id like 'idx-_' or p.id like 'idx-r___';

-- What autovacuum does after a bulk load: move the GIN indexes' pending
-- entries into the index proper (the planner charges a scan for every
-- pending page), and gather statistics.
do $$
begin
  perform gin_clean_pending_list('public.call_metadata_metadata_idx');
  perform gin_clean_pending_list('public.call_metadata_tags_idx');
end;
$$;
analyze public.calls;
analyze public.call_metadata;
analyze public.conversation_rules;

-- EXPLAIN ANALYZE of a query, as text; also records how many scans of the
-- intended index the run added (this transaction's counter).
create temp table index_scans (index_name text, scans bigint);
create function pg_temp.plan_of(q text, index_name text) returns text
language plpgsql as $$
declare
  line text;
  plan text := '';
  before bigint := pg_stat_get_xact_numscans(index_name::regclass);
begin
  for line in execute 'explain (analyze, costs off, timing off, summary off) ' || q loop
    plan := plan || line || E'\n';
  end loop;
  insert into index_scans values (index_name, pg_stat_get_xact_numscans(index_name::regclass) - before);
  return plan;
end;
$$;

create temp table plans (query text primary key, plan text);

-- The call list, newest first, one page after a cursor (the 100th newest call).
insert into plans
select 'keyset', pg_temp.plan_of(format(
  $q$select * from public.calls where phone_id = 'idx-a' and (created_at, id) < (%L::timestamptz, %L::uuid)
      order by created_at desc, id desc limit 20$q$, c.created_at, c.id), 'public.calls_phone_created_idx')
  from (select created_at, id from public.calls where phone_id = 'idx-a'
         order by created_at desc, id desc offset 100 limit 1) c;
-- The dashboard's daily aggregation of one phone's last 30 days.
insert into plans values ('daily', pg_temp.plan_of(
  $q$select (created_at at time zone 'America/Chicago')::date as day, count(*),
            count(*) filter (where status = 'completed'), sum(duration) filter (where status = 'completed')
       from public.calls where phone_id = 'idx-a' and created_at >= now() - interval '30 days'
      group by 1 order by 1$q$, 'public.calls_phone_created_idx'));
insert into plans values ('caller', pg_temp.plan_of(
  $q$select * from public.calls where phone_id = 'idx-a' and caller_number = '+155500500007'
      order by created_at desc$q$, 'public.calls_phone_caller_idx'));
insert into plans values ('active', pg_temp.plan_of(
  $q$select * from public.calls where phone_id = 'idx-a' and status in ('ringing', 'answered')
      order by created_at desc$q$, 'public.calls_active_idx'));
-- The archive's scan (private.archive_calls, default batch).
insert into plans values ('archive', pg_temp.plan_of(
  $q$select phone_id, id from public.calls where created_at < now() - interval '365 days' limit 5000$q$,
  'public.calls_created_brin'));
insert into plans values ('metadata', pg_temp.plan_of(
  $q$select * from public.call_metadata where metadata @> '{"intent":"emergency"}'$q$,
  'public.call_metadata_metadata_idx'));
insert into plans values ('tags contain', pg_temp.plan_of(
  $q$select * from public.call_metadata where tags @> '{vip}'$q$, 'public.call_metadata_tags_idx'));
insert into plans values ('tags overlap', pg_temp.plan_of(
  $q$select * from public.call_metadata where tags && '{vip,urgent}'$q$, 'public.call_metadata_tags_idx'));
-- The receptionist's rule lookup on every call.
insert into plans values ('rules', pg_temp.plan_of(
  $q$select * from public.conversation_rules where phone_id = 'idx-a' and rule_type = 'routing' and is_active
      order by priority, id$q$, 'public.conversation_rules_lookup_idx'));

-- Fixture sanity: the shapes the plans depend on.
select results_eq(
  $$select count(*)::integer, count(distinct caller_number)::integer,
           count(*) filter (where status in ('ringing', 'answered'))::integer
      from public.calls where phone_id = 'idx-a'$$,
  $$values (2400, 200, 24)$$,
  'idx-a has 2 400 calls from 200 callers, 24 of them in progress'
);

-- calls ------------------------------------------------------------------------

select matches((select plan from plans where query = 'keyset'), 'Index Scan using calls_phone_created_idx on calls',
  'keyset pagination of the call list walks calls_phone_created_idx');
select doesnt_match((select plan from plans where query = 'keyset'), 'Seq Scan on calls\M',
  'keyset pagination does not scan calls sequentially');
select matches((select plan from plans where query = 'daily'), '\mcalls_phone_created_idx\M',
  'the 30-day daily aggregation of one phone uses calls_phone_created_idx');
select doesnt_match((select plan from plans where query = 'daily'), 'Seq Scan on calls\M',
  'the 30-day daily aggregation does not scan calls sequentially');
select matches((select plan from plans where query = 'caller'), '\mcalls_phone_caller_idx\M',
  'calls of one caller use calls_phone_caller_idx');
select doesnt_match((select plan from plans where query = 'caller'), 'Seq Scan on calls\M',
  'calls of one caller do not scan calls sequentially');
select matches((select plan from plans where query = 'active'), '\mcalls_active_idx\M',
  'calls in progress use the partial calls_active_idx');
select doesnt_match((select plan from plans where query = 'active'), 'Seq Scan on calls\M',
  'calls in progress do not scan calls sequentially');
select matches((select plan from plans where query = 'archive'), 'Bitmap Index Scan on calls_created_brin',
  'the archive''s scan for old calls uses the BRIN index calls_created_brin');
select doesnt_match((select plan from plans where query = 'archive'), 'Seq Scan on calls\M',
  'the archive''s scan does not read calls sequentially');

-- call_metadata ------------------------------------------------------------------

select matches((select plan from plans where query = 'metadata'), '\mcall_metadata_metadata_idx\M',
  'metadata @> {"intent":"emergency"} uses call_metadata_metadata_idx');
select doesnt_match((select plan from plans where query = 'metadata'), 'Seq Scan on call_metadata\M',
  'metadata @> does not scan call_metadata sequentially');
select matches((select plan from plans where query = 'tags contain'), '\mcall_metadata_tags_idx\M',
  'tags @> {vip} uses call_metadata_tags_idx');
select doesnt_match((select plan from plans where query = 'tags contain'), 'Seq Scan on call_metadata\M',
  'tags @> does not scan call_metadata sequentially');
select matches((select plan from plans where query = 'tags overlap'), '\mcall_metadata_tags_idx\M',
  'tags && {vip,urgent} uses call_metadata_tags_idx');
select doesnt_match((select plan from plans where query = 'tags overlap'), 'Seq Scan on call_metadata\M',
  'tags && does not scan call_metadata sequentially');

-- conversation_rules ----------------------------------------------------------------

select matches((select plan from plans where query = 'rules'), '\mconversation_rules_lookup_idx\M',
  'the rule lookup uses the partial conversation_rules_lookup_idx');
select doesnt_match((select plan from plans where query = 'rules'), 'Seq Scan on conversation_rules\M',
  'the rule lookup does not scan conversation_rules sequentially');

-- Each index was scanned by the query that is its reason to exist. -----------------

select results_eq(
  $$select index_name, bool_and(scans > 0) from index_scans group by 1 order by 1$$,
  $$values ('public.call_metadata_metadata_idx', true), ('public.call_metadata_tags_idx', true),
           ('public.calls_active_idx', true), ('public.calls_created_brin', true),
           ('public.calls_phone_caller_idx', true), ('public.calls_phone_created_idx', true),
           ('public.conversation_rules_lookup_idx', true)$$,
  'every run above added to the scan counter of its index'
);

-- Every non-unique index of these tables is one of the seven proven above.
select results_eq(
  $$select i.indexrelid::regclass::text from pg_index i
     where i.indrelid in ('public.calls'::regclass, 'public.call_metadata'::regclass, 'public.conversation_rules'::regclass)
       and not i.indisunique
     order by 1$$,
  $$values ('call_metadata_metadata_idx'), ('call_metadata_tags_idx'), ('calls_active_idx'), ('calls_created_brin'),
           ('calls_phone_caller_idx'), ('calls_phone_created_idx'), ('conversation_rules_lookup_idx')$$,
  'the non-unique indexes of calls, call_metadata and conversation_rules are exactly the seven tested here'
);

-- The rare values are rare, as the plans above assume.
select cmp_ok(
  (select count(*) from public.call_metadata where metadata @> '{"intent":"emergency"}')::numeric
    / (select count(*) from public.call_metadata), '<', 0.01,
  'fewer than 1% of metadata rows have intent emergency'
);
select cmp_ok(
  (select count(*) from public.call_metadata where tags && '{vip,urgent}')::numeric
    / (select count(*) from public.call_metadata), '<', 0.01,
  'fewer than 1% of metadata rows are tagged vip or urgent'
);

select * from finish();
rollback;
