-- private.archive_calls() moves the calls older than the retention period
-- (365 days), with their metadata, out of calls into the archive in batches:
-- exactly the due calls, every column value kept, archived_at stamped, a rerun
-- moves only what is left, and no daily statistic changes (they count
-- archived calls). The service role can read what was archived.
begin;
select plan(25);

select tests.create_phone('stats-a', '+15550004001', 'America/New_York', 'Stats A Dental');

-- Calls already due elsewhere (supabase/seed.sql has none) are archived
-- first, so the counts the runs below report are this file's calls only.
do $$ begin perform private.archive_calls(p_batch_size => 100000); end $$;

-- Five calls of stats-a are due (400 to 404 days old, and one a minute past
-- the 365-day cutoff), three of them with metadata. Two recent calls with
-- metadata stay, one of them an hour short of the cutoff.
insert into public.calls (phone_id, call_sid, caller_number, status, created_at, answered_at, ended_at, duration,
                          recording_url, transcript, ai_summary, ai_confidence)
values
  ('stats-a', 'CSO01', '+15550004101', 'completed', now() - interval '404 days',
   now() - interval '404 days' + interval '4 seconds', now() - interval '404 days' + interval '184 seconds', 180,
   'https://recordings.example/CSO01.mp3', 'Hello, I would like to book a cleaning.', 'Booked a cleaning.', 0.87),
  ('stats-a', 'CSO02', '+15550004102', 'failed', now() - interval '403 days',
   null, now() - interval '403 days' + interval '20 seconds', 0, null, null, null, null),
  ('stats-a', 'CSO03', '+15550004101', 'completed', now() - interval '402 days',
   now() - interval '402 days' + interval '2 seconds', now() - interval '402 days' + interval '62 seconds', 60,
   null, 'Short call.', null, 0.40),
  ('stats-a', 'CSO04', '+15550004106', 'completed', now() - interval '400 days',
   now() - interval '400 days' + interval '2 seconds', now() - interval '400 days' + interval '12 seconds', 10,
   null, null, null, null),
  ('stats-a', 'CSO05', '+15550004106', 'failed', now() - interval '365 days 1 minute',
   now() - interval '365 days 1 minute' + interval '1 second', now() - interval '365 days 1 minute' + interval '6 seconds', 5,
   null, null, null, 1.00),
  ('stats-a', 'CSR01', '+15550004107', 'completed', now() - interval '364 days 23 hours',
   now() - interval '364 days 23 hours' + interval '1 second', now() - interval '364 days 23 hours' + interval '31 seconds', 30,
   null, null, null, null),
  ('stats-a', 'CSR02', '+15550004107', 'completed', now() - interval '10 days',
   now() - interval '10 days' + interval '1 second', now() - interval '10 days' + interval '51 seconds', 50,
   null, null, null, 0.95);
insert into public.call_metadata (phone_id, call_id, metadata, custom_fields, tags)
select c.phone_id, c.id, m.metadata::jsonb, m.custom_fields::jsonb, m.tags::text[]
  from (values ('CSO01', '{"intent": "booking", "patient": {"new": true}}', '{"chair": 3}', '{vip,cleaning}'),
               ('CSO03', '{"intent": "question"}', '{}', '{}'),
               ('CSO05', '{"intent": "emergency"}', '{"callback": "+15550004106"}', '{urgent}'),
               ('CSR01', '{"intent": "billing"}', '{}', '{billing}'),
               ('CSR02', '{"intent": "booking"}', '{}', '{}')) m(sid, metadata, custom_fields, tags)
  join public.calls c on c.phone_id = 'stats-a' and c.call_sid = m.sid;

create temp table call_before as select * from public.calls where phone_id = 'stats-a' and call_sid = 'CSO01';
create temp table metadata_before as
select m.* from public.call_metadata m join public.calls c on c.phone_id = m.phone_id and c.id = m.call_id
 where c.phone_id = 'stats-a' and c.call_sid = 'CSO01';
create temp table stats_before_archive as
select phone_id, day, total_calls, answered_calls, completed_calls, failed_calls, total_duration,
       average_duration, unique_callers
  from public.daily_call_stats where phone_id = 'stats-a';
select * from tests.daily_call_stats_match(array['stats-a'], 'after inserting calls due for the archive');

