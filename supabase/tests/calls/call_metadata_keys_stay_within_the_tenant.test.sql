-- call_metadata's keys: metadata, tags and custom_fields are NOT NULL; the
-- foreign key (phone_id, call_id) -> calls includes the tenant, so metadata can
-- neither be filed under nor moved to another tenant, nor can its call be
-- moved away from it; and a call has at most one metadata row. As postgres,
-- so only the constraint can refuse.
begin;
select plan(10);

select tests.create_calls_fixture();

-- NOT NULL -----------------------------------------------------------------------------
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, metadata) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', null)$$,
  '23502', 'null value in column "metadata" of relation "call_metadata" violates not-null constraint',
  'null metadata is refused (23502)');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, tags) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', null)$$,
  '23502', 'null value in column "tags" of relation "call_metadata" violates not-null constraint',
  'null tags are refused (23502)');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, custom_fields) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', null)$$,
  '23502', 'null value in column "custom_fields" of relation "call_metadata" violates not-null constraint',
  'null custom_fields are refused (23502)');

-- The foreign key includes the tenant ----------------------------------------------------
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id) values ('calls-b', 'c1000000-0000-4000-8000-0000000000a3')$$,
  '23503', 'insert or update on table "call_metadata" violates foreign key constraint "call_metadata_call_fkey"',
  'metadata for a calls-a call filed under calls-b is refused: the key includes the tenant');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id) values ('calls-a', 'c1000000-0000-4000-8000-0000000000b1')$$,
  '23503', 'insert or update on table "call_metadata" violates foreign key constraint "call_metadata_call_fkey"',
  'metadata of calls-a for a calls-b call is refused (call_metadata_call_fkey)');
select throws_ok(
  $$update public.call_metadata set phone_id = 'calls-b' where call_id = 'c1000000-0000-4000-8000-0000000000a1'$$,
  '23503', 'insert or update on table "call_metadata" violates foreign key constraint "call_metadata_call_fkey"',
  'moving metadata to the other tenant is refused (call_metadata_call_fkey)');
select throws_ok(
  $$update public.calls set phone_id = 'calls-b' where phone_id = 'calls-a' and call_sid = 'CTa1'$$,
  '23503', 'update or delete on table "calls" violates foreign key constraint "call_metadata_call_fkey" on table "call_metadata"',
  'a call with metadata cannot be moved to the other tenant away from its metadata');

-- One metadata row per call --------------------------------------------------------------
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a1')$$,
  '23505', 'duplicate key value violates unique constraint "call_metadata_pkey"',
  'a call has at most one metadata row (call_metadata_pkey)');

select is_empty(
  $$select phone_id from public.call_metadata
     where call_id = 'c1000000-0000-4000-8000-0000000000a3'
        or (phone_id = 'calls-a' and call_id = 'c1000000-0000-4000-8000-0000000000b1')$$,
  'the refused metadata rows stored nothing');
select results_eq(
  $$select phone_id, metadata, custom_fields, tags from public.call_metadata
     where call_id = 'c1000000-0000-4000-8000-0000000000a1'$$,
  $$values ('calls-a', '{"intent": "booking"}'::jsonb, '{"priority": "high"}'::jsonb, '{new-patient}'::text[])$$,
  'the refused moves left CTa1''s metadata as it was, on calls-a');

select * from finish();
rollback;
