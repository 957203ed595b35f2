-- Local development data, loaded by `npm run db:reset` (supabase db push --include-seed).
-- Deterministic ids so tests, docs and the app's fixtures can name them. Every
-- user's password is "password".
--
--   tenant acme-dental  (+14155550100, America/Los_Angeles)
--     owner  alice@acme.test   00000000-0000-4000-8000-0000000000a1
--     admin  adam@acme.test    00000000-0000-4000-8000-0000000000a2
--     viewer vera@acme.test    00000000-0000-4000-8000-0000000000a3
--   tenant bella-salon  (+442079460200, Europe/London)
--     owner  bob@bella.test    00000000-0000-4000-8000-0000000000b1
--     admin  bea@bella.test    00000000-0000-4000-8000-0000000000b2
--     viewer vic@bella.test    00000000-0000-4000-8000-0000000000b3
--   both tenants: max@multi.test 00000000-0000-4000-8000-0000000000c1 (admin of acme-dental, viewer of bella-salon)
--   no tenant:    olga@outside.test 00000000-0000-4000-8000-0000000000d1, invited by alice to
--                 acme-dental as a viewer: sign in as olga and call accept_invitation with the
--                 token SeedInvitationForOlgaAtAcmeDentalAsViewer00
--
-- Per tenant: voice settings, conversation rules of every type (one inactive),
-- opening hours (acme-dental has a lunch break, bella-salon a late Friday
-- running past midnight), holidays, ~420 calls over the last six weeks in
-- every status with metadata and tags on most answered calls, conversation
-- turns (tool turns included) of the 40 newest completed calls, and 20 calls
-- from 13 months ago, with turns, that the archive moves out. Random values
-- come from a fixed seed; times are relative to now, so the last 30 days
-- always have data.

insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
                        raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
select '00000000-0000-0000-0000-000000000000', u.id::uuid, 'authenticated', 'authenticated', u.email,
       extensions.crypt('password', extensions.gen_salt('bf')), now(),
       '{"provider": "email", "providers": ["email"]}', jsonb_build_object('full_name', u.full_name),
       now(), now()
  from (values
    ('00000000-0000-4000-8000-0000000000a1', 'alice@acme.test',   'Alice Owner'),
    ('00000000-0000-4000-8000-0000000000a2', 'adam@acme.test',    'Adam Admin'),
    ('00000000-0000-4000-8000-0000000000a3', 'vera@acme.test',    'Vera Viewer'),
    ('00000000-0000-4000-8000-0000000000b1', 'bob@bella.test',    'Bob Owner'),
    ('00000000-0000-4000-8000-0000000000b2', 'bea@bella.test',    'Bea Admin'),
    ('00000000-0000-4000-8000-0000000000b3', 'vic@bella.test',    'Vic Viewer'),
    ('00000000-0000-4000-8000-0000000000c1', 'max@multi.test',    'Max Multi'),
    ('00000000-0000-4000-8000-0000000000d1', 'olga@outside.test', 'Olga Outsider')
  ) as u(id, email, full_name)
on conflict (id) do nothing;

-- acme-dental's plan allows 10 calls at once, bella-salon's 3 (claim_call_slot).
insert into public.phone_numbers (id, number, display_name, business_name, timezone, max_concurrent_calls) values
  ('acme-dental', '+14155550100', 'Front desk', 'Acme Dental Care', 'America/Los_Angeles', 10),
  ('bella-salon', '+442079460200', 'Salon line', 'Bella Hair Salon', 'Europe/London', 3)
on conflict (id) do nothing;

insert into public.phone_members (phone_id, user_id, role) values
  ('acme-dental', '00000000-0000-4000-8000-0000000000a1', 'owner'),
  ('acme-dental', '00000000-0000-4000-8000-0000000000a2', 'admin'),
  ('acme-dental', '00000000-0000-4000-8000-0000000000a3', 'viewer'),
  ('acme-dental', '00000000-0000-4000-8000-0000000000c1', 'admin'),
  ('bella-salon', '00000000-0000-4000-8000-0000000000b1', 'owner'),
  ('bella-salon', '00000000-0000-4000-8000-0000000000b2', 'admin'),
  ('bella-salon', '00000000-0000-4000-8000-0000000000b3', 'viewer'),
  ('bella-salon', '00000000-0000-4000-8000-0000000000c1', 'viewer')
