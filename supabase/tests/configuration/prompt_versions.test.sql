-- Prompt templates: owners and admins save versions (numbered 1, 2, 3 ... per
-- phone and kind by the database) and activate any of them, a kind's first
-- version is active from the start, members read versions and which one is
-- active, nobody else reaches them. A version is never changed or deleted, by
-- any role, and a kind with versions always has exactly one active version;
-- both go only with their phone number. Every value rule is refused by name.
-- (Concurrent saves and activations: tests/prompts.test.ts.)
begin;
select plan(77);

-- pv-a: owner ann, admin adam, viewer vic. pv-b: owner bo. nina: signed up, no phone.
select tests.create_phone('pv-a', '+15550008001', 'America/New_York', 'Prompts A');
select tests.create_phone('pv-b', '+15550008002', 'Europe/London', 'Prompts B');
select tests.add_member('pv-a', 'ann-owner', 'owner');
select tests.add_member('pv-a', 'adam-admin', 'admin');
select tests.add_member('pv-a', 'vic-viewer', 'viewer');
select tests.add_member('pv-b', 'bo-owner', 'owner');
select tests.create_supabase_user('nina');

-- Saving and numbering ------------------------------------------------------------

select tests.authenticate_as('adam-admin');
select results_eq(
  $$select version, body, note, created_by = tests.get_supabase_uid('adam-admin')
      from public.save_prompt('pv-a', 'greeting', 'Thank you for calling Prompts A.')$$,
  $$values (1, 'Thank you for calling Prompts A.', null::text, true)$$,
  'admin adam saves the first greeting of pv-a: version 1, his'
);
select results_eq(
  $$select version, latest_version, activated_by = tests.get_supabase_uid('adam-admin')
      from public.active_prompts where phone_id = 'pv-a' and kind = 'greeting'$$,
  $$values (1, 1, true)$$,
  'a kind''s first version is its active version, activated by whoever saved it'
);
select tests.authenticate_as('ann-owner');
select is((select version from public.save_prompt('pv-a', 'greeting', E'Hello, Prompts A.\nHow can I help?')), 2,
  'owner ann saves version 2 (line breaks allowed)');
select results_eq(
  $$select version, latest_version, activated_by = tests.get_supabase_uid('ann-owner')
      from public.active_prompts where phone_id = 'pv-a' and kind = 'greeting'$$,
  $$values (2, 2, true)$$,
  'saving activates the new version by default, recording who activated it'
);
select tests.authenticate_as('adam-admin');
select results_eq(
  $$select version, note from public.save_prompt('pv-a', 'greeting', 'Hi, Prompts A here.', 'Shorter, for a trial', false)$$,
  $$values (3, 'Shorter, for a trial')$$,
  'with activate => false adam saves version 3 with a note'
);
select results_eq(
  $$select version, latest_version from public.active_prompts where phone_id = 'pv-a' and kind = 'greeting'$$,
  $$values (2, 3)$$,
  'version 2 stays active; the pointer knows 3 was given out'
);
select throws_ok(
  $$select public.save_prompt('pv-a', 'fallback', 'Sorry, could you say that again?', null, false)$$,
  '55000', 'the first version of the fallback prompt of phone number pv-a is its active version',
  'the first version of a kind cannot be saved inactive (55000)'
);
select is_empty($$select 1 from public.prompt_versions where phone_id = 'pv-a' and kind = 'fallback'$$,
  'the refused first fallback left nothing behind');
select throws_ok(
  $$select public.save_prompt('pv-a', 'greeting', 'Hello.', null, null)$$,
  '22004', 'activate must be true or false', 'activate => null is refused (22004)'
);
select is((select version from public.save_prompt('pv-a', 'fallback', 'Sorry, could you say that again?')), 1,
  'each kind is numbered on its own: the first fallback is version 1');
select tests.authenticate_as('bo-owner');
select is((select version from public.save_prompt('pv-b', 'greeting', 'Welcome to Prompts B.')), 1,
  'each phone is numbered on its own: pv-b''s first greeting is version 1');

-- Who writes ----------------------------------------------------------------------

