-- What call_metadata accepts: metadata and custom_fields are JSON objects
-- (never arrays, strings, numbers, booleans or null), and tags is a flat list
-- of at most 50 non-null labels, on insert and on update. Refused updates
-- leave the row as it was. As postgres, so only the constraint can refuse;
-- CTa3 has no metadata yet (the inserts), CTa1 has (the updates).
begin;
select plan(15);

select tests.create_phone('calls-a', '+15550002001', 'America/Chicago');
insert into public.calls (phone_id, id, call_sid, caller_number, status) values
  ('calls-a', 'c1000000-0000-4000-8000-0000000000a1', 'CTa1', '+13125550101', 'answered'),
  ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', 'CTa3', '+13125550103', 'failed');
insert into public.call_metadata (phone_id, call_id, metadata, custom_fields, tags) values
  ('calls-a', 'c1000000-0000-4000-8000-0000000000a1', '{"intent": "booking"}', '{"priority": "high"}', '{new-patient}');

-- call_metadata_metadata_object ------------------------------------------------------
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, metadata) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', '[]')$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_metadata_object"',
  'metadata that is a JSON array is refused (call_metadata_metadata_object)');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, metadata) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', '"booking"')$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_metadata_object"',
  'metadata that is a JSON string is refused (call_metadata_metadata_object)');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, metadata) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', '42')$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_metadata_object"',
  'metadata that is a JSON number is refused (call_metadata_metadata_object)');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, metadata) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', 'null')$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_metadata_object"',
  'metadata that is JSON null is refused (call_metadata_metadata_object)');
select throws_ok(
  $$update public.call_metadata set metadata = '[{"intent": "booking"}]' where call_id = 'c1000000-0000-4000-8000-0000000000a1'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_metadata_object"',
  'replacing metadata with an array is refused on update');

-- call_metadata_custom_fields_object -------------------------------------------------
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, custom_fields) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', '[]')$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_custom_fields_object"',
  'custom_fields that is a JSON array is refused (call_metadata_custom_fields_object)');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, custom_fields) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', 'true')$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_custom_fields_object"',
  'custom_fields that is a JSON boolean is refused (call_metadata_custom_fields_object)');
select throws_ok(
  $$update public.call_metadata set custom_fields = '"x"' where call_id = 'c1000000-0000-4000-8000-0000000000a1'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_custom_fields_object"',
  'replacing custom_fields with a string is refused on update');

-- call_metadata_tags_valid -----------------------------------------------------------
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, tags) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', array[null]::text[])$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_valid"',
  'tags with a null element are refused (call_metadata_tags_valid)');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, tags) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', array['vip', null, 'new'])$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_valid"',
  'tags with a null among other tags are refused (call_metadata_tags_valid)');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, tags)
    values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', array(select 'tag-' || g from generate_series(1, 51) g))$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_valid"',
  '51 tags are refused (call_metadata_tags_valid allows at most 50)');
select throws_ok(
  $$insert into public.call_metadata (phone_id, call_id, tags) values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', '{{a,b},{c,d}}')$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_valid"',
  'a 2-dimensional tags array is refused (call_metadata_tags_valid)');
select throws_ok(
  $$update public.call_metadata set tags = tags || array[null]::text[] where call_id = 'c1000000-0000-4000-8000-0000000000a1'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_valid"',
  'appending a null tag is refused on update');

select results_eq(
  $$select phone_id, metadata, custom_fields, tags from public.call_metadata
     where call_id in ('c1000000-0000-4000-8000-0000000000a1', 'c1000000-0000-4000-8000-0000000000a3')$$,
  $$values ('calls-a', '{"intent": "booking"}'::jsonb, '{"priority": "high"}'::jsonb, '{new-patient}'::text[])$$,
  'the refused inserts stored no metadata for CTa3 and the refused updates left CTa1''s metadata as it was');
select results_eq(
  $$insert into public.call_metadata (phone_id, call_id, tags)
    values ('calls-a', 'c1000000-0000-4000-8000-0000000000a3', array(select 'tag-' || g from generate_series(1, 50) g))
    returning cardinality(tags), metadata, custom_fields$$,
  $$values (50, '{}'::jsonb, '{}'::jsonb)$$,
  '50 tags are accepted, and metadata and custom_fields default to empty objects');

select * from finish();
rollback;
