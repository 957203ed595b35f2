-- The shape of public.calls and public.call_metadata: keys that include the
-- tenant, the foreign keys and their cascades, the complete list of CHECK
-- constraints (all validated), the ai_confidence and status columns, and the
-- triggers that keep the lifecycle and updated_at. Catalog only; no fixtures.
begin;
select plan(19);

-- Keys -----------------------------------------------------------------------

select col_is_pk('public', 'calls', array['phone_id', 'id'],
  'the primary key of calls is (phone_id, id)');
select col_is_pk('public', 'call_metadata', array['phone_id', 'call_id'],
  'the primary key of call_metadata is (phone_id, call_id)');
select results_eq(
  $$select conname::text collate "default", pg_get_constraintdef(oid) from pg_constraint
     where conrelid = 'public.calls'::regclass and contype = 'u'$$,
  $$values ('calls_call_sid_key', 'UNIQUE (phone_id, call_sid)')$$,
  'calls has one unique constraint, calls_call_sid_key on (phone_id, call_sid)'
);
select results_eq(
  $$select indexrelid::regclass::text from pg_index
     where indrelid = 'public.calls'::regclass and indisunique order by 1$$,
  $$values ('calls_call_sid_key'), ('calls_pkey')$$,
  'no unique index makes call_sid (or id) unique across tenants'
);
select fk_ok('public', 'call_metadata', array['phone_id', 'call_id'], 'public', 'calls', array['phone_id', 'id'],
  'call_metadata (phone_id, call_id) references calls (phone_id, id)');
select results_eq(
  $$select conname::text collate "default", confdeltype::text, pg_get_constraintdef(oid) from pg_constraint
     where conrelid = 'public.call_metadata'::regclass and contype = 'f'$$,
  $$values ('call_metadata_call_fkey', 'c',
            'FOREIGN KEY (phone_id, call_id) REFERENCES calls(phone_id, id) ON DELETE CASCADE')$$,
  'call_metadata has exactly one foreign key, to its call including the tenant, deleted with the call'
);
select results_eq(
  $$select conname::text collate "default", confdeltype::text, confrelid::regclass::text from pg_constraint
     where conrelid = 'public.calls'::regclass and contype = 'f'$$,
  $$values ('calls_phone_id_fkey', 'c', 'phone_numbers')$$,
  'calls has exactly one foreign key, to its phone number, deleted with the phone number'
);

-- CHECK constraints: every one is listed here, so a new one without a test in
-- the constraint files of this directory fails this.
select results_eq(
  $$select conname::text collate "default" from pg_constraint
     where conrelid = 'public.calls'::regclass and contype = 'c' order by 1$$,
  $$values ('calls_ai_confidence_range'), ('calls_ai_summary_length'), ('calls_ai_summary_not_blank'),
           ('calls_ai_summary_printable'), ('calls_answered_after_created'), ('calls_answered_at_range'),
           ('calls_billed_seconds_range'), ('calls_call_sid_format'), ('calls_caller_number_e164'),
           ('calls_cost_range'), ('calls_cost_with_currency'), ('calls_created_at_range'),
           ('calls_currency_format'), ('calls_duration_matches_times'), ('calls_duration_max'),
           ('calls_duration_nonnegative'), ('calls_ended_after_answered'), ('calls_ended_after_created'),
           ('calls_ended_at_range'), ('calls_phone_id_format'), ('calls_recording_url_https'),
           ('calls_recording_url_length'), ('calls_status_timestamps'), ('calls_transcript_length'),
           ('calls_transcript_not_blank'), ('calls_transcript_printable'), ('calls_transferred_to_e164'),
           ('calls_updated_at_range')$$,
  'calls has exactly the 28 CHECK constraints the constraint tests cover'
);
select results_eq(
  $$select conname::text collate "default" from pg_constraint
     where conrelid = 'public.call_metadata'::regclass and contype = 'c' order by 1$$,
  $$values ('call_metadata_created_at_range'), ('call_metadata_custom_fields_depth'), ('call_metadata_custom_fields_object'),
           ('call_metadata_custom_fields_size'), ('call_metadata_metadata_depth'), ('call_metadata_metadata_object'),
           ('call_metadata_metadata_size'), ('call_metadata_phone_id_format'), ('call_metadata_tags_format'),
           ('call_metadata_tags_length'), ('call_metadata_tags_unique'), ('call_metadata_tags_valid'),
           ('call_metadata_updated_at_range')$$,
  'call_metadata has exactly the 13 CHECK constraints the constraint tests cover'
);
select is(
  (select convalidated from pg_constraint
    where conrelid = 'public.calls'::regclass and conname = 'calls_ai_confidence_range'),
  true,
  'calls_ai_confidence_range (added NOT VALID) has been validated'
);
select is_empty(
  $$select conrelid::regclass::text || '.' || conname from pg_constraint
     where conrelid in ('public.calls'::regclass, 'public.call_metadata'::regclass) and not convalidated$$,
  'no constraint of calls or call_metadata is left NOT VALID'
);

-- Columns --------------------------------------------------------------------

select col_type_is('public', 'calls', 'ai_confidence', 'numeric(3,2)',
  'calls.ai_confidence is numeric(3,2)');
select ok(
  (select not attnotnull and not atthasdef from pg_attribute
    where attrelid = 'public.calls'::regclass and attname = 'ai_confidence'),
  'calls.ai_confidence is nullable without a default (null means not scored)'
);
select enum_has_labels('public', 'call_status', array['ringing', 'answered', 'completed', 'failed'],
  'call_status has exactly ringing, answered, completed, failed, in that order');
select col_type_is('public', 'calls', 'status', 'public', 'call_status',
  'calls.status is of type public.call_status');
select col_default_is('public', 'calls', 'status', 'ringing'::public.call_status,
  'a call starts as ringing (the default status)');

-- Triggers -------------------------------------------------------------------

select trigger_is('public', 'calls', 'check_call_status', 'private', 'check_call_status',
  'calls has the lifecycle trigger check_call_status');
select trigger_is('public', 'calls', 'set_updated_at', 'private', 'set_updated_at',
  'calls keeps updated_at current with private.set_updated_at');
select trigger_is('public', 'call_metadata', 'set_updated_at', 'private', 'set_updated_at',
  'call_metadata keeps updated_at current with private.set_updated_at');

select * from finish();
rollback;
