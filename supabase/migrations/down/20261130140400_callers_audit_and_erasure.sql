set lock_timeout = '5s';

delete from private.caller_erasure_rules where relation = 'public.callers'::regclass;
drop trigger audit on public.callers;

comment on column public.callers.phone_id is null;
comment on column public.callers.created_at is null;
comment on column public.callers.caller_number is 'The caller''s number in E.164 form, as calls.caller_number.';
comment on column public.callers.display_name is 'What members call the caller (1 to 200 characters, one line).';
comment on column public.callers.notes is 'Members'' notes about the caller (1 to 2000 characters).';
