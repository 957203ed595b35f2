-- No index of calls, call_metadata, call_turns or conversation_rules escapes
-- the plan tests in this directory: their non-unique indexes are exactly the
-- eleven that calls_indexes, call_search_indexes, call_metadata_indexes,
-- call_turns_indexes and conversation_rules_index prove are used (which also
-- proves call_turns_pkey, the turns screen's). A new index fails this test
-- until it is proved there too.
begin;
select plan(1);

select results_eq(
  $$select i.indexrelid::regclass::text from pg_index i
     where i.indrelid in ('public.calls'::regclass, 'public.call_metadata'::regclass, 'public.call_turns'::regclass,
                          'public.conversation_rules'::regclass)
       and not i.indisunique
     order by 1$$,
  $$values ('call_metadata_metadata_idx'), ('call_metadata_phone_tags_idx'), ('call_metadata_tags_idx'),
           ('call_turns_search_idx'), ('calls_caller_trgm_idx'), ('calls_created_brin'), ('calls_in_progress_idx'), ('calls_phone_caller_idx'), ('calls_phone_created_idx'),
           ('calls_search_text_idx'), ('conversation_rules_lookup_idx')$$,
  'the non-unique indexes of calls, call_metadata, call_turns and conversation_rules are exactly the eleven the plan tests prove'
);

select * from finish();
rollback;
