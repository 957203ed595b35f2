-- Outbound campaigns: admins create campaigns and import contacts, members
-- read them, nobody else does; the dialer (service role) is handed contacts
-- only while the campaign runs inside its window and the business is open,
-- never more than the campaign's and the phone's limits; a pause stops the
-- hand-out at once and resume continues where it stopped; finishing retries,
-- fails or completes contacts and completes the campaign; the counts add up.
begin;
select plan(71);

-- camp-a (America/Chicago, limit 4, open all week): owner ann, admin adam,
-- viewer vic. camp-b: owner bo.
select tests.create_phone('camp-a', '+15550008301', 'America/Chicago', 'Camp A');
select tests.create_phone('camp-b', '+15550008302', 'America/Chicago', 'Camp B');
select tests.add_member('camp-a', 'ann-owner', 'owner');
select tests.add_member('camp-a', 'adam-admin', 'admin');
select tests.add_member('camp-a', 'vic-viewer', 'viewer');
select tests.add_member('camp-b', 'bo-owner', 'owner');
update public.phone_numbers set max_concurrent_calls = 4 where id = 'camp-a';
insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
select 'camp-a', d, '00:00', '24:00' from generate_series(0, 6) d;

-- Main: at most 2 at once, 6 contacts of 2 attempts, retried after 30 minutes.
-- Second: running, at most 10 at once, 5 contacts. Both all day, every day.
insert into public.campaigns (phone_id, id, name, caller_id, window_start, window_end, max_concurrent, retry_delay_minutes, status) values
  ('camp-a', '00000000-0000-4000-8000-00000000c001', 'Main', '+15550008301', '00:00', '24:00', 2, 30, 'draft'),
  ('camp-a', '00000000-0000-4000-8000-00000000c002', 'Second', '+15550008301', '00:00', '24:00', 10, 30, 'running');

-- Who manages campaigns ------------------------------------------------------------------
select tests.authenticate_as('adam-admin');
select lives_ok(
  $$insert into public.campaigns (phone_id, name, caller_id, window_start, window_end, window_days, max_concurrent)
    values ('camp-a', 'Recall', '+15550008301', '09:00', '17:30', '{1,2,3,4,5}', 3)$$,
  'an admin creates a campaign');
select results_eq(
  $$select status::text, created_by from public.campaigns where phone_id = 'camp-a' and name = 'Recall'$$,
  $$select 'draft', tests.get_supabase_uid('adam-admin')$$,
  'it is a draft, created by the admin');
select throws_ok(
  $$insert into public.campaigns (phone_id, name, caller_id, window_start, window_end, status)
    values ('camp-a', 'Running already', '+15550008301', '09:00', '17:00', 'running')$$,
  '42501', 'permission denied for table campaigns', 'an admin cannot create a campaign in another status (42501)');
select throws_ok(
  $$update public.campaigns set status = 'running' where phone_id = 'camp-a' and name = 'Recall'$$,
  '42501', 'permission denied for table campaigns', 'an admin cannot set a status directly (42501)');
select throws_ok(
  $$update public.campaign_contacts set status = 'completed' where phone_id = 'camp-a'$$,
  '42501', 'permission denied for table campaign_contacts', 'an admin cannot write contacts directly (42501)');
select throws_ok(
  $$select public.claim_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c001', 1)$$,
  '42501', 'permission denied for function claim_campaign_contacts', 'an admin cannot claim contacts (42501)');
select throws_ok(
  $$select public.schedule_campaign('camp-a', (select id from public.campaigns where name = 'Recall'))$$,
  '55000', null, 'a campaign without contacts cannot be scheduled (55000)');
select throws_ok(
  $$select public.pause_campaign('camp-a', '00000000-0000-4000-8000-00000000c001')$$,
  '23514', 'campaign 00000000-0000-4000-8000-00000000c001 cannot change status from draft to paused',
  'pausing a draft is refused, naming the step');

