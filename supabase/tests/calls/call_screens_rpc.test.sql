-- The call screens' functions (latest_calls, call_counts, search_calls) answer
-- members with their own phones' calls only, refuse bad arguments by name, and
-- search by words, caller, tags and the keyset cursor as their comments say.
-- Who may call them is in the access matrix; the plans in tests/plans.test.ts.
begin;
select plan(16);

select tests.create_calls_fixture();
select tests.authenticate_as('calls-a-viewer');

-- What each search finds among calls-a's three calls.
select results_eq($$select call_sid from public.search_calls('calls-a', query => 'appointment')$$,
  $$values ('CTa1')$$, 'a word of the transcript finds the call');
select results_eq($$select call_sid from public.search_calls('calls-a', query => 'cleaning')$$,
  $$values ('CTa1')$$, 'a word of the AI summary finds the call');
select is_empty($$select from public.search_calls('calls-a', query => 'appointment -cleaning')$$,
  'web search syntax: a word excluded with - excludes the call');
select results_eq($$select call_sid from public.search_calls('calls-a', caller => '+1312555') order by 1$$,
  $$values ('CTa1'), ('CTa2'), ('CTa3')$$, 'a caller prefix with + matches from the start of the number');
select results_eq(
  $$select count(*)::int from public.search_calls('calls-a', caller => (select right(caller_number, 4) from public.calls where call_sid = 'CTa1'))$$,
  $$values (1)$$, 'digits without + match anywhere in the number');
select results_eq($$select call_sid from public.search_calls('calls-a', tags => '{new-patient}')$$,
  $$values ('CTa1')$$, 'a tag finds the calls whose metadata has it');
select results_eq($$select call_sid from public.search_calls('calls-a', statuses => '{answered,failed}') order by 1$$,
  $$values ('CTa2'), ('CTa3')$$, 'statuses keep the calls in any of them');
select results_eq(
  $$select array_agg(call_sid order by created_at desc, id desc) from public.search_calls('calls-a')$$,
  $$select array_agg(call_sid order by created_at desc, id desc) from public.calls where phone_id = 'calls-a'$$,
  'without filters: every call of the phone, newest first');
select results_eq(
  $$select s.call_sid from public.calls first_call,
         lateral public.search_calls('calls-a', after_created_at => first_call.created_at, after_id => first_call.id) s
     where first_call.id = (select id from public.search_calls('calls-a', max_calls => 1))$$,
  $$select call_sid from public.calls where phone_id = 'calls-a'
     order by created_at desc, id desc offset 1$$,
  'the cursor continues after the last call of the previous page');

-- Members only.
select is_empty($$select from public.search_calls('calls-b')$$,
  'a member of calls-a finds nothing of calls-b');
select results_eq($$select distinct phone_id from public.latest_calls()$$, $$values ('calls-a')$$,
  'latest_calls without phone_ids lists only the member''s phones');
select is_empty($$select from public.latest_calls(array['calls-b'])$$,
  'naming another tenant''s phone in latest_calls gives nothing');
select results_eq($$select total_calls from public.call_counts(phone_ids => array['calls-a', 'calls-b'])$$,
  $$values (3::bigint)$$, 'call_counts counts only the member''s phone of the two named');

-- Bad arguments, refused by name (22023).
select throws_ok($$select public.search_calls('calls-a', max_calls => 101)$$, '22023',
  'max_calls must be 1 to 100, got 101', 'a page of more than 100 calls is refused');
select throws_ok($$select public.search_calls('calls-a', caller => '+1')$$, '22023',
  'caller must be at least 3 digits, optionally after a +, got +1', 'a caller of fewer than 3 digits is refused');
select throws_ok($$select public.search_calls('calls-a', after_id => gen_random_uuid())$$, '22023',
  'the cursor needs both after_created_at and after_id (the last call of the previous page)',
  'half a cursor is refused');

select * from finish();
rollback;
