-- Helpers for the erasure tests in supabase/tests/erasure/: a caller seeded
-- into every table that can hold a caller's number or words, the way each is
-- written in production (the service role ingests calls and events, an admin
-- corrects, books and imports, so the audit trail holds them too). Installed
-- in the `tests` schema like 000_test_helpers.sql and replaced on every run;
-- they hold no data.
--
--   select tests.seed_caller('era-a', 'era-a-admin', '+14155550199', 'Quillfeather');
--
-- A table whose columns are tagged [personal] gets its seed here: the test
-- tagged_columns_hold_nothing_after_erasure fails by name for a table the
-- seed does not reach.

create or replace function tests.seed_caller(phone_id text, admin text, number text, word text)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  live_call uuid := gen_random_uuid();
  archived_call uuid := gen_random_uuid();
  sid text := 'CA' || upper(word) || substr(replace(live_call::text, '-', ''), 1, 8);
  archived_sid text := 'CA' || upper(word) || substr(replace(archived_call::text, '-', ''), 1, 8);
  campaign uuid := gen_random_uuid();
begin
  -- The telephony backend: a call and its metadata, webhook events (one about
  -- the call, one naming the number only), an archived call.
  perform tests.authenticate_as_service_role();
  insert into public.calls (phone_id, id, call_sid, caller_number, status, answered_at, ended_at, duration,
                            recording_url, transcript, ai_summary, created_at)
  values (seed_caller.phone_id, live_call, sid, number, 'completed', now() - interval '9 minutes', now() - interval '8 minutes', 60,
          'https://recordings.example.com/' || word || '.mp3', 'Hello, this is ' || word || ', call me on ' || number || '.',
          word || ' asked for a call back.', now() - interval '10 minutes');
  insert into public.call_metadata (phone_id, call_id, metadata, custom_fields)
  values (seed_caller.phone_id, live_call, jsonb_build_object('name', word, 'callback', number),
          jsonb_build_object('note', 'Friend of ' || word));
  perform public.record_webhook_event(seed_caller.phone_id, 'twilio', 'EV' || sid, 'call.completed',
                                      jsonb_build_object('CallSid', sid, 'SpeechResult', 'I am ' || word), sid);
  perform public.record_webhook_event(seed_caller.phone_id, 'twilio', 'EVSMS' || sid, 'message.received',
                                      jsonb_build_object('From', number, 'Body', 'Hi'));
  perform public.record_call_turns(seed_caller.phone_id, live_call, jsonb_build_array(
    jsonb_build_object('sequence', 0, 'speaker', 'caller', 'offset_ms', 500, 'content', 'This is ' || word || '.'),
    jsonb_build_object('sequence', 1, 'speaker', 'tool', 'offset_ms', 900, 'tool_name', 'lookup_caller',
                       'tool_arguments', jsonb_build_object('number', number))));
  perform tests.clear_authentication();
  insert into private.calls_archive (phone_id, id, call_sid, caller_number, status, answered_at, ended_at, duration,
                                     recording_url, transcript, ai_summary, created_at, updated_at, archived_at)
  values (seed_caller.phone_id, archived_call, archived_sid, number, 'completed', now() - interval '400 days' + interval '1 minute',
          now() - interval '400 days' + interval '2 minutes', 60, 'https://recordings.example.com/old-' || word || '.mp3',
          'Old call from ' || word || '.', 'An old call of ' || word || '.', now() - interval '400 days',
          now() - interval '400 days', now());
  insert into private.call_metadata_archive (phone_id, call_id, metadata, custom_fields, tags, created_at, updated_at, archived_at)
  values (seed_caller.phone_id, archived_call, jsonb_build_object('name', word), jsonb_build_object('callback', number), '{}',
          now() - interval '400 days', now() - interval '400 days', now());
  insert into private.call_turns_archive (phone_id, call_id, sequence, speaker, offset_ms, content, created_at, archived_at)
  values (seed_caller.phone_id, archived_call, 0, 'caller', 500, 'Old words of ' || word || ', ' || number || '.',
          now() - interval '400 days', now());
  insert into public.campaigns (phone_id, id, name, caller_id, window_start, window_end)
  values (seed_caller.phone_id, campaign, 'Recall ' || substr(campaign::text, 1, 8), '+14155550100', '09:00', '17:00');

  -- An admin: corrects the transcript, books an appointment, imports the number.
  perform tests.authenticate_as(admin);
  update public.calls set transcript = 'Corrected: ' || word || ' on ' || number
   where calls.phone_id = seed_caller.phone_id and id = live_call;
  insert into public.appointments (phone_id, caller_number, caller_name, call_id, starts_at, ends_at,
                                   outside_hours_override, notes)
  values (seed_caller.phone_id, number, word, live_call, now() + interval '2 days', now() + interval '2 days 30 minutes',
          true, 'Ask ' || word || ' about the referral.');
  perform public.import_campaign_contacts(seed_caller.phone_id, campaign, array[number]);
  update public.callers set display_name = word, notes = 'Call ' || word || ' back on ' || number
   where callers.phone_id = seed_caller.phone_id and caller_number = number;
  perform tests.clear_authentication();
end
$$;
comment on function tests.seed_caller(text, text, text, text) is
  'Seeds a caller (number, and word in what they said and their name) into every table that can hold a caller''s '
  'data, as production writes each, with admin (an admin of phone_id) correcting, booking and importing; run as '
  'postgres inside the test''s transaction.';

-- The helper itself, proved in a transaction that leaves nothing behind.
begin;
select plan(1);

select tests.create_phone('seed-a', '+15550007001', 'UTC');
select tests.add_member('seed-a', 'seed-a-admin', 'admin');
select lives_ok($$select tests.seed_caller('seed-a', 'seed-a-admin', '+14155550101', 'Seedling')$$,
  'seed_caller seeds a caller into every table');

select * from finish();
rollback;
