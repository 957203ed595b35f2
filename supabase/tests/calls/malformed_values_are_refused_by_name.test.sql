-- Malformed values written to calls and call_metadata, by the telephony
-- backend (the service role, directly and through ingest_call_event) and by
-- an admin correcting a call, are refused with 23514 naming the constraint,
-- never accepted and never an internal error (22003, 22008, 54000, 54001),
-- and nothing is stored: no call, no changed column, no statistics row.
-- bad-a has one ringing call CTok with metadata; the refused calls use
-- sids CTbad-*.
begin;
select plan(49);

select tests.create_phone('bad-a', '+15550009001', 'America/Chicago');
select tests.add_member('bad-a', 'bad-a-admin', 'admin');
insert into public.calls (phone_id, id, call_sid, caller_number, transcript, ai_summary, created_at)
values ('bad-a', 'c9000000-0000-4000-8000-000000000001', 'CTok', '+13125559001', 'Hello.', 'A greeting.',
        now() - interval '1 minute');
insert into public.call_metadata (phone_id, call_id, metadata, custom_fields, tags)
values ('bad-a', 'c9000000-0000-4000-8000-000000000001', '{"intent": "booking"}', '{"priority": "high"}', '{vip}');
create temporary table stats_before on commit drop as
select * from public.daily_call_stats where phone_id = 'bad-a';
grant select on stats_before to service_role, authenticated;

-- As the service role: times ---------------------------------------------------------
select tests.authenticate_as_service_role();
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, created_at)
    values ('bad-a', 'CTbad-inf', '+13125559002', 'infinity')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_created_at_range"',
  'service role: a call created at infinity is refused by calls_created_at_range');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, created_at)
    values ('bad-a', 'CTbad-1900', '+13125559002', '1900-01-01 00:00:00+00')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_created_at_range"',
  'service role: a call created in 1900 is refused by calls_created_at_range');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at)
    values ('bad-a', 'CTbad-yearbefore', '+13125559002', 'answered', now() - interval '1 year')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_answered_after_created"',
  'service role: a call answered a year before it started ringing is refused by calls_answered_after_created');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, ended_at)
    values ('bad-a', 'CTbad-endedbefore', '+13125559002', 'failed', now() - interval '1 hour')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ended_after_created"',
  'service role: a call that ended an hour before it started ringing is refused by calls_ended_after_created');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at)
    values ('bad-a', 'CTbad-endinf', '+13125559002', 'completed', now(), 'infinity')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ended_at_range"',
  'service role: an end at infinity is refused by calls_ended_at_range (was 22008 in the lifecycle trigger)');
select throws_ok(
  $$update public.calls set status = 'failed', ended_at = 'infinity' where call_sid = 'CTok'$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ended_at_range"',
  'service role: ending a call at infinity is refused by calls_ended_at_range');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, updated_at)
    values ('bad-a', 'CTbad-upd', '+13125559002', 'infinity')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_updated_at_range"',
  'service role: a call inserted with updated_at at infinity is refused by calls_updated_at_range');

-- As the service role: durations -----------------------------------------------------
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, answered_at, ended_at, created_at)
    values ('bad-a', 'CTbad-30years', '+13125559002', 'completed',
            '2030-01-01 00:00:00+00', '2060-01-01 00:00:00+00', '2030-01-01 00:00:00+00')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_duration_max"',
  'service role: a call talking for 30 years is refused by calls_duration_max (was 22003 in the statistics)');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, status, duration)
    values ('bad-a', 'CTbad-maxint', '+13125559002', 'completed', 2147483647)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_duration_max"',
  'service role: a duration of 2147483647 s is refused by calls_duration_max');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, duration)
    values ('bad-a', 'CTbad-neg', '+13125559002', -5)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_duration_nonnegative"',
  'service role: a negative duration is refused by calls_duration_nonnegative, not calls_duration_matches_times');

