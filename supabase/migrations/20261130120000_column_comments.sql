-- Comments on every column of the project's tables and views that had none, so the
-- schema documentation (supabase/docs/, generated from the catalog) describes each one.
-- Comments only: no lock beyond a moment's on each relation.
set lock_timeout = '5s';
set statement_timeout = '60s';

comment on column public.active_prompts.phone_id is 'The tenant: the phone number this row belongs to (phone_numbers.id).';
comment on column public.active_prompts.kind is 'The prompt kind whose active version this row points at; one row per phone and kind.';

comment on column public.api_keys.phone_id is 'The phone number the key acts for (phone_numbers.id).';
comment on column public.api_keys.id is 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';
comment on column public.api_keys.created_at is 'When the key was created, filled in by the database.';

comment on column public.appointments.phone_id is 'The tenant: the phone number this row belongs to (phone_numbers.id).';
comment on column public.appointments.id is 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';
comment on column public.appointments.created_at is 'When the appointment was created, filled in by the database.';
comment on column public.appointments.updated_at is 'When the row last changed, kept by the trigger set_updated_at.';

comment on column public.business_closures.phone_id is 'The tenant: the phone number this row belongs to (phone_numbers.id).';
comment on column public.business_closures.id is 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';
comment on column public.business_closures.reason is 'Why the business is closed (e.g. a holiday), for staff; optional.';
comment on column public.business_closures.created_at is 'When the closure was created, filled in by the database.';
comment on column public.business_closures.updated_at is 'When the row last changed, kept by the trigger set_updated_at.';

comment on column public.business_hours.phone_id is 'The tenant: the phone number this row belongs to (phone_numbers.id).';
comment on column public.business_hours.id is 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';
comment on column public.business_hours.created_at is 'When the interval was created, filled in by the database.';
comment on column public.business_hours.updated_at is 'When the row last changed, kept by the trigger set_updated_at.';

comment on column public.call_metadata.phone_id is 'The tenant: the phone number this row belongs to (phone_numbers.id).';
comment on column public.call_metadata.call_id is 'The call the metadata belongs to (calls.id of the same phone); one row per call.';
comment on column public.call_metadata.created_at is 'When the metadata was created, filled in by the database.';
comment on column public.call_metadata.updated_at is 'When the row last changed, kept by the trigger set_updated_at.';

comment on column public.calls.phone_id is 'The tenant: the phone number that was called, or that called out (phone_numbers.id).';
comment on column public.calls.id is 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';
comment on column public.calls.updated_at is 'When the row last changed, kept by the trigger set_updated_at.';

comment on column public.campaign_contacts.phone_id is 'The tenant: the phone number this row belongs to (phone_numbers.id).';
comment on column public.campaign_contacts.campaign_id is 'The campaign that calls this number (campaigns.id of the same phone).';
comment on column public.campaign_contacts.id is 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';
comment on column public.campaign_contacts.status is 'Where the contact is (see type campaign_contact_status): pending, dialing, completed, failed or skipped; changed by the campaign functions only.';
comment on column public.campaign_contacts.created_at is 'When the contact was imported, filled in by the database.';
comment on column public.campaign_contacts.updated_at is 'When the row last changed, kept by the trigger set_updated_at.';

comment on column public.campaigns.phone_id is 'The tenant: the phone number the campaign calls from (phone_numbers.id).';
comment on column public.campaigns.id is 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';
comment on column public.campaigns.name is 'How staff call the campaign (one line); not unique.';
comment on column public.campaigns.status is 'draft -> scheduled -> running <-> paused -> completed, or canceled before completed (trigger check_campaign_status); changed through schedule_campaign, pause_campaign, resume_campaign and cancel_campaign.';
comment on column public.campaigns.created_at is 'When the campaign was created, filled in by the database.';
comment on column public.campaigns.updated_at is 'When the row last changed, kept by the trigger set_updated_at.';

comment on column public.conversation_rules.phone_id is 'The tenant: the phone number this row belongs to (phone_numbers.id).';
comment on column public.conversation_rules.id is 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';
comment on column public.conversation_rules.rule_type is 'What the rule is about: greeting, routing, transfer or hours; rules are evaluated per type.';
comment on column public.conversation_rules.is_active is 'Whether the receptionist applies the rule; inactive rules are kept but skipped.';
comment on column public.conversation_rules.created_at is 'When the rule was created, filled in by the database.';
comment on column public.conversation_rules.updated_at is 'When the row last changed, kept by the trigger set_updated_at.';

comment on column public.daily_call_stats.phone_id is 'The tenant: the phone number this row belongs to (phone_numbers.id).';
comment on column public.daily_call_stats.total_calls is 'Calls that started that day, in any status.';
comment on column public.daily_call_stats.completed_calls is 'Calls of that day whose status is completed.';
comment on column public.daily_call_stats.failed_calls is 'Calls of that day whose status is failed.';
comment on column public.daily_call_stats.updated_at is 'When the counting triggers last changed the row.';

