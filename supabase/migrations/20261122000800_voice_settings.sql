-- voice_settings: how the receptionist sounds on one phone number. Exactly one
-- row per phone, created with the phone number; admins edit it.
set lock_timeout = '5s';
set statement_timeout = '60s';

create table public.voice_settings (
  -- Seed 003 had a surrogate id plus unique (phone_id); one row per phone
  -- makes phone_id itself the key.
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  voice_model text not null default 'neural'
    constraint voice_settings_voice_model_format check (voice_model ~ '^[a-z][a-z0-9_-]{0,31}$'),
  voice_name text not null default 'Alloy'
    constraint voice_settings_voice_name_length check (char_length(btrim(voice_name)) between 1 and 64),
  -- numeric(3,2) as in seed 003, bounded to what still sounds natural on a phone line.
  speech_speed numeric(3, 2) not null default 1.00
    constraint voice_settings_speech_speed_range check (speech_speed between 0.50 and 2.00),
  -- BCP 47 in its canonical casing: language, optional script, optional region
  -- (en-US, fr, es-419, zh-Hans-CN).
  language text not null default 'en-US'
    constraint voice_settings_language_bcp47 check (
      language ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'
    ),
  greeting_message text
    constraint voice_settings_greeting_length check (char_length(btrim(greeting_message)) between 1 and 500),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint voice_settings_pkey primary key (phone_id)
);

comment on table public.voice_settings is
  'Voice of the receptionist on one phone number: one row per phone, created with it. '
  'Members read it, admins edit it.';
comment on column public.voice_settings.voice_model is 'Speech engine family, e.g. neural.';
comment on column public.voice_settings.voice_name is 'Voice within the model, e.g. Alloy.';
comment on column public.voice_settings.speech_speed is 'Speaking rate, 1.00 is normal; 0.50 to 2.00.';
comment on column public.voice_settings.language is 'BCP 47 language tag in canonical casing, e.g. en-US, es-419, zh-Hans-CN.';
comment on column public.voice_settings.greeting_message is 'What the receptionist says first (1 to 500 characters); null for the default greeting.';

create trigger set_updated_at
  before update on public.voice_settings
  for each row execute function private.set_updated_at();

-- Every phone number gets its settings when it is provisioned.
create or replace function private.create_voice_settings()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  insert into public.voice_settings (phone_id) values (new.id) on conflict do nothing;
  return null;
end;
$$;
comment on function private.create_voice_settings() is
  'AFTER INSERT trigger on phone_numbers: creates the phone''s voice_settings row with the defaults.';

create trigger create_voice_settings
  after insert on public.phone_numbers
  for each row execute function private.create_voice_settings();

-- Phone numbers provisioned before this migration get theirs now.
insert into public.voice_settings (phone_id)
select id from public.phone_numbers
on conflict do nothing;

alter table public.voice_settings enable row level security;

-- The row lives and dies with its phone number: members never insert or
-- delete it, and admins edit only the voice columns.
revoke insert, update, delete, truncate, references, trigger on public.voice_settings from anon, authenticated;
grant update (voice_model, voice_name, speech_speed, language, greeting_message) on public.voice_settings to authenticated;

create policy "members read their voice settings"
  on public.voice_settings for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their voice settings" on public.voice_settings is
  'Members of any level read the voice settings of their phone numbers.';

create policy "admins edit their voice settings"
  on public.voice_settings for update to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]))
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins edit their voice settings" on public.voice_settings is
  'Admins and owners edit the voice columns (column privileges limit the rest).';
