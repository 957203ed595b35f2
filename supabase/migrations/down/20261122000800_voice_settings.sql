-- loses data: public.voice_settings
-- Down of 20261122000800_voice_settings.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop trigger create_voice_settings on public.phone_numbers;
drop function private.create_voice_settings();
drop table public.voice_settings;
