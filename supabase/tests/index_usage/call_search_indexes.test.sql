-- The three GIN indexes behind search_calls serve what they were made for, by
-- the planner's own choice, in the form search_calls writes its filters (it
-- runs as the table owner after its own membership check): rare words of the
-- transcript or summary use calls_search_text_idx, rare digits anywhere in the
-- caller number calls_caller_trgm_idx, a rare tag of one phone
-- call_metadata_phone_tags_idx. tests/plans.test.ts runs the same searches
-- through the function at 200k calls.
begin;
select plan(9);

-- Phones idx-a .. idx-e and 60 000 calls; idx-a's 2 400 get transcripts naming
-- one of five topics, 1 in 600 the rare words "flood emergency".
select tests.create_index_usage_calls();
update public.calls
   set transcript = 'Caller asked about ' || (array['a cleaning', 'opening hours', 'a refund', 'parking', 'a second opinion'])[1 + (hashtext(call_sid) & 65535) % 5]
                    || case when (hashtext(call_sid) & 65535) % 600 = 0 then ' after a flood emergency' else '' end
 where phone_id = 'idx-a';
-- Metadata for idx-a and idx-b: "booking" on most, "vip" on 1 in 300.
insert into public.call_metadata (phone_id, call_id, tags)
select phone_id, id, case when (hashtext(call_sid) & 65535) % 300 = 0 then '{vip}' else '{booking}' end::text[]
  from public.calls where phone_id in ('idx-a', 'idx-b');
analyze public.calls;
analyze public.call_metadata;

create temp table plans (query text primary key, index_name text, plan text, scans bigint);
insert into plans
select 'rare words', 'public.calls_search_text_idx', e.* from tests.explain_analyze(
  $q$select * from public.calls c where c.phone_id = 'idx-a'
       and (to_tsvector('simple'::regconfig, coalesce(c.transcript, '') || ' ' || coalesce(c.ai_summary, ''))
            || array_to_tsvector(array['phone:' || c.phone_id]))
           @@ (websearch_to_tsquery('simple'::regconfig, 'flood emergency') && format('%L', 'phone:idx-a')::tsquery)
     order by c.created_at desc, c.id desc limit 20$q$, 'public.calls_search_text_idx') e;
insert into plans
select 'rare digits', 'public.calls_caller_trgm_idx', e.* from tests.explain_analyze(
  format($q$select * from public.calls c where c.phone_id = 'idx-a' and c.caller_number like %L
             order by c.created_at desc, c.id desc limit 20$q$,
         '%' || (select right(caller_number, 6) from public.calls where phone_id = 'idx-a'
                  group by caller_number order by count(*), caller_number limit 1) || '%'),
  'public.calls_caller_trgm_idx') e;

insert into plans
select 'rare tag', 'public.call_metadata_phone_tags_idx', e.* from tests.explain_analyze(
  $q$select * from public.calls c where c.phone_id = 'idx-a'
       and exists (select from public.call_metadata m where m.phone_id = c.phone_id and m.call_id = c.id
                    and private.phone_tags(m.phone_id, m.tags) @> private.phone_tags('idx-a', '{vip}'))
     order by c.created_at desc, c.id desc limit 20$q$, 'public.call_metadata_phone_tags_idx') e;

select ok(
  (select count(*) between 1 and 20 from public.calls where phone_id = 'idx-a' and transcript like '%flood emergency%'),
  'the rare words are on 1 to 20 of idx-a''s 2 400 calls');
select matches((select plan from plans where query = 'rare words'), '\mcalls_search_text_idx\M',
  'rare words of the transcript are found through calls_search_text_idx');
select doesnt_match((select plan from plans where query = 'rare words'), 'Seq Scan on calls\M',
  'the word search does not scan calls sequentially');
select matches((select plan from plans where query = 'rare digits'), '\mcalls_caller_trgm_idx\M',
  'rare digits anywhere in the caller number are found through calls_caller_trgm_idx');
select doesnt_match((select plan from plans where query = 'rare digits'), 'Seq Scan on calls\M',
  'the caller search does not scan calls sequentially');
select ok(
  (select count(*) between 1 and 20 from public.call_metadata where phone_id = 'idx-a' and tags @> '{vip}'),
  'the tag vip is on 1 to 20 of idx-a''s metadata rows');
select matches((select plan from plans where query = 'rare tag'), '\mcall_metadata_phone_tags_idx\M',
  'a rare tag of one phone is found through call_metadata_phone_tags_idx');
select doesnt_match((select plan from plans where query = 'rare tag'), 'Seq Scan on call_metadata\M',
  'the tag search does not scan call_metadata sequentially');
select results_eq(
  $$select index_name, bool_and(scans > 0) from plans group by 1 order by 1$$,
  $$values ('public.call_metadata_phone_tags_idx', true), ('public.calls_caller_trgm_idx', true), ('public.calls_search_text_idx', true)$$,
  'each search added to the scan counter of the GIN index it is meant to use'
);

select * from finish();
rollback;
