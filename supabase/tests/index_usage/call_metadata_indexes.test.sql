-- The GIN indexes of call_metadata serve the searches they were created for,
-- by the planner's own choice (no planner switch is touched): a rare intent
-- (metadata @>) uses call_metadata_metadata_idx, rare tags (tags @> and
-- tags &&) call_metadata_tags_idx; and the rare values are indeed rare.
begin;
select plan(9);

-- Phones idx-a .. idx-e and their 60 000 calls, which the metadata belongs to.
select tests.create_index_usage_calls();

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

-- What autovacuum does after a bulk load: move the GIN indexes' pending
-- entries into the index proper (the planner charges a scan for every
-- pending page), and gather statistics.
select gin_clean_pending_list('public.call_metadata_metadata_idx'),
       gin_clean_pending_list('public.call_metadata_tags_idx');
analyze public.call_metadata;

-- The plans, run with EXPLAIN ANALYZE so each index's scan counter moves.
create temp table plans (query text primary key, index_name text, plan text, scans bigint);
insert into plans
select 'metadata', 'public.call_metadata_metadata_idx', e.* from tests.explain_analyze(
  $q$select * from public.call_metadata where metadata @> '{"intent":"emergency"}'$q$,
  'public.call_metadata_metadata_idx') e;
insert into plans
select 'tags contain', 'public.call_metadata_tags_idx', e.* from tests.explain_analyze(
  $q$select * from public.call_metadata where tags @> '{vip}'$q$, 'public.call_metadata_tags_idx') e;
insert into plans
select 'tags overlap', 'public.call_metadata_tags_idx', e.* from tests.explain_analyze(
  $q$select * from public.call_metadata where tags && '{vip,urgent}'$q$, 'public.call_metadata_tags_idx') e;

-- The rare values are rare, as the plans assume.
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

-- The plans ---------------------------------------------------------------------

select matches((select plan from plans where query = 'metadata'), '\mcall_metadata_metadata_idx\M',
  'metadata @> {"intent":"emergency"} uses call_metadata_metadata_idx');
select doesnt_match((select plan from plans where query = 'metadata'), 'Seq Scan on call_metadata\M',
  'metadata @> {"intent":"emergency"} does not scan call_metadata sequentially');
select matches((select plan from plans where query = 'tags contain'), '\mcall_metadata_tags_idx\M',
  'tags @> {vip} uses call_metadata_tags_idx');
select doesnt_match((select plan from plans where query = 'tags contain'), 'Seq Scan on call_metadata\M',
  'tags @> {vip} does not scan call_metadata sequentially');
select matches((select plan from plans where query = 'tags overlap'), '\mcall_metadata_tags_idx\M',
  'tags && {vip,urgent} uses call_metadata_tags_idx');
select doesnt_match((select plan from plans where query = 'tags overlap'), 'Seq Scan on call_metadata\M',
  'tags && {vip,urgent} does not scan call_metadata sequentially');

-- Each index was scanned by the searches that are its reason to exist.
select results_eq(
  $$select index_name, bool_and(scans > 0) from plans group by 1 order by 1$$,
  $$values ('public.call_metadata_metadata_idx', true), ('public.call_metadata_tags_idx', true)$$,
  'every search above added to the scan counter of the call_metadata index it is meant to use'
);

select * from finish();
rollback;
