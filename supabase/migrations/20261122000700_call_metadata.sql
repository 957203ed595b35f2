-- call_metadata: one row per call with the structured data the receptionist
-- extracted (metadata), the business's own fields (custom_fields) and tags.
-- Written by the telephony backend (service role, upserted on the call);
-- members read it and admins edit the tags and custom fields.
set lock_timeout = '5s';
set statement_timeout = '60s';

create table public.call_metadata (
  phone_id text not null,
  call_id uuid not null,
  metadata jsonb not null default '{}'
    constraint call_metadata_metadata_object check (jsonb_typeof(metadata) = 'object'),
  custom_fields jsonb not null default '{}'
    constraint call_metadata_custom_fields_object check (jsonb_typeof(custom_fields) = 'object'),
  tags text[] not null default '{}'
    constraint call_metadata_tags_valid check (
      coalesce(array_ndims(tags), 1) = 1 and cardinality(tags) <= 50 and array_position(tags, null) is null
    ),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Seed 003 keyed this on call_id alone and referenced calls(id): the key and
  -- the foreign key include the tenant, so metadata can never be attached to
  -- another tenant's call.
  constraint call_metadata_pkey primary key (phone_id, call_id),
  constraint call_metadata_call_fkey foreign key (phone_id, call_id)
    references public.calls (phone_id, id) on delete cascade
);

comment on table public.call_metadata is
  'Structured data about one call: extracted metadata, custom fields and tags. Written by the '
  'telephony backend (service role); members read it, admins edit tags and custom_fields.';
comment on column public.call_metadata.metadata is 'What the receptionist extracted from the call, a JSON object; searched with @>.';
comment on column public.call_metadata.custom_fields is 'Business-defined fields, a JSON object.';
comment on column public.call_metadata.tags is 'Labels of the call (a flat list of at most 50, no nulls); searched with @> and &&.';

-- The seed's query shapes: `metadata @> '{...}'` and `tags @> '{...}'` / `tags && '{...}'`.
-- jsonb_path_ops is smaller and faster than the default opclass and serves @>,
-- the only operator the app uses on metadata. custom_fields gets no index
-- until a query needs one.
create index call_metadata_metadata_idx on public.call_metadata using gin (metadata jsonb_path_ops);
create index call_metadata_tags_idx on public.call_metadata using gin (tags);

create trigger set_updated_at
  before update on public.call_metadata
  for each row execute function private.set_updated_at();

alter table public.call_metadata enable row level security;

revoke insert, update, delete, truncate, references, trigger on public.call_metadata from anon, authenticated;
grant update (tags, custom_fields) on public.call_metadata to authenticated;

create policy "members read their call metadata"
  on public.call_metadata for select to authenticated
  using (phone_id = any ((select private.member_phone_ids())::text[]));
comment on policy "members read their call metadata" on public.call_metadata is
  'Members of any level read the metadata of their phone numbers'' calls.';

create policy "admins edit tags and custom fields"
  on public.call_metadata for update to authenticated
  using (phone_id = any ((select private.member_phone_ids('admin'))::text[]))
  with check (phone_id = any ((select private.member_phone_ids('admin'))::text[]));
comment on policy "admins edit tags and custom fields" on public.call_metadata is
  'Admins and owners edit tags and custom_fields (column privileges limit the rest).';
-- No insert or delete policy: the telephony backend writes metadata with the service role.
