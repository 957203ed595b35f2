-- voice_settings through RLS: members of any level read the row of their own
-- phone only, admins and owners change its voice columns, and nobody (not even
-- an admin) inserts, deletes or moves a row to another phone. Viewers, members
-- of another phone, users with no membership and anon change nothing.
begin;
select plan(19);

select tests.create_phone('hours-a', '+15550003001', 'America/Los_Angeles', 'Hours A Clinic');
select tests.create_phone('hours-b', '+15550003002', 'Europe/London', 'Hours B Pub');
select tests.add_member('hours-a', 'hours-a-owner', 'owner');
select tests.add_member('hours-a', 'hours-a-admin', 'admin');
select tests.add_member('hours-a', 'hours-a-viewer', 'viewer');
select tests.add_member('hours-b', 'hours-b-owner', 'owner');
select tests.add_member('hours-b', 'hours-b-admin', 'admin');
select tests.create_supabase_user('hours-outsider');

-- Reading: each member sees the row of their own phone and no other.
select tests.authenticate_as('hours-a-owner');
select results_eq($$select phone_id from public.voice_settings$$, $$values ('hours-a')$$,
  'owner of hours-a reads only the voice settings of hours-a');
select tests.authenticate_as('hours-a-admin');
select results_eq($$select phone_id from public.voice_settings$$, $$values ('hours-a')$$,
  'admin of hours-a reads only the voice settings of hours-a');
select tests.authenticate_as('hours-a-viewer');
select results_eq($$select phone_id from public.voice_settings$$, $$values ('hours-a')$$,
  'viewer of hours-a reads only the voice settings of hours-a');
select tests.authenticate_as('hours-b-owner');
select results_eq($$select phone_id from public.voice_settings$$, $$values ('hours-b')$$,
  'owner of hours-b reads only the voice settings of hours-b');
select tests.authenticate_as('hours-outsider');
select is_empty($$select phone_id from public.voice_settings$$,
  'a user with no membership reads no voice settings');
select tests.authenticate_as_anon();
select throws_ok($$select phone_id from public.voice_settings where phone_id in ('hours-a', 'hours-b')$$,
  '42501', 'permission denied for table voice_settings', 'anon cannot read voice settings (42501, no privilege)');
select throws_ok($$update public.voice_settings set voice_name = 'Anon' where phone_id = 'hours-a'$$,
  '42501', 'permission denied for table voice_settings', 'anon cannot update voice settings (42501)');

-- Writing: admins and owners change the voice columns of their own phone.
select tests.authenticate_as('hours-a-admin');
select results_eq(
  $$update public.voice_settings
       set voice_model = 'neural-hd', voice_name = 'Nova', speech_speed = 1.25, language = 'es-419',
           greeting_message = 'Hola, clínica Hours A.'
     where phone_id = 'hours-a'
    returning voice_model, voice_name, speech_speed, language, greeting_message$$,
  $$values ('neural-hd', 'Nova', 1.25::numeric, 'es-419', 'Hola, clínica Hours A.')$$,
  'admin of hours-a updates every voice column of hours-a'
);
select throws_ok($$update public.voice_settings set phone_id = 'hours-b' where phone_id = 'hours-a'$$,
  '42501', 'permission denied for table voice_settings',
  'admin of hours-a cannot move the row to another phone (update phone_id, 42501)');
select throws_ok($$insert into public.voice_settings (phone_id) values ('hours-a')$$,
  '42501', 'permission denied for table voice_settings', 'admin of hours-a cannot insert voice settings (42501)');
select throws_ok($$delete from public.voice_settings where phone_id = 'hours-a'$$,
  '42501', 'permission denied for table voice_settings', 'admin of hours-a cannot delete voice settings (42501)');
select tests.authenticate_as('hours-a-owner');
select results_eq(
  $$update public.voice_settings set voice_name = 'Shimmer' where phone_id = 'hours-a' returning voice_name$$,
  $$values ('Shimmer')$$, 'owner of hours-a updates the voice settings of hours-a');
select is_empty(
  $$update public.voice_settings set voice_name = 'Stolen' where phone_id = 'hours-b' returning 1$$,
  'owner of hours-a updates nothing on hours-b (0 rows)');

-- Everyone else changes nothing.
select tests.authenticate_as('hours-a-viewer');
select is_empty(
  $$update public.voice_settings set voice_name = 'Viewer' where phone_id = 'hours-a' returning 1$$,
  'viewer of hours-a cannot change the voice settings of hours-a (0 rows updated)');
select throws_ok($$delete from public.voice_settings where phone_id = 'hours-a'$$,
  '42501', 'permission denied for table voice_settings', 'viewer of hours-a cannot delete voice settings (42501)');
select tests.authenticate_as('hours-b-admin');
select is_empty(
  $$update public.voice_settings set voice_name = 'Other' where phone_id = 'hours-a' returning 1$$,
  'admin of hours-b cannot change the voice settings of hours-a (0 rows updated)');
select tests.authenticate_as('hours-outsider');
select is_empty(
  $$update public.voice_settings set voice_name = 'Outsider' returning 1$$,
  'a user with no membership changes no voice settings (0 rows updated)');
select throws_ok($$insert into public.voice_settings (phone_id) values ('hours-a')$$,
  '42501', 'permission denied for table voice_settings',
  'a user with no membership cannot insert voice settings (42501)');

select tests.clear_authentication();
select results_eq(
  $$select phone_id, voice_model, voice_name, speech_speed, language, greeting_message
      from public.voice_settings where phone_id in ('hours-a', 'hours-b') order by phone_id$$,
  $$values ('hours-a', 'neural-hd', 'Shimmer', 1.25::numeric, 'es-419', 'Hola, clínica Hours A.'),
           ('hours-b', 'neural', 'Alloy', 1.00::numeric, 'en-US', null::text)$$,
  'only the admin''s and owner''s updates were stored; hours-b still has the defaults'
);

select * from finish();
rollback;