comment on column public.live_calls.phone_id is 'The tenant: the phone number this row belongs to (phone_numbers.id).';
comment on column public.live_calls.claimed_at is 'When claim_call_slot admitted the call, filled in by the database.';

comment on column public.phone_invitations.phone_id is 'The phone number the invitee is invited to (phone_numbers.id).';
comment on column public.phone_invitations.id is 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';
comment on column public.phone_invitations.created_at is 'When the invitation was created, filled in by the database.';
comment on column public.phone_invitations.accepted_at is 'When the invitee accepted (accept_invitation); null while open. An invitation is accepted once.';
comment on column public.phone_invitations.revoked_at is 'When an owner or admin revoked the invitation (revoke_invitation); it can no longer be accepted.';
comment on column public.phone_invitations.updated_at is 'When the row last changed, kept by the trigger set_updated_at.';

comment on column public.phone_members.phone_id is 'The phone number the user is a member of (phone_numbers.id).';
comment on column public.phone_members.user_id is 'The member (auth.users.id); a user is a member of a phone once.';
comment on column public.phone_members.created_at is 'When the user became a member, filled in by the database.';
comment on column public.phone_members.updated_at is 'When the row last changed, kept by the trigger set_updated_at.';

comment on column public.phone_numbers.business_name is 'The name of the business the number answers for, as the receptionist says it.';
comment on column public.phone_numbers.created_at is 'When the phone number was provisioned, filled in by the database.';
comment on column public.phone_numbers.updated_at is 'When the row last changed, kept by the trigger set_updated_at.';

comment on column public.prompt_versions.phone_id is 'The tenant: the phone number this row belongs to (phone_numbers.id).';
comment on column public.prompt_versions.kind is 'Which prompt this is a version of: system_prompt, greeting, fallback, after_hours or voicemail.';
comment on column public.prompt_versions.created_at is 'When the version was saved, filled in by the database.';

comment on column public.resources.phone_id is 'The tenant: the phone number this row belongs to (phone_numbers.id).';
comment on column public.resources.id is 'Identifier, filled in by the database (gen_random_uuid()); unique within the phone, with which it is the primary key.';
comment on column public.resources.kind is 'staff (a person) or room.';
comment on column public.resources.created_at is 'When the resource was created, filled in by the database.';
comment on column public.resources.updated_at is 'When the row last changed, kept by the trigger set_updated_at.';

comment on column public.voice_settings.phone_id is 'The phone number these settings are for (phone_numbers.id); one row per phone, created with it.';
comment on column public.voice_settings.created_at is 'When the settings was created, filled in by the database.';
comment on column public.voice_settings.updated_at is 'When the row last changed, kept by the trigger set_updated_at.';

comment on column public.webhook_events.phone_id is 'The tenant: the phone number the event is for (phone_numbers.id).';
comment on column public.webhook_events.received_at is 'When the event was stored, filled in by the database; it decides the event''s monthly partition.';
comment on column public.webhook_events.id is 'Identifier, filled in by the database (gen_random_uuid()); the primary key with phone_id and received_at.';
comment on column public.webhook_events.event_type is 'The provider''s name of the event (e.g. call.completed), 1 to 100 characters of letters, digits and _ . : / -.';
comment on column public.webhook_events.payload is 'The event''s body as the provider sent it, a JSON object.';
comment on column public.webhook_events.status is 'Where the event is in processing (see type webhook_event_status): received, processed, failed (error says why) or ignored.';
comment on column public.webhook_events.processed_at is 'When processing last ended (processed, failed or ignored); null while received.';

comment on column public.phone_performance_summary.phone_id is 'The phone number (phone_numbers.id); only the signed-in user''s phones are returned.';
comment on column public.phone_performance_summary.total_calls is 'Calls that started in the 30 days before refreshed_at.';
comment on column public.phone_performance_summary.answered_calls is 'Of those, calls that were answered.';
comment on column public.phone_performance_summary.completed_calls is 'Of those, calls whose status is completed.';
comment on column public.phone_performance_summary.failed_calls is 'Of those, calls whose status is failed.';
comment on column public.phone_performance_summary.average_duration is 'Average talk time of the completed calls, in seconds; null without any.';
comment on column public.phone_performance_summary.unique_callers is 'Distinct caller numbers among those calls.';
comment on column public.phone_performance_summary.success_rate is 'Completed calls as a percentage of all calls; null without calls.';
comment on column public.phone_performance_summary.window_start is 'Start of the 30 days counted: refreshed_at minus 30 days.';
comment on column public.phone_performance_summary.refreshed_at is 'When the figures were computed (the materialized view''s last refresh, every 15 minutes).';

comment on column private.api_key_hashes.phone_id is 'The phone number of the key (public.api_keys.phone_id).';
comment on column private.api_key_hashes.key_id is 'The key whose secret this is (public.api_keys.id of the same phone).';
comment on column private.api_key_hashes.secret_hash is 'SHA-256 of the whole secret as text; what verify_api_key looks a presented secret up by.';