on conflict (phone_id, user_id) do nothing;

-- A pending invitation (the token above; only its hash is stored).
insert into public.phone_invitations (phone_id, id, email, role, invited_by)
values ('acme-dental', '00000000-0000-4000-8000-0000000001e1', 'olga@outside.test', 'viewer',
        '00000000-0000-4000-8000-0000000000a1')
on conflict do nothing;
insert into private.invitation_tokens (phone_id, invitation_id, token_hash)
values ('acme-dental', '00000000-0000-4000-8000-0000000001e1',
        extensions.digest(decode(translate('SeedInvitationForOlgaAtAcmeDentalAsViewer00', '-_', '+/') || '=', 'base64'), 'sha256'))
on conflict do nothing;

-- Voice settings (the rows exist already: created with each phone number) ------

update public.voice_settings
   set voice_name = 'Nova', speech_speed = 0.95,
       greeting_message = 'Thank you for calling Acme Dental Care, this is the virtual receptionist. How can I help?'
 where phone_id = 'acme-dental';
update public.voice_settings
   set voice_name = 'Shimmer', language = 'en-GB',
       greeting_message = 'Hello, Bella Hair Salon. Would you like to book an appointment?'
 where phone_id = 'bella-salon';

-- Conversation rules ------------------------------------------------------------

insert into public.conversation_rules (phone_id, rule_type, conditions, actions, priority, is_active) values
  ('acme-dental', 'greeting', '{}', '{"say": "greeting_message"}', 0, true),
  ('acme-dental', 'routing', '{"intent": "emergency"}', '{"transfer_to": "+14155550199", "say": "Connecting you to the on-call dentist."}', 0, true),
  ('acme-dental', 'routing', '{"intent": "booking"}', '{"collect": ["name", "preferred_time"], "notify": "frontdesk@acme.test"}', 10, true),
  ('acme-dental', 'routing', '{"intent": "billing"}', '{"transfer_to": "+14155550101"}', 20, false),
  ('acme-dental', 'transfer', '{"caller_asks_for": "human"}', '{"transfer_to": "+14155550101", "whisper": "Call from the AI receptionist"}', 0, true),
  ('acme-dental', 'hours', '{"open": false}', '{"say": "We are closed. For emergencies press 1.", "take_message": true}', 0, true),
  ('bella-salon', 'greeting', '{}', '{"say": "greeting_message"}', 0, true),
  ('bella-salon', 'routing', '{"intent": "booking"}', '{"book_via": "calendar", "services": ["cut", "colour", "blow-dry"]}', 0, true),
  ('bella-salon', 'transfer', '{"caller_asks_for": "stylist"}', '{"transfer_to": "+442079460201"}', 0, true),
  ('bella-salon', 'hours', '{"open": false}', '{"say": "The salon is closed, leave a message and we will call back.", "take_message": true}', 0, true);

-- Opening hours (local time of each phone number; 0 = Sunday) -------------------

insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
select 'acme-dental', d, shift.opens_at, shift.closes_at
  from generate_series(1, 5) d,
       (values (time '08:00', time '12:00'), (time '13:00', time '17:00')) shift(opens_at, closes_at)
union all
select 'acme-dental', 6, '09:00', '13:00'
union all
select 'bella-salon', d, '10:00', '19:00' from generate_series(2, 5) d
union all
select 'bella-salon', 6, '09:00', '17:00'
union all
-- Friday late opening, closing at 01:00 on Saturday.
select 'bella-salon', 5, '21:00', '01:00';

insert into public.business_closures (phone_id, starts_on, ends_on, reason) values
  ('acme-dental', '2026-11-26', '2026-11-27', 'Thanksgiving'),
  ('acme-dental', '2026-12-24', '2026-12-26', 'Christmas'),
  ('acme-dental', '2027-01-01', '2027-01-01', 'New Year''s Day'),
  ('bella-salon', '2026-12-25', '2026-12-26', 'Christmas and Boxing Day'),
  ('bella-salon', '2027-01-01', '2027-01-01', 'New Year''s Day');

-- Calls ---------------------------------------------------------------------------

select setseed(0.2026);

-- n = 1 is the newest call; one call per tenant is still ringing and one answered.
insert into public.calls (phone_id, call_sid, caller_number, status, duration, answered_at, ended_at,
                          recording_url, transcript, ai_summary, ai_confidence, created_at)
