-- Archive storage for calls past the retention period and their metadata.
-- Seed 003 created it with `create table calls_archive (like calls including
-- all)`, which copies columns, defaults, constraints and indexes but not row
-- level security, policies or grants: with Supabase's default privileges the
-- archive would have been readable and writable by anon and authenticated.
-- The archive lives in the private schema instead, which the API does not
-- expose and where anon and authenticated hold no privilege at all (a catalog
-- test keeps it so): stricter than calls, which members may read. Row level
-- security is not enabled: without a table privilege there is nothing for a
-- policy to filter, and Supabase's linter flags RLS without policies.
-- Columns match calls by name (a catalog test keeps them in step); the
-- archiving function itself is in a later migration.
set lock_timeout = '5s';
set statement_timeout = '60s';

create table private.calls_archive (
  phone_id text not null references public.phone_numbers (id) on delete cascade,
  id uuid not null,
  call_sid text not null,
  caller_number text not null,
  status public.call_status not null,
  duration integer not null,
  answered_at timestamptz,
  ended_at timestamptz,
  recording_url text,
  transcript text,
  ai_summary text,
  created_at timestamptz(3) not null,
  updated_at timestamptz not null,
  archived_at timestamptz not null default now(),
  constraint calls_archive_pkey primary key (phone_id, id)
);
comment on table private.calls_archive is
  'Calls older than the retention period, moved here by private.archive_calls(). Not exposed by '
  'the API; readable by the service role only. Same columns as public.calls plus archived_at.';
comment on column private.calls_archive.archived_at is 'When the call was moved out of public.calls.';

create table private.call_metadata_archive (
  phone_id text not null,
  call_id uuid not null,
  metadata jsonb not null,
  custom_fields jsonb not null,
  tags text[] not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  archived_at timestamptz not null default now(),
  constraint call_metadata_archive_pkey primary key (phone_id, call_id),
  constraint call_metadata_archive_call_fkey foreign key (phone_id, call_id)
    references private.calls_archive (phone_id, id) on delete cascade
);
comment on table private.call_metadata_archive is
  'Metadata of archived calls, moved with them. Same protection as private.calls_archive.';
comment on column private.call_metadata_archive.archived_at is 'When the metadata was moved out of public.call_metadata.';

revoke all on private.calls_archive, private.call_metadata_archive from public, anon, authenticated;
grant select on private.calls_archive, private.call_metadata_archive to service_role;
