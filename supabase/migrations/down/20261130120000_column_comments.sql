-- Removes the column comments added by 20261130120000_column_comments.sql.
set lock_timeout = '5s';
set statement_timeout = '60s';

comment on column public.active_prompts.phone_id is null;
comment on column public.active_prompts.kind is null;

comment on column public.api_keys.phone_id is null;
comment on column public.api_keys.id is null;
comment on column public.api_keys.created_at is null;

comment on column public.appointments.phone_id is null;
comment on column public.appointments.id is null;
comment on column public.appointments.created_at is null;
comment on column public.appointments.updated_at is null;

comment on column public.business_closures.phone_id is null;
comment on column public.business_closures.id is null;
comment on column public.business_closures.reason is null;
comment on column public.business_closures.created_at is null;
comment on column public.business_closures.updated_at is null;

comment on column public.business_hours.phone_id is null;
comment on column public.business_hours.id is null;
comment on column public.business_hours.created_at is null;
comment on column public.business_hours.updated_at is null;

comment on column public.call_metadata.phone_id is null;
comment on column public.call_metadata.call_id is null;
comment on column public.call_metadata.created_at is null;
comment on column public.call_metadata.updated_at is null;

comment on column public.calls.phone_id is null;
comment on column public.calls.id is null;
comment on column public.calls.updated_at is null;

comment on column public.campaign_contacts.phone_id is null;
comment on column public.campaign_contacts.campaign_id is null;
comment on column public.campaign_contacts.id is null;
comment on column public.campaign_contacts.status is null;
comment on column public.campaign_contacts.created_at is null;
comment on column public.campaign_contacts.updated_at is null;

comment on column public.campaigns.phone_id is null;
comment on column public.campaigns.id is null;
comment on column public.campaigns.name is null;
comment on column public.campaigns.status is null;
comment on column public.campaigns.created_at is null;
comment on column public.campaigns.updated_at is null;

comment on column public.conversation_rules.phone_id is null;
comment on column public.conversation_rules.id is null;
comment on column public.conversation_rules.rule_type is null;
comment on column public.conversation_rules.is_active is null;
comment on column public.conversation_rules.created_at is null;
comment on column public.conversation_rules.updated_at is null;

comment on column public.daily_call_stats.phone_id is null;
comment on column public.daily_call_stats.total_calls is null;
comment on column public.daily_call_stats.completed_calls is null;
comment on column public.daily_call_stats.failed_calls is null;
comment on column public.daily_call_stats.updated_at is null;

comment on column public.live_calls.phone_id is null;
comment on column public.live_calls.claimed_at is null;

comment on column public.phone_invitations.phone_id is null;
comment on column public.phone_invitations.id is null;
comment on column public.phone_invitations.created_at is null;
comment on column public.phone_invitations.accepted_at is null;
comment on column public.phone_invitations.revoked_at is null;
comment on column public.phone_invitations.updated_at is null;

comment on column public.phone_members.phone_id is null;
comment on column public.phone_members.user_id is null;
comment on column public.phone_members.created_at is null;
comment on column public.phone_members.updated_at is null;

comment on column public.phone_numbers.business_name is null;
comment on column public.phone_numbers.created_at is null;
comment on column public.phone_numbers.updated_at is null;

comment on column public.prompt_versions.phone_id is null;
comment on column public.prompt_versions.kind is null;
comment on column public.prompt_versions.created_at is null;

comment on column public.resources.phone_id is null;
comment on column public.resources.id is null;
comment on column public.resources.kind is null;
comment on column public.resources.created_at is null;
comment on column public.resources.updated_at is null;

comment on column public.voice_settings.phone_id is null;
comment on column public.voice_settings.created_at is null;
comment on column public.voice_settings.updated_at is null;

comment on column public.webhook_events.phone_id is null;
comment on column public.webhook_events.received_at is null;
comment on column public.webhook_events.id is null;
comment on column public.webhook_events.event_type is null;
comment on column public.webhook_events.payload is null;
comment on column public.webhook_events.status is null;
comment on column public.webhook_events.processed_at is null;

comment on column public.phone_performance_summary.phone_id is null;
comment on column public.phone_performance_summary.total_calls is null;
comment on column public.phone_performance_summary.answered_calls is null;
comment on column public.phone_performance_summary.completed_calls is null;
comment on column public.phone_performance_summary.failed_calls is null;
comment on column public.phone_performance_summary.average_duration is null;
comment on column public.phone_performance_summary.unique_callers is null;
comment on column public.phone_performance_summary.success_rate is null;
comment on column public.phone_performance_summary.window_start is null;
comment on column public.phone_performance_summary.refreshed_at is null;

comment on column private.api_key_hashes.phone_id is null;
comment on column private.api_key_hashes.key_id is null;
comment on column private.api_key_hashes.secret_hash is null;

comment on column private.call_metadata_archive.phone_id is null;
comment on column private.call_metadata_archive.call_id is null;
comment on column private.call_metadata_archive.metadata is null;
comment on column private.call_metadata_archive.custom_fields is null;
comment on column private.call_metadata_archive.tags is null;
comment on column private.call_metadata_archive.created_at is null;
comment on column private.call_metadata_archive.updated_at is null;

comment on column private.calls_archive.phone_id is null;
comment on column private.calls_archive.id is null;
comment on column private.calls_archive.call_sid is null;
comment on column private.calls_archive.caller_number is null;
comment on column private.calls_archive.status is null;
comment on column private.calls_archive.duration is null;
comment on column private.calls_archive.answered_at is null;
comment on column private.calls_archive.ended_at is null;
comment on column private.calls_archive.recording_url is null;
comment on column private.calls_archive.transcript is null;
comment on column private.calls_archive.ai_summary is null;
comment on column private.calls_archive.created_at is null;
comment on column private.calls_archive.updated_at is null;
comment on column private.calls_archive.ai_confidence is null;
comment on column private.calls_archive.direction is null;
comment on column private.calls_archive.ended_reason is null;
comment on column private.calls_archive.billed_seconds is null;
comment on column private.calls_archive.cost is null;
comment on column private.calls_archive.currency is null;
comment on column private.calls_archive.transferred_to is null;

comment on column private.daily_call_callers.phone_id is null;
comment on column private.daily_call_callers.day is null;
comment on column private.daily_call_callers.caller_number is null;
comment on column private.daily_call_callers.calls is null;

comment on column private.invitation_tokens.phone_id is null;
comment on column private.invitation_tokens.invitation_id is null;
comment on column private.invitation_tokens.token_hash is null;

comment on column private.phone_performance_summary.phone_id is null;
comment on column private.phone_performance_summary.total_calls is null;
comment on column private.phone_performance_summary.answered_calls is null;
comment on column private.phone_performance_summary.completed_calls is null;
comment on column private.phone_performance_summary.failed_calls is null;
comment on column private.phone_performance_summary.average_duration is null;
comment on column private.phone_performance_summary.unique_callers is null;
comment on column private.phone_performance_summary.window_start is null;
comment on column private.phone_performance_summary.refreshed_at is null;

comment on column private.webhook_event_keys.phone_id is null;
comment on column private.webhook_event_keys.provider is null;
comment on column private.webhook_event_keys.provider_event_id is null;
comment on column private.webhook_event_keys.received_at is null;
comment on column private.webhook_event_keys.event_id is null;
