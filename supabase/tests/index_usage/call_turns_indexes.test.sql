-- The two indexes of call_turns serve what they were made for, by the
-- planner's own choice, in the form the app and search_calls write them: a
-- call's turns in order walk call_turns_pkey (no sort); a rare word of one
-- phone's turns, and a word among the turns of a set of calls, use
-- call_turns_search_idx. tests/plans.test.ts runs the same queries through
-- callTurns, supabase-js and search_calls.
begin;
select plan(8);

-- Phones idx-a .. idx-e and 60 000 calls; 6 turns for each completed call of
-- idx-a and idx-b (~16 000 calls, ~100 000 turns), 1 call in 500 with the rare
-- word "sinkhole", 1 in 3 with "insurance".
select tests.create_index_usage_calls();
insert into public.call_turns (phone_id, call_id, sequence, offset_ms, speaker, content, tool_name, tool_arguments)
select c.phone_id, c.id, s, s * 4000, case when s = 3 then 'tool' when s % 2 = 1 then 'caller' else 'assistant' end::public.turn_speaker,
       case when s = 1 then 'Hi, about ' || case when (hashtext(c.call_sid) & 65535) % 3 = 0 then 'my insurance' else 'a booking' end
                            || case when (hashtext(c.call_sid) & 65535) % 500 = 0 then ' and the sinkhole' else '' end
            when s = 3 then null else 'Turn ' || s end,
       case when s = 3 then 'lookup' end, case when s = 3 then '{}'::jsonb end
  from public.calls c cross join generate_series(0, 5) s
 where c.phone_id in ('idx-a', 'idx-b') and c.status = 'completed';
analyze public.call_turns;

create temp table plans (query text primary key, index_name text, plan text, scans bigint);
insert into plans
select 'turns of a call', 'public.call_turns_pkey', e.* from tests.explain_analyze(
  format($q$select * from public.call_turns where phone_id = 'idx-a' and call_id = %L order by sequence limit 1000$q$,
         (select id from public.calls where phone_id = 'idx-a' and status = 'completed' order by created_at desc limit 1)),
  'public.call_turns_pkey') e;
insert into plans
select 'rare spoken word', 'public.call_turns_search_idx', e.* from tests.explain_analyze(
  $q$select t.call_id from public.call_turns t where t.phone_id = 'idx-a'
       and private.call_turn_words(t.phone_id, t.call_id, t.content)
           @@ (websearch_to_tsquery('simple'::regconfig, 'sinkhole') && format('%L', 'phone:idx-a')::tsquery)$q$,
  'public.call_turns_search_idx') e;
-- What the walk asks: the word among the turns of the phone's newest 200 calls.
insert into plans
select 'common word of some calls', 'public.call_turns_search_idx', e.* from tests.explain_analyze(
  $q$select distinct t.call_id from public.call_turns t where t.phone_id = 'idx-a'
       and private.call_turn_words(t.phone_id, t.call_id, t.content)
           @@ (websearch_to_tsquery('simple'::regconfig, 'insurance')
               && (select string_agg(format('%L', 'call:' || n.id), ' | ')::tsquery
                     from (select c.id from public.calls c where c.phone_id = 'idx-a'
                            order by c.created_at desc, c.id desc limit 200) n))$q$,
  'public.call_turns_search_idx') e;

select ok((select count(*) > 80000 from public.call_turns), 'the fixture has over 80 000 turns');
select matches((select plan from plans where query = 'turns of a call'), 'Index Scan using call_turns_pkey on call_turns',
  'a call''s turns in order walk call_turns_pkey');
select doesnt_match((select plan from plans where query = 'turns of a call'), '\mSort\M',
  'a call''s turns come in sequence order without a sort');
select matches((select plan from plans where query = 'rare spoken word'), '\mcall_turns_search_idx\M',
  'a rare word of one phone''s turns is found through call_turns_search_idx');
select doesnt_match((select plan from plans where query = 'rare spoken word'), 'Seq Scan on call_turns\M',
  'the word search does not scan call_turns sequentially');
select matches((select plan from plans where query = 'common word of some calls'), '\mcall_turns_search_idx\M',
  'a common word among the turns of given calls is found through call_turns_search_idx, by the calls'' lexemes');
select doesnt_match((select plan from plans where query = 'common word of some calls'), 'Seq Scan on call_turns\M',
  'the walk''s turn lookup does not scan call_turns sequentially');
select results_eq(
  $$select index_name, bool_and(scans > 0) from plans group by 1 order by 1$$,
  $$values ('public.call_turns_pkey', true), ('public.call_turns_search_idx', true)$$,
  'each query added to the scan counter of the index it is meant to use'
);

select * from finish();
rollback;
