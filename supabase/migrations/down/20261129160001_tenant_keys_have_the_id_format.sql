-- Down of 20261129160001_tenant_keys_have_the_id_format.
set lock_timeout = '5s';
set statement_timeout = '60s';

alter table public.phone_members drop constraint phone_members_phone_id_format;
alter table public.calls drop constraint calls_phone_id_format;
alter table public.call_metadata drop constraint call_metadata_phone_id_format;
alter table public.voice_settings drop constraint voice_settings_phone_id_format;
alter table public.conversation_rules drop constraint conversation_rules_phone_id_format;
alter table public.business_hours drop constraint business_hours_phone_id_format;
alter table public.business_closures drop constraint business_closures_phone_id_format;