select tests.authenticate_as('vic-viewer');
select is((select count(*)::int from public.campaigns), 3, 'the viewer reads camp-a''s three campaigns');
select throws_ok(
  $$insert into public.campaigns (phone_id, name, caller_id, window_start, window_end)
    values ('camp-a', 'Viewer''s', '+15550008301', '09:00', '17:00')$$,
  '42501', 'new row violates row-level security policy for table "campaigns"', 'a viewer cannot create a campaign');
select is_empty($$update public.campaigns set name = 'Renamed' where phone_id = 'camp-a' returning id$$,
  'a viewer changes no campaign');
select throws_ok(
  $$select * from public.import_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c001', '{+15550009001}')$$,
  '42501', 'only owners and admins of phone number camp-a may import campaign contacts', 'a viewer cannot import contacts');
select throws_ok(
  $$select public.cancel_campaign('camp-a', '00000000-0000-4000-8000-00000000c001')$$,
  '42501', 'only owners and admins of phone number camp-a may cancel campaigns', 'a viewer cannot cancel a campaign');

select tests.authenticate_as('bo-owner');
select is_empty($$select id from public.campaigns where phone_id = 'camp-a'$$, 'another phone''s owner sees no campaign of camp-a');
select throws_ok(
  $$select public.pause_campaign('camp-a', '00000000-0000-4000-8000-00000000c001')$$,
  '42501', 'only owners and admins of phone number camp-a may pause campaigns', 'nor pauses one');
select tests.authenticate_as_anon();
select throws_ok($$select 1 from public.campaigns$$, '42501', 'permission denied for table campaigns', 'anon reads no campaign');

-- Values, by name
select tests.authenticate_as('ann-owner');
select throws_ok(
  $$insert into public.campaigns (phone_id, name, caller_id, window_start, window_end) values ('camp-a', 'Bad', '415-555-0100', '09:00', '17:00')$$,
  '23514', 'new row for relation "campaigns" violates check constraint "campaigns_caller_id_e164"', 'a caller id that is not E.164 is refused by name');
select throws_ok(
  $$insert into public.campaigns (phone_id, name, caller_id, window_start, window_end) values ('camp-a', 'Bad', '+15550008301', '17:00', '09:00')$$,
  '23514', 'new row for relation "campaigns" violates check constraint "campaigns_window_ordered"', 'a window ending before it starts is refused by name');
select throws_ok(
  $$insert into public.campaigns (phone_id, name, caller_id, window_start, window_end, window_days) values ('camp-a', 'Bad', '+15550008301', '09:00', '17:00', '{1,1,7}')$$,
  '23514', 'new row for relation "campaigns" violates check constraint "campaigns_window_days_valid"', 'weekdays out of range or repeated are refused by name');
select throws_ok(
  $$insert into public.campaigns (phone_id, name, caller_id, window_start, window_end, max_concurrent) values ('camp-a', 'Bad', '+15550008301', '09:00', '17:00', 1001)$$,
  '23514', 'new row for relation "campaigns" violates check constraint "campaigns_max_concurrent_range"', 'more than 1000 at once is refused by name');
select throws_ok(
  $$insert into public.campaigns (phone_id, name, caller_id, window_start, window_end) values ('camp-a', E' \u200B', '+15550008301', '09:00', '17:00')$$,
  '23514', 'new row for relation "campaigns" violates check constraint "campaigns_name_not_blank"', 'a blank name is refused by name');

-- Import --------------------------------------------------------------------------------
select results_eq(
  $$select * from public.import_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c001',
      '{+15550009001,+15550009002,+15550009003,+15550009001,+15550009004,+15550009005,+15550009006}', 2)$$,
  $$values (7, 6, 1)$$, 'an owner imports 7 numbers: 6 contacts, 1 duplicate within the list');
select results_eq(
  $$select * from public.import_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c001', '{+15550009006,+15550009001}')$$,
  $$values (2, 0, 2)$$, 'numbers already in the campaign are skipped as duplicates');