select tests.authenticate_as('vic-viewer');
select throws_ok($$select public.save_prompt('pv-a', 'greeting', 'Viewer text.')$$,
  '42501', 'only owners and admins of phone number pv-a may edit its prompts', 'viewer vic saves no prompt (42501)');
select tests.authenticate_as('bo-owner');
select throws_ok($$select public.save_prompt('pv-a', 'greeting', 'Text from B.')$$,
  '42501', 'only owners and admins of phone number pv-a may edit its prompts', 'owner bo of pv-b saves no prompt of pv-a (42501)');
select tests.authenticate_as('nina');
select throws_ok($$select public.save_prompt('pv-a', 'greeting', 'Outsider text.')$$,
  '42501', 'only owners and admins of phone number pv-a may edit its prompts', 'nina, not a member, saves no prompt (42501)');
select tests.authenticate_as_anon();
select throws_ok($$select public.save_prompt('pv-a', 'greeting', 'Anonymous text.')$$,
  '42501', 'permission denied for function save_prompt', 'anon may not call save_prompt (42501)');
select tests.authenticate_as_service_role();
select throws_ok($$select public.save_prompt('pv-a', 'greeting', 'Backend text.')$$,
  '42501', 'permission denied for function save_prompt', 'the service role does not write prompts (42501)');

select tests.authenticate_as('adam-admin');
select throws_ok($$insert into public.prompt_versions (phone_id, kind, body) values ('pv-a', 'greeting', 'Direct.')$$,
  '42501', 'permission denied for table prompt_versions', 'admin adam inserts no version directly (42501)');
select throws_ok($$update public.prompt_versions set body = 'Rewritten.' where phone_id = 'pv-a'$$,
  '42501', 'permission denied for table prompt_versions', 'admin adam cannot edit a version in place (42501)');
select throws_ok($$delete from public.prompt_versions where phone_id = 'pv-a'$$,
  '42501', 'permission denied for table prompt_versions', 'admin adam cannot delete a version (42501)');
select throws_ok($$update public.active_prompts set latest_version = 1 where phone_id = 'pv-a'$$,
  '42501', 'permission denied for table active_prompts', 'admin adam cannot set the numbering back (42501)');
select throws_ok($$insert into public.active_prompts (phone_id, kind, version, latest_version) values ('pv-a', 'voicemail', 1, 1)$$,
  '42501', 'permission denied for table active_prompts', 'admin adam inserts no pointer (42501)');
select throws_ok($$delete from public.active_prompts where phone_id = 'pv-a'$$,
  '42501', 'permission denied for table active_prompts', 'admin adam deletes no pointer (42501)');

-- Activating and rolling back --------------------------------------------------------

select results_eq(
  $$select version, latest_version, activated_by = tests.get_supabase_uid('adam-admin')
      from public.activate_prompt('pv-a', 'greeting', 1)$$,
  $$values (1, 3, true)$$,
  'admin adam rolls the greeting back to version 1, recorded as his activation'
);
select is((select body from public.prompt_versions v join public.active_prompts a using (phone_id, kind, version)
            where a.phone_id = 'pv-a' and a.kind = 'greeting'),
  'Thank you for calling Prompts A.', 'the active greeting is version 1''s text again');
select throws_ok($$select public.activate_prompt('pv-a', 'greeting', 4)$$,
  'P0002', 'phone number pv-a has no version 4 of its greeting prompt', 'a version not saved yet cannot be activated (P0002)');
select throws_ok($$select public.activate_prompt('pv-a', 'voicemail', 1)$$,
  'P0002', 'phone number pv-a has no version 1 of its voicemail prompt', 'a kind without versions has nothing to activate (P0002)');
select results_eq(
  $$update public.active_prompts set version = 3 where phone_id = 'pv-a' and kind = 'greeting'
    returning version, activated_by = tests.get_supabase_uid('adam-admin')$$,
  $$values (3, true)$$,
  'an update of the pointer''s version (as supabase-js sends it) activates too, recorded the same way'
);
select tests.authenticate_as('vic-viewer');
select throws_ok($$select public.activate_prompt('pv-a', 'greeting', 2)$$,
  '42501', 'only owners and admins of phone number pv-a may activate its prompts', 'viewer vic activates nothing (42501)');
