-- loses data: public.audit_log
-- Down of 20261130140100_audit_log.sql: the audited tables lose their audit
-- trigger, the trail goes with its partitions, sequence, functions, type and
-- pg_cron job, and the tables left out get back their comments without the
-- [not audited] tag.
set lock_timeout = '5s';
set statement_timeout = '60s';

do $$
declare
  t regclass;
begin
  for t in select tgrelid::regclass from pg_catalog.pg_trigger
            where tgname = 'audit' and tgfoid = 'private.record_audit_entry()'::regprocedure and tgparentid = 0
  loop
    execute pg_catalog.format('drop trigger audit on %s', t);
  end loop;
end
$$;

select cron.unschedule('maintain-audit-log-partitions');
drop table public.audit_log;
drop sequence private.audit_log_id_seq;
drop function private.audit_table(regclass, boolean, text[], text[]);
drop function private.record_audit_entry();
drop type public.audit_operation;

comment on table public.daily_call_stats is
  'Calls per phone number and local day (phone_numbers.timezone), archived calls included. '
  'Maintained by triggers on calls; members read it, nobody writes it.';
comment on table private.daily_call_callers is
  'Calls per caller number and local day, behind daily_call_stats.unique_callers. Internal: '
  'no privilege for the API roles.';
comment on table public.live_calls is
  'The calls in progress, one row per admitted call, at most phone_numbers.max_concurrent_calls per phone. Written '
  'only through claim_call_slot, heartbeat_call_slot and release_call_slot (service role) and the reaper; members '
  'read their phones'' rows (the live dashboard, also over Realtime).';
comment on table public.webhook_events is
  'Every webhook received for a phone number, by month of received_at (partitions in private). Written by the '
  'service role through record_webhook_event, which stores an event once; processing updates status, '
  'attempts, processed_at and error. Admins and owners read their phones'' events. Kept six months.';
comment on table private.webhook_event_keys is
  'One row per stored webhook event, keyed by the provider''s event id: what makes record_webhook_event a '
  'no-op for a repeat in any month. Rows go with their month''s partition.';
comment on table private.calls_archive is
  'Calls older than the retention period, moved here by private.archive_calls(). Not exposed by the API; readable by the service role only. Same columns as public.calls plus archived_at.';
comment on table private.call_metadata_archive is
  'Metadata of archived calls, moved with them. Same protection as private.calls_archive.';