select throws_ok(
  $$select * from public.import_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c001', '{+15550009007,5550009008}')$$,
  '23514', 'new row for relation "campaign_contacts" violates check constraint "campaign_contacts_number_e164"',
  'a malformed number refuses the whole list by name');
select throws_ok(
  $$select * from public.import_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c001',
      array(select '+1555' || lpad(g::text, 7, '0') from generate_series(1, 10001) g))$$,
  '54000', 'at most 10000 numbers per import, got 10001', 'more than 10,000 numbers in one call are refused (54000)');
select results_eq(
  $$select * from public.import_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c002',
      '{+15550009101,+15550009102,+15550009103,+15550009104,+15550009105}')$$,
  $$values (5, 5, 0)$$, 'Second gets 5 contacts');
select results_eq(
  $$select status::text, attempts, max_attempts, next_attempt_at = now() from public.campaign_contacts
     where phone_id = 'camp-a' and number = '+15550009001'$$,
  $$values ('pending', 0, 2, true)$$, 'an imported contact is pending, due now, with the attempts asked for');

-- Scheduling and the first hand-outs ----------------------------------------------------
select is((public.schedule_campaign('camp-a', '00000000-0000-4000-8000-00000000c001')).status::text, 'scheduled', 'the owner schedules Main');
select tests.authenticate_as_service_role();
create temporary table handed (round text, id uuid, number text);
grant all on handed to service_role;
insert into handed select 'first', id, number from public.claim_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c001', 5, 'dialer-1');
select is((select count(*)::int from handed where round = 'first'), 2, 'asked for 5, the dialer gets Main''s max_concurrent: 2');
select results_eq(
  $$select status::text, started_at = now() from public.campaigns where phone_id = 'camp-a' and id = '00000000-0000-4000-8000-00000000c001'$$,
  $$values ('running', true)$$, 'the first hand-out starts the scheduled campaign');
select results_eq(
  $$select distinct status::text, attempts, claimed_by, next_attempt_at from public.campaign_contacts k join handed h using (id)$$,
  $$values ('dialing', 1, 'dialer-1', null::timestamptz)$$, 'handed out contacts are dialing, their attempt counted');
select is_empty($$select * from public.claim_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c001', 5)$$,
  'with 2 dialing, Main hands out nothing more');