select t.phone_id, 'CA' || t.sid_prefix || lpad(g.n::text, 6, '0'),
       t.caller_prefix || lpad((floor(g.r_caller * t.callers))::int::text, t.caller_digits, '0'),
       k.status,
       coalesce(k.talk, 0),
       k.answered_at,
       k.ended_at,
       case when k.status = 'completed' then 'https://recordings.replytics.example/' || t.phone_id || '/' || g.n || '.mp3' end,
       case when k.status = 'completed' then 'Caller: ' || t.topics[1 + floor(g.r_topic * 4)::int] || E'\nReceptionist: ...' end,
       case when k.status = 'completed' then 'Caller asked about ' || t.topics[1 + floor(g.r_topic * 4)::int] || '.' end,
       case when k.status = 'completed' then round((0.60 + g.r_talk * 0.39)::numeric, 2) end,
       g.created_at
  from (values
    ('acme-dental', 'ACME', '+1415555', 2, 60, array['a cleaning appointment', 'a toothache', 'insurance coverage', 'opening hours']),
    ('bella-salon', 'BELL', '+44770090', 4, 80, array['a haircut booking', 'colour prices', 'cancelling an appointment', 'parking'])
  ) as t(phone_id, sid_prefix, caller_prefix, caller_digits, callers, topics)
  cross join lateral (
    select n, random() as r_caller, random() as r_status, random() as r_talk, random() as r_topic,
           date_trunc('second', now()) - (n - 1) * interval '150 minutes' - (random() * 120) * interval '1 minute'
             - case when n = 1 then interval '0' else interval '5 minutes' end as created_at
      from generate_series(1, 420) n
     where t.phone_id is not null
  ) g
  cross join lateral (
    select s.status,
           case when s.answered then g.created_at + interval '12 seconds' end as answered_at,
           case when s.status in ('completed', 'failed')
                then g.created_at + interval '12 seconds' + coalesce(s.talk, 18) * interval '1 second' end as ended_at,
           s.talk
      from (select case when g.n = 1 then 'ringing'::public.call_status
                        when g.n = 2 then 'answered'
                        when g.r_status < 0.78 then 'completed'
                        else 'failed' end as status,
                   g.n = 2 or (g.n > 2 and (g.r_status < 0.78 or g.r_status >= 0.90)) as answered,
                   case when g.n > 2 and (g.r_status < 0.78 or g.r_status >= 0.90)
                        then 20 + floor(g.r_talk * (case when g.r_status < 0.78 then 600 else 40 end))::int end as talk) s
  ) k;

-- Metadata and tags on three quarters of the answered calls.
insert into public.call_metadata (phone_id, call_id, metadata, custom_fields, tags)
select c.phone_id, c.id,
       jsonb_build_object('intent', (array['booking', 'question', 'emergency', 'billing'])[1 + floor(r1 * 4)::int],
                          'sentiment', (array['positive', 'neutral', 'negative'])[1 + floor(r2 * 3)::int],
                          'language', case when c.phone_id = 'bella-salon' then 'en-GB' else 'en-US' end),
       case when c.phone_id = 'acme-dental' then jsonb_build_object('patient', case when r3 < 0.3 then 'new' else 'existing' end)
            else '{}'::jsonb end,
       ((array['{booking}', '{booking,new-customer}', '{question}', '{urgent}',
               '{follow-up}', '{booking,follow-up}', '{vip}'])[1 + floor(r3 * 7)::int])::text[]
  from (select c.*, random() as r1, random() as r2, random() as r3, random() as r4
          from public.calls c where c.answered_at is not null order by c.phone_id, c.call_sid) c
 where c.r4 < 0.75;

-- Calls from 13 months ago, with metadata, for the archive to move.
insert into public.calls (phone_id, call_sid, caller_number, status, duration, answered_at, ended_at, created_at)
select p.phone_id, 'CA' || p.sid_prefix || 'OLD' || lpad(n::text, 3, '0'), p.caller, 'completed', 95,
       p.at + n * interval '1 day' + interval '10 seconds', p.at + n * interval '1 day' + interval '105 seconds',
       p.at + n * interval '1 day'
  from (values ('acme-dental', 'ACME', '+14155559001', date_trunc('hour', now()) - interval '13 months'),
               ('bella-salon', 'BELL', '+447700900999', date_trunc('hour', now()) - interval '13 months'))
       as p(phone_id, sid_prefix, caller, at),
       generate_series(1, 10) n;
