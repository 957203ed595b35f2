-- Prompt templates: what the receptionist is told (its instructions) and what
-- it says (greeting, fallback, after hours, voicemail), per phone number and
-- kind, versioned.
--
--   versions      public.prompt_versions: one row per saved text, numbered 1,
--                 2, 3 ... per phone and kind. Editing saves a new version;
--                 a version is never changed or deleted. The API roles hold no
--                 UPDATE or DELETE on it, and the trigger keep_prompt_version
--                 refuses both to every role, the table owner included
--                 (migrations, the SQL editor): the versions are the record of
--                 what the receptionist was told. Only two changes pass: a
--                 deleted author becoming null (the foreign key's set null),
--                 and the cascade when the phone number is deleted.
--   the active    public.active_prompts: one row per phone and kind, pointing
--   version       at one of its versions (a foreign key). Its primary key
--                 allows one active version per phone and kind; the row is
--                 created with the kind's first version and kept until the
--                 phone number goes (keep_active_prompt), so a kind that has
--                 versions always has exactly one active. Rolling back is
--                 activating an older version.
--                 A pointer rather than an is_active flag with a partial
--                 unique index on the versions: the flag would make versions
--                 mutable, and activating would change two rows (the old one
--                 off, the new one on). Two admins activating at once then
--                 lock different rows, and the second fails the unique index
--                 (23505) instead of waiting for the first. The pointer is one
--                 row: concurrent activations take turns on its row lock and
--                 the last to commit is the active version.
--   numbering     the pointer row also holds latest_version, the last number
--                 given out. A new version takes the next one with an INSERT
--                 ... ON CONFLICT DO UPDATE of that row (trigger
--                 number_prompt_version), which creates it for the first
--                 version or locks it until commit. Concurrent saves of one
--                 phone and kind therefore take turns: consecutive numbers, none
--                 twice, no gap (a save rolled back takes its number back
--                 with it). Under REPEATABLE READ or SERIALIZABLE the second
--                 of two concurrent saves fails with 40001, to be retried,
--                 never with a unique violation. (An advisory lock around
--                 max(version) + 1 would only be right under READ COMMITTED:
--                 a snapshot taken before the lock misses the version saved
--                 meanwhile.) The pointer's foreign key is checked at commit,
--                 since the row names the first version before that is stored.
--   writing       owners and admins. save_prompt(phone_id, kind, body, note,
--                 activate) stores a version and by default activates it (a
--                 kind's first version cannot be saved inactive: there is no
--                 other to keep); activate_prompt(phone_id, kind, version)
--                 activates any saved version. save_prompt is SECURITY
--                 DEFINER in private behind a public wrapper, like the
--                 invitation functions: saving also writes the pointer's
--                 latest_version, which no member may write directly (one set
--                 back would make the next save collide with a stored
--                 version). Activating is an update of the pointer's version
--                 column, which admins hold by column privilege and policy, so
--                 activate_prompt runs as the caller; who activated and when
--                 are filled in by keep_active_prompt.
--   reading       every member reads the versions and the pointers of their
--                 phones; the receptionist (service role) reads the active
--                 version on every call: two index lookups by the whole key
--                 (activePrompt in src/queries.ts). The service role writes
--                 neither table: a prompt is what a person wrote and chose,
--                 and each row names that person.
set lock_timeout = '5s';
set statement_timeout = '60s';

create type public.prompt_kind as enum ('system_prompt', 'greeting', 'fallback', 'after_hours', 'voicemail');
comment on type public.prompt_kind is
  'Kind of prompt template: system_prompt (the instructions the receptionist follows on every call, never spoken), '
  'greeting (the first words on answering), fallback (said when it cannot help or did not understand), '
  'after_hours (said when the business is closed, see is_open) and voicemail (said before recording a message). '
  'The greeting kind is versioned; voice_settings.greeting_message is the older, unversioned greeting and stays '
  'as it is. A later migration adds kinds with ALTER TYPE ... ADD VALUE; labels are never removed.';

-- Versions ------------------------------------------------------------------------

create table public.prompt_versions (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  kind public.prompt_kind not null,
  version integer not null
    constraint prompt_versions_version_positive check (version >= 1),
  -- Spoken kinds are said aloud: 1,000 characters is about a minute of speech.
  body text not null
    constraint prompt_versions_body_length check (char_length(body) between 1 and 20000)
    constraint prompt_versions_body_spoken_length check (kind = 'system_prompt' or char_length(body) <= 1000)
    constraint prompt_versions_body_not_blank check (not private.is_blank(body))
    constraint prompt_versions_body_trimmed check (not private.has_outer_space(body))
    constraint prompt_versions_body_printable check (private.is_printable_text(body)),
  note text
    constraint prompt_versions_note_length check (char_length(note) between 1 and 200)
    constraint prompt_versions_note_not_blank check (not private.is_blank(note))
    constraint prompt_versions_note_trimmed check (not private.has_outer_space(note))
    constraint prompt_versions_note_single_line check (private.is_single_line(note)),
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now()
    constraint prompt_versions_created_at_range check (
      created_at >= '2020-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00'),
  constraint prompt_versions_pkey primary key (phone_id, kind, version)
);
comment on table public.prompt_versions is
  'Every saved version of a phone''s prompt templates, per kind, numbered from 1; the receptionist uses the one '
  'active_prompts points at. Never changed or deleted (trigger keep_prompt_version): editing saves a new version '
  '(public.save_prompt), rolling back activates an older one (public.activate_prompt). Members read them; owners '
  'and admins save them; they go only with their phone number.';
comment on column public.prompt_versions.version is
  'The version''s number within its phone and kind: 1, 2, 3 ... in the order saved, given by the database '
  '(trigger number_prompt_version), never reused.';
comment on column public.prompt_versions.body is
  'The text: up to 20,000 characters for a system prompt, 1,000 for a spoken kind; not blank, no leading or trailing '
  'whitespace, line breaks and tabs allowed but no other control character.';
comment on column public.prompt_versions.note is
  'What changed, in the editor''s words (optional): one line of at most 200 characters.';
comment on column public.prompt_versions.created_by is 'The member who saved it (null once that user is deleted).';

create index prompt_versions_created_by_idx on public.prompt_versions (created_by);

-- The active version --------------------------------------------------------------

create table public.active_prompts (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  kind public.prompt_kind not null,
  version integer not null,
  latest_version integer not null,
  activated_by uuid default auth.uid() references auth.users (id) on delete set null,
  activated_at timestamptz not null default now()
    constraint active_prompts_activated_at_range check (
      activated_at >= '2020-01-01 00:00:00+00' and activated_at < '2100-01-01 00:00:00+00'),
  constraint active_prompts_pkey primary key (phone_id, kind),
  constraint active_prompts_version_fkey foreign key (phone_id, kind, version)
    references public.prompt_versions (phone_id, kind, version) deferrable initially deferred,
  constraint active_prompts_version_range check (version between 1 and latest_version)
);
comment on table public.active_prompts is
  'The active version of each phone''s prompt of each kind: one row per phone and kind that has versions, created '
  'with the first version and kept until the phone number goes. Owners and admins change version (activate_prompt, '
  'or an update of version); members read it; the receptionist reads the active text through it on every call.';
comment on column public.active_prompts.version is
  'The active version (a prompt_versions row of the same phone and kind, checked at commit).';
comment on column public.active_prompts.latest_version is
  'The last version number given out for this phone and kind; the next save gets latest_version + 1. Written only '
  'by the trigger number_prompt_version.';
comment on column public.active_prompts.activated_by is
  'Who activated the active version, filled in by the database (null once that user is deleted, or when no '
  'signed-in user did).';
comment on column public.active_prompts.activated_at is 'When the active version was activated, filled in by the database.';

-- The foreign key's checks when versions go with their phone number; it also
-- gives the receptionist the pointer's version from the index alone.
create index active_prompts_version_idx on public.active_prompts (phone_id, kind, version);
create index active_prompts_activated_by_idx on public.active_prompts (activated_by);

-- Numbering, and keeping the history ----------------------------------------------

create function private.number_prompt_version()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.version is not null then
    raise exception 'the version of a prompt is numbered by the database'
      using errcode = 'generated_always',
            hint = 'Insert without version: the next number of the phone and kind is given.';
  end if;
  if new.phone_id is null or new.kind is null then
    return new;  -- for the table's NOT NULL constraints to refuse
  end if;
  -- Creates the kind's pointer at its first version, or takes the next number
  -- and keeps the pointer locked until commit: saves of one phone and kind
  -- take turns here.
  insert into public.active_prompts as a (phone_id, kind, version, latest_version, activated_by)
  values (new.phone_id, new.kind, 1, 1, new.created_by)
  on conflict on constraint active_prompts_pkey
  do update set latest_version = a.latest_version + 1
  returning a.latest_version into new.version;
  return new;
end;
$$;
comment on function private.number_prompt_version() is
  'BEFORE INSERT trigger on prompt_versions: gives the version the next number of its phone and kind from '
  'active_prompts.latest_version, creating that pointer row (active at version 1) for a kind''s first version. The '
  'row stays locked until commit, so concurrent saves of one phone and kind get consecutive numbers. Refuses a '
  'version given by the writer (428C9). Runs as the writer: save_prompt''s owner or the table owner; the API roles '
  'insert no versions themselves.';

create function private.keep_prompt_version()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    if (new.phone_id, new.kind, new.version, new.body, new.note, new.created_at)
         is not distinct from (old.phone_id, old.kind, old.version, old.body, old.note, old.created_at)
       and (new.created_by is null or new.created_by = old.created_by) then
      return new;
    end if;
    raise exception 'version % of the % prompt of phone number % cannot be changed', old.version, old.kind, old.phone_id
      using errcode = 'check_violation',
            constraint = 'prompt_versions_immutable',
            hint = 'Save a new version instead (save_prompt).';
  end if;
  -- When the phone number itself is being deleted (the cascade from
  -- phone_numbers), its row is gone already.
  if exists (select from public.phone_numbers p where p.id = old.phone_id) then
    raise exception 'version % of the % prompt of phone number % cannot be deleted', old.version, old.kind, old.phone_id
      using errcode = 'check_violation',
            constraint = 'prompt_versions_kept',
            hint = 'Versions are the record of what the receptionist was told; they go only with their phone number.';
  end if;
  return old;
end;
$$;
comment on function private.keep_prompt_version() is
  'BEFORE UPDATE OR DELETE trigger on prompt_versions: a version is never changed (prompt_versions_immutable) nor '
  'deleted (prompt_versions_kept), by any role, the table owner included. It lets through only the author becoming '
  'null (user deleted) and the cascade from a deleted phone number.';

create function private.keep_active_prompt()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'DELETE' then
    -- When the phone number itself is being deleted its row is gone already.
    if exists (select from public.phone_numbers p where p.id = old.phone_id) then
      raise exception 'the % prompt of phone number % must keep an active version', old.kind, old.phone_id
        using errcode = 'check_violation',
              constraint = 'active_prompts_kept',
              hint = 'Activate another version instead (activate_prompt).';
    end if;
    return old;
  end if;
  if new.phone_id <> old.phone_id or new.kind <> old.kind or new.latest_version < old.latest_version then
    raise exception 'the pointer of the % prompt of phone number % keeps its phone, kind and numbering', old.kind, old.phone_id
      using errcode = 'check_violation',
            constraint = 'active_prompts_numbering',
            hint = 'Only version changes, to activate another version.';
  end if;
  if new.version <> old.version then
    new.activated_at := pg_catalog.now();
    new.activated_by := auth.uid();
  end if;
  return new;
end;
$$;
comment on function private.keep_active_prompt() is
  'BEFORE UPDATE OR DELETE trigger on active_prompts: the pointer of a kind with versions is never deleted but with '
  'its phone number (active_prompts_kept), never moves to another phone or kind and never hands out a number again '
  '(active_prompts_numbering); activating another version records who (auth.uid()) and when.';

revoke all on function private.number_prompt_version(), private.keep_prompt_version(), private.keep_active_prompt()
  from public, anon, authenticated;

create trigger number_prompt_version
  before insert on public.prompt_versions
  for each row execute function private.number_prompt_version();
create trigger keep_prompt_version
  before update or delete on public.prompt_versions
  for each row execute function private.keep_prompt_version();
create trigger keep_active_prompt
  before update or delete on public.active_prompts
  for each row execute function private.keep_active_prompt();

-- Row level security and privileges ----------------------------------------------

alter table public.prompt_versions enable row level security;
alter table public.active_prompts enable row level security;

-- Members read both; versions are written only through save_prompt, the
-- pointer's version by admins. The service role reads (the receptionist).
revoke all on public.prompt_versions from anon, authenticated, service_role;
revoke all on public.active_prompts from anon, authenticated, service_role;
grant select on public.prompt_versions to authenticated, service_role;
grant select on public.active_prompts to authenticated, service_role;
grant update (version) on public.active_prompts to authenticated;

create policy "members read their prompt versions"
  on public.prompt_versions for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their prompt versions" on public.prompt_versions is
  'Members of any level read every version of their phone numbers'' prompts.';

create policy "members read their active prompts"
  on public.active_prompts for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their active prompts" on public.active_prompts is
  'Members of any level see which version of each prompt is active on their phone numbers.';

create policy "admins activate prompts"
  on public.active_prompts for update to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]))
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins activate prompts" on public.active_prompts is
  'Owners and admins change which version is active (the version column only, by column privilege).';