-- As the service role: texts and URLs ------------------------------------------------
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, recording_url)
    values ('bad-a', 'CTbad-url', '+13125559002', E'https://\n<script>alert(1)</script>')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_recording_url_https"',
  'service role: https:// followed by a newline and markup is refused by calls_recording_url_https');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, recording_url)
    values ('bad-a', 'CTbad-url2', '+13125559002', 'https://recordings.example.com/a b.mp3')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_recording_url_https"',
  'service role: a recording URL with a space is refused by calls_recording_url_https');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, recording_url)
    values ('bad-a', 'CTbad-url3', '+13125559002', 'https://recordings.example.com/' || repeat('a', 3000))$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_recording_url_length"',
  'service role: a 3,031-character recording URL is refused by calls_recording_url_length');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, transcript)
    values ('bad-a', 'CTbad-10mb', '+13125559002', repeat('word ', 2000000))$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_transcript_length"',
  'service role: a 10 MB transcript is refused by calls_transcript_length');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, transcript)
    values ('bad-a', 'CTbad-blank', '+13125559002', E'\t\n \u3000\u200B')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_transcript_not_blank"',
  'service role: a transcript of tabs, newlines and Unicode spaces is refused by calls_transcript_not_blank');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, ai_summary)
    values ('bad-a', 'CTbad-bell', '+13125559002', E'Booked\u0007 a cleaning.')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ai_summary_printable"',
  'service role: a summary with a control character is refused by calls_ai_summary_printable');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number, transcript)
    values ('bad-a', 'CTbad-filler', '+13125559002', U&'\3164\200E\00AD')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_transcript_not_blank"',
  'service role: a transcript of a Hangul filler, a direction mark and a soft hyphen is refused by calls_transcript_not_blank');
select throws_ok(
  $$insert into public.calls (phone_id, call_sid, caller_number)
    values (repeat('bad-a', 2000), 'CTbad-tenant', '+13125559002')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_phone_id_format"',
  'service role: a 10,000-character phone_id is refused by calls_phone_id_format (was 54000 from the primary key index)');
select is_empty(
  $$select call_sid from public.calls where call_sid like 'CTbad-%'
    union all select call_sid from public.calls where call_sid = 'CTok' and (status <> 'ringing' or ended_at is not null)$$,
  'service role: the refused calls stored nothing and CTok is still ringing');

-- As the service role: metadata and tags ---------------------------------------------
select throws_ok(
  $$update public.call_metadata set metadata = jsonb_build_object('blob', repeat('x', 10000000))
     where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_metadata_size"',
  'service role: 10 MB of metadata is refused by call_metadata_metadata_size');
select throws_ok(
  $$update public.call_metadata set metadata = (repeat('{"a": ', 1000) || '1' || repeat('}', 1000))::jsonb
     where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_metadata_depth"',
  'service role: metadata nested 1000 deep is refused by call_metadata_metadata_depth (not 54001)');
select throws_ok(
  $$update public.call_metadata set custom_fields = jsonb_build_object('blob', repeat('x', 10000000))
     where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_custom_fields_size"',
  'service role: 10 MB of custom fields is refused by call_metadata_custom_fields_size');
select throws_ok(
  $$update public.call_metadata set tags = array[repeat('a', 5000)] where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_length"',
  'service role: a 5000-character tag is refused by call_metadata_tags_length (was 54000 from the tags index)');
select throws_ok(
  $$update public.call_metadata set phone_id = repeat('x', 10000) where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_phone_id_format"',
  'service role: moving metadata to a 10,000-character phone_id is refused by call_metadata_phone_id_format (not 54000)');
select throws_ok(
  $$update public.call_metadata set tags = array['New Patient'] where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_format"',
  'service role: a tag with capitals and a space is refused by call_metadata_tags_format');
select throws_ok(
  $$update public.call_metadata set tags = array['vip', 'vip'] where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_unique"',
  'service role: a tag given twice is refused by call_metadata_tags_unique');

-- As the service role, through ingest_call_event ---------------------------------------
select throws_ok(
  $$select public.ingest_call_event('bad-a', 'CTbad-ing1', '+13125559003', now(), 'completed',
                                    answered_at => now() - interval '1 minute', ended_at => 'infinity')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ended_at_range"',
  'ingest_call_event: a completed event ending at infinity is refused by calls_ended_at_range');
select throws_ok(
  $$select public.ingest_call_event('bad-a', 'CTok', '+13125559001', now(), 'completed',
                                    answered_at => now() - interval '10 seconds', ended_at => 'infinity')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ended_at_range"',
  'ingest_call_event: merging an end at infinity into CTok is refused by calls_ended_at_range (was 22008)');
select throws_ok(
  $$select public.ingest_call_event('bad-a', 'CTbad-ing2', '+13125559003', now(), 'completed', duration => 100000)$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_duration_max"',
  'ingest_call_event: a talk time of 100000 s is refused by calls_duration_max');
select throws_ok(
  $$select public.ingest_call_event('bad-a', 'CTbad-ing3', '+13125559003', now(), 'ringing', started_at => '-infinity')$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_created_at_range"',
  'ingest_call_event: a start at -infinity is refused by calls_created_at_range');
select throws_ok(
  $$select public.ingest_call_event('bad-a', 'CTok', '+13125559001', now(), metadata => jsonb_build_object('blob', repeat('x', 10000000)))$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_metadata_size"',
  'ingest_call_event: 10 MB of metadata is refused by call_metadata_metadata_size');