insert into public.call_metadata (phone_id, call_id, metadata, tags)
select phone_id, id, '{"intent": "booking"}', '{booking}' from public.calls where call_sid like '%OLD%';

-- Conversation turns of each tenant's 40 newest completed calls and of the old
-- calls: a greeting, the caller's question, the receptionist's answer, on
-- every other call a tool turn (checking the calendar) and its outcome, a
-- goodbye. One acme-dental call mentions a flooded basement: search_calls
-- finds it by "basement" through its turns alone.
insert into public.call_turns (phone_id, call_id, sequence, offset_ms, speaker, content, tool_name, tool_arguments)
select c.phone_id, c.id, (row_number() over (partition by c.id order by t.sequence) - 1)::integer, t.offset_ms,
       t.speaker::public.turn_speaker, t.content, t.tool_name, t.tool_arguments
  from (select c.*, row_number() over (partition by c.phone_id order by c.created_at desc) as k
          from public.calls c where c.status = 'completed') c
 cross join lateral (
   select replace(c.transcript, E'Caller: ', '') as topic, c.k % 2 = 0 as books
 ) x
 cross join lateral (values
   (0, 0, 'system', 'Call connected to the receptionist.', null, null::jsonb),
   (1, 900, 'assistant', case when c.phone_id = 'bella-salon' then 'Hello, Bella Salon, how can I help?'
                             else 'Thank you for calling Acme Dental, how can I help you today?' end, null, null),
   (2, 5200, 'caller', 'Hi, I''m calling about ' || coalesce(split_part(x.topic, E'\n', 1), 'an appointment')
                       || case when c.phone_id = 'acme-dental' and c.k = 7 then '. Also my basement flooded, so I may be late.' else '.' end,
    null, null),
   (3, 9800, 'assistant', 'Of course. Let me look into that for you.', null, null),
   (4, 11200, 'tool', case when x.books then '{"slots": ["10:00", "14:30"]}' end,
    case when x.books then 'check_availability' end,
    case when x.books then jsonb_build_object('day', 'tomorrow', 'reason', split_part(x.topic, E'\n', 1)) end),
   (5, 14500, 'assistant', case when x.books then 'I have 10:00 or 14:30 tomorrow. Which suits you?'
                                else 'I have noted that, someone will call you back today.' end, null, null),
   (6, 21000, 'caller', 'Great, thank you. Goodbye!', null, null)
 ) as t(sequence, offset_ms, speaker, content, tool_name, tool_arguments)
 where (c.k <= 40 or c.call_sid like '%OLD%')
   and (t.speaker <> 'tool' or x.books);

select calls_archived, metadata_archived, turns_archived from private.archive_calls();

select private.refresh_phone_performance_summary();

-- Webhook events received for acme-dental: one processed, one waiting.
select public.record_webhook_event('acme-dental', 'twilio', 'EVSEED0001', 'call.completed', '{"CallStatus": "completed"}', null);
select public.record_webhook_event('acme-dental', 'google_calendar', 'EVSEED0002', 'event.updated', '{"status": "confirmed"}', null);
update public.webhook_events set status = 'processed', processed_at = now(), attempts = 1
 where phone_id = 'acme-dental' and provider_event_id = 'EVSEED0001';

-- API keys ------------------------------------------------------------------------

-- acme-dental's CRM reads its calls with an API key made by alice, the owner,
-- with the secret rk_DemoKeyForAcmeDentalCrmSyncReadsCallsOnly00 (written here
-- because this is local data; a real secret is shown once and never stored).
-- Only its SHA-256 is stored. As the service role:
--   select * from public.verify_api_key('rk_DemoKeyForAcmeDentalCrmSyncReadsCallsOnly00');
insert into public.api_keys (phone_id, id, name, prefix, scopes, created_by)
values ('acme-dental', '00000000-0000-4000-8000-0000000001f1', 'CRM sync', left('rk_DemoKeyForAcmeDentalCrmSyncReadsCallsOnly00', 11),
        '{calls:read}', '00000000-0000-4000-8000-0000000000a1')
on conflict do nothing;
insert into private.api_key_hashes (phone_id, key_id, secret_hash)
values ('acme-dental', '00000000-0000-4000-8000-0000000001f1',
        extensions.digest('rk_DemoKeyForAcmeDentalCrmSyncReadsCallsOnly00', 'sha256'))
