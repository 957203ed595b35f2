-- phone_numbers: the tenant. Every tenant table carries phone_id, the id of a
-- row here. Numbers are provisioned by the telephony backend (service role);
-- members read their numbers and owners edit the descriptive columns.
set lock_timeout = '5s';
set statement_timeout = '60s';

create or replace function private.is_iana_timezone(tz text)
returns boolean
language plpgsql
immutable
strict
parallel safe
set search_path = ''
as $$
begin
  -- Area/Location names plus UTC; POSIX strings such as 'EST5EDT' or '+05'
  -- and abbreviations such as 'EST', which `at time zone` also accepts, are refused.
  if tz !~ '^(UTC|[A-Z][A-Za-z_]+(/[A-Za-z0-9_+-]+){1,2})$' then
    return false;
  end if;
  -- The server loads (and caches) the zone or raises 22023: far cheaper than
  -- scanning pg_timezone_names, which reads the whole zone directory.
  perform pg_catalog.timezone(tz, timestamptz '2000-01-01 00:00:00+00');
  return true;
exception
  when invalid_parameter_value then
    return false;
end;
$$;
comment on function private.is_iana_timezone(text) is
  'True when tz is an IANA time zone name known to this server (e.g. America/New_York, UTC). '
  'Declared IMMUTABLE so a CHECK constraint may use it: a zone name, once valid, stays valid '
  'in the IANA database.';
-- A CHECK constraint runs with the privileges of whoever writes the row.
grant execute on function private.is_iana_timezone(text) to authenticated, service_role;

create table public.phone_numbers (
  id text primary key
    constraint phone_numbers_id_format check (id ~ '^[a-z0-9][a-z0-9_-]{1,62}$'),
  number text not null
    constraint phone_numbers_number_key unique
    constraint phone_numbers_number_e164 check (number ~ '^\+[1-9][0-9]{6,14}$'),
  display_name text
    constraint phone_numbers_display_name_length check (char_length(display_name) between 1 and 100),
  business_name text not null
    constraint phone_numbers_business_name_length check (char_length(btrim(business_name)) between 1 and 200),
  timezone text not null default 'UTC'
    constraint phone_numbers_timezone_iana check (private.is_iana_timezone(timezone)),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

comment on table public.phone_numbers is
  'A Replytics phone number: the tenant. Provisioned by the telephony backend (service role); '
  'members read it, owners edit display_name, business_name and timezone.';
comment on column public.phone_numbers.id is
  'Tenant key (phone_id everywhere else): a stable slug, lowercase letters, digits, - and _.';
comment on column public.phone_numbers.number is 'The phone number in E.164 form, e.g. +14155550123.';
comment on column public.phone_numbers.display_name is 'Optional label shown in the app.';
comment on column public.phone_numbers.timezone is
  'IANA time zone of the business: business hours and daily statistics are computed in it.';

create trigger set_updated_at
  before update on public.phone_numbers
  for each row execute function private.set_updated_at();

alter table public.phone_numbers enable row level security;

-- Members never provision numbers or change a number's id or digits: beyond
-- the policies, authenticated may update only the descriptive columns.
-- TRUNCATE, REFERENCES and TRIGGER are not subject to RLS; the API roles get none.
revoke truncate, references, trigger on public.phone_numbers from anon, authenticated;
revoke update on public.phone_numbers from anon, authenticated;
grant update (display_name, business_name, timezone) on public.phone_numbers to authenticated;
