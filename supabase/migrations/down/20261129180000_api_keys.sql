-- loses data: public.api_keys, private.api_key_hashes
-- Down of 20261129180000_api_keys.
set lock_timeout = '5s';
set statement_timeout = '60s';

drop function public.verify_api_key(text);
drop function public.revoke_api_key(text, uuid);
drop function public.create_api_key(text, text, public.api_key_scope[], timestamptz);
drop function private.verify_api_key(text);
drop function private.revoke_api_key(text, uuid);
drop function private.create_api_key(text, text, public.api_key_scope[], timestamptz);
drop table private.api_key_hashes;
drop table public.api_keys;
drop function private.scopes_are_distinct(public.api_key_scope[]);
drop type public.api_key_scope;