select is_empty($$update public.active_prompts set version = 2 where phone_id = 'pv-a' returning 1$$,
  'viewer vic''s update of a pointer touches no row');
select tests.authenticate_as('bo-owner');
select throws_ok($$select public.activate_prompt('pv-a', 'greeting', 2)$$,
  '42501', 'only owners and admins of phone number pv-a may activate its prompts', 'owner bo of pv-b activates nothing on pv-a (42501)');
select is_empty($$update public.active_prompts set version = 2 where phone_id = 'pv-a' returning 1$$,
  'owner bo''s update of pv-a''s pointers touches no row');
select tests.authenticate_as_anon();
select throws_ok($$select public.activate_prompt('pv-a', 'greeting', 2)$$,
  '42501', 'permission denied for function activate_prompt', 'anon may not call activate_prompt (42501)');

-- Who reads -------------------------------------------------------------------------

select tests.authenticate_as('vic-viewer');
select results_eq(
  $$select kind::text, version from public.prompt_versions order by kind, version$$,
  $$values ('fallback', 1), ('greeting', 1), ('greeting', 2), ('greeting', 3)$$,
  'viewer vic reads every version of pv-a''s prompts, and none of pv-b''s'
);
select results_eq(
  $$select kind::text, version from public.active_prompts order by kind$$,
  $$values ('fallback', 1), ('greeting', 3)$$,
  'viewer vic reads which version of each kind is active'
);
select tests.authenticate_as('bo-owner');
select is_empty($$select 1 from public.prompt_versions where phone_id = 'pv-a'
                  union all select 1 from public.active_prompts where phone_id = 'pv-a'$$,
  'owner bo of pv-b reads none of pv-a''s versions or pointers');
select tests.authenticate_as('nina');
select is_empty($$select 1 from public.prompt_versions union all select 1 from public.active_prompts$$,
  'nina, not a member, reads no version and no pointer');
select tests.authenticate_as_anon();
select throws_ok($$select 1 from public.prompt_versions$$,
  '42501', 'permission denied for table prompt_versions', 'anon reads no version (42501)');
select tests.authenticate_as_service_role();
select results_eq(
  $$select phone_id, kind::text, version from public.active_prompts where phone_id in ('pv-a', 'pv-b') order by 1, 2$$,
  $$values ('pv-a', 'fallback', 1), ('pv-a', 'greeting', 3), ('pv-b', 'greeting', 1)$$,
  'the service role (the receptionist) reads the active versions of every phone'
);
select throws_ok($$update public.prompt_versions set body = 'Backend edit.' where phone_id = 'pv-a'$$,
  '42501', 'permission denied for table prompt_versions', 'the service role cannot edit a version (42501)');
select throws_ok($$update public.active_prompts set version = 1 where phone_id = 'pv-a'$$,
  '42501', 'permission denied for table active_prompts', 'the service role does not activate (42501)');

-- Versions are kept, even from the table owner ----------------------------------------

select tests.clear_authentication();
select throws_ok($$update public.prompt_versions set body = 'Edited.' where phone_id = 'pv-a' and kind = 'greeting' and version = 1$$,
  '23514', 'version 1 of the greeting prompt of phone number pv-a cannot be changed',
  'not even the table owner edits a version''s body (prompt_versions_immutable)');
select throws_ok($$update public.prompt_versions set version = 9 where phone_id = 'pv-a' and kind = 'greeting' and version = 3$$,
  '23514', 'version 3 of the greeting prompt of phone number pv-a cannot be changed',
  'nor renumbers a version');
select throws_ok($$update public.prompt_versions set kind = 'voicemail', note = 'moved' where phone_id = 'pv-a' and kind = 'fallback'$$,
  '23514', 'version 1 of the fallback prompt of phone number pv-a cannot be changed',
  'nor moves it to another kind or changes its note');
select throws_ok($$update public.prompt_versions set created_by = tests.get_supabase_uid('vic-viewer') where phone_id = 'pv-a' and version = 1 and kind = 'greeting'$$,
  '23514', 'version 1 of the greeting prompt of phone number pv-a cannot be changed',
  'nor gives it another author');
