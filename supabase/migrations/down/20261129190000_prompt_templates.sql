-- loses data: public.prompt_versions, public.active_prompts
-- Down of 20261129190000_prompt_templates. prompt_versions refuses every
-- delete, even the table owner's (trigger keep_prompt_version), and a
-- version may not go while active_prompts points at it; dropping the tables
-- deletes no row one by one, so no trigger stands in the way.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop function public.activate_prompt(text, public.prompt_kind, integer);
drop function public.save_prompt(text, public.prompt_kind, text, text, boolean);
drop function private.save_prompt(text, public.prompt_kind, text, text, boolean);
drop table public.active_prompts;
drop table public.prompt_versions;
drop function private.keep_active_prompt();
drop function private.keep_prompt_version();
drop function private.number_prompt_version();
drop type public.prompt_kind;
