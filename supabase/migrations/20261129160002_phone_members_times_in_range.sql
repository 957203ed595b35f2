-- phone_members.created_at and updated_at take outside input too (owners may
-- insert members with every column, the service role writes them), and took
-- infinity and the year 1900. The same fixed bounds as every other table's
-- times, validated in 20261129160004_value_rules_gaps_validate.sql.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.phone_members
  add constraint phone_members_created_at_range
    check (created_at >= '2020-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00') not valid,
  add constraint phone_members_updated_at_range
    check (updated_at >= '2020-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00') not valid;