select throws_ok($$delete from public.prompt_versions where phone_id = 'pv-a' and kind = 'greeting' and version = 2$$,
  '23514', 'version 2 of the greeting prompt of phone number pv-a cannot be deleted',
  'not even the table owner deletes a version that is not active (prompt_versions_kept)');
select throws_ok($$insert into public.prompt_versions (phone_id, kind, version, body) values ('pv-a', 'greeting', 7, 'Numbered by hand.')$$,
  '428C9', 'the version of a prompt is numbered by the database', 'a version number given by the writer is refused (428C9)');
select results_eq(
  $$insert into public.prompt_versions (phone_id, kind, body) values ('pv-a', 'greeting', 'Written by the table owner.') returning version$$,
  $$values (4)$$,
  'the table owner''s own insert is numbered by the database too: version 4'
);
select results_eq(
  $$select version, latest_version from public.active_prompts where phone_id = 'pv-a' and kind = 'greeting'$$,
  $$values (3, 4)$$,
  'an insert alone does not activate a version that is not its kind''s first'
);

-- Exactly one active version per phone and kind -----------------------------------------

select throws_ok($$delete from public.active_prompts where phone_id = 'pv-a' and kind = 'greeting'$$,
  '23514', 'the greeting prompt of phone number pv-a must keep an active version',
  'not even the table owner leaves a kind with versions without an active one (active_prompts_kept)');
select throws_ok($$insert into public.active_prompts (phone_id, kind, version, latest_version) values ('pv-a', 'greeting', 2, 4)$$,
  '23505', 'duplicate key value violates unique constraint "active_prompts_pkey"',
  'a second active version for one phone and kind is refused by the primary key');
select throws_ok($$update public.active_prompts set latest_version = 2 where phone_id = 'pv-a' and kind = 'greeting'$$,
  '23514', 'the pointer of the greeting prompt of phone number pv-a keeps its phone, kind and numbering',
  'the numbering never goes back, so no number is given out twice (active_prompts_numbering)');
select throws_ok($$update public.active_prompts set kind = 'voicemail' where phone_id = 'pv-a' and kind = 'greeting'$$,
  '23514', 'the pointer of the greeting prompt of phone number pv-a keeps its phone, kind and numbering',
  'a pointer never moves to another kind');
select throws_ok($$update public.active_prompts set version = 5 where phone_id = 'pv-a' and kind = 'greeting'$$,
  '23514', 'new row for relation "active_prompts" violates check constraint "active_prompts_version_range"',
  'the active version is one given out (active_prompts_version_range)');
savepoint dangling;
update public.active_prompts set latest_version = 6, version = 6 where phone_id = 'pv-a' and kind = 'greeting';
select throws_ok($$set constraints active_prompts_version_fkey immediate$$,
  '23503', 'insert or update on table "active_prompts" violates foreign key constraint "active_prompts_version_fkey"',
  'a pointer at a version that was never stored is refused by the foreign key, at commit');
rollback to savepoint dangling;

-- Value rules, by name -------------------------------------------------------------------

select tests.authenticate_as('adam-admin');
-- The constraint that refused saving body (and note) as adam, or 'saved'.
create function pg_temp.refused(body text, note text default null, kind public.prompt_kind default 'greeting')
returns text language plpgsql as $$
declare
  refused_by text;
begin
  perform public.save_prompt('pv-a', kind, body, note);
  return 'saved';
exception when check_violation then
  get stacked diagnostics refused_by = constraint_name;
  return refused_by;
end;
$$;
select is(pg_temp.refused(''), 'prompt_versions_body_length', 'an empty body is refused (prompt_versions_body_length)');
select is(pg_temp.refused(repeat('a', 20001), null, 'system_prompt'), 'prompt_versions_body_length',
  'a system prompt over 20,000 characters is refused (prompt_versions_body_length)');
select is(pg_temp.refused(repeat('a', 20000), null, 'system_prompt'), 'saved', 'a system prompt of 20,000 characters is saved');
select is(pg_temp.refused(repeat('a', 1001)), 'prompt_versions_body_spoken_length',
  'a greeting over 1,000 characters is refused (prompt_versions_body_spoken_length)');
