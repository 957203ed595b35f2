-- Down of 20261129132100_call_screens: the call screens' functions and pg_trgm
-- (installed by this migration; a Supabase project does not enable it).
set lock_timeout = '5s';
set statement_timeout = '1min';

drop function public.search_calls(text, text, text, text[], public.call_status[], timestamptz, timestamptz,
                                  integer, timestamptz, uuid, integer);
drop function private.search_calls(text, text, text, text[], public.call_status[], timestamptz, timestamptz,
                                   integer, timestamptz, uuid, integer);
drop function public.call_counts(date, date, text[]);
drop function public.latest_calls(text[], integer);
drop function private.phone_tags(text, text[]);
drop extension pg_trgm;
