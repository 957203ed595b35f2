-- Shared trigger function that keeps updated_at current on every update.
set lock_timeout = '5s';
set statement_timeout = '60s';

create or replace function private.set_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := pg_catalog.now();
  return new;
end;
$$;

comment on function private.set_updated_at() is
  'BEFORE UPDATE trigger: sets updated_at to the transaction time. Attach with '
  '`create trigger set_updated_at before update on <table> for each row execute function private.set_updated_at()`.';