on conflict do nothing;

-- Prompt templates ------------------------------------------------------------------
-- Versions are numbered by the database in the order inserted, per phone and
-- kind; a kind's first version is its active one. acme-dental's instructions
-- moved to version 2, and its holiday greeting (version 2) was tried and rolled
-- back to version 1; bella-salon has a draft system prompt (version 2) that is
-- not active.

insert into public.prompt_versions (phone_id, kind, body, note, created_by, created_at) values
  ('acme-dental', 'system_prompt',
   E'You are the virtual receptionist of Acme Dental Care in San Francisco.\n'
   'Be brief and friendly. Book, move and cancel appointments; answer questions about opening hours, '
   'location and insurance. Never give medical advice.',
   'First version', '00000000-0000-4000-8000-0000000000a1', now() - interval '40 days'),
  ('acme-dental', 'system_prompt',
   E'You are the virtual receptionist of Acme Dental Care in San Francisco.\n'
   'Be brief and friendly. Book, move and cancel appointments; answer questions about opening hours, '
   'location and insurance. Never give medical advice.\n'
   'If the caller is in pain or bleeding, offer to connect them to the on-call dentist at once.',
   'Offer the on-call dentist for emergencies', '00000000-0000-4000-8000-0000000000a2', now() - interval '12 days'),
  ('acme-dental', 'greeting',
   'Thank you for calling Acme Dental Care, this is the virtual receptionist. How can I help?',
   null, '00000000-0000-4000-8000-0000000000a1', now() - interval '40 days'),
  ('acme-dental', 'greeting',
   'Happy holidays from Acme Dental Care! This is the virtual receptionist. How can I help?',
   'Holiday greeting', '00000000-0000-4000-8000-0000000000a2', now() - interval '20 days'),
  ('acme-dental', 'after_hours',
   'Acme Dental Care is closed right now. I can book an appointment for you, or connect you to the on-call dentist for an emergency.',
   null, '00000000-0000-4000-8000-0000000000a1', now() - interval '40 days'),
  ('bella-salon', 'system_prompt',
   E'You are the receptionist of Bella Hair Salon in London.\n'
   'Book cuts, colour and blow-dries with the stylist the caller asks for; offer the next free slot otherwise.',
   'First version', '00000000-0000-4000-8000-0000000000b1', now() - interval '30 days'),
  ('bella-salon', 'system_prompt',
   E'You are the receptionist of Bella Hair Salon in London.\n'
   'Book cuts, colour and blow-dries with the stylist the caller asks for; offer the next free slot otherwise.\n'
   'Mention the new balayage service when a caller asks about colour.',
   'Draft: the new balayage service', '00000000-0000-4000-8000-0000000000b2', now() - interval '3 days'),
  ('bella-salon', 'greeting',
   'Hello, Bella Hair Salon. Would you like to book an appointment?',
   null, '00000000-0000-4000-8000-0000000000b1', now() - interval '30 days'),
  ('bella-salon', 'voicemail',
   'Please leave your name and number after the tone, and we will call you back.',
   null, '00000000-0000-4000-8000-0000000000b2', now() - interval '10 days');

-- Activated as the admin, then rolled back as the owner, through activate_prompt.
select set_config('request.jwt.claims', '{"role": "authenticated", "sub": "00000000-0000-4000-8000-0000000000a2"}', false);
select public.activate_prompt('acme-dental', 'system_prompt', 2);
select public.activate_prompt('acme-dental', 'greeting', 2);
select set_config('request.jwt.claims', '{"role": "authenticated", "sub": "00000000-0000-4000-8000-0000000000a1"}', false);
select public.activate_prompt('acme-dental', 'greeting', 1);
select set_config('request.jwt.claims', '', false);

-- An outbound campaign of acme-dental, paused part-way: weekday recall calls
-- 09:00-17:00 Los Angeles time, two at once, with contacts reached, failed,
-- waiting for a retry and not yet dialed (resume_campaign goes on with them).
-- Created three days ago, under way from two days ago; its contacts imported then.
insert into public.campaigns (phone_id, id, name, caller_id, window_start, window_end, window_days,
                              max_concurrent, retry_delay_minutes, status, created_by, created_at, started_at)