select throws_ok(
  $$select public.ingest_call_event('bad-a', 'CTok', '+13125559001', now(), tags => array['Follow Up'])$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_format"',
  'ingest_call_event: a tag that is not a lowercase slug is refused by call_metadata_tags_format');

-- As an admin correcting the call ---------------------------------------------------
select tests.authenticate_as('bad-a-admin');
select throws_ok(
  $$update public.calls set transcript = repeat('word ', 2000000) where call_sid = 'CTok'$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_transcript_length"',
  'admin: a 10 MB transcript is refused by calls_transcript_length');
select throws_ok(
  $$update public.calls set transcript = E'\n\t\u2003\u00A0' where call_sid = 'CTok'$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_transcript_not_blank"',
  'admin: a transcript of newlines, a tab and Unicode spaces is refused by calls_transcript_not_blank');
select throws_ok(
  $$update public.calls set ai_summary = U&'\FEFF\2060\3164' where call_sid = 'CTok'$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ai_summary_not_blank"',
  'admin: a summary of a byte order mark, a word joiner and a Hangul filler is refused by calls_ai_summary_not_blank');
select throws_ok(
  $$update public.calls set ai_summary = repeat('s', 5001) where call_sid = 'CTok'$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ai_summary_length"',
  'admin: a 5001-character summary is refused by calls_ai_summary_length');
select throws_ok(
  $$update public.calls set ai_summary = '' where call_sid = 'CTok'$$,
  '23514', 'new row for relation "calls" violates check constraint "calls_ai_summary_length"',
  'admin: an empty summary is refused by calls_ai_summary_length (null clears it)');
select throws_ok(
  $$update public.call_metadata set tags = array[repeat('a', 5000)] where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_length"',
  'admin: a 5000-character tag is refused by call_metadata_tags_length');
select throws_ok(
  $$update public.call_metadata set tags = array['Urgent'] where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_format"',
  'admin: a capitalised tag is refused by call_metadata_tags_format');
select throws_ok(
  $$update public.call_metadata set tags = array['vip', 'urgent', 'vip'] where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_unique"',
  'admin: a repeated tag is refused by call_metadata_tags_unique');
select throws_ok(
  $$update public.call_metadata set tags = array(select 'tag-' || g from generate_series(1, 51) g)
     where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_tags_valid"',
  'admin: 51 tags are refused by call_metadata_tags_valid');
select throws_ok(
  $$update public.call_metadata set custom_fields = jsonb_build_object('blob', repeat('x', 10000000))
     where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_custom_fields_size"',
  'admin: 10 MB of custom fields is refused by call_metadata_custom_fields_size');
select throws_ok(
  $$update public.call_metadata set custom_fields = (repeat('{"a": ', 11) || '1' || repeat('}', 11))::jsonb
     where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  '23514', 'new row for relation "call_metadata" violates check constraint "call_metadata_custom_fields_depth"',
  'admin: custom fields nested 11 deep are refused by call_metadata_custom_fields_depth');
select lives_ok(
  $$update public.call_metadata set custom_fields = (repeat('{"a": ', 10) || '1' || repeat('}', 10))::jsonb
     where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  'admin: custom fields nested 10 deep are accepted');
select lives_ok(
  $$update public.call_metadata set custom_fields = '{"priority": "high"}', tags = array['vip', 'follow-up', 'new_patient']
     where call_id = 'c9000000-0000-4000-8000-000000000001'$$,
  'admin: distinct lowercase slugs are accepted as tags');

-- Nothing was stored -------------------------------------------------------------
select tests.clear_authentication();
select results_eq(
  $$select call_sid, status::text, transcript, ai_summary, recording_url, duration from public.calls where phone_id = 'bad-a'$$,
  $$values ('CTok', 'ringing', 'Hello.', 'A greeting.', null::text, 0)$$,
  'bad-a has only CTok, ringing, with its transcript and summary as they were');
select results_eq(
  $$select metadata, custom_fields, tags from public.call_metadata where phone_id = 'bad-a'$$,
  $$values ('{"intent": "booking"}'::jsonb, '{"priority": "high"}'::jsonb, '{vip,follow-up,new_patient}'::text[])$$,
  'the refused metadata, custom fields and tags left CTok''s metadata as it was (but for the accepted tags)');
select results_eq(
  $$select day, total_calls from public.daily_call_stats where phone_id = 'bad-a'$$,
  $$select day, total_calls from stats_before$$,
  'the refused calls wrote no statistics: no row for day infinity, no extra call');
select is(
  (select count(*)::integer from public.daily_call_stats where not isfinite(day)),
  0,
  'no statistics row anywhere has an infinite day');

select * from finish();
rollback;