-- Saving --------------------------------------------------------------------------

create function private.save_prompt(phone_id text, kind public.prompt_kind, body text, note text, activate boolean)
returns public.prompt_versions
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  saved public.prompt_versions;
begin
  perform private.require_role(save_prompt.phone_id, 'admin', 'edit its prompts');
  if save_prompt.activate is null then
    raise exception 'activate must be true or false' using errcode = 'null_value_not_allowed';
  end if;

  insert into public.prompt_versions (phone_id, kind, body, note, created_by)
  values (save_prompt.phone_id, save_prompt.kind, save_prompt.body, save_prompt.note, auth.uid())
  returning * into saved;

  if saved.version = 1 and not save_prompt.activate then
    raise exception 'the first version of the % prompt of phone number % is its active version', saved.kind, saved.phone_id
      using errcode = 'object_not_in_prerequisite_state',
            hint = 'Save it with activate => true: there is no active version to keep.';
  end if;
  if save_prompt.activate and saved.version > 1 then
    update public.active_prompts a set version = saved.version
     where a.phone_id = saved.phone_id and a.kind = saved.kind;
  end if;
  return saved;
end;
$$;
comment on function private.save_prompt(text, public.prompt_kind, text, text, boolean) is
  'Behind public.save_prompt. SECURITY DEFINER because a new version also writes active_prompts.latest_version, '
  'which no API role may write. Checks the caller itself: owners and admins of the phone number, nobody else.';