values ('acme-dental', '00000000-0000-4000-8000-00000000ca01', 'Six-month recall', '+14155550100', '09:00', '17:00',
        '{1,2,3,4,5}', 2, 120, 'paused', '00000000-0000-4000-8000-0000000000a1', now() - interval '3 days', now() - interval '2 days')
on conflict (phone_id, id) do nothing;
insert into public.campaign_contacts (phone_id, campaign_id, number, status, attempts, max_attempts, next_attempt_at,
                                      claimed_at, claimed_by, finished_at, last_call_sid, last_outcome, created_at)
select 'acme-dental', '00000000-0000-4000-8000-00000000ca01', c.number, c.status::public.campaign_contact_status, c.attempts, 3,
       case when c.status = 'pending' then now() + c.due end,
       case when c.attempts > 0 then now() - interval '1 day' end, case when c.attempts > 0 then 'seed-dialer' end,
       case when c.attempts > 0 then now() - interval '1 day' + interval '2 minutes' end,
       c.call_sid, c.outcome::public.campaign_call_outcome, now() - interval '2 days'
  from (values
    ('+14155557001', 'completed', 1, null::interval, 'CASEEDCAMPAIGN01', 'answered'),
    ('+14155557002', 'completed', 2, null, 'CASEEDCAMPAIGN02', 'voicemail'),
    ('+14155557003', 'failed', 1, null, 'CASEEDCAMPAIGN03', 'invalid_number'),
    ('+14155557004', 'pending', 1, interval '1 hour', 'CASEEDCAMPAIGN04', 'no_answer'),
    ('+14155557005', 'pending', 0, interval '0', null, null),
    ('+14155557006', 'pending', 0, interval '0', null, null)
  ) as c(number, status, attempts, due, call_sid, outcome)
on conflict (phone_id, campaign_id, number) do nothing;
-- Staff, rooms and appointments ---------------------------------------------------
-- acme-dental books its dentist and hygienist by person and longer treatments
-- by room; Room 2 is being refurbished (inactive). bella-salon has one stylist.
insert into public.resources (phone_id, id, name, kind, active) values
  ('acme-dental', '00000000-0000-4000-8000-000000000201', 'Dr Lee', 'staff', true),
  ('acme-dental', '00000000-0000-4000-8000-000000000202', 'Sam Ortiz', 'staff', true),
  ('acme-dental', '00000000-0000-4000-8000-000000000203', 'Room 1', 'room', true),
  ('acme-dental', '00000000-0000-4000-8000-000000000204', 'Room 2', 'room', false),
  ('bella-salon', '00000000-0000-4000-8000-000000000211', 'Mia', 'staff', true);

-- acme-dental's appointments fill the five weekdays it is open from four days
-- ago on (America/Los_Angeles), so the day and week screens have some, past
-- and coming, whatever the date: what is over is completed (one no-show),
-- what has begun is confirmed, the rest booked or confirmed. Adam booked them
-- in the app, except day 3 at 11:00, which the receptionist booked during the
-- newest call before it and synced to Google Calendar. Day 2 at 09:00 with
-- Dr Lee was canceled and the slot booked again. The Saturday from four days
-- ago on has one at 14:00, after closing time, booked with the override.
create temp table acme_open_days on commit drop as
select d.day, (row_number() over (order by d.day) - 1)::int as n
  from (select (now() at time zone 'America/Los_Angeles')::date - 4 + i as day from generate_series(0, 20) i) d
 where extract(isodow from d.day) between 1 and 5
   and not exists (select 1 from public.business_closures c
                    where c.phone_id = 'acme-dental' and d.day between c.starts_on and c.ends_on)
 order by d.day
 limit 5;

