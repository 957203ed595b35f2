-- phone_performance_summary: the last 30 days of each phone number, as seed
-- 003 proposed, materialized and refreshed concurrently every 15 minutes. A
-- materialized view carries no row level security, so it lives in private,
-- where the API roles cannot select it, and members read their own rows
-- through public.phone_performance_summary, a security_invoker view over a
-- function that filters by membership.
set lock_timeout = '5s';
set statement_timeout = '60s';

create materialized view private.phone_performance_summary as
select p.id as phone_id,
       count(c.id)::integer as total_calls,
       (count(c.id) filter (where c.answered_at is not null))::integer as answered_calls,
       (count(c.id) filter (where c.status = 'completed'))::integer as completed_calls,
       (count(c.id) filter (where c.status = 'failed'))::integer as failed_calls,
       round(avg(c.duration) filter (where c.status = 'completed'), 2) as average_duration,
       count(distinct c.caller_number)::integer as unique_callers,
       -- Seed 003 divided by count(*) of a group that could not be empty; every
       -- phone has a row here, so a phone without calls has no rate.
       round(100.0 * count(c.id) filter (where c.status = 'completed') / nullif(count(c.id), 0), 2) as success_rate,
       now() - interval '30 days' as window_start,
       now() as refreshed_at
  from public.phone_numbers p
  left join public.calls c on c.phone_id = p.id and c.created_at >= now() - interval '30 days'
 group by p.id;

comment on materialized view private.phone_performance_summary is
  'Per phone number, its calls of the 30 days before refreshed_at. Refreshed concurrently every 15 '
  'minutes (pg_cron job refresh-phone-performance-summary). Members read it through '
  'public.phone_performance_summary.';
comment on column private.phone_performance_summary.success_rate is 'Completed calls as a percentage of all calls; null without calls.';

-- Required by refresh ... concurrently; also the members' lookup. The view
-- was created by this transaction, so nobody else can be writing to it.
-- squawk-ignore require-concurrent-index-creation
create unique index phone_performance_summary_phone_id_key on private.phone_performance_summary (phone_id);

revoke all on private.phone_performance_summary from public, anon, authenticated;
grant select on private.phone_performance_summary to service_role;

create or replace function private.refresh_phone_performance_summary()
returns void
language sql
set search_path = ''
as $$
  refresh materialized view concurrently private.phone_performance_summary;
$$;
comment on function private.refresh_phone_performance_summary() is
  'Refreshes private.phone_performance_summary without blocking its readers.';

select cron.schedule('refresh-phone-performance-summary', '*/15 * * * *',
                     $$select private.refresh_phone_performance_summary()$$);

create or replace function private.member_phone_performance_summary()
returns setof private.phone_performance_summary
language sql
stable
security definer
set search_path = ''
as $$
  select s.* from private.phone_performance_summary s
   where s.phone_id = any ((select private.member_phone_ids())::text[])
$$;
comment on function private.member_phone_performance_summary() is
  'The rows of phone_performance_summary for the signed-in user''s phone numbers. SECURITY DEFINER '
  'because the materialized view itself is not readable by authenticated: this is the only path.';
grant execute on function private.member_phone_performance_summary() to authenticated;

create view public.phone_performance_summary
with (security_invoker = true)
as select * from private.member_phone_performance_summary();

comment on view public.phone_performance_summary is
  'The last 30 days of each of the signed-in user''s phone numbers (see '
  'private.phone_performance_summary). Members only; anon cannot read it.';

revoke all on public.phone_performance_summary from anon;
revoke insert, update, delete, truncate, references, trigger on public.phone_performance_summary from authenticated;