create function public.save_prompt(phone_id text, kind public.prompt_kind, body text, note text default null,
                                   activate boolean default true)
returns public.prompt_versions
language sql
volatile
set search_path = ''
as $$
  select * from private.save_prompt(phone_id, kind, body, note, activate)
$$;
comment on function public.save_prompt(text, public.prompt_kind, text, text, boolean) is
  'Saves body (and an optional one-line note) as the next version of the phone''s prompt of this kind and returns '
  'it; with activate (the default) it becomes the active version, without it the active version stays. A kind''s '
  'first version is always its active one: saving it with activate => false is refused (55000). Owners and admins '
  'only (42501); concurrent saves get consecutive versions.';

-- Activating ----------------------------------------------------------------------

create function public.activate_prompt(phone_id text, kind public.prompt_kind, version integer)
returns public.active_prompts
language plpgsql
volatile
set search_path = ''
as $$
declare
  active public.active_prompts;
begin
  if not coalesce(activate_prompt.phone_id = any (private.member_phone_ids('admin')), false) then
    raise exception 'only owners and admins of phone number % may activate its prompts', activate_prompt.phone_id
      using errcode = 'insufficient_privilege';
  end if;
  perform 1 from public.prompt_versions v
   where v.phone_id = activate_prompt.phone_id and v.kind = activate_prompt.kind and v.version = activate_prompt.version;
  if not found then
    raise exception 'phone number % has no version % of its % prompt', activate_prompt.phone_id,
      coalesce(activate_prompt.version::text, 'null'), coalesce(activate_prompt.kind::text, 'null')
      using errcode = 'no_data_found';
  end if;
  update public.active_prompts a set version = activate_prompt.version
   where a.phone_id = activate_prompt.phone_id and a.kind = activate_prompt.kind
  returning a.* into active;
  return active;
end;
$$;
comment on function public.activate_prompt(text, public.prompt_kind, integer) is
  'Makes version the active version of the phone''s prompt of this kind (rolling back is activating an older one) '
  'and returns the pointer, with who activated it and when. Refuses a version that does not exist (P0002) and '
  'callers who are not owners or admins of the phone (42501). Runs as the caller: row level security and the '
  'column privilege on active_prompts.version apply. Of concurrent activations, the last to commit stays active.';

revoke all on function private.save_prompt(text, public.prompt_kind, text, text, boolean) from public, anon, service_role;
revoke all on function public.save_prompt(text, public.prompt_kind, text, text, boolean) from public, anon, service_role;
revoke all on function public.activate_prompt(text, public.prompt_kind, integer) from public, anon, service_role;
grant execute on function private.save_prompt(text, public.prompt_kind, text, text, boolean) to authenticated;
grant execute on function public.save_prompt(text, public.prompt_kind, text, text, boolean) to authenticated;
grant execute on function public.activate_prompt(text, public.prompt_kind, integer) to authenticated;
