-- loses data: private.caller_erasure_rules
-- Down of 20261130140200_caller_erasure.sql: the erasure functions and their
-- rules go, and the tagged columns get back their earlier comments (or none).
set lock_timeout = '5s';
set statement_timeout = '60s';

drop function public.erase_caller(text, text);
drop function private.erase_caller(text, text);
drop function private.erased_from_json(jsonb, text, text[]);
drop function private.personal_columns(regclass);
drop table private.caller_erasure_rules;

comment on column public.calls.caller_number is 'The caller''s number in E.164 form.';
comment on column public.calls.recording_url is
  'The recording, an https URL of at most 2048 characters.';
comment on column public.calls.transcript is 'Transcript of the call; admins may correct it.';
comment on column public.calls.ai_summary is 'The AI''s summary of the call; admins may correct it.';
comment on column private.calls_archive.caller_number is 'As public.calls.caller_number, when the call was archived.';
comment on column private.calls_archive.recording_url is 'As public.calls.recording_url, when the call was archived.';
comment on column private.calls_archive.transcript is 'As public.calls.transcript, when the call was archived.';
comment on column private.calls_archive.ai_summary is 'As public.calls.ai_summary, when the call was archived.';
comment on column public.call_metadata.metadata is
  'What the receptionist extracted from the call, a JSON object of at most 64 KiB as text, nested at most 10 '
  'deep; searched with @>.';
comment on column public.call_metadata.custom_fields is
  'Business-defined fields, a JSON object of at most 16 KiB as text, nested at most 10 deep.';
comment on column private.call_metadata_archive.metadata is 'As public.call_metadata.metadata, when the call was archived.';
comment on column private.call_metadata_archive.custom_fields is 'As public.call_metadata.custom_fields, when the call was archived.';
comment on column private.daily_call_callers.caller_number is 'The caller''s number, as calls.caller_number.';
comment on column public.appointments.caller_number is 'The caller''s number in E.164 form.';
comment on column public.appointments.caller_name is 'The name the caller gave, if any (one line, 1 to 200 characters).';
comment on column public.appointments.notes is 'Free text for staff (up to 2000 characters, several lines).';
comment on column public.campaign_contacts.number is 'The number to call, E.164; once per campaign.';
comment on column public.webhook_events.payload is 'The event''s body as the provider sent it, a JSON object.';
comment on column public.audit_log.row_key is 'The row''s primary key columns and values, e.g. {"id": ..., "phone_id": ...}.';
comment on column public.audit_log.old_values is
  'Before: the whole row deleted, or the old values of the columns an update changed; null for an insert.';
comment on column public.audit_log.new_values is
  'After: the whole row inserted, or the new values of the columns an update changed; null for a delete.';