select is(pg_temp.refused(repeat('a', 1000)), 'saved', 'a greeting of 1,000 characters is saved');
select is(pg_temp.refused(U&'\00A0\200B\3000'), 'prompt_versions_body_not_blank',
  'a body of Unicode spaces and a zero-width space is refused (prompt_versions_body_not_blank)');
select is(pg_temp.refused(E'Hello.\n'), 'prompt_versions_body_trimmed',
  'a body ending in a line break is refused (prompt_versions_body_trimmed)');
select is(pg_temp.refused(U&'\FEFFHello.'), 'prompt_versions_body_trimmed',
  'a body starting with a byte order mark is refused (prompt_versions_body_trimmed)');
select is(pg_temp.refused(E'Hello.\x07 Ring.'), 'prompt_versions_body_printable',
  'a body with a control character other than tab and line breaks is refused (prompt_versions_body_printable)');
select is(pg_temp.refused(E'Step one:\tgreet.\r\nStep two:\tlisten.', null, 'system_prompt'), 'saved',
  'tabs and line breaks inside a body are saved');
select is(pg_temp.refused('Hello.', ''), 'prompt_versions_note_length', 'an empty note is refused (prompt_versions_note_length)');
select is(pg_temp.refused('Hello.', repeat('n', 201)), 'prompt_versions_note_length',
  'a note over 200 characters is refused (prompt_versions_note_length)');
select is(pg_temp.refused('Hello.', U&' \200B'), 'prompt_versions_note_not_blank', 'a blank note is refused (prompt_versions_note_not_blank)');
select is(pg_temp.refused('Hello.', ' Padded'), 'prompt_versions_note_trimmed', 'a padded note is refused (prompt_versions_note_trimmed)');
select is(pg_temp.refused('Hello.', E'Two\nlines'), 'prompt_versions_note_single_line',
  'a note on two lines is refused (prompt_versions_note_single_line)');
select results_eq(
  $$select version from public.save_prompt('pv-a', 'greeting', 'After the refusals.', null, false)$$,
  $$values (6)$$,
  'refused saves give out no number: after versions 4 and 5 the next greeting is version 6'
);
select tests.clear_authentication();
select throws_ok($$insert into public.prompt_versions (phone_id, kind, body, created_at) values ('pv-a', 'voicemail', 'Leave a message.', 'infinity')$$,
  '23514', 'new row for relation "prompt_versions" violates check constraint "prompt_versions_created_at_range"',
  'a version saved outside 2020 to 2100 is refused (prompt_versions_created_at_range)');

-- Deleting a user or a phone number --------------------------------------------------

delete from auth.users where id = tests.get_supabase_uid('adam-admin');
select results_eq(
  $$select count(*)::int, count(created_by)::int from public.prompt_versions where phone_id = 'pv-a'$$,
  $$values (9, 1)$$,
  'deleting admin adam keeps all nine versions: his seven lose their author, ann''s keeps hers'
);
select is((select activated_by from public.active_prompts where phone_id = 'pv-a' and kind = 'fallback'), null,
  'and the activation he made, with no one named');
delete from public.phone_numbers where id = 'pv-b';
select is_empty($$select 1 from public.prompt_versions where phone_id = 'pv-b' union all select 1 from public.active_prompts where phone_id = 'pv-b'$$,
  'deleting phone number pv-b deletes its versions and its pointers');
select lives_ok($$set constraints all immediate$$, 'and leaves no pointer at a missing version');

-- The catalog ----------------------------------------------------------------------------

select results_eq(
  $$select tablename::text collate "default", cmd collate "default" from pg_policies
     where schemaname = 'public' and tablename in ('prompt_versions', 'active_prompts') order by 1, 2$$,
  $$values ('active_prompts', 'SELECT'), ('active_prompts', 'UPDATE'), ('prompt_versions', 'SELECT')$$,
  'members read both tables; the only write policy is the pointer''s update'
);
select is(
  (select array_agg(a.attname::text order by a.attname::text) from pg_attribute a
    where a.attrelid = 'public.active_prompts'::regclass and a.attnum > 0
      and has_column_privilege('authenticated', a.attrelid, a.attnum, 'UPDATE')),
  array['version'], 'authenticated may update only the pointer''s version'
);

select * from finish();
rollback;