comment on column private.call_metadata_archive.phone_id is 'As public.call_metadata.phone_id, when the call was archived.';
comment on column private.call_metadata_archive.call_id is 'The archived call (private.calls_archive.id of the same phone).';
comment on column private.call_metadata_archive.metadata is 'As public.call_metadata.metadata, when the call was archived.';
comment on column private.call_metadata_archive.custom_fields is 'As public.call_metadata.custom_fields, when the call was archived.';
comment on column private.call_metadata_archive.tags is 'As public.call_metadata.tags, when the call was archived.';
comment on column private.call_metadata_archive.created_at is 'As public.call_metadata.created_at, when the call was archived.';
comment on column private.call_metadata_archive.updated_at is 'As public.call_metadata.updated_at, when the call was archived.';

comment on column private.calls_archive.phone_id is 'As public.calls.phone_id, when the call was archived.';
comment on column private.calls_archive.id is 'As public.calls.id, when the call was archived.';
comment on column private.calls_archive.call_sid is 'As public.calls.call_sid, when the call was archived.';
comment on column private.calls_archive.caller_number is 'As public.calls.caller_number, when the call was archived.';
comment on column private.calls_archive.status is 'As public.calls.status, when the call was archived.';
comment on column private.calls_archive.duration is 'As public.calls.duration, when the call was archived.';
comment on column private.calls_archive.answered_at is 'As public.calls.answered_at, when the call was archived.';
comment on column private.calls_archive.ended_at is 'As public.calls.ended_at, when the call was archived.';
comment on column private.calls_archive.recording_url is 'As public.calls.recording_url, when the call was archived.';
comment on column private.calls_archive.transcript is 'As public.calls.transcript, when the call was archived.';
comment on column private.calls_archive.ai_summary is 'As public.calls.ai_summary, when the call was archived.';
comment on column private.calls_archive.created_at is 'As public.calls.created_at, when the call was archived.';
comment on column private.calls_archive.updated_at is 'As public.calls.updated_at, when the call was archived.';
comment on column private.calls_archive.ai_confidence is 'As public.calls.ai_confidence, when the call was archived.';
comment on column private.calls_archive.direction is 'As public.calls.direction, when the call was archived.';
comment on column private.calls_archive.ended_reason is 'As public.calls.ended_reason, when the call was archived.';
comment on column private.calls_archive.billed_seconds is 'As public.calls.billed_seconds, when the call was archived.';
comment on column private.calls_archive.cost is 'As public.calls.cost, when the call was archived.';
comment on column private.calls_archive.currency is 'As public.calls.currency, when the call was archived.';
comment on column private.calls_archive.transferred_to is 'As public.calls.transferred_to, when the call was archived.';

comment on column private.daily_call_callers.phone_id is 'The tenant: the phone number this row belongs to (phone_numbers.id).';
comment on column private.daily_call_callers.day is 'The local day, as daily_call_stats.day.';
comment on column private.daily_call_callers.caller_number is 'The caller''s number, as calls.caller_number.';
comment on column private.daily_call_callers.calls is 'How many of that day''s calls came from this number; 0 once they are all deleted or archived (the row is kept).';

comment on column private.invitation_tokens.phone_id is 'The phone number of the invitation (public.phone_invitations.phone_id).';
comment on column private.invitation_tokens.invitation_id is 'The invitation whose token this is (public.phone_invitations.id of the same phone).';
comment on column private.invitation_tokens.token_hash is 'SHA-256 of the token sent to the invitee; what accept_invitation looks a presented token up by.';

comment on column private.phone_performance_summary.phone_id is 'The phone number (phone_numbers.id); every phone has a row, with zeros when it had no calls.';
comment on column private.phone_performance_summary.total_calls is 'Calls that started in the 30 days before refreshed_at.';
comment on column private.phone_performance_summary.answered_calls is 'Of those, calls that were answered (answered_at set).';
comment on column private.phone_performance_summary.completed_calls is 'Of those, calls whose status is completed.';
comment on column private.phone_performance_summary.failed_calls is 'Of those, calls whose status is failed.';
comment on column private.phone_performance_summary.average_duration is 'Average talk time of the completed calls, in seconds; null without any.';
comment on column private.phone_performance_summary.unique_callers is 'Distinct caller numbers among those calls.';
comment on column private.phone_performance_summary.window_start is 'Start of the 30 days counted: refreshed_at minus 30 days.';
comment on column private.phone_performance_summary.refreshed_at is 'When the view was last refreshed.';

comment on column private.webhook_event_keys.phone_id is 'The tenant: the phone number this row belongs to (phone_numbers.id).';
comment on column private.webhook_event_keys.provider is 'As public.webhook_events.provider.';
comment on column private.webhook_event_keys.provider_event_id is 'As public.webhook_events.provider_event_id; a repeat of the same key is not stored again.';
comment on column private.webhook_event_keys.received_at is 'The stored event''s received_at, which names its partition; the key goes when the partition is dropped.';
comment on column private.webhook_event_keys.event_id is 'The stored event (public.webhook_events.id).';