with slot (n, starts, minutes, resource, caller_number, caller_name, status, notes) as (values
  (0, time '09:00', 30, '00000000-0000-4000-8000-000000000201'::uuid, '+14155550131', 'Jordan Blake', null::public.appointment_status, null),
  (0, time '10:00', 60, '00000000-0000-4000-8000-000000000202'::uuid, '+14155550132', 'Priya Natarajan', null, 'Cleaning, sensitive gums.'),
  (1, time '08:30', 45, '00000000-0000-4000-8000-000000000201'::uuid, '+14155550133', 'Luis Romero', null, null),
  (1, time '14:00', 30, null, '+14155550134', null, 'no_show', null),
  (2, time '09:00', 30, '00000000-0000-4000-8000-000000000201'::uuid, '+14155550135', 'Ada Okafor', 'canceled', 'Canceled by phone.'),
  (2, time '09:00', 30, '00000000-0000-4000-8000-000000000201'::uuid, '+14155550136', 'Tom Becker', null, null),
  (2, time '13:00', 90, '00000000-0000-4000-8000-000000000203'::uuid, '+14155550137', 'Mei Chen', null, 'Crown fitting.'),
  (3, time '15:00', 60, '00000000-0000-4000-8000-000000000202'::uuid, '+14155550138', 'Sara Lind', null, null),
  (4, time '08:00', 30, '00000000-0000-4000-8000-000000000201'::uuid, '+14155550139', 'Noah Park', null, null),
  (4, time '16:00', 45, '00000000-0000-4000-8000-000000000202'::uuid, '+14155550140', null, null, null)
),
booked as (
  select s.*, (d.day + s.starts) at time zone 'America/Los_Angeles' as starts_at,
         (d.day + s.starts) at time zone 'America/Los_Angeles' + s.minutes * interval '1 minute' as ends_at
    from slot s join acme_open_days d on d.n = s.n
)
insert into public.appointments (phone_id, caller_number, caller_name, resource_id, starts_at, ends_at, status, notes, created_by)
select 'acme-dental', b.caller_number, b.caller_name, b.resource, b.starts_at, b.ends_at,
       case when b.status = 'canceled' then 'canceled'
            when b.ends_at <= now() then coalesce(b.status, 'completed')
            when b.starts_at <= now() then 'confirmed'
            when b.n % 2 = 0 then 'confirmed'
            else 'booked' end::public.appointment_status,
       b.notes, '00000000-0000-4000-8000-0000000000a2'
  from booked b
 order by b.starts_at, b.status nulls first;

insert into public.appointments (phone_id, caller_number, call_id, resource_id, starts_at, ends_at, status,
                                 provider, provider_event_id)
select 'acme-dental', c.caller_number, c.id, '00000000-0000-4000-8000-000000000201', b.starts_at,
       b.starts_at + interval '30 minutes',
       case when b.starts_at + interval '30 minutes' <= now() then 'completed'
            when b.starts_at <= now() then 'confirmed' else 'booked' end::public.appointment_status,
       'google_calendar', 'acme-evt-0001'
  from (select (d.day + time '11:00') at time zone 'America/Los_Angeles' as starts_at
          from acme_open_days d where d.n = 3) b
  cross join lateral (
    select c.id, c.caller_number from public.calls c
     where c.phone_id = 'acme-dental' and c.answered_at is not null and c.created_at < b.starts_at
     order by c.created_at desc limit 1
  ) c;

insert into public.appointments (phone_id, caller_number, caller_name, resource_id, starts_at, ends_at, status,
                                 outside_hours_override, notes, created_by)
select 'acme-dental', '+14155550141', 'Kim Alvarez', '00000000-0000-4000-8000-000000000201', s.starts_at,
       s.starts_at + interval '1 hour',
       case when s.starts_at + interval '1 hour' <= now() then 'completed'
            when s.starts_at <= now() then 'confirmed' else 'booked' end::public.appointment_status,
       true, 'Emergency extraction after closing time.', '00000000-0000-4000-8000-0000000000a2'
  from (select (d.day + time '14:00') at time zone 'America/Los_Angeles' as starts_at
          from (select (now() at time zone 'America/Los_Angeles')::date - 4 + i as day from generate_series(0, 6) i) d
         where extract(isodow from d.day) = 6) s;

-- bella-salon: one booking with Mia, the first Saturday after today.
insert into public.appointments (phone_id, caller_number, caller_name, resource_id, starts_at, ends_at, created_by)
select 'bella-salon', '+447700900123', 'Olivia Hart', '00000000-0000-4000-8000-000000000211', s.starts_at,
       s.starts_at + interval '45 minutes', '00000000-0000-4000-8000-0000000000b2'
  from (select (d.day + time '10:00') at time zone 'Europe/London' as starts_at
          from (select (now() at time zone 'Europe/London')::date + i as day from generate_series(1, 7) i) d
         where extract(isodow from d.day) = 6
           and not exists (select 1 from public.business_closures c
                            where c.phone_id = 'bella-salon' and d.day between c.starts_on and c.ends_on)) s;
