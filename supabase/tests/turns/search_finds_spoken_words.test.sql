-- search_calls finds a call by a word spoken in any one of its turns, as it
-- finds one by its transcript: among the newest calls (a page filled by the
-- walk) and through the indexes (a page the walk cannot fill), with the
-- cursor, the other filters and the membership check as before. The words
-- of a query match within one turn (or the transcript); another phone's
-- turns never match.
begin;
select plan(10);

select tests.create_phone('turn-a', '+15550008101', 'America/Chicago', 'Turn A');
select tests.create_phone('turn-b', '+15550008102', 'America/Chicago', 'Turn B');
select tests.add_member('turn-a', 'tia-owner', 'owner');
select tests.add_member('turn-b', 'tobi-owner', 'owner');

-- 30 calls of turn-a a minute apart (CA01 the oldest), 3 of turn-b, no transcripts.
insert into public.calls (phone_id, id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration)
select p, ('00000000-0000-4000-8000-0000000' || case p when 'turn-a' then 'a' else 'b' end || lpad(n::text, 4, '0'))::uuid,
       'CA' || lpad(n::text, 2, '0'), '+1555000' || lpad(n::text, 4, '0'), 'completed',
       now() - interval '1 hour' + n * interval '1 minute', now() - interval '1 hour' + n * interval '1 minute' + interval '2 seconds',
       now() - interval '1 hour' + n * interval '1 minute' + interval '32 seconds', 30
  from (values ('turn-a', 30), ('turn-b', 3)) t(p, calls), generate_series(1, t.calls) n;
-- Every call: a greeting and a question. "parking" in calls 3, 10, 17, 24 of
-- turn-a, "sinkhole" in call 5 only, "basement" and "flooded" in separate
-- turns of call 7, "flooded basement" in one turn of call 8; turn-b's calls
-- all say "sinkhole" and "parking".
insert into public.call_turns (phone_id, call_id, sequence, offset_ms, speaker, content)
select c.phone_id, c.id, s, s * 3000, case when s = 0 then 'assistant' else 'caller' end::public.turn_speaker,
       case when s = 0 then 'Hello, how can I help?'
            when c.phone_id = 'turn-b' then 'A sinkhole blocks the parking.'
            when c.call_sid in ('CA03', 'CA10', 'CA17', 'CA24') then 'Is there parking nearby?'
            when c.call_sid = 'CA05' then 'A sinkhole opened outside.'
            when c.call_sid = 'CA07' and s = 1 then 'My basement.'
            when c.call_sid = 'CA07' and s = 2 then 'It flooded.'
            when c.call_sid = 'CA08' then 'My basement flooded.'
            else 'I would like an appointment.' end
  from public.calls c cross join generate_series(0, 2) s where c.phone_id in ('turn-a', 'turn-b');

select tests.authenticate_as('tia-owner');
select results_eq($$select call_sid from public.search_calls('turn-a', 'sinkhole')$$, $$values ('CA05')$$,
  'a word said in one turn of one call finds that call, and no call of another phone');
select results_eq($$select call_sid from public.search_calls('turn-a', 'parking')$$,
  $$values ('CA24'), ('CA17'), ('CA10'), ('CA03')$$, 'a word said in several calls finds them all, newest first');
select results_eq($$select call_sid from public.search_calls('turn-a', 'parking', max_calls => 2)$$,
  $$values ('CA24'), ('CA17')$$, 'a page the newest calls fill is the newest matches');
select results_eq(
  $$select call_sid from public.search_calls('turn-a', 'parking', max_calls => 2,
      after_created_at => (select created_at from public.calls where phone_id = 'turn-a' and call_sid = 'CA17'),
      after_id => '00000000-0000-4000-8000-0000000a0017')$$,
  $$values ('CA10'), ('CA03')$$, 'the next page continues after the cursor');
select results_eq($$select call_sid from public.search_calls('turn-a', 'flooded basement')$$, $$values ('CA08')$$,
  'the words of a query match within one turn (call 7 said them in two)');
select results_eq($$select call_sid from public.search_calls('turn-a', 'basement -flooded')$$, $$values ('CA07')$$,
  'web search syntax applies turn by turn');
select results_eq($$select call_sid from public.search_calls('turn-a', 'parking', caller => '0017')$$, $$values ('CA17')$$,
  'a spoken word and a caller filter together');
update public.calls set transcript = 'Caller mentioned parking.' where phone_id = 'turn-a' and call_sid = 'CA01';
select results_eq($$select count(*)::int from public.search_calls('turn-a', 'parking')$$, $$values (5)$$,
  'a word of the transcript still finds its call, with those said in turns');

select tests.authenticate_as('tobi-owner');
select is_empty($$select 1 from public.search_calls('turn-a', 'parking')$$, 'a member of another phone finds nothing of turn-a');
select results_eq($$select count(*)::int from public.search_calls('turn-b', 'sinkhole')$$, $$values (3)$$,
  'and finds their own phone''s calls by its turns');

select * from finish();
rollback;
