-- Down of 20261129160002_phone_members_times_in_range.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.phone_members
  drop constraint phone_members_created_at_range,
  drop constraint phone_members_updated_at_range;