select lives_ok(
  $$create temp table archive_run_1 as select * from private.archive_calls(p_batch_size => 3)$$,
  'a first run of archive_calls with a batch size of 3 succeeds'
);
select results_eq(
  $$select calls_archived, cutoff from archive_run_1$$,
  $$values (3::bigint, now() - interval '365 days')$$,
  'the first run moves exactly 3 calls (the batch size) and reports the cutoff now() - 365 days'
);
select results_eq(
  $$select metadata_archived from archive_run_1$$,
  $$select count(*) from private.call_metadata_archive where phone_id = 'stats-a'$$,
  'the first run reports as many metadata rows as it archived'
);
select results_eq(
  $$select (select count(*)::integer from private.calls_archive where phone_id = 'stats-a'),
           (select count(*)::integer from public.calls where phone_id = 'stats-a' and call_sid like 'CSO%')$$,
  $$values (3, 2)$$,
  'after the first run 3 old calls are in the archive and 2 still in calls'
);
select lives_ok(
  $$create temp table archive_run_2 as select * from private.archive_calls(p_batch_size => 3)$$,
  'a second run of archive_calls succeeds'
);
select results_eq(
  $$select calls_archived, metadata_archived + (select metadata_archived from archive_run_1) from archive_run_2$$,
  $$values (2::bigint, 3::bigint)$$,
  'the second run moves the 2 remaining old calls; the two runs moved the 3 metadata rows'
);
select lives_ok(
  $$create temp table archive_run_3 as select * from private.archive_calls(p_batch_size => 3)$$,
  'a third run of archive_calls succeeds'
);
select results_eq(
  $$select calls_archived, metadata_archived from archive_run_3$$,
  $$values (0::bigint, 0::bigint)$$,
  'a run with nothing due moves nothing (idempotent)'
);
select results_eq(
  $$select call_sid from private.calls_archive where phone_id = 'stats-a' order by 1$$,
  $$values ('CSO01'), ('CSO02'), ('CSO03'), ('CSO04'), ('CSO05')$$,
  'exactly the calls older than 365 days are archived'
);
select is_empty(
  $$select c.id from public.calls c where c.created_at < now() - interval '365 days'$$,
  'no call older than the cutoff is left in calls'
);
select results_eq(
  $$select call_sid from public.calls where phone_id = 'stats-a' and call_sid in ('CSR01', 'CSR02') order by 1$$,
  $$values ('CSR01'), ('CSR02')$$,
  'recent calls, including one an hour short of the cutoff, stay in calls'
);
select is_empty(
  $$select c.id from public.calls c join private.calls_archive a using (phone_id, id)$$,
  'no call is both in calls and in the archive'
);
select is(
  (select to_jsonb(a) - 'archived_at' from private.calls_archive a where a.phone_id = 'stats-a' and a.call_sid = 'CSO01'),
  (select to_jsonb(b) from call_before b),
  'an archived call keeps every column value it had in calls'
);
select results_eq(
  $$select ai_confidence, recording_url, archived_at from private.calls_archive where phone_id = 'stats-a' and call_sid = 'CSO01'$$,
  $$values (0.87::numeric(3, 2), 'https://recordings.example/CSO01.mp3', now())$$,
  'the archived call keeps ai_confidence and recording_url and is stamped archived_at = now()'
);
select is(
  (select to_jsonb(m) - 'archived_at' from private.call_metadata_archive m
     join private.calls_archive a on a.phone_id = m.phone_id and a.id = m.call_id
    where a.phone_id = 'stats-a' and a.call_sid = 'CSO01'),
  (select to_jsonb(b) from metadata_before b),
  'archived metadata keeps every column value it had in call_metadata'
);
select results_eq(
  $$select a.call_sid, m.archived_at from private.call_metadata_archive m
     join private.calls_archive a on a.phone_id = m.phone_id and a.id = m.call_id
    where m.phone_id = 'stats-a' order by 1$$,
  $$values ('CSO01', now()), ('CSO03', now()), ('CSO05', now())$$,
  'the metadata of exactly the archived calls moved with them'
);
select results_eq(
  $$select c.call_sid from public.call_metadata m join public.calls c on c.phone_id = m.phone_id and c.id = m.call_id
     where m.phone_id = 'stats-a' order by 1$$,
  $$values ('CSR01'), ('CSR02')$$,
  'call_metadata keeps the metadata of the recent calls only'
);
select results_eq(
  $$select phone_id, day, total_calls, answered_calls, completed_calls, failed_calls, total_duration,
           average_duration, unique_callers
      from public.daily_call_stats where phone_id = 'stats-a' order by 1, 2$$,
  $$select * from stats_before_archive order by 1, 2$$,
  'archiving changes no daily statistic'
);
select * from tests.daily_call_stats_match(array['stats-a'], 'after archiving');

select tests.authenticate_as_service_role();
select results_eq(
  $$select (select count(*)::integer from private.calls_archive where phone_id = 'stats-a'),
           (select count(*)::integer from private.call_metadata_archive where phone_id = 'stats-a')$$,
  $$values (5, 3)$$,
  'the service role reads the 5 archived calls and the 3 archived metadata rows'
);
select tests.clear_authentication();

select * from finish();
rollback;