-- The phone's limit (4) across campaigns and calls.
select is((public.claim_call_slot('camp-a', 'CAinbound1')).call_sid, 'CAinbound1', 'an inbound call is admitted: 2 dialing + 1 live');
select is((select count(*)::int from public.claim_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c002', 5)), 1,
  'Second (max 10) gets the one call the phone has left: 4 - 1 live - 2 dialing');
select throws_ok($$select public.claim_call_slot('camp-a', 'CAinbound2')$$, '53400', 'phone number camp-a has 4 calls in progress, its limit',
  'the next inbound call is refused: dialing contacts count as calls in progress');
select is_empty($$select * from public.claim_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c002', 5)$$,
  'and Second gets nothing more');
select is(public.release_call_slot('camp-a', 'CAinbound1'), true, 'the inbound call ends');
select throws_ok($$select * from public.claim_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c002', 0)$$,
  '22023', 'n must be 1 to 1000, got 0', 'n is 1 to 1000');

-- Finishing ------------------------------------------------------------------------------
select results_eq(
  format($$select status::text, last_outcome::text, last_call_sid from public.finish_campaign_contact('camp-a', %L, 'answered', 'CAout1')$$,
         (select id from handed where round = 'first' order by number limit 1)),
  $$values ('completed', 'answered', 'CAout1')$$, 'an answered call completes its contact');
select results_eq(
  format($$select status::text, attempts, next_attempt_at = now() + interval '30 minutes' from public.finish_campaign_contact('camp-a', %L, 'no_answer', 'CAout2')$$,
         (select id from handed where round = 'first' order by number desc limit 1)),
  $$values ('pending', 1, true)$$, 'an unanswered call with attempts left is retried after the campaign''s delay');
select results_eq(
  format($$select status::text from public.finish_campaign_contact('camp-a', %L, 'answered', 'CAout1')$$,
         (select id from handed where round = 'first' order by number limit 1)),
  $$values ('completed')$$, 'a repeated report of the same call changes nothing');
select throws_ok(
  format($$select public.finish_campaign_contact('camp-a', %L, 'busy', 'CAout9')$$, (select id from handed where round = 'first' order by number limit 1)),
  '55000', null, 'another report for a contact that is not dialing is refused (55000)');

-- Pause and resume ---------------------------------------------------------------------
select tests.authenticate_as('adam-admin');
select is((public.pause_campaign('camp-a', '00000000-0000-4000-8000-00000000c001')).status::text, 'paused', 'the admin pauses Main');
select is((public.pause_campaign('camp-a', '00000000-0000-4000-8000-00000000c001')).status::text, 'paused', 'pausing again changes nothing');
select tests.authenticate_as_service_role();
select is_empty($$select * from public.claim_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c001', 5)$$,
  'a paused campaign hands out nothing, though it has room and due contacts');
select tests.authenticate_as('adam-admin');
select is((public.resume_campaign('camp-a', '00000000-0000-4000-8000-00000000c001')).status::text, 'running', 'the admin resumes Main');
select tests.authenticate_as_service_role();
insert into handed select 'resumed', id, number from public.claim_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c001', 5);
select results_eq(
  $$select k.attempts, h.id in (select id from handed where round = 'first')
      from handed h join public.campaign_contacts k using (id) where h.round = 'resumed'$$,
  $$values (1, false), (1, false)$$,
  'resumed, it hands out contacts never dialed: not the completed one, not the retry before it is due');
select is((select count(*)::int from handed where round = 'resumed'), 2, 'two of them, its limit');

-- The window and the business hours --------------------------------------------------
-- How many contacts a claim of one would hand out now, the hand-out undone
-- (a subtransaction), so each refusal below is tried with room and due contacts.
create function pg_temp.claimable(phone_id text, campaign_id uuid) returns integer
language plpgsql as $$
declare
  n integer;
begin
  select count(*) into n from public.claim_campaign_contacts(phone_id, campaign_id, 1);
  raise exception using errcode = 'P0004', message = n::text;
exception when sqlstate 'P0004' then
  return sqlerrm::integer;
end;
$$;
select tests.clear_authentication();
update public.campaign_contacts set status = 'completed', finished_at = claimed_at
 where phone_id = 'camp-a' and id in (select id from handed where round = 'resumed');
update public.campaigns set window_days = array(select d::smallint from generate_series(0, 6) d
                                                  where d <> extract(dow from now() at time zone 'America/Chicago'))
 where phone_id = 'camp-a' and id = '00000000-0000-4000-8000-00000000c001';
select tests.authenticate_as_service_role();
select is(pg_temp.claimable('camp-a', '00000000-0000-4000-8000-00000000c001'), 0,
  'nothing on a weekday outside the window (in the phone''s time zone)');
select tests.clear_authentication();
update public.campaigns set window_days = null,
       (window_start, window_end) = (select case when (now() at time zone 'America/Chicago')::time < '12:00' then '12:00'::time else '00:00' end,
                                            case when (now() at time zone 'America/Chicago')::time < '12:00' then '24:00'::time else '12:00' end)
 where phone_id = 'camp-a' and id = '00000000-0000-4000-8000-00000000c001';
select tests.authenticate_as_service_role();
select is(pg_temp.claimable('camp-a', '00000000-0000-4000-8000-00000000c001'), 0,
  'nothing outside the daily hours of the window');
select tests.clear_authentication();
update public.campaigns set window_start = '00:00', window_end = '24:00', starts_on = (now() at time zone 'America/Chicago')::date + 1
 where phone_id = 'camp-a' and id = '00000000-0000-4000-8000-00000000c001';
select tests.authenticate_as_service_role();
select is(pg_temp.claimable('camp-a', '00000000-0000-4000-8000-00000000c001'), 0,
  'nothing before the first date');
select tests.clear_authentication();
update public.campaigns set starts_on = null, ends_on = (now() at time zone 'America/Chicago')::date - 1
 where phone_id = 'camp-a' and id = '00000000-0000-4000-8000-00000000c001';
select tests.authenticate_as_service_role();
select is(pg_temp.claimable('camp-a', '00000000-0000-4000-8000-00000000c001'), 0,
  'nothing after the last date');
select tests.clear_authentication();
update public.campaigns set ends_on = null where phone_id = 'camp-a' and id = '00000000-0000-4000-8000-00000000c001';
insert into public.business_closures (phone_id, starts_on, ends_on, reason)
values ('camp-a', (now() at time zone 'America/Chicago')::date - 1, (now() at time zone 'America/Chicago')::date, 'Inventory');
select tests.authenticate_as_service_role();
select is(pg_temp.claimable('camp-a', '00000000-0000-4000-8000-00000000c001'), 0,
  'nothing while the business is closed (is_open), inside the window');
select tests.clear_authentication();
delete from public.business_closures where phone_id = 'camp-a';
select tests.authenticate_as_service_role();
select is(pg_temp.claimable('camp-a', '00000000-0000-4000-8000-00000000c001'), 1,
  'open again and inside the window, the same claim hands out a contact');
insert into handed select 'reopened', id, number from public.claim_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c001', 1);

-- Counts add up, and the campaign completes ---------------------------------------------
select results_eq(
  $$select pending, dialing, completed, failed, skipped, total from public.campaign_progress('camp-a', '{00000000-0000-4000-8000-00000000c001}')$$,
  $$values (2::bigint, 1::bigint, 3::bigint, 0::bigint, 0::bigint, 6::bigint)$$,
  'Main: 2 pending (the retry and one never dialed), 1 dialing, 3 completed, 6 in all');
select results_eq(
  $$select campaign_id, pending + dialing + completed + failed + skipped = total from public.campaign_progress('camp-a')$$,
  $$select id, true from public.campaigns where phone_id = 'camp-a' order by id$$,
  'every campaign''s counts add up to its total, campaigns without contacts included');
select results_eq(
  $$select status::text, count(*)::bigint from public.campaign_contacts where phone_id = 'camp-a' and campaign_id = '00000000-0000-4000-8000-00000000c002' group by 1 order by 1$$,
  $$select s, n from public.campaign_progress('camp-a', '{00000000-0000-4000-8000-00000000c002}') p,
       lateral (values ('pending', p.pending), ('dialing', p.dialing)) v(s, n) where n > 0 order by 1$$,
  'Second''s progress is what its contacts say');
select is((public.finish_campaign_contact('camp-a', (select id from handed where round = 'reopened'), 'invalid_number', 'CAout3')).status::text,
  'failed', 'an invalid number fails its contact at once, attempts left or not');
select tests.clear_authentication();
update public.campaign_contacts set next_attempt_at = now()
 where phone_id = 'camp-a' and campaign_id = '00000000-0000-4000-8000-00000000c001' and status = 'pending';
select tests.authenticate_as_service_role();
insert into handed select 'retry', id, number from public.claim_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c001', 5);
select results_eq($$select k.attempts from handed h join public.campaign_contacts k using (id) where h.round = 'retry' order by 1$$,
  $$values (1), (2)$$, 'once due, the retry is handed out for its second attempt, with the last contact never dialed');
select is((public.finish_campaign_contact('camp-a', (select h.id from handed h join public.campaign_contacts k using (id)
                                                      where h.round = 'retry' and k.attempts = 1), 'voicemail', 'CAout4')).status::text,
  'completed', 'a voicemail completes the contact');
select is((select status::text from public.campaigns where phone_id = 'camp-a' and id = '00000000-0000-4000-8000-00000000c001'), 'running',
  'while a contact is dialing, the campaign runs on');
select is((public.finish_campaign_contact('camp-a', (select h.id from handed h join public.campaign_contacts k using (id)
                                                      where h.round = 'retry' and k.attempts = 2), 'busy', 'CAout5')).status::text,
  'failed', 'unanswered again with no attempt left, the retry fails');
select results_eq(
  $$select status::text, finished_at = now() from public.campaigns where phone_id = 'camp-a' and id = '00000000-0000-4000-8000-00000000c001'$$,
  $$values ('completed', true)$$, 'with no contact left to dial, the last finish completes the campaign');
select results_eq(
  $$select pending, dialing, completed, failed, total from public.campaign_progress('camp-a', '{00000000-0000-4000-8000-00000000c001}')$$,
  $$values (0::bigint, 0::bigint, 4::bigint, 2::bigint, 6::bigint)$$, 'Main ends with 4 completed and 2 failed of 6');

-- Canceling, and claims left behind ----------------------------------------------------
select tests.authenticate_as('ann-owner');
select is((public.cancel_campaign('camp-a', '00000000-0000-4000-8000-00000000c002')).status::text, 'canceled', 'the owner cancels Second');
select results_eq(
  $$select status::text, count(*)::int from public.campaign_contacts where phone_id = 'camp-a' and campaign_id = '00000000-0000-4000-8000-00000000c002' group by 1 order by 1$$,
  $$values ('dialing', 1), ('skipped', 4)$$, 'its pending contacts are skipped; the one dialing is left to finish');
select throws_ok(
  $$select * from public.import_campaign_contacts('camp-a', '00000000-0000-4000-8000-00000000c002', '{+15550009106}')$$,
  '55000', 'campaign 00000000-0000-4000-8000-00000000c002 is canceled: no contacts can be added', 'a canceled campaign takes no contacts');
select tests.authenticate_as_service_role();
select is(
  (public.finish_campaign_contact('camp-a', (select id from public.campaign_contacts where campaign_id = '00000000-0000-4000-8000-00000000c002' and status = 'dialing'),
                                  'no_answer', 'CAout6')).status::text,
  'skipped', 'an unanswered call of a canceled campaign is not retried: skipped');

select tests.clear_authentication();
insert into public.campaigns (phone_id, id, name, caller_id, window_start, window_end, status) values
  ('camp-a', '00000000-0000-4000-8000-00000000c003', 'Crashed', '+15550008301', '00:00', '24:00', 'running');
insert into public.campaign_contacts (phone_id, campaign_id, number, status, attempts, max_attempts, next_attempt_at, claimed_at, created_at) values
  ('camp-a', '00000000-0000-4000-8000-00000000c003', '+15550009201', 'dialing', 1, 3, null, now() - interval '2 hours', now() - interval '3 hours'),
  ('camp-a', '00000000-0000-4000-8000-00000000c003', '+15550009202', 'dialing', 3, 3, null, now() - interval '2 hours', now() - interval '3 hours'),
  ('camp-a', '00000000-0000-4000-8000-00000000c003', '+15550009203', 'dialing', 1, 3, null, now() - interval '5 minutes', now() - interval '3 hours');
select is(private.release_stale_campaign_contacts(), 2, 'contacts dialing for more than an hour are released');
select results_eq(
  $$select number, status::text from public.campaign_contacts where campaign_id = '00000000-0000-4000-8000-00000000c003' order by 1$$,
  $$values ('+15550009201', 'pending'), ('+15550009202', 'failed'), ('+15550009203', 'dialing')$$,
  'pending again with attempts left, failed without; a recent claim is kept');
select is((select count(*)::int from cron.job where jobname = 'release-stale-campaign-contacts'), 1, 'pg_cron releases them every minute');

select * from finish();
rollback;
