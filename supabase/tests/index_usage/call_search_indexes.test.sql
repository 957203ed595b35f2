-- The two GIN indexes behind search_calls serve what they were made for, by the
-- planner's own choice, for one phone as search_calls asks (it runs as the
-- table owner after its own membership check): rare words of the transcript
-- or summary use calls_search_text_idx, rare digits anywhere in the caller
-- number calls_caller_trgm_idx. tests/plans.test.ts times the same searches
-- through the function at 200k calls.
begin;
select plan(6);

-- Phones idx-a .. idx-e and 60 000 calls; idx-a's 2 400 get transcripts naming
-- one of five topics, 1 in 600 the rare words "flood emergency".
select tests.create_index_usage_calls();
update public.calls
   set transcript = 'Caller asked about ' || (array['a cleaning', 'opening hours', 'a refund', 'parking', 'a second opinion'])[1 + (hashtext(call_sid) & 65535) % 5]
                    || case when (hashtext(call_sid) & 65535) % 600 = 0 then ' after a flood emergency' else '' end
 where phone_id = 'idx-a';
analyze public.calls;

create temp table plans (query text primary key, index_name text, plan text, scans bigint);
insert into plans
select 'rare words', 'public.calls_search_text_idx', e.* from tests.explain_analyze(
  $q$select * from public.calls c where c.phone_id = 'idx-a'
       and to_tsvector('simple'::regconfig, coalesce(c.transcript, '') || ' ' || coalesce(c.ai_summary, ''))
           @@ websearch_to_tsquery('simple'::regconfig, 'flood emergency')
     order by c.created_at desc, c.id desc limit 20$q$, 'public.calls_search_text_idx') e;
insert into plans
select 'rare digits', 'public.calls_caller_trgm_idx', e.* from tests.explain_analyze(
  format($q$select * from public.calls c where c.phone_id = 'idx-a' and c.caller_number like %L
             order by c.created_at desc, c.id desc limit 20$q$,
         '%' || (select right(caller_number, 6) from public.calls where phone_id = 'idx-a'
                  group by caller_number order by count(*), caller_number limit 1) || '%'),
  'public.calls_caller_trgm_idx') e;

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
select results_eq(
  $$select index_name, bool_and(scans > 0) from plans group by 1 order by 1$$,
  $$values ('public.calls_caller_trgm_idx', true), ('public.calls_search_text_idx', true)$$,
  'each search added to the scan counter of the GIN index it is meant to use'
);

select * from finish();
rollback;
