-- The dialer honours opt-outs: claim_campaign_contacts skips (status
-- skipped, no attempt counted) the due contacts whose number opted out in the
-- phone's caller directory, still hands out as many others as it may, lets an
-- opt-out of another phone or one lifted again be dialed, completes a
-- campaign the skips leave with nothing to dial, and skips the retry of a
-- contact who opted out between attempts.
begin;
select plan(10);

-- skip-a (UTC, open all week, limit 10). Callers: three who called skip-a,
-- two of whom opted out; one who opted out of skip-b only.
select tests.create_phone('skip-a', '+15550008401', 'UTC');
select tests.create_phone('skip-b', '+15550008402', 'UTC');
update public.phone_numbers set max_concurrent_calls = 10 where id = 'skip-a';
insert into public.business_hours (phone_id, day_of_week, opens_at, closes_at)
select 'skip-a', d, '00:00', '24:00' from generate_series(0, 6) d;
insert into public.calls (phone_id, call_sid, caller_number, created_at) values
  ('skip-a', 'CAskip1', '+13125550401', now() - interval '3 days'),
  ('skip-a', 'CAskip2', '+13125550402', now() - interval '3 days'),
  ('skip-a', 'CAskip3', '+13125550403', now() - interval '3 days'),
  ('skip-b', 'CAskip4', '+13125550404', now() - interval '3 days');
update public.callers set opted_out = true
 where (phone_id, caller_number) in (('skip-a', '+13125550401'), ('skip-a', '+13125550402'), ('skip-b', '+13125550404'));

-- Running all day: six contacts, due in this order, at most 2 at once.
insert into public.campaigns (phone_id, id, name, caller_id, window_start, window_end, max_concurrent, retry_delay_minutes, status)
values ('skip-a', '00000000-0000-4000-8000-00000000d001', 'Recall', '+15550008401', '00:00', '24:00', 2, 1, 'running');
insert into public.campaign_contacts (phone_id, campaign_id, number, next_attempt_at, max_attempts)
select 'skip-a', '00000000-0000-4000-8000-00000000d001', c.number, now() - make_interval(mins => 10 - c.n), 2
  from (values (1, '+13125550401'), (2, '+13125550402'), (3, '+13125550403'), (4, '+13125550404'),
               (5, '+13125550405'), (6, '+13125550406')) c(n, number);

select tests.authenticate_as_service_role();
select results_eq(
  $$select number from public.claim_campaign_contacts('skip-a', '00000000-0000-4000-8000-00000000d001', 2) order by number$$,
  $$values ('+13125550403'), ('+13125550404')$$,
  'the two first due contacts opted out: skipped, and the next two are handed out'
);
select results_eq(
  $$select number, status::text, attempts, next_attempt_at, finished_at = now() from public.campaign_contacts
     where phone_id = 'skip-a' and status = 'skipped' order by number$$,
  $$values ('+13125550401', 'skipped', 0, null::timestamptz, true), ('+13125550402', 'skipped', 0, null::timestamptz, true)$$,
  'the opted-out contacts are skipped, finished now, with no attempt counted'
);
select is(
  (select status::text from public.campaign_contacts where phone_id = 'skip-a' and number = '+13125550404'),
  'dialing', 'an opt-out on another phone''s directory does not stop this phone''s campaign'
);

-- +13125550403 opts out while dialing: its call finishes as reported, its retry is skipped.
select tests.clear_authentication();
update public.callers set opted_out = true where phone_id = 'skip-a' and caller_number = '+13125550403';
select tests.authenticate_as_service_role();
select results_eq(
  $$select status::text from public.finish_campaign_contact('skip-a',
      (select id from public.campaign_contacts where phone_id = 'skip-a' and number = '+13125550403'), 'no_answer')$$,
  $$values ('pending')$$,
  'a contact dialing when it opted out finishes as reported (pending for its retry)'
);
select results_eq(
  $$select number from public.claim_campaign_contacts('skip-a', '00000000-0000-4000-8000-00000000d001', 2) order by number$$,
  $$values ('+13125550405')$$,
  'one place is free: the next contact is handed out'
);
-- Its retry comes due, before the last contact.
select tests.clear_authentication();
update public.campaign_contacts set next_attempt_at = now() - interval '20 minutes'
 where phone_id = 'skip-a' and number = '+13125550403';
select tests.authenticate_as_service_role();
select from public.finish_campaign_contact('skip-a',
  (select id from public.campaign_contacts where phone_id = 'skip-a' and number = '+13125550404'), 'answered');
select results_eq(
  $$select number from public.claim_campaign_contacts('skip-a', '00000000-0000-4000-8000-00000000d001', 2) order by number$$,
  $$values ('+13125550406')$$,
  'the retry of the contact who opted out between attempts is skipped; the last contact is handed out'
);
select is(
  (select status::text || '/' || attempts from public.campaign_contacts where phone_id = 'skip-a' and number = '+13125550403'),
  'skipped/1', 'the retry is skipped, its one attempt kept'
);

-- An opt-out lifted: dialed again. A campaign whose only contact opted out:
-- the skip leaves it nothing to dial, and completes it.
select tests.clear_authentication();
update public.callers set opted_out = false where phone_id = 'skip-a' and caller_number = '+13125550402';
insert into public.campaigns (phone_id, id, name, caller_id, window_start, window_end, max_concurrent, status) values
  ('skip-a', '00000000-0000-4000-8000-00000000d002', 'Follow-up', '+15550008401', '00:00', '24:00', 5, 'running'),
  ('skip-a', '00000000-0000-4000-8000-00000000d003', 'Only opted out', '+15550008401', '00:00', '24:00', 5, 'scheduled');
insert into public.campaign_contacts (phone_id, campaign_id, number) values
  ('skip-a', '00000000-0000-4000-8000-00000000d002', '+13125550402'),
  ('skip-a', '00000000-0000-4000-8000-00000000d002', '+13125550401'),
  ('skip-a', '00000000-0000-4000-8000-00000000d003', '+13125550401');
select tests.authenticate_as_service_role();
select results_eq(
  $$select number from public.claim_campaign_contacts('skip-a', '00000000-0000-4000-8000-00000000d002', 5)$$,
  $$values ('+13125550402')$$,
  'a number whose opt-out was lifted is dialed again; the one still opted out is skipped'
);
select is_empty(
  $$select from public.claim_campaign_contacts('skip-a', '00000000-0000-4000-8000-00000000d003', 5)$$,
  'a campaign whose only contact opted out hands out nothing'
);
select is(
  (select status::text from public.campaigns where phone_id = 'skip-a' and id = '00000000-0000-4000-8000-00000000d003'),
  'completed', 'and the skip completes it (scheduled, started and completed: nothing is left to dial)'
);

select * from finish();
rollback;
